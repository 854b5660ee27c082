"""Request paths as Kibana's router (hapi) reads them, the same for both serving modes.

hapi takes the path as sent (percent-encoded), lets the WHATWG URL parser remove dot segments,
decodes only the percent-escapes of unreserved characters (``%7E`` is ``~``, ``%2F`` stays),
splits on ``/``, matches the route, and then decodes each path parameter with
``decodeURIComponent``. So ``%2F`` inside an id is part of the id (``a%2Fb`` is ``a/b``), and
a parameter that does not decode (``%zz``, ``%FF``) is answered 400 ``Bad Request`` by hapi's
``badRequest`` special route. Sources: hapijs/call ``lib/index.js`` (``normalize``,
``_lookup``, ``internals.decode``), hapijs/hapi ``lib/core.js`` (``_defaultRoutes``) and
``lib/request.js`` (``_normalizePath``).
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from ._http import KibanaError

# Unreserved characters (RFC 3986 section 2.3) plus the sub-delims hapi also decodes.
_DECODED = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@"
)
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_DOT_SEGMENTS = {".": 1, "..": 2}


def _unescape_unreserved(found: re.Match[str]) -> str:
    char = chr(int(found.group(1), 16))
    return char if char in _DECODED else "%" + found.group(1).upper()


def _remove_dot_segments(path: str) -> str:
    out: list[str] = []
    segments = path.split("/")[1:]
    for index, segment in enumerate(segments):
        kind = _DOT_SEGMENTS.get(segment, 0)
        if kind == 2 and out:
            out.pop()
        if kind:
            if index == len(segments) - 1:  # "/a/.." is "/", with its trailing slash
                out.append("")
            continue
        out.append(segment)
    return "/" + "/".join(out)


def normalize_path(path: str) -> str:
    """The path hapi routes on: dot segments removed, unreserved escapes decoded.

    Reserved escapes (``%2F``, ``%3F``, ``%25``) stay encoded so they stay inside their
    segment; they are decoded with the parameter they belong to (:func:`decode_param`).
    """
    if "%" in path:  # first, so that "%2E%2E" is a dot segment too, as in a WHATWG URL
        path = _ESCAPE.sub(_unescape_unreserved, path)
    if "/." in path:
        path = _remove_dot_segments(path)
    return path


def decode_param(value: str) -> str:
    """A path parameter decoded as ``decodeURIComponent`` does.

    Raises:
        KibanaError: 400 ``Bad Request`` when it is not valid percent-encoded UTF-8.
    """
    if "%" not in value:
        return value
    if _BAD_ESCAPE.search(value):
        raise KibanaError(400, "Bad Request")
    try:
        return unquote(value, errors="strict")
    except UnicodeDecodeError:
        raise KibanaError(400, "Bad Request") from None

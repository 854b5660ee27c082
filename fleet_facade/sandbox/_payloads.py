"""Request bodies as Kibana reads them (hapi's payload step, @hapi/subtext), both serving modes.

* Size: Kibana's ``server.maxPayload`` (1048576 bytes by default, ``http_config.ts``) caps every
  route; a larger body is 413 ``Payload content length greater than maximum allowed: 1048576``
  (Kibana's ``http_server.test.ts`` "should reject the request because the payload is too
  large"). Fleet's package upload route raises its own cap (``routes/epm/index.ts``,
  ``maxBytes: MAX_FILE_SIZE_BYTES``).
* Type (subtext ``internals.object``): no ``content-type`` means JSON; ``application/json`` and
  ``application/*+json`` are parsed as JSON, ``text/*`` gives a string, ``application/octet-
  stream`` the bytes, a form its fields; anything else is 415 ``Unsupported Media Type``.
  A header that is not a media type is 400 ``Invalid content-type header`` (@hapi/content).
* JSON (subtext with @hapi/bourne): bytes are read as UTF-8 with replacement, ``NaN`` and a
  ``__proto__`` key are refused, all with 400 ``Invalid request payload JSON format``.
* GET and HEAD bodies are not read at all.

One limit is the sandbox's own: JSON nested deeper than :data:`MAX_DEPTH` levels is answered
400 (Kibana parses it; Python cannot always, and handlers recurse over bodies).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

from ._http import KibanaError, SandboxRequest

#: Kibana's default ``server.maxPayload``.
MAX_PAYLOAD_BYTES = 1_048_576
#: UNVERIFIED: the value of Fleet's ``MAX_FILE_SIZE_BYTES`` for package uploads (100 MiB).
MAX_UPLOAD_BYTES = 104_857_600
#: Deepest JSON nesting the sandbox accepts (its own limit, see the module docstring).
MAX_DEPTH = 100

_INVALID_JSON = "Invalid request payload JSON format"
_UNREAD_METHODS = ("GET", "HEAD")


def body_limit(*, raw_body: bool) -> int:
    """The most bytes a route's body may have."""
    return MAX_UPLOAD_BYTES if raw_body else MAX_PAYLOAD_BYTES


def too_large(limit: int) -> KibanaError:
    """hapi's answer to a body over ``limit`` bytes."""
    return KibanaError(413, f"Payload content length greater than maximum allowed: {limit}")


def decode_body(request: SandboxRequest, *, raw_body: bool) -> Any:
    """The body a handler sees: ``None`` for raw-body routes (they read the bytes) and GET.

    Raises:
        KibanaError: 408/413 from the server, 413 for a large body, 415 for a media type
            hapi cannot parse, 400 for a bad content type, bad JSON or too deep nesting.
    """
    if request.body_error is not None:
        raise request.body_error
    raw = request.body
    limit = body_limit(raw_body=raw_body)
    if len(raw) > limit:
        raise too_large(limit)
    if raw_body or request.method in _UNREAD_METHODS:
        return None
    mime = _media_type(request.headers.get("content-type"))
    if mime == "application/json" or (mime.startswith("application/") and mime.endswith("+json")):
        return _json(raw) if raw else None
    if mime.startswith("text/") and len(mime) > len("text/"):
        return raw.decode("utf-8", "replace")
    if mime == "application/octet-stream":
        return raw or None
    if mime == "application/x-www-form-urlencoded":
        return _form(raw.decode("utf-8", "replace"))
    # UNVERIFIED deviation: hapi parses multipart/form-data into fields; the sandbox does not.
    raise KibanaError(415, "Unsupported Media Type")


def _media_type(header: str | None) -> str:
    if header is None:
        return "application/json"
    mime = header.partition(";")[0].strip().lower()
    kind, slash, subtype = mime.partition("/")
    if not (kind and slash and subtype) or any(c.isspace() for c in mime):
        raise KibanaError(400, "Invalid content-type header")
    return mime


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)  # NaN and Infinity are not JSON to JSON.parse


def _refuse_proto(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    if any(key == "__proto__" for key, _ in pairs):
        raise ValueError("__proto__")  # bourne's default protoAction: "error"
    return dict(pairs)


def _json(raw: bytes) -> Any:
    text = raw.decode("utf-8", "replace")
    hook = _refuse_proto if "__proto__" in text else None
    try:
        value = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=hook)
    except ValueError:
        raise KibanaError(400, _INVALID_JSON) from None
    except RecursionError:
        raise _too_deep() from None
    # Cheap gate: fewer brackets than MAX_DEPTH cannot nest deeper than it.
    if raw.count(b"[") + raw.count(b"{") > MAX_DEPTH and _depth(value) > MAX_DEPTH:
        raise _too_deep()
    return value


def _too_deep() -> KibanaError:
    return KibanaError(
        400, f"{_INVALID_JSON}: nested deeper than {MAX_DEPTH} levels (a limit of the sandbox)"
    )


def _depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        elif not isinstance(item, list):
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            break
        stack.extend((child, depth + 1) for child in item)
    return deepest


def _form(text: str) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for key, value in parse_qsl(text, keep_blank_values=True):
        if key not in fields:
            fields[key] = value
        elif isinstance(fields[key], list):
            fields[key].append(value)
        else:
            fields[key] = [fields[key], value]
    return fields

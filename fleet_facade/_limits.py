"""Limits on what a request may carry, checked before anything is sent.

Each limit is one that Elasticsearch (where Fleet keeps its objects) or the URL itself imposes,
so refusing early loses nothing a server would have accepted:

- a path id (policy, agent, package name or version...) is at most 512 UTF-8 bytes: Kibana
  stores Fleet objects as Elasticsearch documents, whose ``_id`` is limited to 512 bytes, so
  no longer id can name anything. It must also be expressible as one path segment: not ``.``
  or ``..`` (a client or proxy would resolve them as dot segments and send the request to
  another route, e.g. ``POST .../packages/nginx/..`` to the upload route), and encodable as
  UTF-8 (a lone surrogate is not);
- a ``name`` is at most 32,766 UTF-8 bytes: Fleet maps names as ``keyword`` fields
  (Kibana ``x-pack/platform/plugins/shared/fleet/common/constants/mappings.ts``), and Lucene
  refuses a longer term, failing the whole write;
- JSON nests at most :data:`MAX_DEPTH` levels: no Fleet object comes close (a package policy's
  inputs nest about ten deep), and staying far below Python's recursion limit means encoding,
  decoding and the generated models never fail with ``RecursionError``.
"""

from __future__ import annotations

from typing import Any

from ._exceptions import InvalidRequestError

#: Deepest nesting of lists and objects accepted in a request body (and in a state file).
MAX_DEPTH = 100
#: Longest path id, in UTF-8 bytes (Elasticsearch's limit on a document ``_id``).
MAX_ID_BYTES = 512
#: Longest ``name``, in UTF-8 bytes (Lucene's limit on one indexed term).
MAX_NAME_BYTES = 32766

_DOT_SEGMENTS = frozenset({".", ".."})


def check_path_id(name: str, value: str) -> None:
    """Refuse a path parameter no URL can carry as one segment.

    Raises:
        InvalidRequestError: A dot segment, a string that is not UTF-8 encodable, or one
            longer than :data:`MAX_ID_BYTES`.
    """
    if value in _DOT_SEGMENTS:
        raise InvalidRequestError(
            f"{name}={value!r} is not a usable id: a client or proxy resolves {value!r} in a "
            "URL path as a dot segment, which would send the request to another route"
        )
    size = _utf8_size(name, value)
    if size > MAX_ID_BYTES:
        raise InvalidRequestError(
            f"{name} is {size} bytes long; ids are at most {MAX_ID_BYTES} bytes "
            "(Elasticsearch's limit on a document id), so none can match"
        )


def check_body(body: Any) -> None:
    """Refuse a JSON request body that nests too deeply or has an over-long ``name``.

    Raises:
        InvalidRequestError: Nesting deeper than :data:`MAX_DEPTH`, or a top-level ``name``
            longer than :data:`MAX_NAME_BYTES`.
    """
    check_depth(body, what="the request body")
    if isinstance(body, dict):
        name = body.get("name")
        if isinstance(name, str):
            size = _utf8_size("name", name)
            if size > MAX_NAME_BYTES:
                raise InvalidRequestError(
                    f"name is {size} bytes long; Fleet stores names as keywords of at most "
                    f"{MAX_NAME_BYTES} bytes"
                )


def check_depth(value: Any, *, what: str, limit: int = MAX_DEPTH) -> None:
    """Refuse lists and mappings nested more than ``limit`` levels deep.

    Walks without recursion, so any depth is measured safely.

    Raises:
        InvalidRequestError: ``value`` nests deeper than ``limit``.
    """
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list | tuple):
            children = item
        else:
            continue
        if depth > limit:
            raise InvalidRequestError(
                f"{what} nests lists and objects more than {limit} levels deep"
            )
        pending.extend((child, depth + 1) for child in children if isinstance(
            child, dict | list | tuple))


def _utf8_size(name: str, value: str) -> int:
    try:
        return len(value.encode("utf-8"))
    except UnicodeEncodeError as exc:
        raise InvalidRequestError(
            f"{name} contains {value[exc.start]!r} at position {exc.start}, which is not "
            "valid Unicode text (a lone surrogate) and cannot be sent"
        ) from None

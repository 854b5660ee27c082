"""Reading Kibana's response envelopes: ``{item}``, ``{items, total}``, a recovered create.

Each helper refuses an answer that lacks what the operation promises, rather than reading it
as empty (see :func:`items_of`).
"""

from __future__ import annotations

from typing import Any

from ._exceptions import UnexpectedResponseError
from ._ops import Found, is_unset, route


def _field(envelope: Any, name: str) -> Any:
    """A top-level field of a parsed model, or of plain JSON (an undocumented 2xx answer)."""
    if isinstance(envelope, dict):
        return envelope.get(name)
    if isinstance(envelope, list | str | int | float | bool) or envelope is None:
        return None
    value = getattr(envelope, name, None)
    return None if is_unset(value) else value


def _unexpected(what: str, operation_id: str) -> UnexpectedResponseError:
    method, path = route(operation_id)
    return UnexpectedResponseError(
        f"{what} in the response to {operation_id}", status=200, method=method, path=path
    )


def item_of(envelope: Any, operation_id: str) -> Any:
    """The ``item`` of an ``{item: ...}`` response, refusing a response without one."""
    item = _field(envelope, "item")
    if item is None:
        raise _unexpected("no 'item'", operation_id)
    return item


def field_of(envelope: Any, name: str, operation_id: str) -> Any:
    """A top-level field the operation always answers (``results``...), refusing its absence."""
    value = _field(envelope, name)
    if value is None:
        raise _unexpected(f"no {name!r}", operation_id)
    return value


def created(result: Any, operation_id: str) -> Any:
    """The object a create returned, or the one its ``lookup`` found after a lost response."""
    if result.__class__ is Found:
        return result.value
    return item_of(result, operation_id)


def items_of(envelope: Any, operation_id: str = "a listing") -> list[Any]:
    """The ``items`` of a listing, refusing an answer without them.

    Kibana's listings always carry ``items`` (an empty list when nothing matches); an answer
    without it (``{}``, ``{"total": 5}``) is not an empty Fleet, and reading it as one would
    let ``plan``/``apply`` recreate everything.
    """
    items = _field(envelope, "items")
    if items is None:
        raise _unexpected("no 'items'", operation_id)
    if not isinstance(items, list):
        raise _unexpected(f"'items' is {type(items).__name__}, not a list,", operation_id)
    return items


def total_of(envelope: Any) -> int | None:
    """The ``total`` of a listing, when the endpoint reports one."""
    total = _field(envelope, "total")
    if isinstance(total, int | float) and not isinstance(total, bool):
        return int(total)
    return None

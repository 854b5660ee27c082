"""Helpers shared by the list endpoints: KQL filtering, sorting, paging and ``format``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from . import _kql
from ._http import KibanaError
from ._router import Ctx

Json = dict[str, Any]


def kuery(
    ctx: Ctx, *, prefixes: Iterable[str], fields: Iterable[str], type_name: str
) -> _kql.Query:
    """The parsed ``kuery`` query parameter; bad KQL answers 400 as Kibana does."""
    try:
        return _kql.parse(
            ctx.q("kuery"), prefixes=prefixes, known_fields=fields, type_name=type_name
        )
    except _kql.KqlError as err:
        raise KibanaError(400, str(err)) from None


def filtered(items: Iterable[Json], query: _kql.Query) -> list[Json]:
    """Items matching the query."""
    return [item for item in items if query.matches(_kql.dotted_resolver(item))]


def _sort_value(item: Json, field: str) -> tuple[int, Any]:
    value: Any = item
    for part in field.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if value is None:
        return (0, "")
    if isinstance(value, bool | int | float):
        return (1, value)
    return (2, str(value))


def sort_items(items: list[Json], field: str, order: str) -> list[Json]:
    """Sort by a (dotted) field, ``asc`` or ``desc``; ties keep the stored order."""
    if order not in ("asc", "desc"):
        raise KibanaError(
            400,
            "[request query.sortOrder]: types that failed validation:\n"
            "- [request query.sortOrder.0]: expected value to equal [desc]\n"
            "- [request query.sortOrder.1]: expected value to equal [asc]",
        )
    return sorted(items, key=lambda item: _sort_value(item, field), reverse=order == "desc")


def page_of(items: list[Any], page: int, per_page: int) -> list[Any]:
    """One page (``page`` from 1)."""
    start = max(page - 1, 0) * per_page
    return items[start : start + per_page]


def simplified_format(ctx: Ctx) -> bool:
    """Whether ``?format=simplified`` was asked for (``legacy`` is the default)."""
    value = ctx.q("format")
    if value is None or value == "legacy":
        return False
    if value == "simplified":
        return True
    raise KibanaError(
        400,
        "[request query.format]: types that failed validation:\n"
        "- [request query.format.0]: expected value to equal [simplified]\n"
        "- [request query.format.1]: expected value to equal [legacy]",
    )

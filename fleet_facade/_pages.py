"""One page of a listing, and where the next page starts.

Shared by both clients: ``AsyncListing`` and ``Listing`` (the I/O) yield these same pages,
so ``isinstance(page, fleet_facade.Page)`` holds whichever client fetched them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")

#: Objects asked for per request by page/perPage listings unless the caller says otherwise.
DEFAULT_PER_PAGE = 100
#: Kibana refuses page/perPage windows beyond this many agents.
AGENT_WINDOW = 10_000
#: How long an agent listing's point in time stays open between two pages.
AGENT_PIT_KEEP_ALIVE = "2m"


class Page(Generic[T]):
    """One page of a listing.

    Written out rather than a dataclass: ``import fleet_facade`` loads this module, and
    ``dataclasses`` would bring ``inspect`` and ``ast`` with it.

    Attributes:
        items: The objects on this page (a read-only sequence; models are built on first
            access).
        total: All matching objects (``None`` if the endpoint does not say).
        next: Opaque cursor for the next page; ``None`` on the last page.
        extra: The envelope's other fields (e.g. an agent listing's ``statusSummary``).
    """

    __slots__ = ("extra", "items", "next", "total")
    __match_args__ = ("items", "total", "next", "extra")

    def __init__(
        self,
        items: Sequence[T],
        total: int | None = None,
        next: Any = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.items = items
        self.total = total
        self.next = next
        self.extra: dict[str, Any] = {} if extra is None else extra

    def _fields(self) -> tuple[Any, ...]:
        return (self.items, self.total, self.next, self.extra)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it replaces

    def __repr__(self) -> str:
        return (f"Page(items={self.items!r}, total={self.total!r}, next={self.next!r}, "
                f"extra={self.extra!r})")


def next_page_number(page: int, per_page: int, got: int, total: int | None) -> int | None:
    """The next page number for page/perPage endpoints, or ``None`` after the last one."""
    if got == 0 or got < per_page:
        return None
    if total is not None and page * per_page >= total:
        return None
    return page + 1

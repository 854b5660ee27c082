"""One page of a listing, and where the next page starts.

Shared by both clients: ``AsyncListing`` and ``Listing`` (the I/O) yield these same pages,
so ``isinstance(page, fleet_facade.Page)`` holds whichever client fetched them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")

#: Objects asked for per request by page/perPage listings unless the caller says otherwise.
DEFAULT_PER_PAGE = 100
#: Kibana refuses page/perPage windows beyond this many agents.
AGENT_WINDOW = 10_000
#: How long an agent listing's point in time stays open between two pages.
AGENT_PIT_KEEP_ALIVE = "2m"


@dataclass
class Page(Generic[T]):
    """One page of a listing.

    Attributes:
        items: The objects on this page (a read-only sequence; models are built on first
            access).
        total: All matching objects (``None`` if the endpoint does not say).
        next: Opaque cursor for the next page; ``None`` on the last page.
    """

    items: Sequence[T]
    total: int | None = None
    next: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


def next_page_number(page: int, per_page: int, got: int, total: int | None) -> int | None:
    """The next page number for page/perPage endpoints, or ``None`` after the last one."""
    if got == 0 or got < per_page:
        return None
    if total is not None and page * per_page >= total:
        return None
    return page + 1

# Generated from fleet_facade/_async/_pagination.py by scripts/run_unasync.py; do not edit.
"""Lazy listings: iterate items across pages, or page by page.

A listing fetches nothing until iterated. ``total`` is Kibana's count of all matching objects,
known once the first page arrived (``listing.count()`` fetches it when needed).
Only the fetching is here: the pages themselves (:class:`fleet_facade.Page`) are one class
for both clients.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

from .._items import LazyItems
from .._pages import Page

T = TypeVar("T")


class Listing(Generic[T]):
    """Items of a Fleet listing, fetched page by page as you iterate.

    Args:
        fetch: Returns the page for a cursor (the first cursor is ``start``).
        start: Cursor of the first page.
        finish: Called once after the last page (e.g. to drop a point in time).
    """

    def __init__(
        self,
        fetch: Callable[[Any], Page[T]],
        *,
        start: Any = 1,
        finish: Callable[[], None] | None = None,
    ) -> None:
        self._fetch = fetch
        self._start = start
        self._finish = finish
        self._first: Page[T] | None = None
        self.total: int | None = None

    def _first_page(self) -> Page[T]:
        if self._first is None:
            self._first = self._fetch(self._start)
            self.total = self._first.total
        return self._first

    def count(self) -> int:
        """Kibana's total for the listing (fetches the first page if needed).

        Returns:
            The total, or the number of items when the endpoint gives no total.
        """
        first = self._first_page()
        if first.total is not None:
            return first.total
        return len([item for item in self])

    def pages(self) -> Iterator[Page[T]]:
        """Yield every page, starting from the first."""
        page = self._first_page()
        try:
            while True:
                yield page
                if page.next is None:
                    return
                page = self._fetch(page.next)
                if page.total is not None:
                    self.total = page.total
        finally:
            if self._finish is not None:
                self._finish()

    def __iter__(self) -> Iterator[T]:
        return self._items()

    def _items(self) -> Iterator[T]:
        for page in self.pages():
            items = page.items
            # Built as reached and kept by no one but the caller (see ``fleet_facade._items``).
            yield from items.passing() if isinstance(items, LazyItems) else items

    def to_list(self) -> list[T]:
        """Every item, as a list."""
        return [item for item in self]


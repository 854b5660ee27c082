# Generated from fleet_facade/_async/_base.py by scripts/run_unasync.py; do not edit.
"""What every resource shares: the transport and its page/perPage and one-page listings."""

from __future__ import annotations

from typing import Any

from .._envelopes import items_of, total_of
from .._items import TakeItems
from .._pages import DEFAULT_PER_PAGE, Page, next_page_number
from ._pagination import Listing
from ._transport import Transport


class Resource:
    """Base of the resource clients (``fleet.agent_policies`` and friends)."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport
        self._sleep = transport.sleep  # between the looks of a wait (``wait_for_*``)

    def _paged(
        self, operation_id: str, *, per_page: int = DEFAULT_PER_PAGE, **params: Any
    ) -> Listing[Any]:
        """A lazy listing over a page/perPage endpoint."""
        transport = self._t

        def fetch(page: int) -> Page[Any]:
            take = TakeItems(operation_id)
            envelope = transport.call(
                operation_id, page=page, per_page=per_page, peek=take, **params
            )
            items = take.items(items_of(envelope, operation_id))
            total = total_of(envelope)
            return Page(items, total, next_page_number(page, per_page, len(items), total))

        return Listing(fetch, start=1)

    def _single_page(self, operation_id: str, **params: Any) -> Listing[Any]:
        """A lazy listing over an endpoint that answers everything at once."""
        transport = self._t

        def fetch(_cursor: Any) -> Page[Any]:
            take = TakeItems(operation_id)
            envelope = transport.call(operation_id, peek=take, **params)
            items = take.items(items_of(envelope, operation_id))
            return Page(items, total_of(envelope) or len(items), None)

        return Listing(fetch, start=None)

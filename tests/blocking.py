"""Async clients driven from synchronous test code, so each test is written once.

``Blocking(AsyncFleet(...), portal)`` behaves like the sync ``Fleet``: every coroutine runs on
the portal's event loop thread, listings come back as ``BlockingListing``.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

from anyio.from_thread import BlockingPortal

from fleet_facade import AsyncFleet, AsyncListing
from fleet_facade._async._base import AsyncResource


async def _await(awaitable: Any) -> Any:
    return await awaitable


class BlockingListing:
    """An ``AsyncListing`` driven from synchronous test code."""

    def __init__(self, listing: AsyncListing[Any], portal: BlockingPortal) -> None:
        self._listing = listing
        self._portal = portal

    @property
    def total(self) -> int | None:
        return self._listing.total

    def __iter__(self) -> Iterator[Any]:
        return iter(self.to_list())

    def count(self) -> int:
        return int(self._portal.call(self._listing.count))

    def to_list(self) -> list[Any]:
        return list(self._portal.call(self._listing.to_list))

    def pages(self) -> list[Any]:
        async def collect() -> list[Any]:
            return [page async for page in self._listing.pages()]

        return list(self._portal.call(collect))


class Blocking:
    """An ``AsyncFleet`` (or one of its resources) called like the sync ``Fleet``.

    Each test is written once; the ``async`` run really goes through ``AsyncFleet`` and
    ``httpx.AsyncClient`` on an event loop thread.
    """

    def __init__(self, target: Any, portal: BlockingPortal) -> None:
        self._target = target
        self._portal = portal

    def _wrap(self, value: Any) -> Any:
        if isinstance(value, AsyncListing):
            return BlockingListing(value, self._portal)
        if isinstance(value, AsyncResource | AsyncFleet):
            return Blocking(value, self._portal)
        return value

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._target, name)
        if not callable(attr) or inspect.isclass(attr):
            return self._wrap(attr)

        def call(*args: Any, **kwargs: Any) -> Any:
            result = attr(*args, **kwargs)
            if inspect.isawaitable(result):
                result = self._portal.call(_await, result)
            return self._wrap(result)

        return call

    def __repr__(self) -> str:
        return repr(self._target)

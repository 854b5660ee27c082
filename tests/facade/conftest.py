"""Fixtures: a fresh sandbox per test and Fleet clients over its in-process transport.

``fleet`` is parametrized over the sync ``Fleet`` and the async ``AsyncFleet``; the async one is
driven through a blocking portal (one event loop thread) so each test is written once.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from anyio.from_thread import BlockingPortal, start_blocking_portal

from fleet_facade import AsyncFleet, AsyncListing, Fleet
from fleet_facade._async._base import AsyncResource
from fleet_facade.sandbox import FleetSandbox

URL = "http://fleet-sandbox"


async def _await(awaitable: Any) -> Any:
    return await awaitable


class BlockingListing:
    """An ``AsyncListing`` seen synchronously (``total``, ``pages()``, ``count()``, iteration)."""

    def __init__(self, listing: AsyncListing[Any], portal: BlockingPortal) -> None:
        self._listing = listing
        self._portal = portal

    @property
    def total(self) -> int | None:
        return self._listing.total

    def __iter__(self) -> Iterator[Any]:
        return iter(self._portal.call(self._listing.to_list))

    def pages(self) -> list[Any]:
        async def collect() -> list[Any]:
            return [page async for page in self._listing.pages()]

        return self._portal.call(collect)

    def count(self) -> int:
        return self._portal.call(self._listing.count)

    def to_list(self) -> list[Any]:
        return self._portal.call(self._listing.to_list)


class Blocking:
    """Calls an async client's methods from synchronous test code."""

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
        if inspect.ismethod(attr) or inspect.isfunction(attr):

            def call(*args: Any, **kwargs: Any) -> Any:
                result = attr(*args, **kwargs)
                if inspect.isawaitable(result):
                    result = self._portal.call(_await, result)
                return self._wrap(result)

            return call
        return self._wrap(attr)

    def __repr__(self) -> str:
        return repr(self._target)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def sandbox() -> FleetSandbox:
    return FleetSandbox(seed=7)


@pytest.fixture
def sleeps() -> list[float]:
    """Delays the client asked to sleep (no test really sleeps)."""
    return []


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def make_fleet(
    flavor: str, sandbox: FleetSandbox, sleeps: list[float]
) -> Iterator[Callable[..., Any]]:
    """Build a client of the test's flavor over the sandbox (``Fleet`` or a blocking view)."""
    with start_blocking_portal() as portal:
        clients: list[Any] = []

        def make(**kwargs: Any) -> Any:
            if not {"api_key", "username", "bearer_token"} & kwargs.keys():
                kwargs["api_key"] = sandbox.api_key
            if flavor == "sync":
                client: Any = Fleet(
                    URL, transport=sandbox.transport(), sleep=sleeps.append, **kwargs
                )
            else:

                async def sleep(seconds: float) -> None:
                    sleeps.append(seconds)

                client = Blocking(
                    AsyncFleet(URL, transport=sandbox.async_transport(), sleep=sleep, **kwargs),
                    portal,
                )
            clients.append(client)
            return client

        yield make
        for client in clients:
            client.close()


@pytest.fixture
def fleet(make_fleet: Callable[..., Any]) -> Any:
    return make_fleet()

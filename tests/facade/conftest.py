"""Fixtures: a fresh sandbox per test and Fleet clients over its in-process transport.

``fleet`` is parametrized over the sync ``Fleet`` and the async ``AsyncFleet``; the async one is
driven through a blocking portal (one event loop thread) so each test is written once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from anyio.from_thread import start_blocking_portal

from fleet_facade import AsyncFleet, Fleet
from fleet_facade.sandbox import FleetSandbox
from tests.blocking import Blocking

URL = "http://fleet-sandbox"


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

"""Fixtures: a client of each flavor (sync ``Fleet``, async ``AsyncFleet``) over a recording."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from anyio.from_thread import start_blocking_portal

from fleet_facade import AsyncFleet, Fleet
from tests.blocking import Blocking

from .kibana_recording import RecordedKibana

URL = "http://kibana.recorded"


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def replay(flavor: str) -> Iterator[Callable[[str], tuple[Any, RecordedKibana]]]:
    """``replay(name)`` -> ``(client, kibana)``: a client whose only server is that recording.

    No retries (a recorded answer is used once), and the test fails if the facade sent a
    request the recording cannot answer.
    """
    with start_blocking_portal() as portal:
        opened: list[tuple[Any, RecordedKibana]] = []

        def make(name: str) -> tuple[Any, RecordedKibana]:
            kibana = RecordedKibana(name)
            client: Any
            if flavor == "sync":
                client = Fleet(URL, api_key="recorded", transport=kibana, max_retries=0)
            else:
                client = Blocking(
                    AsyncFleet(URL, api_key="recorded", transport=kibana, max_retries=0),
                    portal)
            opened.append((client, kibana))
            return client, kibana

        yield make
        for client, kibana in opened:
            client.close()
            assert kibana.misses == [], f"requests the recording cannot answer: {kibana.misses}"

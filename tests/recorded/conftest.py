"""Fixtures of the recorded suite: a ``fleet`` client (sync and async) talking to a cassette.

Three ways to run (see README.md, "Recorded tests"):

- replay (default, CI): ``--record-mode=none``; no server, the network is blocked, every request
  must be in the test's cassette and every recorded interaction must be replayed;
- record against the sandbox: ``--record-mode=rewrite``; a ``FleetSandbox`` with a fixed seed and
  a fixed clock serves real loopback HTTP;
- record against a real Kibana: the same, with ``KIBANA_ENDPOINT`` and ``KIBANA_API_KEY`` (or
  ``KIBANA_USERNAME``/``KIBANA_PASSWORD``) set; names get a per-run suffix and tests clean up.

Adding a recorded test (of a resource or a workflow) is one function in a module marked
``pytestmark = [pytest.mark.vcr, pytest.mark.block_network]``::

    def test_create_names_the_policy(fleet, recording, cleanup):
        policy = fleet.agent_policies.create(name=recording.name("web"), namespace="default")
        cleanup(fleet.agent_policies.delete, id=policy.id)
        assert fleet.agent_policies.get(id=policy.id).name == recording.name("web")

then ``uv run python scripts/record_cassettes.py tests/recorded/<that module>.py``; the
cassettes go to ``cassettes/<module>/<test>[sync|async].yaml``.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from anyio.from_thread import start_blocking_portal

from fleet_facade import AsyncFleet, Fleet, NotFoundError
from fleet_facade.sandbox import FleetSandbox
from tests.blocking import Blocking

from .cassette_tools import (
    MATCH_ON,
    MATCHERS,
    RECORDED_HOST,
    RUN_ID_PLACEHOLDER,
    make_request_scrubber,
    make_response_scrubber,
)

#: Fixed inputs of a sandbox recording: same seed, same clock, same bytes.
SANDBOX_SEED = 20240601
CLOCK_START = datetime(2025, 1, 1, tzinfo=UTC)
#: The credential a replaying client sends (the cassette never holds the recorded one).
REPLAY_API_KEY = "replay-only-placeholder"


def _real_kibana() -> bool:
    return bool(os.environ.get("KIBANA_ENDPOINT"))


def _run_id(record_mode: str) -> str:
    # A real Kibana is shared: unique names per run. Cassettes store the placeholder instead.
    if record_mode != "none" and _real_kibana():
        return "r" + secrets.token_hex(3)
    return RUN_ID_PLACEHOLDER


@pytest.fixture(scope="session")
def run_id(record_mode: str) -> str:
    return _run_id(record_mode)


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    for name, matcher in MATCHERS.items():
        vcr.register_matcher(name, matcher)


@pytest.fixture
def vcr_config(run_id: str) -> dict[str, Any]:
    return {
        "match_on": MATCH_ON,
        "before_record_request": make_request_scrubber(run_id),
        "before_record_response": make_response_scrubber(run_id),
        "decode_compressed_response": True,
        "allow_playback_repeats": False,
    }


class SteppingClock:
    """A clock that starts at a fixed instant and moves one second per reading."""

    def __init__(self, start: datetime = CLOCK_START) -> None:
        self._now = start

    def __call__(self) -> datetime:
        self._now += timedelta(seconds=1)
        return self._now


class Recording:
    """Where the test's traffic goes, and the few things a test needs to know about it.

    Attributes:
        mode: ``"replay"``, ``"sandbox"`` or ``"kibana"``.
        sandbox: The serving sandbox while recording against it, else ``None``.
    """

    def __init__(self, mode: str, run_id: str, sandbox: FleetSandbox | None) -> None:
        self.mode = mode
        self.sandbox = sandbox
        self._run_id = run_id

    def name(self, base: str) -> str:
        """A name unique to this run on a real Kibana, and stable in cassettes."""
        return f"rec-{base}-{self._run_id}"

    def add_agents(self, count: int, **kwargs: Any) -> None:
        """Enroll synthetic agents while recording against the sandbox (replay: a no-op).

        A real Kibana cannot be given agents by an API call: the test is skipped there.
        """
        if self.mode == "kibana":
            pytest.skip("needs enrolled agents; record agent tests against the sandbox")
        if self.sandbox is not None:
            self.sandbox.add_agents(count, **kwargs)

    def complete_actions(self) -> None:
        """Finish the sandbox's agent actions now (replay and real Kibana: a no-op)."""
        if self.sandbox is not None:
            self.sandbox.complete_actions()


@pytest.fixture
def recording(record_mode: str, run_id: str) -> Iterator[Recording]:
    if record_mode == "none":
        yield Recording("replay", run_id, None)
    elif _real_kibana():
        yield Recording("kibana", run_id, None)
    else:
        sandbox = FleetSandbox(seed=SANDBOX_SEED, clock=SteppingClock(), validate_responses=True)
        with sandbox:
            yield Recording("sandbox", run_id, sandbox)
        assert not sandbox.contract_violations, sandbox.contract_violations
        assert not sandbox.errors, sandbox.errors


# -- clients ------------------------------------------------------------------------------------


def _client_options(recording: Recording) -> dict[str, Any]:
    if recording.mode == "replay":
        return {"base_url": RECORDED_HOST, "api_key": REPLAY_API_KEY}
    if recording.mode == "sandbox":
        assert recording.sandbox is not None
        return {"base_url": recording.sandbox.url, "api_key": recording.sandbox.api_key}
    return {}  # real Kibana: KIBANA_* environment variables


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def fleet(flavor: str, recording: Recording, vcr: Any) -> Iterator[Any]:
    """A ``Fleet`` or (blocking view of) an ``AsyncFleet`` whose traffic the cassette holds.

    Retries never really sleep. In replay, every recorded interaction must have been used.
    """
    options = _client_options(recording)

    def no_sleep(_seconds: float) -> None:
        return None

    async def no_async_sleep(_seconds: float) -> None:
        return None

    if flavor == "sync":
        client = Fleet(sleep=no_sleep, **options)
        yield client
        client.close()
    else:
        with start_blocking_portal() as portal:
            async_client = portal.call(lambda: _make_async(options, no_async_sleep))
            yield Blocking(async_client, portal)
            portal.call(async_client.close)
    if recording.mode == "replay" and vcr is not None:
        unplayed = len(vcr.data) - vcr.play_count
        assert unplayed == 0, f"{unplayed} recorded interactions were not replayed (re-record?)"


async def _make_async(options: dict[str, Any], sleep: Any) -> AsyncFleet:
    return AsyncFleet(sleep=sleep, **options)


@pytest.fixture
def cleanup(fleet: Any) -> Iterator[Callable[..., None]]:
    """Register deletes that run after the test, inside its cassette; missing objects are fine.

    Against a real Kibana this is what leaves it as it was, even when an assertion failed.
    It takes ``fleet`` so that its deletes run before that client closes and its cassette is
    checked.
    """
    pending: list[tuple[Callable[..., Any], dict[str, Any]]] = []

    def register(delete: Callable[..., Any], **kwargs: Any) -> None:
        pending.append((delete, kwargs))

    yield register
    for delete, kwargs in reversed(pending):
        with contextlib.suppress(NotFoundError):
            delete(**kwargs)

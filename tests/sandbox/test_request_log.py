"""``sb.requests`` keeps the most recent requests only (``request_log_size``), in both modes."""

from __future__ import annotations

import httpx
import pytest

from fleet_facade.sandbox import FleetSandbox


def test_the_log_keeps_the_most_recent_requests() -> None:
    sandbox = FleetSandbox(seed=7, request_log_size=3)
    with sandbox.client() as http:
        for page in range(1, 8):
            http.get("/api/fleet/agent_policies", params={"page": page})
    assert len(sandbox.requests) == 3
    assert [r.query["page"] for r in sandbox.requests] == ["5", "6", "7"]
    assert sandbox.requests[-1].query == {"page": "7"}
    assert [r.query["page"] for r in sandbox.requests[1:]] == ["6", "7"]


def test_the_log_is_bounded_over_loopback_too() -> None:
    sandbox = FleetSandbox(seed=7, request_log_size=2)
    with sandbox, httpx.Client(base_url=sandbox.url, headers=sandbox.auth_headers()) as http:
        for _ in range(5):
            http.get("/api/status")
    assert len(sandbox.requests) == 2


def test_the_default_size_is_ten_thousand() -> None:
    sandbox = FleetSandbox(seed=7)
    assert sandbox.requests.size == 10_000


def test_the_log_reads_like_a_list(sandbox: FleetSandbox) -> None:
    with sandbox.client() as http:
        http.get("/api/status")
        mark = len(sandbox.requests)
        http.get("/api/fleet/outputs")
    (record,) = sandbox.requests[mark:]
    assert record.path == "/api/fleet/outputs"
    assert sandbox.requests == list(sandbox.requests)
    del sandbox.requests[:]
    assert len(sandbox.requests) == 0
    assert sandbox.requests == []


def test_a_size_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="request_log_size must be at least 1"):
        FleetSandbox(request_log_size=0)

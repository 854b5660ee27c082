"""Agent status counts (``/api/fleet/agent_status``)."""

from __future__ import annotations

import httpx

from fleet_facade.sandbox import FleetSandbox


def test_agent_status_counts(client: httpx.Client, sandbox: FleetSandbox) -> None:
    for status, count in (
        ("online", 2),
        ("error", 2),
        ("offline", 1),
        ("updating", 3),
        ("inactive", 2),
        ("unenrolled", 1),
    ):
        sandbox.add_agents(count, status=status)
    results = client.get("/api/fleet/agent_status").json()["results"]
    # Reference examples/09 (the same fleet); `total` is omitted as the newest handler does.
    expected = {
        "events": 0,
        "other": 0,
        "online": 2,
        "error": 2,
        "offline": 1,
        "updating": 3,
        "inactive": 2,
        "unenrolled": 1,
        "all": 11,
        "active": 8,
    }
    assert {k: results[k] for k in expected} == expected

"""Agentless policies (``/api/fleet/agentless_policies``)."""

from __future__ import annotations

import httpx

from fleet_facade.sandbox import FleetSandbox

from ._helpers import assert_error

MISSING = "00000000-0000-4000-8000-000000000000"


def test_agentless_delete_unknown(client: httpx.Client) -> None:
    assert_error(
        client.delete(f"/api/fleet/agentless_policies/{MISSING}"),
        404,
        f"Package policy {MISSING} not found",
    )


def test_agentless_unknown_package(client: httpx.Client, sandbox: FleetSandbox) -> None:
    response = client.post(
        "/api/fleet/agentless_policies",
        json={"name": "x", "package": {"name": "nope", "version": "1.0.0"}},
    )
    assert_error(response, 404, "[nope] package not installed or found in registry")
    assert sandbox.count("agent_policies") == 0

"""Fleet internals: settings, setup, Fleet Server health check."""

from __future__ import annotations

from typing import Any

import httpx


def test_settings_update_keeps_policy_revisions(
    client: httpx.Client, agent_policy: dict[str, Any]
) -> None:
    # Kibana's settings PUT bumps no agent policy (settings/global_settings.ts); the sandbox once
    # bumped them all, which this test asserted.
    item = client.put("/api/fleet/settings", json={"prerelease_integrations_enabled": True}).json()
    assert item["item"]["prerelease_integrations_enabled"] is True
    policy = client.get(f"/api/fleet/agent_policies/{agent_policy['id']}").json()["item"]
    assert policy["revision"] == 1


def test_setup_endpoints(client: httpx.Client) -> None:
    assert client.post("/api/fleet/setup").json() == {"isInitialized": True, "nonFatalErrors": []}
    health = client.post("/api/fleet/health_check", json={"id": "fleet-default-fleet-server-host"})
    assert health.status_code == 200

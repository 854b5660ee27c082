"""What a fresh sandbox holds, and counting stored objects."""

from __future__ import annotations

import httpx

from fleet_facade.sandbox import FleetSandbox


def test_defaults_exist(client: httpx.Client) -> None:
    outputs = client.get("/api/fleet/outputs").json()
    assert outputs["items"][0]["id"] == "fleet-default-output"
    assert outputs["items"][0]["is_default"] is True
    hosts = client.get("/api/fleet/fleet_server_hosts").json()["items"]
    assert hosts[0]["host_urls"] == ["https://fleet-server.sandbox.local:8220"]
    assert hosts[0]["is_default"] is True
    assert client.get("/api/fleet/agent_download_sources").json()["items"][0]["is_default"] is True
    assert client.get("/api/fleet/settings").json()["item"]["id"] == "fleet-default-settings"


def test_count_and_state(sandbox: FleetSandbox, client: httpx.Client) -> None:
    assert sandbox.count("outputs") == 1
    client.post("/api/fleet/agent_policies", json={"name": "x", "namespace": "default"})
    assert sandbox.count("agent_policies") == 1
    assert sandbox.count("enrollment_api_keys") == 1

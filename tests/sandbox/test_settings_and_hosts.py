"""Outputs, fleet server hosts, proxies, download sources, settings, tokens, setup (section 7)."""

from __future__ import annotations

from typing import Any

import httpx

from fleet_facade.sandbox import FleetSandbox

from ._helpers import assert_error


def test_defaults_exist(client: httpx.Client) -> None:
    outputs = client.get("/api/fleet/outputs").json()
    assert outputs["items"][0]["id"] == "fleet-default-output"
    assert outputs["items"][0]["is_default"] is True
    hosts = client.get("/api/fleet/fleet_server_hosts").json()["items"]
    assert hosts[0]["host_urls"] == ["https://fleet-server.sandbox.local:8220"]
    assert hosts[0]["is_default"] is True
    assert client.get("/api/fleet/agent_download_sources").json()["items"][0]["is_default"] is True
    assert client.get("/api/fleet/settings").json()["item"]["id"] == "fleet-default-settings"


def test_output_crud_and_404(client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    created = client.post(
        "/api/fleet/outputs",
        json={"name": "ls", "type": "logstash", "hosts": ["ls:5044"], "is_default": True},
    ).json()["item"]
    outputs = {o["id"]: o for o in client.get("/api/fleet/outputs").json()["items"]}
    assert outputs["fleet-default-output"]["is_default"] is False  # only one default
    policy = client.get(f"/api/fleet/agent_policies/{agent_policy['id']}").json()["item"]
    assert policy["revision"] == 2  # default output change bumps every agent policy
    updated = client.put(f"/api/fleet/outputs/{created['id']}", json={"name": "renamed"})
    assert updated.json()["item"]["name"] == "renamed"
    assert_error(client.get("/api/fleet/outputs/nope"), 404, "Output nope not found")
    deletable = client.post(
        "/api/fleet/outputs",
        json={"name": "es2", "type": "elasticsearch", "hosts": ["http://e:9200"]},
    ).json()["item"]
    assert client.delete(f"/api/fleet/outputs/{deletable['id']}").json() == {"id": deletable["id"]}


def test_proxies_and_hosts_crud(client: httpx.Client) -> None:
    proxy = client.post("/api/fleet/proxies", json={"name": "p", "url": "http://proxy:3128"}).json()
    assert client.get(f"/api/fleet/proxies/{proxy['item']['id']}").status_code == 200
    host = client.post(
        "/api/fleet/fleet_server_hosts", json={"name": "h", "host_urls": ["https://h:8220"]}
    ).json()["item"]
    assert host["is_default"] is False
    assert client.delete(f"/api/fleet/fleet_server_hosts/{host['id']}").status_code == 200
    assert client.get(f"/api/fleet/fleet_server_hosts/{host['id']}").status_code == 404


def test_settings_update_bumps_policies(client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    item = client.put("/api/fleet/settings", json={"prerelease_integrations_enabled": True}).json()
    assert item["item"]["prerelease_integrations_enabled"] is True
    policy = client.get(f"/api/fleet/agent_policies/{agent_policy['id']}").json()["item"]
    assert policy["revision"] == 2


def test_uninstall_tokens(client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    listed = client.get("/api/fleet/uninstall_tokens").json()
    assert listed["total"] == 1
    token_id = listed["items"][0]["id"]
    assert "token" not in listed["items"][0]
    item = client.get(f"/api/fleet/uninstall_tokens/{token_id}").json()["item"]
    assert item["policy_id"] == agent_policy["id"] and item["token"]
    assert_error(
        client.get("/api/fleet/uninstall_tokens", params={"policyId": "a", "search": "b"}),
        400,
        "Query parameters `policyId` and `search` cannot be used at the same time.",
    )
    assert_error(
        client.get("/api/fleet/uninstall_tokens/nope"),
        404,
        "Uninstall Token not found with id nope",
    )


def test_setup_endpoints(client: httpx.Client) -> None:
    assert client.post("/api/fleet/setup").json() == {"isInitialized": True, "nonFatalErrors": []}
    assert client.get("/api/fleet/agents/setup").json()["isReady"] is True
    assert client.post("/api/fleet/agents/setup").status_code == 200
    health = client.post("/api/fleet/health_check", json={"id": "fleet-default-fleet-server-host"})
    assert health.status_code == 200


def test_count_and_state(sandbox: FleetSandbox, client: httpx.Client) -> None:
    assert sandbox.count("outputs") == 1
    client.post("/api/fleet/agent_policies", json={"name": "x", "namespace": "default"})
    assert sandbox.count("agent_policies") == 1
    assert sandbox.count("enrollment_api_keys") == 1

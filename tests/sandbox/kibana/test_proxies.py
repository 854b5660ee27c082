"""Conformance: proxies (``/api/fleet/proxies``), stated from Kibana's ``fleet_proxies/crud.ts``
(describe.skip upstream, the facts still hold) and ``services/fleet_proxies.ts``."""

# The first docstring line of each test is Kibana's own test title, unwrapped.
# ruff: noqa: E501

from __future__ import annotations

from typing import Any

import httpx

from .._helpers import assert_error

Json = dict[str, Any]
BASE = "/api/fleet/proxies"


def _proxy(client: httpx.Client, **extra: Any) -> Json:
    body = {"id": "test-default-123", "name": "Test 123", "url": "https://test.fr:3232", **extra}
    response = client.post(BASE, json=body)
    assert response.status_code == 200, response.text
    item: Json = response.json()["item"]
    return item


def _users(client: httpx.Client, proxy_id: str) -> tuple[Json, Json, Json, Json]:
    """A non-default output, Fleet Server host and download source using the proxy, and an
    agent policy using all three."""
    output = client.post("/api/fleet/outputs", json={
        "name": "out", "type": "elasticsearch", "hosts": ["https://es.fr:9200"],
        "proxy_id": proxy_id}).json()["item"]
    host = client.post("/api/fleet/fleet_server_hosts", json={
        "name": "fs", "host_urls": ["https://fs.fr:8220"], "proxy_id": proxy_id}).json()["item"]
    source = client.post("/api/fleet/agent_download_sources", json={
        "name": "ds", "host": "https://ds.fr", "proxy_id": proxy_id}).json()["item"]
    policy = client.post("/api/fleet/agent_policies", json={
        "name": "uses proxy", "namespace": "default", "data_output_id": output["id"],
        "fleet_server_host_id": host["id"], "download_source_id": source["id"]}).json()["item"]
    return output, host, source, policy


def test_list_holds_the_proxy(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_proxies/crud.ts › GET /proxies › should list the fleet proxies"""
    _proxy(client)
    assert len(client.get(BASE).json()["items"]) == 1


def test_get_answers_exactly_the_proxy(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_proxies/crud.ts › GET /proxies/{itemId} › should return the requested fleet proxy"""
    _proxy(client)
    assert client.get(f"{BASE}/test-default-123").json() == {
        "item": {
            "id": "test-default-123",
            "name": "Test 123",
            "url": "https://test.fr:3232",
            "is_preconfigured": False,
        }
    }


def test_get_and_delete_of_unknown_proxy_are_404(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_proxies/crud.ts › GET /proxies/{itemId} › should return a 404 when retrieving a non existing fleet proxy"""
    assert_error(client.get(f"{BASE}/idonotexists"), 404, "Fleet proxy idonotexists not found")
    assert_error(client.delete(f"{BASE}/idonotexists"), 404, "Fleet proxy idonotexists not found")


def test_update_renames_and_bumps_the_policies_of_its_users(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_proxies/crud.ts › PUT /proxies/{itemId} › should allow to update an existing fleet proxy"""
    _proxy(client)
    *_, policy = _users(client, "test-default-123")
    bystander = client.post("/api/fleet/agent_policies",
                            json={"name": "other", "namespace": "default"}).json()["item"]
    response = client.put(f"{BASE}/test-default-123",
                          json={"name": "Test 123 updated", "url": "https://newproxy.fr"})
    assert response.status_code == 200
    assert client.get(f"{BASE}/test-default-123").json()["item"]["name"] == "Test 123 updated"
    revisions = {p["id"]: p["revision"] for p in
                 client.get("/api/fleet/agent_policies").json()["items"]}
    # Once per user (output, host, download source), none for the policy using none of them.
    assert revisions == {policy["id"]: 4, bystander["id"]: 1}


def test_update_of_unknown_proxy_is_404(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_proxies/crud.ts › PUT /proxies/{itemId} › should return a 404 when updating a non existing fleet proxy"""
    response = client.put(f"{BASE}/idonotexists", json={"name": "x"})
    assert_error(response, 404, "Proxy idonotexists not found")


def test_delete_of_a_proxy_in_use_clears_its_users(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_proxies/crud.ts › DELETE /proxies/{itemId} › should allow to delete an existing fleet proxy"""
    _proxy(client)
    output, host, source, _ = _users(client, "test-default-123")
    assert client.delete(f"{BASE}/test-default-123").json() == {"id": "test-default-123"}
    for path in (f"/api/fleet/outputs/{output['id']}",
                 f"/api/fleet/fleet_server_hosts/{host['id']}",
                 f"/api/fleet/agent_download_sources/{source['id']}"):
        assert "proxy_id" not in client.get(path).json()["item"], path


def test_preconfigured_flag_cannot_be_set_by_update(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/rest_spec/fleet_proxies.ts PutFleetProxyRequestSchema"""
    # The PUT body has no is_preconfigured key, so the schema refuses it before the
    # service's 403 check (services/fleet_proxies.ts updateFleetProxy) can run.
    _proxy(client)
    response = client.put(f"{BASE}/test-default-123", json={"is_preconfigured": True})
    assert_error(response, 400, "[request body.is_preconfigured]: definition for this key is missing")
    assert client.get(f"{BASE}/test-default-123").json()["item"]["is_preconfigured"] is False


def test_created_proxy_is_never_preconfigured(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/routes/fleet_proxies/handler.ts postFleetProxyHandler"""
    item = _proxy(client, is_preconfigured=True)
    assert item["is_preconfigured"] is False


def test_proxy_headers_are_answered_as_an_object(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/fleet_proxies.ts savedObjectToFleetProxy"""
    item = _proxy(client, proxy_headers={"X-Test": "1"})
    assert item["proxy_headers"] == {"X-Test": "1"}
    assert client.get(f"{BASE}/{item['id']}").json()["item"]["proxy_headers"] == {"X-Test": "1"}

"""Conformance: Fleet Server hosts (``/api/fleet/fleet_server_hosts``), stated from Kibana's
``fleet_server_hosts/crud.ts`` and ``services/fleet_server_host.ts``."""

# The first docstring line of each test is Kibana's own test title, unwrapped.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from fleet_facade.sandbox import FleetSandbox

from .._helpers import assert_error

Json = dict[str, Any]
BASE = "/api/fleet/fleet_server_hosts"
DEFAULT = "fleet-default-fleet-server-host"


def _create(client: httpx.Client, body: Json) -> Json:
    response = client.post(BASE, json=body)
    assert response.status_code == 200, response.text
    item: Json = response.json()["item"]
    return item


def _assert_forbidden(response: httpx.Response, message: str) -> None:
    assert response.status_code == 403, response.text
    assert response.json() == {"statusCode": 403, "error": "Forbidden", "message": message}


def test_list_answers_every_host(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_server_hosts/crud.ts › GET /fleet_server_hosts › should list the fleet server hosts"""
    _create(client, {"name": "Host 1", "host_urls": ["https://test.fr:8080"]})
    _create(client, {"name": "Host 2", "host_urls": ["https://test.fr:8081"]})
    body = client.get(BASE).json()
    assert len(body["items"]) == body["total"] == 3  # the seeded default and the two
    assert {"items", "total", "page", "perPage"} == set(body)


def test_get_answers_exactly_the_host(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_server_hosts/crud.ts › GET /fleet_server_hosts/{itemId} › should return the requested fleet server host"""
    _create(client, {"id": "test-default-123", "name": "Default", "is_default": True,
                     "host_urls": ["https://test.fr:8080", "https://test.fr:8081"]})
    assert client.get(f"{BASE}/test-default-123").json() == {
        "item": {
            "id": "test-default-123",
            "name": "Default",
            "is_default": True,
            "host_urls": ["https://test.fr:8080", "https://test.fr:8081"],
            "is_preconfigured": False,
        }
    }


def test_get_of_unknown_host_is_404(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_server_hosts/crud.ts › GET /fleet_server_hosts/{itemId} › should return a 404 when retrieving a non existing fleet server host"""
    assert_error(client.get(f"{BASE}/idonotexists"), 404, "Fleet server idonotexists not found")


def test_created_default_host_with_id_and_ssl(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_server_hosts/crud.ts › POST /fleet_server_hosts › should allow to create a default fleet server host with SSL options"""
    ssl = {"certificate_authorities": ["cert authorities"], "certificate": "my cert",
           "es_certificate": "my es cert", "es_certificate_authorities": ["es authorities"]}
    _create(client, {"id": "test-123", "name": "Default", "is_default": True,
                     "host_urls": ["https://test.fr:8080"], "ssl": ssl})
    item = client.get(f"{BASE}/test-123").json()["item"]
    assert item["is_default"] is True and item["ssl"] == ssl
    assert client.get(f"{BASE}/{DEFAULT}").json()["item"]["is_default"] is False


def test_id_conflict_keeps_the_existing_default(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_server_hosts/crud.ts › POST /fleet_server_hosts › should not unset default fleet server host on id conflict"""
    body = {"id": "test-123", "name": "Default", "is_default": True,
            "host_urls": ["https://test.fr:8080"]}
    _create(client, body)
    response = client.post(BASE, json=body)
    assert response.status_code == 409
    assert response.json()["message"] == "Saved object [fleet-fleet-server-host/test-123] conflict"
    assert client.get(f"{BASE}/test-123").json()["item"]["is_default"] is True


def test_ssl_key_and_its_secret_together_are_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_server_hosts/crud.ts › POST /fleet_server_hosts › should not allow ssl.key and secrets.ssl.key to be set at the same time"""
    response = client.post(BASE, json={"name": "h", "host_urls": ["https://test.fr:8080"],
                                       "ssl": {"key": "KEY"},
                                       "secrets": {"ssl": {"key": "KEY"}}})
    assert_error(response, 400, "Cannot specify both ssl.key and secrets.ssl.key")


def test_ssl_es_key_and_its_secret_together_are_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_server_hosts/crud.ts › POST /fleet_server_hosts › should not allow ssl.es_key and secrets.ssl.es_key to be set at the same time"""
    response = client.post(BASE, json={"name": "h", "host_urls": ["https://test.fr:8080"],
                                       "ssl": {"es_key": "KEY"},
                                       "secrets": {"ssl": {"es_key": "KEY"}}})
    assert_error(response, 400, "Cannot specify both ssl.es_key and secrets.ssl.es_key")


def test_secrets_are_stored_when_fleet_server_meets_the_minimum(
    sandbox: FleetSandbox, client: httpx.Client
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_server_hosts/crud.ts › POST /fleet_server_hosts › should store secrets if fleet server meets minimum version"""
    item = _create(client, {"name": "h", "host_urls": ["https://test.fr:8080"],
                            "secrets": {"ssl": {"key": "KEY1", "es_key": "KEY2"}}})
    refs = item["secrets"]["ssl"]
    assert sandbox.state.secrets[refs["key"]["id"]] == "KEY1"
    assert sandbox.state.secrets[refs["es_key"]["id"]] == "KEY2"


def test_secrets_are_kept_plain_below_the_minimum(
    kibana_at: Callable[..., httpx.Client],
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_server_hosts/crud.ts › POST /fleet_server_hosts › should not store secrets if fleet server does not meet minimum version"""
    client = kibana_at("8.9.0")
    item = _create(client, {"name": "h", "host_urls": ["https://test.fr:8080"],
                            "secrets": {"ssl": {"key": "KEY1"}}})
    assert "secrets" not in item
    assert item["ssl"]["key"] == "KEY1"


def test_update_renames_and_unknown_host_is_404(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_server_hosts/crud.ts › PUT /fleet_server_hosts/{itemId} › should allow to update an existing fleet server host"""
    response = client.put(f"{BASE}/{DEFAULT}", json={"name": "Default updated"})
    assert response.status_code == 200
    assert client.get(f"{BASE}/{DEFAULT}").json()["item"]["name"] == "Default updated"
    assert_error(
        client.put(f"{BASE}/idonotexists", json={"name": "x"}),
        404,
        "Fleet server idonotexists not found",
    )


def test_updated_secret_replaces_its_document(
    sandbox: FleetSandbox, client: httpx.Client
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_server_hosts/crud.ts › PUT /fleet_server_hosts/{itemId} › should allow secrets to be updated + delete unused secret"""
    item = _create(client, {"name": "h", "host_urls": ["https://test.fr:8080"],
                            "secrets": {"ssl": {"key": "KEY1"}}})
    updated = client.put(f"{BASE}/{item['id']}",
                         json={"secrets": {"ssl": {"key": "NEW_KEY"}}}).json()["item"]
    new_id = updated["secrets"]["ssl"]["key"]["id"]
    assert sandbox.state.secrets == {new_id: "NEW_KEY"}


def test_delete_answers_the_id_and_removes_secrets(
    sandbox: FleetSandbox, client: httpx.Client
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_server_hosts/crud.ts › DELETE /fleet_server_hosts/{itemId} › should delete secrets when deleting a fleet server host"""
    item = _create(client, {"name": "h", "host_urls": ["https://test.fr:8080"],
                            "secrets": {"ssl": {"key": "KEY1"}}})
    assert client.delete(f"{BASE}/{item['id']}").json() == {"id": item["id"]}
    assert sandbox.state.secrets == {}
    assert_error(client.delete(f"{BASE}/{item['id']}"), 404, f"Fleet server {item['id']} not found")


def test_default_host_cannot_be_deleted(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/fleet_server_host.ts delete"""
    _assert_forbidden(
        client.delete(f"{BASE}/{DEFAULT}"),
        f"Default Fleet Server hosts {DEFAULT} cannot be deleted.",
    )


def test_host_urls_get_an_explicit_port(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/fleet_server_host.ts create (normalizeHostsForAgents)"""
    item = _create(client, {"name": "h", "host_urls": ["https://test.fr", "http://test.fr/"]})
    assert item["host_urls"] == ["https://test.fr:443", "http://test.fr:80"]


def test_update_of_a_non_default_host_bumps_its_policies_only(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/routes/fleet_server_hosts/handler.ts putFleetServerHostHandler"""
    host = _create(client, {"name": "h", "host_urls": ["https://test.fr:8080"]})
    using = client.post("/api/fleet/agent_policies", json={
        "name": "uses it", "namespace": "default", "fleet_server_host_id": host["id"]}
    ).json()["item"]
    other = client.post("/api/fleet/agent_policies",
                        json={"name": "other", "namespace": "default"}).json()["item"]
    client.put(f"{BASE}/{host['id']}", json={"name": "renamed"})
    revisions = {p["id"]: p["revision"] for p in
                 client.get("/api/fleet/agent_policies").json()["items"]}
    assert revisions == {using["id"]: 2, other["id"]: 1}


def test_preconfigured_flag_cannot_be_set_by_update(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/rest_spec/fleet_server_policy_config.ts PutFleetServerHostRequestSchema"""
    # The PUT body (FleetServerHostBaseSchema) has no is_preconfigured key, so the schema
    # refuses it before the service's 403 check (services/fleet_server_host.ts update) can run.
    host = _create(client, {"name": "h", "host_urls": ["https://test.fr:8080"]})
    response = client.put(f"{BASE}/{host['id']}", json={"is_preconfigured": True})
    assert_error(response, 400, "[request body.is_preconfigured]: definition for this key is missing")
    assert client.get(f"{BASE}/{host['id']}").json()["item"]["is_preconfigured"] is False


def test_update_replaces_the_ssl_options(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_server_hosts/crud.ts › PUT /fleet_server_hosts/{itemId} › should allow to update an existing fleet server host with SSL options"""
    host = _create(client, {"name": "h", "host_urls": ["https://test.fr:8080"],
                            "ssl": {"certificate": "old"}})
    ssl = {"certificate_authorities": ["ca"], "certificate": "new", "es_certificate": "es"}
    client.put(f"{BASE}/{host['id']}", json={"ssl": ssl})
    assert client.get(f"{BASE}/{host['id']}").json()["item"]["ssl"] == ssl


def test_deleted_host_leaves_its_policies(sandbox: FleetSandbox, client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/fleet_server_host.ts delete (removeFleetServerHostFromAll)"""
    host = _create(client, {"name": "h", "host_urls": ["https://test.fr:8080"]})
    policy = client.post("/api/fleet/agent_policies", json={
        "name": "p", "namespace": "default", "fleet_server_host_id": host["id"]}
    ).json()["item"]
    client.delete(f"{BASE}/{host['id']}")
    stored = sandbox.state.agent_policies[policy["id"]]
    assert (stored.get("fleet_server_host_id"), stored["revision"]) == (None, 2)


def test_host_urls_are_rebuilt_from_scheme_host_port_and_path(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/common/services/hosts_utils.ts normalizeHostsForAgents"""
    item = _create(client, {"name": "h", "host_urls": ["HTTPS://Fleet.Example.com/path?x=1"]})
    assert item["host_urls"] == ["https://fleet.example.com:443/path"]

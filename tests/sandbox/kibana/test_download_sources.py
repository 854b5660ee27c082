"""Conformance: agent binary download sources (``/api/fleet/agent_download_sources``), stated
from Kibana's ``download_sources/crud.ts``, its handler and ``services/download_source.ts``."""

# The first docstring line of each test is Kibana's own test title, unwrapped.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from fleet_facade.sandbox import FleetSandbox

from .._helpers import assert_error

Json = dict[str, Any]
BASE = "/api/fleet/agent_download_sources"
DEFAULT = "fleet-default-download-source"
DEFAULT_ITEM = {
    "id": DEFAULT,
    "name": "Elastic Artifacts",
    "is_default": True,
    "host": "https://artifacts.elastic.co/downloads/",
}


def _create(client: httpx.Client, body: Json) -> Json:
    response = client.post(BASE, json=body)
    assert response.status_code == 200, response.text
    item: Json = response.json()["item"]
    return item


def test_list_starts_with_the_default_source(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › GET /agent_download_sources › should list the default download source host"""
    _create(client, {"name": "Other", "host": "https://other.fr"})
    assert client.get(BASE).json()["items"][0] == DEFAULT_ITEM


def test_get_answers_exactly_the_source(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › GET /agent_download_sources/{sourceId} › should return the requested download source host"""
    assert client.get(f"{BASE}/{DEFAULT}").json() == {"item": DEFAULT_ITEM}


def test_get_and_delete_of_unknown_source_are_404(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/routes/download_source/handler.ts getOneDownloadSourcesHandler"""
    message = "Agent binary source idonotexists not found"
    assert_error(client.get(f"{BASE}/idonotexists"), 404, message)
    assert_error(client.delete(f"{BASE}/idonotexists"), 404, message)


def test_update_of_unknown_source_is_404(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › PUT /agent_download_sources/{sourceId} › should return a 404 when updating a non existing download source"""
    response = client.put(f"{BASE}/idonotexists", json={"name": "new", "host": "https://a.co"})
    assert_error(response, 404, "Download source idonotexists not found")


def test_created_source_is_echoed_as_sent(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › POST /agent_download_sources › should allow to create a new download source host"""
    item = _create(client, {"name": "My download source", "host": "http://test.fr:443",
                            "is_default": False})
    assert {k: v for k, v in item.items() if k != "id"} == {
        "name": "My download source",
        "host": "http://test.fr:443",
        "is_default": False,
    }


def test_created_source_keeps_its_ssl_fields(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › POST /agent_download_sources › should allow to create a new download source host with ssl fields"""
    ssl = {"certificate": "cert", "certificate_authorities": ["ca"], "key": "key"}
    item = _create(client, {"name": "ssl source", "host": "http://test.fr:443", "ssl": ssl})
    assert item["ssl"] == ssl


def test_a_new_default_source_takes_the_flag(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › POST /agent_download_sources › should toggle default download source when creating a new default one"""
    first = _create(client, {"name": "first", "host": "http://a.fr", "is_default": True})
    second = _create(client, {"name": "second", "host": "http://b.fr", "is_default": True})
    defaults = [s["id"] for s in client.get(BASE).json()["items"] if s["is_default"]]
    assert defaults == [second["id"]]
    assert first["id"] != second["id"]


def test_host_must_be_a_uri(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › POST /agent_download_sources › should return a 400 when passing a host that is not a valid uri"""
    response = client.post(BASE, json={"name": "bad", "host": "not a valid uri"})
    assert response.status_code == 400


def test_ssl_key_and_its_secret_together_are_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › POST /agent_download_sources › should not allow ssl.key and secrets.ssl.key to be set at the same time"""
    response = client.post(BASE, json={"name": "s", "host": "https://s.fr",
                                       "ssl": {"key": "KEY"},
                                       "secrets": {"ssl": {"key": "KEY"}}})
    assert_error(response, 400, "Cannot specify both ssl.key and secrets.ssl.key")


def test_username_without_password_is_refused(kibana_at: Callable[..., httpx.Client]) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › POST /agent_download_sources › should require password when username is provided"""
    client = kibana_at("9.4.0")
    response = client.post(BASE, json={"name": "s", "host": "https://s.fr",
                                       "auth": {"username": "user"}})
    assert_error(response, 400, "Username and password must be provided together")


def test_password_and_api_key_together_are_refused(kibana_at: Callable[..., httpx.Client]) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › POST /agent_download_sources › should not allow both username/password and api_key"""
    client = kibana_at("9.4.0")
    response = client.post(BASE, json={"name": "s", "host": "https://s.fr",
                                       "auth": {"username": "u", "password": "p",
                                                "api_key": "k"}})
    assert_error(response, 400, "Cannot specify both username/password and api_key authentication")


def test_ssl_secret_is_stored_from_fleet_server_9_3(
    kibana_at: Callable[..., httpx.Client],
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › POST /agent_download_sources › should store SSL secrets if fleet server meets minimum version"""
    client = kibana_at("9.3.0")
    item = _create(client, {"name": "s", "host": "https://s.fr",
                            "secrets": {"ssl": {"key": "KEY"}}})
    secrets = client.sandbox.state.secrets  # type: ignore[attr-defined]
    assert secrets[item["secrets"]["ssl"]["key"]["id"]] == "KEY"
    assert "ssl" not in item


def test_ssl_secret_is_kept_plain_below_fleet_server_9_3(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › POST /agent_download_sources › should not store SSL secrets if fleet server does not meet minimum version"""
    item = _create(client, {"name": "s", "host": "https://s.fr",
                            "secrets": {"ssl": {"key": "KEY"}}})
    assert "secrets" not in item
    assert item["ssl"] == {"key": "KEY"}


def test_the_default_source_may_be_updated_and_unset(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › PUT /agent_download_sources/{sourceId} › should allow to update an existing download source"""
    response = client.put(f"{BASE}/{DEFAULT}", json={"name": "new host1",
                                                     "host": "https://test.co:403",
                                                     "is_default": False})
    assert response.status_code == 200
    item = client.get(f"{BASE}/{DEFAULT}").json()["item"]
    assert (item["host"], item["is_default"]) == ("https://test.co:403", False)


def test_default_source_cannot_be_deleted(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/download_source.ts delete"""
    response = client.delete(f"{BASE}/{DEFAULT}")
    assert_error(response, 400, f"Default Download source {DEFAULT} cannot be deleted.")


def test_deleted_source_leaves_its_policies(sandbox: FleetSandbox, client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/download_source.ts delete (removeDefaultSourceFromAll)"""
    source = _create(client, {"name": "s", "host": "https://s.fr"})
    policy = client.post("/api/fleet/agent_policies", json={
        "name": "p", "namespace": "default", "download_source_id": source["id"]}).json()["item"]
    assert client.delete(f"{BASE}/{source['id']}").json() == {"id": source["id"]}
    assert sandbox.state.agent_policies[policy["id"]].get("download_source_id") is None


def test_names_are_unique(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/download_source.ts requireUniqueName"""
    first = _create(client, {"name": "same", "host": "https://a.fr"})
    response = client.post(BASE, json={"name": "same", "host": "https://b.fr"})
    assert_error(response, 400, f"Download Source '{first['id']}' already exists with name 'same'")


def test_proxy_must_exist(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/download_source.ts throwIfProxyNotFound"""
    response = client.post(BASE, json={"name": "s", "host": "https://s.fr", "proxy_id": "nope"})
    assert_error(
        response, 400, "Error checking proxy_id: Saved object [fleet-proxy/nope] not found"
    )


def test_authorization_header_with_credentials_is_refused(
    kibana_at: Callable[..., httpx.Client],
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › POST /agent_download_sources › should return 400 when Authorization header is combined with api_key credentials on create"""
    client = kibana_at("9.4.0")
    response = client.post(BASE, json={
        "name": "s", "host": "https://s.fr",
        "auth": {"api_key": "k", "headers": [{"key": "Authorization", "value": "x"}]}})
    assert_error(
        response,
        400,
        'Cannot use "Authorization" custom header when username/password or api_key '
        "authentication is configured",
    )


def test_auth_password_secret_is_stored_from_fleet_server_9_4(
    kibana_at: Callable[..., httpx.Client],
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › POST /agent_download_sources › should store auth secrets when fleet server meets minimum version"""
    client = kibana_at("9.4.0")
    item = _create(client, {"name": "s", "host": "https://s.fr", "auth": {"username": "user"},
                            "secrets": {"auth": {"password": "PASS"}}})
    secrets = client.sandbox.state.secrets  # type: ignore[attr-defined]
    assert secrets[item["secrets"]["auth"]["password"]["id"]] == "PASS"
    assert item["auth"] == {"username": "user"}


def test_updated_ssl_secret_replaces_its_document(
    kibana_at: Callable[..., httpx.Client],
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › PUT /agent_download_sources/{sourceId} › should allow secrets to be updated + delete unused secret"""
    client = kibana_at("9.3.0")
    item = _create(client, {"name": "s", "host": "https://s.fr",
                            "secrets": {"ssl": {"key": "KEY"}}})
    updated = client.put(f"{BASE}/{item['id']}", json={
        "name": "s", "host": "https://s.fr", "secrets": {"ssl": {"key": "NEW_KEY"}}}).json()["item"]
    new_id = updated["secrets"]["ssl"]["key"]["id"]
    assert client.sandbox.state.secrets == {new_id: "NEW_KEY"}  # type: ignore[attr-defined]


def test_update_of_a_non_default_source_bumps_its_policies_only(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/routes/download_source/handler.ts putDownloadSourcesHandler"""
    source = _create(client, {"name": "s", "host": "https://s.fr"})
    using = client.post("/api/fleet/agent_policies", json={
        "name": "uses it", "namespace": "default", "download_source_id": source["id"]}
    ).json()["item"]
    other = client.post("/api/fleet/agent_policies",
                        json={"name": "other", "namespace": "default"}).json()["item"]
    # The PUT body is the whole source: name and host are required
    # (x-pack/platform/plugins/shared/fleet/server/types/rest_spec/download_sources.ts).
    client.put(f"{BASE}/{source['id']}", json={"name": "renamed", "host": "https://s.fr"})
    revisions = {p["id"]: p["revision"] for p in
                 client.get("/api/fleet/agent_policies").json()["items"]}
    assert revisions == {using["id"]: 2, other["id"]: 1}


def test_update_stores_ssl_secrets_from_the_general_minimum(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › PUT /agent_download_sources/{sourceId} › should store secrets if fleet server meets minimum version"""
    # The service's update checks the general secrets minimum (8.10), unlike its create (9.3).
    source = _create(client, {"name": "s", "host": "https://s.fr"})
    item = client.put(f"{BASE}/{source['id']}", json={
        "name": "s", "host": "https://s.fr", "secrets": {"ssl": {"key": "KEY"}}}).json()["item"]
    assert "id" in item["secrets"]["ssl"]["key"]


def test_password_without_username_is_refused(kibana_at: Callable[..., httpx.Client]) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › POST /agent_download_sources › should require username when password is provided"""
    response = kibana_at("9.4.0").post(BASE, json={"name": "s", "host": "https://s.fr",
                                                   "auth": {"password": "p"}})
    assert_error(response, 400, "Username and password must be provided together")


def test_auth_password_and_its_secret_together_are_refused(
    kibana_at: Callable[..., httpx.Client],
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › POST /agent_download_sources › should not allow auth.password and secrets.auth.password at the same time"""
    response = kibana_at("9.4.0").post(BASE, json={
        "name": "s", "host": "https://s.fr", "auth": {"username": "u", "password": "p"},
        "secrets": {"auth": {"password": "p"}}})
    assert_error(response, 400, "Cannot specify both auth.password and secrets.auth.password")


def test_auth_api_key_and_its_secret_together_are_refused(
    kibana_at: Callable[..., httpx.Client],
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/download_sources/crud.ts › POST /agent_download_sources › should not allow auth.api_key and secrets.auth.api_key at the same time"""
    response = kibana_at("9.4.0").post(BASE, json={
        "name": "s", "host": "https://s.fr", "auth": {"api_key": "k"},
        "secrets": {"auth": {"api_key": "k"}}})
    assert_error(response, 400, "Cannot specify both auth.api_key and secrets.auth.api_key")


def test_headers_only_auth_is_accepted_and_echoed(kibana_at: Callable[..., httpx.Client]) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/routes/download_source/handler.ts validateDownloadSource (auth headers only)"""
    headers = [{"key": "Authorization", "value": "Bearer x"}]
    item = _create(kibana_at("9.4.0"), {"name": "s", "host": "https://s.fr",
                                        "auth": {"headers": headers}})
    assert item["auth"] == {"headers": headers}

"""Enrollment API keys (reference section 4) and EPM packages (section 5)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from fleet_facade.sandbox import FleetSandbox

from ._helpers import assert_error

KEYS = "/api/fleet/enrollment_api_keys"
EPM = "/api/fleet/epm/packages"


def test_duplicate_key_name_for_policy_answers_409(client: httpx.Client) -> None:
    client.post(
        "/api/fleet/agent_policies", json={"id": "policy1", "name": "p", "namespace": "default"}
    )
    first = client.post(KEYS, json={"policy_id": "policy1", "name": "something"})
    assert first.json()["action"] == "created"
    assert first.json()["item"]["name"] == f"something ({first.json()['item']['id']})"
    # Reference examples/03, verbatim.
    assert_error(
        client.post(KEYS, json={"policy_id": "policy1", "name": "something"}),
        409,
        "An enrollment key named something already exists for agent policy policy1",
    )


def test_key_for_unknown_policy_answers_404(client: httpx.Client) -> None:
    assert_error(
        client.post(KEYS, json={"policy_id": "nope"}), 404, 'Agent policy "nope" not found'
    )


def test_get_and_revoke(client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    key = client.post(KEYS, json={"policy_id": agent_policy["id"]}).json()["item"]
    assert key["name"] == key["id"]  # no name: the uuid alone
    assert client.get(f"{KEYS}/{key['id']}").json()["item"] == key
    assert client.delete(f"{KEYS}/{key['id']}").json() == {"action": "deleted"}
    assert client.get(f"{KEYS}/{key['id']}").json()["item"]["active"] is False
    assert_error(client.get(f"{KEYS}/nope"), 404, "Enrollment api key nope not found")


def test_list_paging_and_kuery(client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    for number in range(3):
        client.post(KEYS, json={"policy_id": agent_policy["id"], "name": f"k{number}"})
    body = client.get(KEYS, params={"perPage": 2}).json()
    assert (body["total"], body["page"], body["perPage"], len(body["items"])) == (4, 1, 2, 2)
    assert body["list"] == body["items"]
    active = client.get(KEYS, params={"kuery": "fleet-enrollment-api-keys.name:k1*"}).json()
    assert active["total"] == 1
    assert client.get(KEYS, params={"kuery": "nofield:1"}).status_code == 400


def test_package_info_and_latest(client: httpx.Client) -> None:
    latest = client.get(f"{EPM}/nginx").json()["item"]
    assert (latest["name"], latest["version"], latest["status"]) == (
        "nginx",
        "1.6.0",
        "not_installed",
    )
    older = client.get(f"{EPM}/nginx/1.5.0").json()["item"]
    assert older["version"] == "1.5.0"
    assert older["policy_templates"][0]["name"] == "nginx"
    assert_error(client.get(f"{EPM}/nginx/abc"), 400, "Package version is not a valid semver")
    # Reference recorded 8.12.2.
    assert_error(
        client.get(f"{EPM}/sql_input"),
        404,
        "[sql_input] package not installed or found in registry",
    )


def test_list_install_uninstall(client: httpx.Client, sandbox: FleetSandbox) -> None:
    names = {i["name"] for i in client.get(EPM).json()["items"]}
    assert {"nginx", "system", "with_required_variables"} <= names
    installed = client.post(f"{EPM}/nginx/1.5.0", json={})
    assert installed.json()["_meta"] == {"install_source": "registry", "name": "nginx"}
    assert (
        client.get(f"{EPM}/nginx/1.5.0").json()["item"]["installationInfo"]["install_status"]
        == "installed"
    )
    assert [i["name"] for i in client.get(f"{EPM}/installed").json()["items"]] == ["nginx"]
    assert client.delete(f"{EPM}/nginx/1.5.0").status_code == 200
    assert_error(client.delete(f"{EPM}/nginx"), 400, "nginx is not installed")
    assert "nginx" not in sandbox.state.installed_packages


def test_uninstall_refused_while_agents_use_it(client: httpx.Client, sandbox: FleetSandbox) -> None:
    policy = client.post(
        "/api/fleet/agent_policies",
        params={"sys_monitoring": "true"},
        json={"name": "p", "namespace": "default"},
    ).json()["item"]
    sandbox.add_agents(1, policy_id=policy["id"])
    assert_error(
        client.delete(f"{EPM}/system"),
        400,
        "Unable to remove package with existing package policy(s) in use by agent(s)",
    )


def test_more_packages_can_be_loaded(tmp_path: Path) -> None:
    package = {
        "item": {"name": "tiny", "version": "0.0.1", "title": "Tiny", "policy_templates": []}
    }
    sandbox = FleetSandbox(packages=[package])
    sandbox.catalog.add({"name": "tiny", "version": "0.0.2", "title": "Tiny"})
    with sandbox.client() as http:
        assert http.get(f"{EPM}/tiny").json()["item"]["version"] == "0.0.2"

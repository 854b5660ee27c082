"""Agent policies (reference section 2)."""

from __future__ import annotations

import httpx
import yaml

from fleet_facade.sandbox import FleetSandbox

from ._helpers import assert_error

BASE = "/api/fleet/agent_policies"


def _create(client: httpx.Client, name: str, **extra: object) -> dict[str, object]:
    response = client.post(BASE, json={"name": name, "namespace": "default", **extra})
    assert response.status_code == 200, response.text
    item: dict[str, object] = response.json()["item"]
    return item


def test_name_is_required(client: httpx.Client) -> None:
    response = client.post(BASE, json={"namespace": "default"})
    # Reference examples/02.
    assert_error(
        response, 400, "[request body.name]: expected value of type [string] but got [undefined]"
    )


def test_namespace_is_required(client: httpx.Client) -> None:
    response = client.post(BASE, json={"name": "x"})
    assert_error(
        response,
        400,
        "[request body.namespace]: expected value of type [string] but got [undefined]",
    )


def test_duplicate_name_answers_409_even_in_another_namespace(client: httpx.Client) -> None:
    first = _create(client, "dup")
    response = client.post(BASE, json={"name": "dup", "namespace": "other"})
    # Reference 2: 409 `Agent Policy '<existingId>' already exists with name '<name>'`
    assert_error(response, 409, f"Agent Policy '{first['id']}' already exists with name 'dup'")


def test_every_policy_gets_default_enrollment_key_and_uninstall_token(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    policy = _create(client, "keys")
    keys = [k for k in sandbox.state.enrollment_api_keys.values() if k["policy_id"] == policy["id"]]
    assert len(keys) == 1 and keys[0]["name"].startswith("Default (")
    tokens = client.get("/api/fleet/uninstall_tokens", params={"policyId": policy["id"]}).json()
    assert tokens["total"] == 1


def test_list_paging_and_sorting(client: httpx.Client) -> None:
    for name in ("b", "a", "c"):
        _create(client, name)
    body = client.get(BASE, params={"perPage": 2, "sortField": "name", "sortOrder": "asc"}).json()
    assert [i["name"] for i in body["items"]] == ["a", "b"]
    assert (body["total"], body["page"], body["perPage"]) == (3, 1, 2)
    assert all(i["agents"] == 0 for i in body["items"])


def test_list_filters_with_kuery_with_or_without_prefix(client: httpx.Client) -> None:
    _create(client, "web-1")
    _create(client, "db-1")
    for kuery in (
        "name:web*",
        "ingest-agent-policies.name:web*",
        'fleet-agent-policies.name:"web-1"',
    ):
        body = client.get(BASE, params={"kuery": kuery}).json()
        assert [i["name"] for i in body["items"]] == ["web-1"], kuery


def test_list_full_perpage_over_100_is_refused(client: httpx.Client) -> None:
    response = client.get(BASE, params={"full": "true", "perPage": 101})
    assert_error(
        response,
        400,
        "[request query]: perPage should be less or equal to 100 when fetching full policies "
        "or agent count.",
    )
    assert client.get(BASE, params={"perPage": 101}).status_code == 200


def test_list_with_agent_count(client: httpx.Client, sandbox: FleetSandbox) -> None:
    policy = _create(client, "counted")
    sandbox.add_agents(3, policy_id=str(policy["id"]))
    body = client.get(BASE, params={"withAgentCount": "true", "full": "true"}).json()
    assert body["items"][0]["agents"] == 3
    assert body["items"][0]["package_policies"] == []


def test_get_missing_policy(client: httpx.Client) -> None:
    # Reference recorded 8.13.4: "Saved object [ingest-agent-policies/test-policy-0] not found"
    assert_error(
        client.get(f"{BASE}/test-policy-0"),
        404,
        "Saved object [ingest-agent-policies/test-policy-0] not found",
    )


def test_put_requires_name_and_namespace_and_bumps_revision(client: httpx.Client) -> None:
    policy = _create(client, "edit me")
    partial = client.put(f"{BASE}/{policy['id']}", json={"description": "only this"})
    assert_error(
        partial, 400, "[request body.name]: expected value of type [string] but got [undefined]"
    )
    response = client.put(
        f"{BASE}/{policy['id']}",
        json={"name": "edited", "namespace": "default", "description": "d"},
    )
    item = response.json()["item"]
    assert (item["name"], item["revision"], item["description"]) == ("edited", 2, "d")
    assert item["package_policies"] == []


def test_put_to_taken_name_answers_409(client: httpx.Client) -> None:
    first = _create(client, "one")
    second = _create(client, "two")
    response = client.put(f"{BASE}/{second['id']}", json={"name": "one", "namespace": "default"})
    assert_error(response, 409, f"Agent Policy '{first['id']}' already exists with name 'one'")


def test_copy_copies_package_policies(client: httpx.Client) -> None:
    source = client.post(
        BASE, params={"sys_monitoring": "true"}, json={"name": "src", "namespace": "default"}
    ).json()["item"]
    response = client.post(f"{BASE}/{source['id']}/copy", json={"name": "copied"})
    item = response.json()["item"]
    assert item["name"] == "copied"
    assert item["revision"] == 2
    assert [p["name"] for p in item["package_policies"]] == ["system-1 (copy)"]
    clash = client.post(f"{BASE}/{source['id']}/copy", json={"name": "copied"})
    assert clash.status_code == 409
    missing = client.post(f"{BASE}/nope/copy", json={"name": "x"})
    assert_error(missing, 404, "Saved object [ingest-agent-policies/nope] not found")


def test_delete_refused_while_agents_are_assigned(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    policy = _create(client, "busy")
    sandbox.add_agents(1, policy_id=str(policy["id"]), status="offline")
    response = client.post(f"{BASE}/delete", json={"agentPolicyId": policy["id"]})
    assert_error(
        response,
        400,
        "Cannot delete an agent policy that is assigned to any active or inactive agents",
    )


def test_delete_answers_id_and_name_then_404(client: httpx.Client, sandbox: FleetSandbox) -> None:
    policy = _create(client, "gone")
    keys = sandbox.state.enrollment_api_keys.values()
    assert any(k["policy_id"] == policy["id"] for k in keys)  # its default enrollment key
    response = client.post(f"{BASE}/delete", json={"agentPolicyId": policy["id"]})
    assert response.json() == {"id": policy["id"], "name": "gone"}
    assert client.get(f"{BASE}/{policy['id']}").status_code == 404
    assert all(k["policy_id"] != policy["id"] for k in sandbox.state.enrollment_api_keys.values())


def test_full_policy(client: httpx.Client) -> None:
    policy = client.post(
        BASE,
        params={"sys_monitoring": "true"},
        json={"name": "full", "namespace": "default", "monitoring_enabled": ["logs"]},
    ).json()["item"]
    item = client.get(f"{BASE}/{policy['id']}/full").json()["item"]
    assert item["id"] == policy["id"]
    assert item["fleet"]["hosts"] == ["https://fleet-server.sandbox.local:8220"]
    assert item["agent"]["monitoring"]["logs"] is True
    assert {i["type"] for i in item["inputs"]} >= {"logfile", "system/metrics"}
    assert_error(client.get(f"{BASE}/nope/full"), 404, "Agent policy not found")


def test_bulk_get(client: httpx.Client) -> None:
    one, two = _create(client, "1"), _create(client, "2")
    body = client.post(f"{BASE}/_bulk_get", json={"ids": [two["id"], one["id"]]}).json()
    assert [i["id"] for i in body["items"]] == [two["id"], one["id"]]
    missing = client.post(f"{BASE}/_bulk_get", json={"ids": ["nope"], "ignoreMissing": True})
    assert missing.json() == {"items": []}


def test_sys_monitoring_names_next_free_number(client: httpx.Client) -> None:
    client.post(
        BASE, params={"sys_monitoring": "true"}, json={"name": "p1", "namespace": "default"}
    )
    second = client.post(
        BASE, params={"sys_monitoring": "true"}, json={"name": "p2", "namespace": "default"}
    ).json()["item"]
    item = client.get(f"{BASE}/{second['id']}").json()["item"]
    assert [p["name"] for p in item["package_policies"]] == ["system-2"]

MISSING = "00000000-0000-4000-8000-000000000000"


def _policy(client: httpx.Client, name: str = "p1") -> str:
    response = client.post("/api/fleet/agent_policies", json={"name": name, "namespace": "default"})
    assert response.status_code == 200, response.text
    return str(response.json()["item"]["id"])


def test_download_unknown_policy_is_404(client: httpx.Client) -> None:
    assert_error(
        client.get(f"/api/fleet/agent_policies/{MISSING}/download"), 404, "Agent policy not found"
    )


def test_download_is_yaml_attachment(client: httpx.Client) -> None:
    policy_id = _policy(client)
    response = client.get(f"/api/fleet/agent_policies/{policy_id}/download")
    assert response.headers["content-type"] == "text/x-yaml"
    assert 'filename="elastic-agent.yml"' in response.headers["content-disposition"]
    assert yaml.safe_load(response.text)["id"] == policy_id


def test_standalone_download_has_no_fleet_section(client: httpx.Client) -> None:
    policy_id = _policy(client)
    text = client.get(f"/api/fleet/agent_policies/{policy_id}/download?standalone=true").text
    document = yaml.safe_load(text)
    assert "fleet" not in document
    assert document["outputs"]["default"]["username"] == "${ES_USERNAME}"


def test_kubernetes_download_is_text(client: httpx.Client) -> None:
    response = client.get("/api/fleet/kubernetes/download?enrolToken=abc")
    assert response.headers["content-type"] == "text/x-yaml"
    assert 'value: "abc"' in response.text


def test_policy_outputs_unknown_policy(client: httpx.Client) -> None:
    assert_error(
        client.get(f"/api/fleet/agent_policies/{MISSING}/outputs"),
        404,
        f"Saved object [ingest-agent-policies/{MISSING}] not found",
    )


def test_auto_upgrade_status_unknown_policy(client: httpx.Client) -> None:
    response = client.get(f"/api/fleet/agent_policies/{MISSING}/auto_upgrade_agents_status")
    assert response.status_code == 404

"""The seed workflow from Elastic's Fleet API docs, over both serving modes."""

from __future__ import annotations

import httpx

NGINX_SIMPLIFIED = {"nginx-logfile": {"streams": {"nginx.access": {"vars": {"tags": ["x"]}}}}}


def _create_policy(client: httpx.Client) -> dict[str, object]:
    response = client.post(
        "/api/fleet/agent_policies",
        params={"sys_monitoring": "true"},
        json={
            "name": "Agent policy 1",
            "namespace": "default",
            "monitoring_enabled": ["logs", "metrics"],
        },
    )
    assert response.status_code == 200, response.text
    assert response.headers["elastic-api-version"] == "2023-10-31"
    item: dict[str, object] = response.json()["item"]
    return item


def test_create_agent_policy_sets_server_fields(any_client: httpx.Client) -> None:
    item = _create_policy(any_client)
    assert item["revision"] == 1
    assert item["status"] == "active"
    assert item["is_managed"] is False
    assert item["inactivity_timeout"] == 1209600
    assert item["updated_by"] == "elastic"
    assert "package_policies" not in item  # never in the create response


def test_sys_monitoring_adds_system_policy_without_bumping(any_client: httpx.Client) -> None:
    policy_id = _create_policy(any_client)["id"]
    item = any_client.get(f"/api/fleet/agent_policies/{policy_id}").json()["item"]
    assert item["revision"] == 1
    assert [p["name"] for p in item["package_policies"]] == ["system-1"]
    assert item["package_policies"][0]["package"]["name"] == "system"


def test_add_nginx_with_simplified_inputs_answers_legacy(any_client: httpx.Client) -> None:
    policy_id = _create_policy(any_client)["id"]
    response = any_client.post(
        "/api/fleet/package_policies",
        json={
            "policy_id": policy_id,
            "package": {"name": "nginx", "version": "1.5.0"},
            "name": "nginx-demo-123",
            "description": "This is a demo integration policy",
            "namespace": "default",
            "inputs": NGINX_SIMPLIFIED,
        },
    )
    assert response.status_code == 200, response.text
    item = response.json()["item"]
    assert isinstance(item["inputs"], list)
    logfile = next(i for i in item["inputs"] if i["type"] == "logfile")
    access = next(s for s in logfile["streams"] if s["data_stream"]["dataset"] == "nginx.access")
    assert access["vars"]["tags"] == {"type": "text", "value": ["x"]}
    assert access["vars"]["paths"] == {"type": "text", "value": ["/var/log/nginx/access.log*"]}
    assert access["compiled_stream"] == {
        "paths": ["/var/log/nginx/access.log*"],
        "tags": ["x"],
        "exclude_files": [".gz$"],
        "ignore_older": "72h",
        "processors": [{"add_locale": None}],
    }
    assert access["id"] == f"logfile-nginx.access-{item['id']}"
    policy = any_client.get(f"/api/fleet/agent_policies/{policy_id}").json()["item"]
    assert policy["revision"] == 2


def test_list_enrollment_keys_for_the_policy(any_client: httpx.Client) -> None:
    policy_id = _create_policy(any_client)["id"]
    body = any_client.get(
        "/api/fleet/enrollment_api_keys", params={"kuery": f'policy_id:"{policy_id}"'}
    ).json()
    assert body["total"] == 1
    assert body["items"] == body["list"]
    key = body["items"][0]
    assert key["name"] == f"Default ({key['id']})"
    assert key["active"] is True
    assert key["policy_id"] == policy_id

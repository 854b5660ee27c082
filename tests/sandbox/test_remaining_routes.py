"""Error cases and raw HTTP shapes of the routes the sandbox implemented last (plain httpx)."""

from __future__ import annotations

import io
import tarfile

import httpx
import yaml

from fleet_facade.sandbox import FleetSandbox

from ._helpers import assert_error

MISSING = "00000000-0000-4000-8000-000000000000"


def _policy(client: httpx.Client, name: str = "p1") -> str:
    response = client.post("/api/fleet/agent_policies", json={"name": name, "namespace": "default"})
    assert response.status_code == 200, response.text
    return str(response.json()["item"]["id"])


def test_cloud_connector_missing_is_404(client: httpx.Client) -> None:
    assert_error(
        client.get(f"/api/fleet/cloud_connectors/{MISSING}"),
        404,
        f"Saved object [fleet-cloud-connector/{MISSING}] not found",
    )


def test_cloud_connector_delete_missing_is_404(client: httpx.Client) -> None:
    assert client.delete(f"/api/fleet/cloud_connectors/{MISSING}").status_code == 404


def test_cloud_connector_bad_provider(client: httpx.Client) -> None:
    response = client.post(
        "/api/fleet/cloud_connectors", json={"name": "x", "cloudProvider": "ibm", "vars": {}}
    )
    assert response.status_code == 400
    assert "[request body.cloudProvider.0]: expected value to equal [aws]" in response.json()[
        "message"
    ]


def test_cloud_connector_requires_vars(client: httpx.Client) -> None:
    assert_error(
        client.post("/api/fleet/cloud_connectors", json={"name": "x", "cloudProvider": "aws"}),
        400,
        "[request body.vars]: expected value of type [object] but got [undefined]",
    )


def test_space_settings_reject_prefix_with_dash(client: httpx.Client) -> None:
    response = client.put("/api/fleet/space_settings", json={"allowed_namespace_prefixes": ["a-b"]})
    assert response.status_code == 400


def test_space_settings_are_per_space(client: httpx.Client) -> None:
    client.put("/s/team/api/fleet/space_settings", json={"allowed_namespace_prefixes": ["team"]})
    assert client.get("/s/team/api/fleet/space_settings").json()["item"][
        "allowed_namespace_prefixes"
    ] == ["team"]
    assert client.get("/api/fleet/space_settings").json()["item"][
        "allowed_namespace_prefixes"
    ] == []


def test_rotate_key_pair_needs_acknowledge(client: httpx.Client) -> None:
    response = client.post("/api/fleet/message_signing_service/rotate_key_pair")
    assert response.status_code == 400


def test_service_token_secret_is_not_logged_elsewhere(sandbox: FleetSandbox) -> None:
    with sandbox.client() as http:
        value = http.post("/api/fleet/service_tokens").json()["value"]
    (record,) = sandbox.requests
    assert record.body is None and record.query == {}
    assert value not in repr({k: v for k, v in vars(record).items() if k != "response"})


def test_remote_status_of_unknown_output(client: httpx.Client) -> None:
    assert_error(
        client.get(f"/api/fleet/remote_synced_integrations/{MISSING}/remote_status"),
        404,
        f"Output {MISSING} not found",
    )


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


def test_agent_routes_unknown_agent(client: httpx.Client) -> None:
    for method, suffix, body in (
        ("POST", "actions", {"action": {"type": "UNENROLL", "data": {}, "ack_data": {}}}),
        ("POST", "request_diagnostics", None),
        ("POST", "migrate", {"uri": "https://x:8220", "enrollment_token": "t"}),
        ("GET", "uploads", None),
    ):
        response = client.request(method, f"/api/fleet/agents/{MISSING}/{suffix}", json=body)
        assert_error(response, 404, f"Agent {MISSING} not found")


def test_migrate_rejects_bad_uri(client: httpx.Client, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    response = client.post(
        f"/api/fleet/agents/{agent_id}/migrate", json={"uri": "not a uri", "enrollment_token": "t"}
    )
    assert_error(response, 400, "[request body.uri]: value must be a valid URI (see RFC 3986).")


def test_migrate_refuses_protected_agent(client: httpx.Client, sandbox: FleetSandbox) -> None:
    policy_id = _policy(client)
    sandbox.state.agent_policies[policy_id]["is_protected"] = True
    (agent_id,) = sandbox.add_agents(1, policy_id=policy_id)
    response = client.post(
        f"/api/fleet/agents/{agent_id}/migrate",
        json={"uri": "https://x:8220", "enrollment_token": "t"},
    )
    assert response.status_code == 400


def test_action_with_unknown_type(client: httpx.Client, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    response = client.post(f"/api/fleet/agents/{agent_id}/actions", json={"action": {"type": "X"}})
    assert response.status_code == 400
    assert response.json()["message"].startswith("[request body.action]: types that failed")


def test_file_not_ready_is_404(client: httpx.Client, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    client.post(f"/api/fleet/agents/{agent_id}/request_diagnostics")
    file_id = client.get(f"/api/fleet/agents/{agent_id}/uploads").json()["items"][0]["id"]
    assert client.get(f"/api/fleet/agents/files/{file_id}/x.zip").status_code == 404
    sandbox.complete_actions()
    response = client.get(f"/api/fleet/agents/files/{file_id}/x.zip")
    assert response.headers["content-type"] == "application/zip"


def test_agent_status_data_needs_agent_ids(client: httpx.Client) -> None:
    assert client.get("/api/fleet/agent_status/data").status_code == 400


def test_package_asset_routes_need_installed_version(client: httpx.Client) -> None:
    for method, suffix in (
        ("POST", "kibana_assets"),
        ("DELETE", "kibana_assets"),
        ("POST", "rule_assets"),
    ):
        response = client.request(method, f"/api/fleet/epm/packages/nginx/1.6.0/{suffix}")
        assert_error(response, 404, "Requested version is not installed")


def test_package_file_unknown_path(client: httpx.Client) -> None:
    response = client.get("/api/fleet/epm/packages/nginx/1.6.0/docs/missing.md")
    assert response.status_code == 404


def test_package_readme_is_markdown(client: httpx.Client) -> None:
    response = client.get("/api/fleet/epm/packages/nginx/1.6.0/docs/README.md")
    assert response.headers["content-type"] == "text/markdown"
    assert response.text.startswith("# ")


def test_bulk_task_unknown_id(client: httpx.Client) -> None:
    response = client.get(f"/api/fleet/epm/packages/_bulk_upgrade/{MISSING}")
    assert_error(response, 404, "Task not found")


def test_bulk_upgrade_needs_packages(client: httpx.Client) -> None:
    assert_error(
        client.post("/api/fleet/epm/packages/_bulk_upgrade", json={"packages": []}),
        400,
        "[request body.packages]: array size is [0], but cannot be smaller than [1]",
    )


def test_rollback_without_previous_version(client: httpx.Client) -> None:
    client.post("/api/fleet/epm/packages/nginx/1.6.0")
    assert_error(
        client.post("/api/fleet/epm/packages/nginx/rollback"),
        400,
        "No previous version found for package nginx",
    )


def test_update_package_not_installed(client: httpx.Client) -> None:
    response = client.put(
        "/api/fleet/epm/packages/nginx/1.6.0", json={"keepPoliciesUpToDate": True}
    )
    assert_error(response, 404, "Error while updating package: nginx is not installed")


def test_custom_integration_name_taken(client: httpx.Client) -> None:
    body = {"integrationName": "nginx", "datasets": [{"name": "nginx.x", "type": "logs"}]}
    assert client.post("/api/fleet/epm/custom_integrations", json=body).status_code == 409


def test_upload_wrong_media_type(client: httpx.Client) -> None:
    response = client.post(
        "/api/fleet/epm/packages", content=b"x", headers={"content-type": "text/plain"}
    )
    assert response.status_code == 415


def test_upload_garbage_archive(client: httpx.Client) -> None:
    response = client.post(
        "/api/fleet/epm/packages", content=b"not gzip", headers={"content-type": "application/gzip"}
    )
    assert response.status_code == 400
    assert "Assumed content type was application/gzip" in response.json()["message"]


def test_upload_top_directory_must_match(client: httpx.Client) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        data = yaml.safe_dump({"name": "mini", "version": "0.1.0"}).encode()
        info = tarfile.TarInfo("other-1.0.0/manifest.yml")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    response = client.post(
        "/api/fleet/epm/packages",
        content=buffer.getvalue(),
        headers={"content-type": "application/gzip"},
    )
    assert response.status_code == 400


def test_inputs_template_bad_version(client: httpx.Client) -> None:
    assert_error(
        client.get("/api/fleet/epm/templates/nginx/latest/inputs"),
        400,
        "Package version is not a valid semver",
    )

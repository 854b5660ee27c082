"""Agent-policy reads (downloads, outputs, manifests, auto-upgrade status), agentless policies,
cloud connectors, space settings, output health, service tokens and other Fleet internals,
through the facade (sync and async).
"""

from __future__ import annotations

from typing import Any

import yaml

from fleet_facade.sandbox import FleetSandbox


def _policy(fleet: Any, name: str = "p1", **fields: Any) -> str:
    return str(fleet.agent_policies.create(name=name, namespace="default", **fields).id)


def test_check_permissions_succeeds(fleet: Any) -> None:
    assert fleet.admin.check_permissions().success is True
    assert fleet.admin.check_permissions(fleet_server_setup=True).success is True


def test_service_token_is_generated_each_time(fleet: Any) -> None:
    first = fleet.admin.create_service_token().to_dict()
    second = fleet.admin.create_service_token(remote=True).to_dict()
    assert first["name"].startswith("token-")
    assert first["value"] and second["value"] and first["value"] != second["value"]


def test_rotate_message_signing_key(fleet: Any) -> None:
    assert "rotated" in fleet.admin.rotate_message_signing_key().message


def test_data_streams_follow_package_policies_with_agents(
    fleet: Any, sandbox: FleetSandbox
) -> None:
    assert fleet.data_streams.list().to_list() == []
    policy_id = _policy(fleet)
    fleet.package_policies.create(name="nginx-1", package="nginx", policy_id=policy_id)
    sandbox.add_agents(1, policy_id=policy_id)
    names = {s.index for s in fleet.data_streams.list()}
    assert "logs-nginx.access-default" in names


def test_remote_synced_integrations_status(fleet: Any) -> None:
    assert fleet.admin.remote_synced_integrations_status().to_dict()["integrations"] == []


def test_remote_synced_integrations_status_of_remote_output(fleet: Any) -> None:
    output = fleet.outputs.create(
        name="remote",
        type="remote_elasticsearch",
        hosts=["https://remote:9200"],
        sync_integrations=True,
    )
    fleet.packages.install(name="nginx")
    status = fleet.admin.remote_synced_integrations_status(output_id=output.id).to_dict()
    assert [i["package_name"] for i in status["integrations"]] == ["nginx"]


def test_agentless_policy_create_and_delete(fleet: Any, sandbox: FleetSandbox) -> None:
    created = fleet.agentless_policies.create(
        name="cspm-1", package={"name": "nginx", "version": "1.6.0"}
    )
    item = created.to_dict()["item"]
    assert item["name"] == "cspm-1"
    assert sandbox.count("package_policies") == 1
    assert sandbox.count("agent_policies") == 1
    fleet.agentless_policies.delete(id=item["id"])
    assert sandbox.count("package_policies") == 0
    assert sandbox.count("agent_policies") == 0


def test_cloud_connector_crud(fleet: Any) -> None:
    created = fleet.cloud_connectors.create(
        name="aws-1", cloudProvider="aws", vars={"role_arn": "arn:aws:iam::1:role/x"}
    )
    assert fleet.cloud_connectors.get(id=created.id).name == "aws-1"
    updated = fleet.cloud_connectors.update(id=created.id, name="aws-2")
    assert updated.name == "aws-2"
    assert [c.id for c in fleet.cloud_connectors.list()] == [created.id]
    fleet.cloud_connectors.delete(id=created.id)
    assert fleet.cloud_connectors.list().to_list() == []


def test_cloud_connector_list_filters_by_kuery(fleet: Any) -> None:
    fleet.cloud_connectors.create(name="a", cloudProvider="aws", vars={})
    fleet.cloud_connectors.create(name="g", cloudProvider="gcp", vars={})
    found = fleet.cloud_connectors.list(kuery="cloudProvider:gcp").to_list()
    assert [c.name for c in found] == ["g"]


def test_space_settings_are_stored(fleet: Any) -> None:
    assert fleet.settings.get_space().to_dict()["allowed_namespace_prefixes"] == []
    fleet.settings.update_space(allowed_namespace_prefixes=["team_a"])
    assert fleet.settings.get_space().to_dict()["allowed_namespace_prefixes"] == ["team_a"]


def test_output_health_without_reports_is_unknown(fleet: Any) -> None:
    assert fleet.outputs.health(id="fleet-default-output").state == "UNKNOWN"


def test_logstash_api_key(fleet: Any) -> None:
    key = fleet.outputs.create_logstash_api_key().api_key
    key_id, _, secret = key.partition(":")
    assert key_id and secret


def test_agent_policy_download_is_yaml(fleet: Any) -> None:
    policy_id = _policy(fleet)
    text = fleet.agent_policies.download(id=policy_id)
    assert yaml.safe_load(text)["id"] == policy_id


def test_full_policy_for_kubernetes_is_the_manifest_text(fleet: Any) -> None:
    """Kibana answers ``{item: <YAML>}`` for ``kubernetes=true``
    (server/routes/agent_policy/handlers.ts getFullAgentPolicy -> getFullAgentConfigMap)."""
    policy_id = _policy(fleet)
    text = fleet.agent_policies.full(id=policy_id, kubernetes=True)
    assert isinstance(text, str)
    config_map, *workloads = list(yaml.safe_load_all(text))
    assert config_map["kind"] == "ConfigMap"
    assert yaml.safe_load(config_map["data"]["agent.yml"])["id"] == policy_id
    assert "DaemonSet" in [doc["kind"] for doc in workloads]


def test_agent_policy_outputs(fleet: Any) -> None:
    policy_id = _policy(fleet)
    item = fleet.agent_policies.outputs(id=policy_id).to_dict()
    assert item["data"]["output"]["id"] == "fleet-default-output"
    assert item["monitoring"]["output"]["id"] == "fleet-default-output"


def test_agent_policy_outputs_for_several(fleet: Any) -> None:
    first, second = _policy(fleet, "a"), _policy(fleet, "b")
    items = [i.to_dict() for i in fleet.agent_policies.outputs_for(ids=[first, second])]
    assert [i["agentPolicyId"] for i in items] == [first, second]


def test_auto_upgrade_agents_status(fleet: Any, sandbox: FleetSandbox) -> None:
    policy_id = _policy(fleet, required_versions=[{"version": "9.1.0", "percentage": 50}])
    sandbox.add_agents(2, policy_id=policy_id, version="9.1.0")
    sandbox.add_agents(1, policy_id=policy_id, version="9.0.0")
    status = fleet.agent_policies.auto_upgrade_agents_status(id=policy_id).to_dict()
    assert status["totalAgents"] == 3
    assert status["currentVersions"][0]["version"] == "9.1.0"
    assert status["currentVersions"][0]["agents"] == 2


def test_kubernetes_manifest(fleet: Any) -> None:
    result = fleet.agent_policies.kubernetes_manifest(fleet_server="https://fs:8220").to_dict()
    assert "https://fs:8220" in result["item"]
    assert "kind: DaemonSet" in result["item"]


def test_kubernetes_manifest_download(fleet: Any) -> None:
    text = fleet.agent_policies.kubernetes_manifest(download=True, fleet_server="https://fs:8220")
    assert "https://fs:8220" in text

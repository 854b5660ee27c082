"""Agent-policy reads (downloads, outputs), agentless policies, cloud connectors, space settings
and admin reads,
replayed from cassettes (sync and async).

Not recorded: ``GET /api/fleet/kubernetes`` and ``GET /api/fleet/kubernetes/download``. Their
answer is a manifest whose ``FLEET_ENROLLMENT_TOKEN`` is a real enrollment token on Kibana,
inside YAML text the cassette scrubber cannot redact.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]


@pytest.fixture
def policy(fleet: Any, recording: Any, cleanup: Any) -> Any:
    created = fleet.agent_policies.create(name=recording.name("policy-extras"))
    cleanup(fleet.agent_policies.delete, id=created.id)
    return created


def test_standalone_download_has_credential_placeholders(fleet: Any, policy: Any) -> None:
    text = fleet.agent_policies.download(id=policy.id, standalone=True)
    document = yaml.safe_load(text)

    assert "fleet" not in document
    assert {o.get("password") for o in document["outputs"].values()} == {"${ES_PASSWORD}"}


def test_outputs_of_one_policy(fleet: Any, policy: Any) -> None:
    item = fleet.agent_policies.outputs(id=policy.id).to_dict()

    assert item["data"]["output"]["id"] == "fleet-default-output"
    assert item["monitoring"]["output"]["id"] == "fleet-default-output"


def test_outputs_for_several_policies(
    fleet: Any, recording: Any, cleanup: Any, policy: Any
) -> None:
    other = fleet.agent_policies.create(name=recording.name("policy-extras-2"))
    cleanup(fleet.agent_policies.delete, id=other.id)

    items = [i.to_dict() for i in fleet.agent_policies.outputs_for(ids=[policy.id, other.id])]

    assert [i["agentPolicyId"] for i in items] == [policy.id, other.id]


def test_auto_upgrade_agents_status(fleet: Any, recording: Any) -> None:
    # Agents are needed: sandbox only; the policy keeps its agents (not deleted).
    policy = fleet.agent_policies.create(
        name=recording.name("auto-upgrade"),
        required_versions=[{"version": "9.1.0", "percentage": 50}],
    )
    recording.add_agents(2, policy_id=policy.id, version="9.1.0")
    recording.add_agents(1, policy_id=policy.id, version="9.0.0")

    status = fleet.agent_policies.auto_upgrade_agents_status(id=policy.id).to_dict()

    assert status["totalAgents"] == 3
    assert status["currentVersions"][0] == {**status["currentVersions"][0],
                                            "version": "9.1.0", "agents": 2}


def test_data_streams_of_a_policy_with_agents(fleet: Any, recording: Any) -> None:
    policy = fleet.agent_policies.create(name=recording.name("streams"))
    fleet.package_policies.create(name=recording.name("nginx-streams"), package="nginx",
                                  policy_id=policy.id)
    recording.add_agents(1, policy_id=policy.id)

    names = {s.index for s in fleet.data_streams.list()}

    assert "logs-nginx.access-default" in names


def test_agentless_policy_create_and_delete(fleet: Any, recording: Any, cleanup: Any) -> None:
    name = recording.name("agentless")
    item = fleet.agentless_policies.create(
        name=name, package={"name": "nginx", "version": "1.6.0"}
    ).to_dict()["item"]
    cleanup(fleet.agentless_policies.delete, id=item["id"])

    fleet.agentless_policies.delete(id=item["id"])

    assert item["name"] == name
    assert fleet.package_policies.list(kuery=f"ingest-package-policies.name:{name}").to_list() == []


def test_cloud_connector_update_and_list(fleet: Any, recording: Any, cleanup: Any) -> None:
    created = fleet.cloud_connectors.create(
        name=recording.name("aws"), cloudProvider="aws", vars={"role_arn": "arn:aws:iam::1:role/x"}
    )
    cleanup(fleet.cloud_connectors.delete, id=created.id)

    updated = fleet.cloud_connectors.update(id=created.id, name=recording.name("aws-2")).to_dict()
    listed = [c.id for c in fleet.cloud_connectors.list()]

    assert updated["name"] == recording.name("aws-2")
    assert created.id in listed


def test_space_settings_are_stored(fleet: Any, cleanup: Any) -> None:
    cleanup(fleet.settings.update_space, allowed_namespace_prefixes=[])

    fleet.settings.update_space(allowed_namespace_prefixes=["team_a"])

    assert fleet.settings.get_space().to_dict()["allowed_namespace_prefixes"] == ["team_a"]


def test_output_health_without_reports_is_unknown(fleet: Any) -> None:
    assert fleet.outputs.health(id="fleet-default-output").state == "UNKNOWN"


def test_rotate_message_signing_key(fleet: Any) -> None:
    assert "rotated" in fleet.admin.rotate_message_signing_key().message


def test_remote_synced_integrations_status(fleet: Any) -> None:
    assert fleet.admin.remote_synced_integrations_status().to_dict()["integrations"] == []


def test_remote_synced_integrations_status_of_a_remote_output(
    fleet: Any, recording: Any, cleanup: Any
) -> None:
    output = fleet.outputs.create(
        name=recording.name("remote"), type="remote_elasticsearch",
        hosts=["https://remote.invalid:9200"], sync_integrations=True,
    )
    cleanup(fleet.outputs.delete, id=output.id)
    fleet.packages.install(name="nginx")
    cleanup(fleet.packages.uninstall, name="nginx")

    status = fleet.admin.remote_synced_integrations_status(output_id=output.id).to_dict()

    assert [i["package_name"] for i in status["integrations"]] == ["nginx"]

"""Elastic Defend (package ``endpoint``) onboarded with a preset, replayed from cassettes."""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade import Integration

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]


def _preset(policy: Any) -> Any:
    [endpoint] = policy.to_dict()["inputs"]
    return endpoint["config"]["integration_config"]["value"]["endpointConfig"]["preset"]


def test_onboard_elastic_defend_then_again_reuses_it(
        fleet: Any, recording: Any, cleanup: Any) -> None:
    options = {"policy_name": recording.name("defend"),
               "integrations": [Integration("endpoint", preset="EDRComplete",
                                            name=recording.name("defend-edr"))]}
    first = fleet.onboard(**options)
    cleanup(fleet.agent_policies.delete, id=first.agent_policy.id)
    second = fleet.onboard(**options)

    [defend] = first.package_policies
    assert _preset(defend) == "EDRComplete"
    assert [p.id for p in second.package_policies] == [defend.id]
    assert second.created == []


def test_create_endpoint_on_an_existing_policy(fleet: Any, recording: Any, cleanup: Any) -> None:
    policy = fleet.agent_policies.create(name=recording.name("defend-hosts"),
                                         namespace="default")
    cleanup(fleet.agent_policies.delete, id=policy.id)

    defend = fleet.package_policies.create_endpoint(
        name=recording.name("defend-ngav"), policy_id=policy.id, preset="NGAV")

    assert _preset(defend) == "NGAV"
    assert defend.policy_ids == [policy.id]


def test_apply_elastic_defend_then_apply_again_changes_nothing(
        fleet: Any, recording: Any, cleanup: Any) -> None:
    state = {"agent_policies": [{"name": recording.name("defend-state"), "integrations": [
        {"package": "endpoint", "name": recording.name("defend-state-edr"),
         "preset": "EDREssential"}]}]}
    applied = fleet.apply(state)
    policy = fleet.agent_policies.get_by_name(name=recording.name("defend-state"))
    cleanup(fleet.agent_policies.delete, id=policy.id)

    assert applied.count("create") == 2
    assert fleet.apply(state).changes == []

"""Workflows (onboarding, plan/apply, token rotation, teardown), replayed from cassettes."""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade import Integration

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]

ACCESS_TAGS = {"nginx-logfile": {"streams": {"nginx.access": {"vars": {"tags": ["recorded"]}}}}}


def test_onboard_creates_policy_integration_and_token(
    fleet: Any, recording: Any, cleanup: Any
) -> None:
    name = recording.name("onboard")
    result = fleet.onboard(
        policy_name=name, monitoring_enabled=["logs", "metrics"], sys_monitoring=True,
        integrations=[Integration("nginx", version="1.5.0", name=recording.name("nginx"),
                                  inputs=ACCESS_TAGS)],
    )
    cleanup(fleet.agent_policies.delete, id=result.agent_policy.id)

    assert result.agent_policy.name == name
    assert [p.name for p in result.package_policies] == [recording.name("nginx")]
    assert result.enrollment_token.policy_id == result.agent_policy.id
    assert result.fleet_server_urls
    assert result.masked_install_command().endswith("--enrollment-token=***")


def test_onboard_twice_reuses_everything(fleet: Any, recording: Any, cleanup: Any) -> None:
    options = {"policy_name": recording.name("again"),
               "integrations": [Integration("nginx", version="1.5.0")]}
    first = fleet.onboard(**options)
    cleanup(fleet.agent_policies.delete, id=first.agent_policy.id)
    second = fleet.onboard(**options)

    assert second.agent_policy.id == first.agent_policy.id
    assert [p.id for p in second.package_policies] == [p.id for p in first.package_policies]
    assert second.created == []


def test_apply_then_apply_again_changes_nothing(fleet: Any, recording: Any, cleanup: Any) -> None:
    state = {"agent_policies": [{
        "name": recording.name("declared"), "description": "declared in a state file",
        "integrations": [{"package": "nginx", "version": "1.5.0",
                          "name": recording.name("declared-nginx"), "inputs": ACCESS_TAGS}],
    }]}
    applied = fleet.apply(state)
    policy = fleet.agent_policies.get_by_name(name=recording.name("declared"))
    cleanup(fleet.agent_policies.delete, id=policy.id)

    assert applied.count("create") == 2
    assert not fleet.plan(state).has_changes


def test_rotate_enrollment_tokens_revokes_the_old_one(
    fleet: Any, recording: Any, cleanup: Any
) -> None:
    policy = fleet.agent_policies.create(name=recording.name("rotate"))
    cleanup(fleet.agent_policies.delete, id=policy.id)
    [old] = fleet.enrollment_tokens.list(policy_id=policy.id)

    new, revoked = fleet.rotate_enrollment_tokens(policy_id=policy.id,
                                                  name=recording.name("rotated"))

    assert revoked == [old.id]
    assert fleet.enrollment_tokens.get(id=old.id).active is False
    assert fleet.enrollment_tokens.get(id=new.id).active is True


def test_teardown_removes_policy_and_integrations(fleet: Any, recording: Any) -> None:
    result = fleet.onboard(policy_name=recording.name("teardown"),
                           integrations=[Integration("nginx", version="1.5.0")])

    removed = fleet.teardown(policy_id=result.agent_policy.id)

    assert removed[-1].startswith(f"agent policy {result.agent_policy.id}")
    assert fleet.agent_policies.get_by_name(name=recording.name("teardown")) is None

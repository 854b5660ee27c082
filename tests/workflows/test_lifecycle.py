"""Rollouts, token rotation and teardown against the sandbox (the waits: test_waits.py)."""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade import InvalidValueError, WorkflowError
from fleet_facade.sandbox import FleetSandbox


@pytest.fixture
def policy(fleet: Any) -> Any:
    return fleet.agent_policies.create(name="fleet-a", namespace="default")


def test_upgrade_agents_in_batches(fleet: Any, sandbox: FleetSandbox, policy: Any) -> None:
    sandbox.add_agents(5, policy_id=policy.id, version="8.17.0")
    progress: list[str] = []
    report = fleet.upgrade_agents(version="9.0.0", policy_id=policy.id, batch_size=2,
                                  interval=0.01, timeout=5, on_progress=progress.append)
    assert report.agents_total == 5
    assert len(report.action_ids) == 3
    assert report.statuses == ["COMPLETE"] * 3
    assert report.ok
    assert any(p.startswith("batch 3/3") for p in progress)
    versions = {a.agent.version for a in fleet.agents.list(kuery=f'policy_id:"{policy.id}"')}
    assert versions == {"9.0.0"}


def test_upgrade_agents_counts_failed_agents_once(
    fleet: Any, sandbox: FleetSandbox, policy: Any
) -> None:
    # Kibana's nbAgentsAck already leaves the failed agents out (action_status.ts).
    ids = sandbox.add_agents(3, policy_id=policy.id, version="8.17.0")
    sandbox.state.agents[ids[0]].upgradeable = False
    report = fleet.upgrade_agents(version="9.0.0", policy_id=policy.id, interval=0.01, timeout=5)
    assert (report.agents_upgraded, report.statuses) == (2, ["FAILED"])
    assert list(report.failures) == [ids[0]]
    assert "agent cannot be upgraded through Fleet" in report.failures[ids[0]]


def test_upgrade_agents_checks_arguments(fleet: Any) -> None:
    with pytest.raises(InvalidValueError, match="exactly one of policy_id or kuery"):
        fleet.upgrade_agents(version="9.0.0")
    with pytest.raises(InvalidValueError, match="at least 600"):
        fleet.upgrade_agents(version="9.0.0", kuery="*", rollout_duration_seconds=60)


def test_rotate_enrollment_tokens(fleet: Any, policy: Any) -> None:
    [default] = fleet.enrollment_tokens.list(policy_id=policy.id)
    new, revoked = fleet.rotate_enrollment_tokens(policy_id=policy.id, name="rotated")
    assert revoked == [default.id]
    active = [t.id for t in fleet.enrollment_tokens.list(policy_id=policy.id) if t.active]
    assert active == [new.id]


def test_teardown_refuses_while_agents_are_assigned(
    fleet: Any, sandbox: FleetSandbox, policy: Any
) -> None:
    sandbox.add_agents(2, policy_id=policy.id)
    with pytest.raises(WorkflowError, match="still has 2 agent") as caught:
        fleet.teardown(policy_id=policy.id)
    assert isinstance(caught.value.cause, InvalidValueError)
    assert fleet.agent_policies.get(id=policy.id).name == "fleet-a"


def test_teardown_unenrolls_then_removes_everything(
    fleet: Any, sandbox: FleetSandbox, policy: Any
) -> None:
    fleet.package_policies.create(name="nginx-a", package="nginx", version="1.5.0",
                                  policy_id=policy.id)
    sandbox.add_agents(2, policy_id=policy.id)
    removed = fleet.teardown(policy_id=policy.id, agents="unenroll", interval=0.01, timeout=5)
    assert removed[0] == "2 agent(s) unenrolled"
    assert removed[-1].startswith(f"agent policy {policy.id}")
    assert sandbox.count("agent_policies") == 0
    assert sandbox.count("package_policies") == 0
    assert fleet.teardown(policy_id=policy.id) == []  # a second teardown is a no-op

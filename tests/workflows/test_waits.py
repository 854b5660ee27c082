"""The waits, on the resources they wait on: agents, agent policies, packages, actions.

The fixtures' client sleeps through a recording no-op (``sleeps``), so no test waits for real;
the sandbox finishes agent actions as soon as they are looked at.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from fleet_facade import Fleet, InvalidValueError, WorkflowTimeoutError
from fleet_facade._sync.agents import Agents
from fleet_facade._waiting import ACTION_TIMEOUT, WAIT_INTERVAL
from fleet_facade.sandbox import FleetSandbox


@pytest.fixture
def policy(fleet: Any) -> Any:
    return fleet.agent_policies.create(name="fleet-a", namespace="default")


def test_wait_for_status_reports_progress(fleet: Any, sandbox: FleetSandbox, policy: Any) -> None:
    sandbox.add_agents(3, policy_id=policy.id, status="online")
    seen: list[str] = []
    count = fleet.agents.wait_for_status(policy_id=policy.id, count=3, timeout=5, interval=0.01,
                                         on_progress=seen.append)
    assert count == 3
    assert seen == ["3/3 agents online"]


def test_wait_for_status_times_out_with_what_it_saw(
    fleet: Any, sandbox: FleetSandbox, policy: Any
) -> None:
    sandbox.add_agents(1, policy_id=policy.id, status="offline")
    with pytest.raises(WorkflowTimeoutError) as caught:
        fleet.agents.wait_for_status(policy_id=policy.id, count=1, timeout=0.05, interval=0.01)
    assert "0/1 agents online" in str(caught.value)
    assert caught.value.last_state == "0/1 agents online"


def test_a_wait_sleeps_through_the_clients_sleep_between_looks(
    fleet: Any, sandbox: FleetSandbox, policy: Any, sleeps: list[float]
) -> None:
    seen: list[str] = []

    def look(state: str) -> None:
        seen.append(state)
        if len(seen) == 1:  # the agents enroll while the wait sleeps
            sandbox.add_agents(2, policy_id=policy.id, status="online")

    count = fleet.agents.wait_for_status(policy_id=policy.id, count=2, interval=7.0,
                                         on_progress=look)
    assert count == 2
    assert seen == ["0/2 agents online", "2/2 agents online"]
    assert sleeps == [7.0]  # one sleep of the interval, through the sleep the client was given


def test_wait_for_revision(fleet: Any, sandbox: FleetSandbox, policy: Any) -> None:
    sandbox.add_agents(2, policy_id=policy.id)
    assert fleet.agent_policies.wait_for_revision(policy_id=policy.id, timeout=5,
                                                  interval=0.01) == 2
    fleet.agent_policies.update(id=policy.id, description="bumped")
    with pytest.raises(WorkflowTimeoutError, match="revision 2"):
        fleet.agent_policies.wait_for_revision(policy_id=policy.id, timeout=0.05, interval=0.01)


def test_wait_for_installed(fleet: Any) -> None:
    fleet.packages.install(name="nginx", version="1.5.0", force=True)  # out of date
    assert fleet.packages.wait_for_installed(name="nginx", version="1.5.0", timeout=5,
                                             interval=0.01) == "1.5.0"


def test_wait_for_action_returns_the_final_status(
    fleet: Any, sandbox: FleetSandbox, policy: Any
) -> None:
    other = fleet.agent_policies.create(name="fleet-b", namespace="default")
    ids = sandbox.add_agents(2, policy_id=policy.id)
    action_id = fleet.agents.bulk_reassign(agents=ids, policy_id=other.id).action_id
    seen: list[str] = []
    status = fleet.agents.wait_for_action(action_id=action_id, timeout=5, interval=0.01,
                                          on_progress=seen.append)
    assert status.action_id == action_id
    assert str(status.status) == "COMPLETE"
    assert seen[-1] == "COMPLETE: 2/2 acknowledged, 0 failed"


def test_a_wait_that_cannot_end_is_refused_before_any_request(
    fleet: Any, sandbox: FleetSandbox, policy: Any
) -> None:
    first = len(sandbox.requests)
    with pytest.raises(InvalidValueError, match="timeout and interval must be positive"):
        fleet.agent_policies.wait_for_revision(policy_id=policy.id, timeout=0)
    with pytest.raises(InvalidValueError, match="timeout and interval must be positive"):
        fleet.packages.wait_for_installed(name="nginx", interval=-1)
    with pytest.raises(InvalidValueError, match="timeout and interval must be positive"):
        fleet.agents.wait_for_action(action_id="a", timeout=0)
    assert sandbox.requests[first:] == []


def test_workflows_that_wait_default_to_the_waits_own_limits() -> None:
    """``teardown`` waits for its reassign/unenroll action as ``agents.wait_for_action`` does
    by default: both defaults come from one place."""
    wait = inspect.signature(Agents.wait_for_action).parameters
    teardown = inspect.signature(Fleet.teardown).parameters
    assert wait["timeout"].default == teardown["timeout"].default == ACTION_TIMEOUT
    assert wait["interval"].default == teardown["interval"].default == WAIT_INTERVAL

"""Agents, replayed from cassettes (sync and async).

Agents cannot be enrolled through the API, so these are recorded against the sandbox
(``recording.add_agents``); against a real Kibana they are skipped. Their policies are not
deleted afterwards: Kibana refuses to delete a policy with agents, and the sandbox is discarded.
"""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade import NotFoundError

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]


@pytest.fixture
def policy(fleet: Any, recording: Any) -> Any:
    return fleet.agent_policies.create(name=recording.name("agents"))


@pytest.fixture
def other_policy(fleet: Any, recording: Any) -> Any:
    return fleet.agent_policies.create(name=recording.name("agents-other"))


def test_list_pages_through_every_agent(fleet: Any, recording: Any, policy: Any) -> None:
    recording.add_agents(5, policy_id=policy.id, tags=["web"])

    listing = fleet.agents.list(kuery=f"policy_id:{policy.id}", per_page=2)
    agents = listing.to_list()

    assert len(agents) == 5
    assert listing.total == 5
    assert {a.policy_id for a in agents} == {policy.id}


def test_get_update_tags_and_delete_one_agent(fleet: Any, recording: Any, policy: Any) -> None:
    recording.add_agents(1, policy_id=policy.id)
    agent = fleet.agents.list(kuery=f"policy_id:{policy.id}").to_list()[0]

    tagged = fleet.agents.update_tags(id=agent.id, tags=["db"])
    fleet.agents.delete(id=agent.id)

    assert tagged.tags == ["db"]
    # Kibana keeps a deleted agent as inactive (services/agents/crud.ts deleteAgent): it is
    # still readable by id, and listings leave it out.
    assert fleet.agents.get(id=agent.id).active is False
    assert fleet.agents.list(kuery=f"policy_id:{policy.id}").to_list() == []


def test_reassign_moves_the_agent(
    fleet: Any, recording: Any, policy: Any, other_policy: Any
) -> None:
    recording.add_agents(1, policy_id=policy.id)
    agent = fleet.agents.list(kuery=f"policy_id:{policy.id}").to_list()[0]

    fleet.agents.reassign(id=agent.id, policy_id=other_policy.id)

    assert fleet.agents.get(id=agent.id).policy_id == other_policy.id


def test_unenroll_and_status_summary(fleet: Any, recording: Any, policy: Any) -> None:
    recording.add_agents(3, policy_id=policy.id)
    agents = fleet.agents.list(kuery=f"policy_id:{policy.id}").to_list()

    fleet.agents.unenroll(id=agents[0].id, revoke=True)
    summary = fleet.agents.status_summary(policy_id=policy.id)

    assert summary.online == 2


def test_upgrade_one_agent_then_follow_the_action(fleet: Any, recording: Any, policy: Any) -> None:
    recording.add_agents(1, policy_id=policy.id, version="9.0.0")
    agent = fleet.agents.list(kuery=f"policy_id:{policy.id}").to_list()[0]

    fleet.agents.upgrade(id=agent.id, version="9.1.0")
    recording.complete_actions()
    statuses = fleet.agents.action_status()

    assert any(s.type_ == "UPGRADE" for s in statuses)


def test_bulk_actions_by_ids_and_by_kuery(
    fleet: Any, recording: Any, policy: Any, other_policy: Any
) -> None:
    recording.add_agents(3, policy_id=policy.id, version="9.0.0")
    ids = [a.id for a in fleet.agents.list(kuery=f"policy_id:{policy.id}").to_list()]

    tags = fleet.agents.bulk_update_tags(agents=ids, tags_to_add=["x"])
    upgrade = fleet.agents.bulk_upgrade(agents=ids, version="9.1.0")
    cancelled = fleet.agents.cancel_action(action_id=upgrade.action_id)
    moved = fleet.agents.bulk_reassign(agents=f"policy_id:{policy.id}", policy_id=other_policy.id)
    unenrolled = fleet.agents.bulk_unenroll(agents=ids[:1])

    assert all(r.action_id for r in (tags, upgrade, moved, unenrolled))
    assert cancelled is not None


def test_available_versions_and_setup(fleet: Any) -> None:
    versions = fleet.agents.available_versions()
    setup = fleet.agents.setup_status()

    assert versions
    assert setup.is_ready is True
    assert fleet.agents.setup() is not None


def test_a_missing_agent_is_not_found(fleet: Any) -> None:
    with pytest.raises(NotFoundError):
        fleet.agents.get(id="no-such-agent")

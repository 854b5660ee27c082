"""Agent policies against the sandbox, through both clients."""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade import ConflictError, NotFoundError


def test_create_returns_typed_policy(fleet: Any, sandbox: Any) -> None:
    policy = fleet.agent_policies.create(
        name="Agent policy 1",
        namespace="default",
        monitoring_enabled=["logs", "metrics"],
        sys_monitoring=True,
    )
    assert type(policy).__name__ == "AgentPolicy"
    assert policy.name == "Agent policy 1"
    assert policy.revision == 1
    assert sandbox.count("agent_policies") == 1


def test_get_and_get_by_name(fleet: Any) -> None:
    created = fleet.agent_policies.create(name="web", namespace="prod")
    assert fleet.agent_policies.get(id=created.id).namespace == "prod"
    assert fleet.agent_policies.get_by_name(name="web").id == created.id
    assert fleet.agent_policies.get_by_name(name="we") is None


def test_get_missing_raises_not_found_with_kibana_message(fleet: Any) -> None:
    with pytest.raises(NotFoundError) as caught:
        fleet.agent_policies.get(id="nope")
    assert "Saved object [ingest-agent-policies/nope] not found" in str(caught.value)
    assert caught.value.status == 404
    assert caught.value.method == "GET"


def test_duplicate_name_is_a_conflict(fleet: Any) -> None:
    fleet.agent_policies.create(name="dup")
    with pytest.raises(ConflictError) as caught:
        fleet.agent_policies.create(name="dup")
    assert "already exists with name 'dup'" in str(caught.value)


def test_list_crosses_pages_lazily(fleet: Any) -> None:
    for number in range(7):
        fleet.agent_policies.create(name=f"p{number}")
    listing = fleet.agent_policies.list(per_page=3)
    names = sorted(p.name for p in listing)
    assert names == [f"p{n}" for n in range(7)]
    assert listing.total == 7
    assert [len(page.items) for page in fleet.agent_policies.list(per_page=3).pages()] == [3, 3, 1]


def test_update_fills_in_name_and_namespace(fleet: Any, sandbox: Any) -> None:
    policy = fleet.agent_policies.create(name="u", namespace="ns")
    updated = fleet.agent_policies.update(id=policy.id, description="changed")
    assert updated.description == "changed"
    assert updated.name == "u" and updated.namespace == "ns"
    put = [r for r in sandbox.requests if r.method == "PUT"][-1]
    assert put.body["name"] == "u" and put.body["namespace"] == "ns"


def test_update_keeps_the_inactivity_timeout(fleet: Any) -> None:
    # Kibana's update schema fills inactivity_timeout's default (1209600) when a PUT leaves it
    # out (x-pack/platform/plugins/shared/fleet/server/types/models/agent_policy.ts), so the
    # facade sends the current value.
    policy = fleet.agent_policies.create(name="t", inactivity_timeout=123)
    updated = fleet.agent_policies.update(id=policy.id, name="t2", namespace="default")
    assert updated.inactivity_timeout == 123


def test_copy_delete_full_and_bulk_get(fleet: Any) -> None:
    policy = fleet.agent_policies.create(name="src")
    copy = fleet.agent_policies.copy(id=policy.id, name="src copy")
    assert copy.name == "src copy"
    both = fleet.agent_policies.bulk_get(ids=[policy.id, copy.id])
    assert {p.id for p in both} == {policy.id, copy.id}
    full = fleet.agent_policies.full(id=policy.id)
    assert full.id == policy.id
    deleted = fleet.agent_policies.delete(id=copy.id)
    assert deleted.id == copy.id
    with pytest.raises(NotFoundError):
        fleet.agent_policies.get(id=copy.id)

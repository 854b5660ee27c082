"""Agent policies, replayed from cassettes (sync and async)."""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade import ConflictError, NotFoundError

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]


def test_create_then_get_returns_the_same_policy(fleet: Any, recording: Any, cleanup: Any) -> None:
    name = recording.name("web")
    created = fleet.agent_policies.create(name=name, namespace="default", description="web")
    cleanup(fleet.agent_policies.delete, id=created.id)

    fetched = fleet.agent_policies.get(id=created.id)

    assert (fetched.id, fetched.name, fetched.namespace) == (created.id, name, "default")
    assert fetched.description == "web"


def test_get_by_name_finds_exactly_that_policy(fleet: Any, recording: Any, cleanup: Any) -> None:
    policy = fleet.agent_policies.create(name=recording.name("by-name"))
    cleanup(fleet.agent_policies.delete, id=policy.id)

    assert fleet.agent_policies.get_by_name(name=recording.name("by-name")).id == policy.id
    assert fleet.agent_policies.get_by_name(name=recording.name("no-such-policy")) is None


def test_list_filters_by_kuery(fleet: Any, recording: Any, cleanup: Any) -> None:
    ids = []
    for base in ("list-a", "list-b"):
        policy = fleet.agent_policies.create(name=recording.name(base))
        cleanup(fleet.agent_policies.delete, id=policy.id)
        ids.append(policy.id)

    listed = fleet.agent_policies.list(kuery=f'name:"{recording.name("list-a")}"').to_list()

    assert [p.id for p in listed] == [ids[0]]


def test_list_pages_through_every_policy(fleet: Any, recording: Any, cleanup: Any) -> None:
    ids = set()
    for n in range(3):
        policy = fleet.agent_policies.create(name=recording.name(f"paged-{n}"))
        cleanup(fleet.agent_policies.delete, id=policy.id)
        ids.add(policy.id)

    listing = fleet.agent_policies.list(kuery="name:rec-paged-*", per_page=2)

    assert {p.id for p in listing.to_list()} >= ids


def test_update_changes_the_description_and_bumps_the_revision(
    fleet: Any, recording: Any, cleanup: Any
) -> None:
    policy = fleet.agent_policies.create(name=recording.name("upd"))
    cleanup(fleet.agent_policies.delete, id=policy.id)

    updated = fleet.agent_policies.update(id=policy.id, description="changed")

    assert updated.description == "changed"
    assert updated.name == policy.name
    assert updated.revision == policy.revision + 1


def test_copy_makes_a_policy_with_the_new_name(fleet: Any, recording: Any, cleanup: Any) -> None:
    source = fleet.agent_policies.create(name=recording.name("src"), namespace="prod")
    cleanup(fleet.agent_policies.delete, id=source.id)

    copy = fleet.agent_policies.copy(id=source.id, name=recording.name("copy"))
    cleanup(fleet.agent_policies.delete, id=copy.id)

    assert copy.id != source.id
    assert (copy.name, copy.namespace) == (recording.name("copy"), "prod")


def test_bulk_get_returns_the_requested_policies(fleet: Any, recording: Any, cleanup: Any) -> None:
    first = fleet.agent_policies.create(name=recording.name("bulk-1"))
    cleanup(fleet.agent_policies.delete, id=first.id)
    second = fleet.agent_policies.create(name=recording.name("bulk-2"))
    cleanup(fleet.agent_policies.delete, id=second.id)

    found = fleet.agent_policies.bulk_get(ids=[first.id, second.id])

    assert sorted(p.id for p in found) == sorted([first.id, second.id])


def test_full_policy_names_the_policy_and_its_outputs(
    fleet: Any, recording: Any, cleanup: Any
) -> None:
    policy = fleet.agent_policies.create(name=recording.name("full"))
    cleanup(fleet.agent_policies.delete, id=policy.id)

    full = fleet.agent_policies.full(id=policy.id)

    assert full.id == policy.id
    assert full.outputs


def test_delete_removes_the_policy(fleet: Any, recording: Any) -> None:
    policy = fleet.agent_policies.create(name=recording.name("gone"))

    fleet.agent_policies.delete(id=policy.id)

    with pytest.raises(NotFoundError):
        fleet.agent_policies.get(id=policy.id)


def test_a_taken_name_is_a_conflict(fleet: Any, recording: Any, cleanup: Any) -> None:
    policy = fleet.agent_policies.create(name=recording.name("taken"))
    cleanup(fleet.agent_policies.delete, id=policy.id)

    with pytest.raises(ConflictError) as caught:
        fleet.agent_policies.create(name=recording.name("taken"), namespace="other")

    assert caught.value.status == 409
    assert recording.name("taken") in str(caught.value)


def test_a_missing_policy_is_not_found(fleet: Any) -> None:
    with pytest.raises(NotFoundError) as caught:
        fleet.agent_policies.get(id="no-such-policy")

    assert caught.value.status == 404

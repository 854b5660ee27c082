"""Package (integration) policies and packages, replayed from cassettes (sync and async)."""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade import ConflictError, InvalidInputsError, NotFoundError

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]

ACCESS_LOGS = {"nginx-logfile": {"streams": {"nginx.access": {"vars": {"tags": ["edge"]}}}}}


@pytest.fixture
def policy(fleet: Any, recording: Any, cleanup: Any) -> Any:
    created = fleet.agent_policies.create(name=recording.name("integrations"))
    cleanup(fleet.agent_policies.delete, id=created.id, force=True)
    return created


def test_create_adds_the_integration_to_the_agent_policy(
    fleet: Any, recording: Any, policy: Any, cleanup: Any
) -> None:
    pp = fleet.package_policies.create(
        policy_id=policy.id,
        package="nginx",
        version="1.6.0",
        name=recording.name("nginx"),
        inputs=ACCESS_LOGS,
    )
    cleanup(fleet.package_policies.delete, id=pp.id, force=True)

    assert pp.name == recording.name("nginx")
    assert pp.package.name == "nginx"
    assert [p.id for p in fleet.agent_policies.get(id=policy.id).package_policies] == [pp.id]


def test_get_list_and_get_by_name_agree(
    fleet: Any, recording: Any, policy: Any, cleanup: Any
) -> None:
    pp = fleet.package_policies.create(
        policy_id=policy.id, package="nginx", version="1.6.0", name=recording.name("find-me")
    )
    cleanup(fleet.package_policies.delete, id=pp.id, force=True)

    by_id = fleet.package_policies.get(id=pp.id)
    by_name = fleet.package_policies.get_by_name(name=recording.name("find-me"))
    listed = fleet.package_policies.list(kuery=f"ingest-package-policies.policy_id:{policy.id}")

    assert by_id.id == by_name.id == pp.id
    assert [p.id for p in listed.to_list()] == [pp.id]


def test_bulk_get_returns_each_requested_policy(
    fleet: Any, recording: Any, policy: Any, cleanup: Any
) -> None:
    ids = []
    for base in ("bulk-a", "bulk-b"):
        pp = fleet.package_policies.create(
            policy_id=policy.id, package="nginx", version="1.6.0", name=recording.name(base)
        )
        cleanup(fleet.package_policies.delete, id=pp.id, force=True)
        ids.append(pp.id)

    found = fleet.package_policies.bulk_get(ids=ids)

    assert sorted(p.id for p in found) == sorted(ids)


def test_update_changes_the_description(
    fleet: Any, recording: Any, policy: Any, cleanup: Any
) -> None:
    pp = fleet.package_policies.create(
        policy_id=policy.id, package="nginx", version="1.6.0", name=recording.name("upd")
    )
    cleanup(fleet.package_policies.delete, id=pp.id, force=True)

    updated = fleet.package_policies.update(id=pp.id, description="edge proxies")

    assert updated.description == "edge proxies"
    assert updated.name == recording.name("upd")


def test_upgrade_moves_the_policy_to_the_installed_version(
    fleet: Any, recording: Any, policy: Any, cleanup: Any
) -> None:
    pp = fleet.package_policies.create(
        policy_id=policy.id,
        package="nginx",
        version="1.5.0",
        name=recording.name("old-nginx"),
        inputs=ACCESS_LOGS,
    )
    cleanup(fleet.package_policies.delete, id=pp.id, force=True)
    fleet.packages.install(name="nginx", version="1.6.0")

    dry_run = fleet.package_policies.upgrade_dry_run(ids=[pp.id])
    upgraded = fleet.package_policies.upgrade(ids=[pp.id])

    assert dry_run[0].has_errors is False
    assert upgraded[0].success is True
    assert fleet.package_policies.get(id=pp.id).package.version == "1.6.0"


def test_delete_and_bulk_delete_remove_policies(fleet: Any, recording: Any, policy: Any) -> None:
    ids = [
        fleet.package_policies.create(
            policy_id=policy.id, package="nginx", version="1.6.0", name=recording.name(base)
        ).id
        for base in ("del-1", "del-2", "del-3")
    ]

    fleet.package_policies.delete(id=ids[0])
    results = fleet.package_policies.bulk_delete(ids=ids[1:])

    assert [r.success for r in results] == [True, True]
    for pp_id in ids:
        with pytest.raises(NotFoundError):
            fleet.package_policies.get(id=pp_id)


def test_a_taken_name_is_a_conflict(fleet: Any, recording: Any, policy: Any, cleanup: Any) -> None:
    pp = fleet.package_policies.create(
        policy_id=policy.id, package="nginx", version="1.6.0", name=recording.name("dup")
    )
    cleanup(fleet.package_policies.delete, id=pp.id, force=True)

    with pytest.raises(ConflictError, match="already exists"):
        fleet.package_policies.create(
            policy_id=policy.id, package="nginx", version="1.6.0", name=recording.name("dup")
        )


def test_unknown_input_is_refused_before_anything_is_created(
    fleet: Any, recording: Any, policy: Any
) -> None:
    with pytest.raises(InvalidInputsError, match="nginx-logfile"):
        fleet.package_policies.create(
            policy_id=policy.id,
            package="nginx",
            version="1.6.0",
            name=recording.name("typo"),
            inputs={"nginx-logfil": {}},
        )

    assert fleet.package_policies.get_by_name(name=recording.name("typo")) is None


def test_packages_list_get_install_and_uninstall(fleet: Any) -> None:
    names = {p.name for p in fleet.packages.list()}
    info = fleet.packages.get(name="nginx", version="1.5.0")
    fleet.packages.install(name="nginx", version="1.5.0", force=True)  # out of date
    installed = fleet.packages.installed(name_query="nginx")
    fleet.packages.uninstall(name="nginx", version="1.5.0")

    assert {"nginx", "system"} <= names
    assert (info.name, info.version) == ("nginx", "1.5.0")
    assert "nginx" in {item.name for item in installed.items}


def test_latest_version_is_a_version_the_catalog_has(fleet: Any) -> None:
    latest = fleet.packages.latest_version(name="nginx")

    assert fleet.packages.get(name="nginx", version=latest).version == latest


def test_versionless_routes_act_on_the_installed_version(fleet: Any, cleanup: Any) -> None:
    fleet.packages.install(name="nginx", version="1.5.0", force=True)  # out of date
    cleanup(fleet.packages.uninstall, name="nginx")
    assert fleet.packages.get(name="nginx").version == "1.5.0"
    updated = fleet.packages.update(name="nginx", keep_policies_up_to_date=True)
    latest = fleet.packages.latest_version(name="nginx")
    fleet.packages.install(name="nginx", version="latest")

    assert (updated.item.version, updated.item.keep_policies_up_to_date) == ("1.5.0", True)
    assert latest != "1.5.0"
    assert fleet.packages.get(name="nginx").version == latest

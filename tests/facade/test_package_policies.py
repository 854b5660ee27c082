"""Package policies, enrollment tokens and packages against the sandbox."""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade import InvalidInputsError, NotFoundError

NGINX_INPUTS = {"nginx-logfile": {"streams": {"nginx.access": {"vars": {"tags": ["x"]}}}}}


@pytest.fixture
def policy(fleet: Any) -> Any:
    return fleet.agent_policies.create(name="Agent policy 1", namespace="default")


def test_create_simplified_package_policy(fleet: Any, policy: Any) -> None:
    pp = fleet.package_policies.create(
        policy_id=policy.id,
        package="nginx",
        version="1.5.0",
        name="nginx-demo-123",
        inputs=NGINX_INPUTS,
    )
    assert pp.name == "nginx-demo-123"
    assert fleet.package_policies.get(id=pp.id).id == pp.id
    assert [p.id for p in fleet.package_policies.list()] == [pp.id]
    assert fleet.agent_policies.get(id=policy.id).revision == 2


def test_latest_version_resolves_to_newest(fleet: Any, policy: Any) -> None:
    assert fleet.packages.latest_version(name="nginx") == "1.6.0"
    pp = fleet.package_policies.create(policy_id=policy.id, package="nginx", name="n-latest")
    assert pp.package.version == "1.6.0"


def test_unknown_input_is_refused_before_sending(fleet: Any, policy: Any, sandbox: Any) -> None:
    before = len(sandbox.requests)
    with pytest.raises(InvalidInputsError) as caught:
        fleet.package_policies.create(
            policy_id=policy.id,
            package="nginx",
            version="1.5.0",
            name="bad",
            inputs={"nginx-logfil": {}},
        )
    assert "did you mean 'nginx-logfile'" in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert not [r for r in sandbox.requests[before:] if r.method == "POST"]


def test_missing_required_variable_is_named(fleet: Any, policy: Any) -> None:
    with pytest.raises(InvalidInputsError, match="test_var_required"):
        fleet.package_policies.create(
            policy_id=policy.id,
            package="with_required_variables",
            version="0.1.0",
            name="r",
            inputs={},
        )


def test_update_delete_and_upgrade(fleet: Any, policy: Any) -> None:
    pp = fleet.package_policies.create(
        policy_id=policy.id, package="nginx", version="1.5.0", name="n1", inputs=NGINX_INPUTS
    )
    updated = fleet.package_policies.update(id=pp.id, description="d")
    assert updated.description == "d"
    fleet.packages.install(name="nginx", version="1.6.0")
    dry = fleet.package_policies.upgrade_dry_run(ids=[pp.id])
    assert dry and dry[0].has_errors is False
    upgraded = fleet.package_policies.upgrade(ids=[pp.id])
    assert upgraded[0].success is True
    fleet.package_policies.delete(id=pp.id)
    with pytest.raises(NotFoundError):
        fleet.package_policies.get(id=pp.id)


def test_enrollment_tokens_list_create_revoke(fleet: Any, policy: Any) -> None:
    token = fleet.enrollment_tokens.create(policy_id=policy.id, name="ci")
    assert token.name.startswith("ci (")
    assert token.api_key not in repr(token)
    listed = list(fleet.enrollment_tokens.list(policy_id=policy.id))
    assert {t.id for t in listed} >= {token.id}
    assert all(t.policy_id == policy.id for t in listed)
    fleet.enrollment_tokens.revoke(id=token.id)
    assert fleet.enrollment_tokens.get(id=token.id).active is False


def test_packages_list_get_install_uninstall(fleet: Any) -> None:
    names = {p.name for p in fleet.packages.list()}
    assert {"nginx", "system"} <= names
    info = fleet.packages.get(name="nginx", version="1.5.0")
    assert info.version == "1.5.0"
    # 1.5.0 is older than the catalog's 1.6.0: Kibana installs it only when forced.
    fleet.packages.install(name="nginx", version="1.5.0", force=True)
    fleet.packages.uninstall(name="nginx", version="1.5.0")

"""Retries through the sandbox's fault injection; creates never duplicate."""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade import FleetConnectionError


def test_get_succeeds_through_503s(fleet: Any, sandbox: Any, sleeps: list[float]) -> None:
    policy = fleet.agent_policies.create(name="p")
    sandbox.faults.add(method="GET", path="/api/fleet/agent_policies/*", status=503, times=2)
    assert fleet.agent_policies.get(id=policy.id).id == policy.id
    assert len(sleeps) == 2


def test_429_honours_retry_after(fleet: Any, sandbox: Any, sleeps: list[float]) -> None:
    sandbox.faults.add(method="GET", path="/api/fleet/outputs", status=429, retry_after=3, times=1)
    assert fleet.outputs.list().to_list()
    assert sleeps == [3.0]


def test_dropped_connection_on_get_is_retried(fleet: Any, sandbox: Any) -> None:
    sandbox.faults.add(method="GET", path="/api/fleet/settings", drop=True, times=1)
    assert fleet.settings.get().id


def test_lost_create_response_does_not_duplicate(fleet: Any, sandbox: Any) -> None:
    sandbox.faults.add(
        method="POST", path="/api/fleet/agent_policies", status=503, apply_first=True, times=1
    )
    policy = fleet.agent_policies.create(name="once")
    assert policy.name == "once"
    assert sandbox.count("agent_policies") == 1


def test_dropped_create_of_package_policy_does_not_duplicate(fleet: Any, sandbox: Any) -> None:
    policy = fleet.agent_policies.create(name="ap")
    sandbox.faults.add(
        method="POST", path="/api/fleet/package_policies", drop=True, apply_first=True, times=1
    )
    pp = fleet.package_policies.create(
        policy_id=policy.id, package="nginx", version="1.5.0", name="nginx-1"
    )
    assert pp.name == "nginx-1"
    assert sandbox.count("package_policies") == 1


def test_lost_token_create_does_not_duplicate(fleet: Any, sandbox: Any) -> None:
    policy = fleet.agent_policies.create(name="ap")
    before = sandbox.count("enrollment_api_keys")
    sandbox.faults.add(
        method="POST", path="/api/fleet/enrollment_api_keys", status=502, apply_first=True, times=1
    )
    token = fleet.enrollment_tokens.create(policy_id=policy.id, name="ci")
    assert token.name.startswith("ci (")
    names = [t.name for t in fleet.enrollment_tokens.list(policy_id=policy.id)]
    assert sum(name.startswith("ci (") for name in names) == 1
    assert sandbox.count("enrollment_api_keys") == before + 1


def test_create_failed_before_applying_is_retried(fleet: Any, sandbox: Any) -> None:
    sandbox.faults.add(method="POST", path="/api/fleet/agent_policies", status=503, times=1)
    assert fleet.agent_policies.create(name="retried").name == "retried"
    assert sandbox.count("agent_policies") == 1


def test_non_idempotent_post_is_not_repeated(make_fleet: Any, sandbox: Any) -> None:
    fleet = make_fleet()
    policy = fleet.agent_policies.create(name="ap")
    sandbox.faults.add(method="POST", path="/api/fleet/enrollment_api_keys", drop=True, times=1)
    with pytest.raises(FleetConnectionError):
        fleet.enrollment_tokens.create(policy_id=policy.id)  # no name: cannot be recognized
    assert (
        len(
            [
                r
                for r in sandbox.requests
                if r.path == "/api/fleet/enrollment_api_keys" and r.method == "POST"
            ]
        )
        == 1
    )


def test_retries_give_up_after_max_retries(
    make_fleet: Any, sandbox: Any, sleeps: list[float]
) -> None:
    fleet = make_fleet(max_retries=1)
    sandbox.faults.add(method="GET", path="/api/fleet/outputs", status=503)
    from fleet_facade import ServerError

    with pytest.raises(ServerError):
        fleet.outputs.list().to_list()
    assert len(sleeps) == 1

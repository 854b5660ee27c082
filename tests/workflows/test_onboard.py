"""fleet.onboard(): the Fleet API walk-through as one safe, repeatable call."""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade import (
    Integration,
    InvalidArgumentError,
    InvalidInputsError,
    InvalidValueError,
    WorkflowError,
)
from fleet_facade.sandbox import FleetSandbox

from .conftest import NGINX_ACCESS_TAGS, stored


def _onboard(fleet: Any, **overrides: Any) -> Any:
    options: dict[str, Any] = {
        "policy_name": "Agent policy 1",
        "monitoring_enabled": ["logs", "metrics"],
        "sys_monitoring": True,
        "integrations": [Integration("nginx", version="1.5.0", name="nginx-demo-123",
                                     inputs=NGINX_ACCESS_TAGS)],
    }
    options.update(overrides)
    return fleet.onboard(**options)


def test_onboard_returns_everything_an_agent_needs(fleet: Any, sandbox: FleetSandbox) -> None:
    result = _onboard(fleet)

    assert result.agent_policy.name == "Agent policy 1"
    [nginx] = result.package_policies
    assert nginx.name == "nginx-demo-123"
    stream = next(s for i in nginx.inputs for s in i.streams
                  if s.data_stream.dataset == "nginx.access")
    assert stream.compiled_stream["tags"] == ["x"]
    assert result.enrollment_token.active is True
    assert result.enrollment_token.policy_id == result.agent_policy.id
    assert result.fleet_server_urls == ["https://fleet-server.sandbox.local:8220"]
    assert result.install_command == (
        "sudo elastic-agent install --url=https://fleet-server.sandbox.local:8220 "
        f"--enrollment-token={result.enrollment_token.api_key}")
    # sys_monitoring made Kibana add system-1 as well.
    names = {p["name"] for p in sandbox.state.package_policies.values()}
    assert names == {"nginx-demo-123", "system-1"}


def test_onboard_masks_the_token(fleet: Any) -> None:
    result = _onboard(fleet)
    secret = str(result.enrollment_token.api_key)
    assert secret not in repr(result)
    assert secret not in str(result)
    assert secret not in result.masked_install_command()
    assert result.masked_install_command().endswith("--enrollment-token=***")


def test_onboard_one_integration_costs_nine_requests(fleet: Any, sandbox: FleetSandbox) -> None:
    before = len(sandbox.requests)
    _onboard(fleet)
    made = [(r.method, r.path) for r in sandbox.requests[before:]]
    assert made == [
        ("GET", "/api/fleet/epm/packages/nginx/1.5.0"),
        ("POST", "/api/fleet/agent_policies"),
        ("POST", "/api/fleet/package_policies"),
        ("GET", "/api/fleet/enrollment_api_keys"),
        ("GET", "/api/fleet/fleet_server_hosts"),
        # The install instructions: download source, agent version (available versions and
        # Kibana's), the Kubernetes manifest.
        ("GET", "/api/fleet/agent_download_sources"),
        ("GET", "/api/fleet/agents/available_versions"),
        ("GET", "/api/status"),
        ("GET", "/api/fleet/kubernetes"),
    ]


def test_onboard_k_integrations_costs_at_most_7_plus_2k(
    fleet: Any, sandbox: FleetSandbox
) -> None:
    integrations = [
        Integration("nginx", version="1.5.0", name="nginx-a", inputs=NGINX_ACCESS_TAGS),
        Integration("nginx", version="1.6.0", name="nginx-b"),
        Integration("system", version="1.20.4", name="system-extra"),
    ]
    before = len(sandbox.requests)
    result = _onboard(fleet, sys_monitoring=False, integrations=integrations)
    assert len(result.package_policies) == 3
    assert len(sandbox.requests) - before <= 7 + 2 * len(integrations)


def test_repeating_onboard_reuses_what_exists(fleet: Any, sandbox: FleetSandbox) -> None:
    first = _onboard(fleet)
    counts = stored(sandbox)
    second = _onboard(fleet)

    assert second.agent_policy.id == first.agent_policy.id
    assert [p.id for p in second.package_policies] == [p.id for p in first.package_policies]
    assert second.enrollment_token.id == first.enrollment_token.id
    assert second.created == []
    assert len(second.reused) == 2
    assert stored(sandbox) == counts


def test_onboard_into_an_existing_policy(fleet: Any) -> None:
    policy = fleet.agent_policies.create(name="existing", namespace="default")
    result = fleet.onboard(policy_id=policy.id,
                           integrations=[Integration("nginx", version="1.5.0")])
    assert result.agent_policy.id == policy.id
    assert result.package_policies[0].name == "nginx-existing"


def test_bad_inputs_are_refused_before_anything_is_created(
    fleet: Any, sandbox: FleetSandbox
) -> None:
    before = len(sandbox.requests)
    bad = Integration("nginx", version="1.5.0",
                      inputs={"nginx-logfiles": {"streams": {}}})
    with pytest.raises(InvalidInputsError) as caught:
        _onboard(fleet, integrations=[bad])
    message = str(caught.value)
    assert "nginx-logfiles" in message
    assert "nginx-logfile" in message  # the closest valid input is named
    assert [r.method for r in sandbox.requests[before:]] == ["GET"]  # the manifest only
    assert stored(sandbox) == {"agent_policies": 0, "package_policies": 0,
                               "active_enrollment_keys": 0}


@pytest.mark.parametrize(
    ("method", "path", "step"),
    [
        ("POST", "/api/fleet/agent_policies", "create agent policy"),
        ("POST", "/api/fleet/package_policies", "add integration nginx-demo-123"),
        ("GET", "/api/fleet/enrollment_api_keys", "get enrollment token"),
        ("GET", "/api/fleet/fleet_server_hosts", "read Fleet Server hosts"),
    ],
)
def test_a_failing_step_leaves_nothing_behind(
    fleet: Any, sandbox: FleetSandbox, method: str, path: str, step: str
) -> None:
    sandbox.faults.add(method=method, path=path, status=500, message="injected failure")
    with pytest.raises(WorkflowError) as caught:
        _onboard(fleet)
    error = caught.value
    assert error.step.startswith(step)
    assert "injected failure" in str(error)
    assert error.left_behind == []
    assert stored(sandbox) == {"agent_policies": 0, "package_policies": 0,
                               "active_enrollment_keys": 0}


def test_without_rollback_the_error_lists_what_was_left(
    fleet: Any, sandbox: FleetSandbox
) -> None:
    sandbox.faults.add(method="GET", path="/api/fleet/fleet_server_hosts", status=500)
    with pytest.raises(WorkflowError) as caught:
        _onboard(fleet, rollback=False)
    left = caught.value.left_behind
    assert [entry.split()[0:2] for entry in left] == [["agent", "policy"],
                                                      ["package", "policy"]]
    assert caught.value.rolled_back == []
    assert stored(sandbox)["agent_policies"] == 1


def test_a_lost_response_during_onboarding_creates_no_duplicate(
    fleet: Any, sandbox: FleetSandbox
) -> None:
    # Kibana creates the policy, then the answer is lost: the client must find it again.
    sandbox.faults.add(method="POST", path="/api/fleet/agent_policies", status=503, times=1,
                       apply_first=True)
    sandbox.faults.add(method="POST", path="/api/fleet/package_policies", drop=True, times=1,
                       apply_first=True)
    result = _onboard(fleet)
    assert stored(sandbox) == {"agent_policies": 1, "package_policies": 2,
                               "active_enrollment_keys": 1}
    assert result.package_policies[0].name == "nginx-demo-123"


def test_onboard_needs_one_policy_selector(fleet: Any) -> None:
    with pytest.raises(InvalidValueError, match="exactly one of policy_name"):
        fleet.onboard(integrations=[])
    with pytest.raises(InvalidArgumentError, match="Integration objects"):
        fleet.onboard(policy_name="p", integrations=[{"package": "nginx"}])

"""onboard compares what it would reuse with what was asked, and converges it on request."""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade import Integration, WorkflowError
from fleet_facade.sandbox import FleetSandbox

from .conftest import stored

WEB = {"nginx-logfile": {"streams": {"nginx.access": {"vars": {"tags": ["web"]}}}}}
PROXY = {"nginx-logfile": {"streams": {"nginx.access": {"vars": {"tags": ["proxy"]}}}}}


def first_run(fleet: Any) -> Any:
    return fleet.onboard(policy_name="web", namespace="default", description="Web servers",
                         integrations=[Integration("nginx", version="1.5.0", inputs=WEB)])


def test_a_second_identical_onboard_reuses_everything(fleet: Any) -> None:
    first_run(fleet)
    again = first_run(fleet)
    assert again.created == [] and again.updated == []
    assert len(again.reused) == 2


def test_a_reused_policy_with_another_namespace_and_description_is_refused(
    fleet: Any, sandbox: FleetSandbox
) -> None:
    first_run(fleet)
    before = stored(sandbox)
    with pytest.raises(WorkflowError) as caught:
        fleet.onboard(policy_name="web", namespace="prod", description="Proxies",
                      integrations=[Integration("nginx", version="1.5.0", inputs=WEB)])
    message = str(caught.value)
    assert "namespace is 'default', asked 'prod'" in message
    assert "description is 'Web servers', asked 'Proxies'" in message
    assert "update=True" in message
    assert caught.value.step == "compare agent policy web"
    policy = fleet.agent_policies.get_by_name(name="web")
    assert (policy.namespace, policy.description) == ("default", "Web servers")
    assert stored(sandbox) == before


def test_a_reused_integration_with_other_variables_is_refused(fleet: Any) -> None:
    first_run(fleet)
    with pytest.raises(WorkflowError) as caught:
        fleet.onboard(policy_name="web", description="Web servers",
                      integrations=[Integration("nginx", version="1.5.0", inputs=PROXY)])
    assert "inputs.nginx-logfile.streams.nginx.access.vars.tags is ['web'], asked ['proxy']" \
        in str(caught.value)
    assert caught.value.step == "compare integration nginx-web"


def test_update_converges_the_policy_and_the_integration(fleet: Any) -> None:
    first = first_run(fleet)
    done = fleet.onboard(policy_name="web", namespace="prod", description="Web servers",
                         monitoring_enabled=["logs"], update=True,
                         integrations=[Integration("nginx", version="1.5.0", inputs=PROXY)])
    assert done.created == []
    assert done.updated == [f"agent policy {first.agent_policy.id} (web)",
                            f"package policy {first.package_policies[0].id} (nginx-web)"]
    policy = fleet.agent_policies.get_by_name(name="web")
    assert policy.namespace == "prod" and policy.monitoring_enabled == ["logs"]
    integration = fleet.package_policies.get(id=first.package_policies[0].id,
                                             format="simplified")
    streams = integration.to_dict()["inputs"]["nginx-logfile"]["streams"]
    assert streams["nginx.access"]["vars"]["tags"] == ["proxy"]

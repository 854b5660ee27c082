"""plan checks everything apply would send, and apply changes nothing when a check fails."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from fleet_facade import DesiredStateError, FleetError
from fleet_facade.sandbox import FleetSandbox

from .conftest import stored

ACCESS = {"nginx-logfile": {"streams": {"nginx.access": {"vars": {"tags": ["web"]}}}}}

TWO_POLICIES: dict[str, Any] = {
    "agent_policies": [
        {"name": "web", "integrations": [
            {"package": "nginx", "version": "1.5.0", "inputs": ACCESS}]},
        {"name": "proxy", "integrations": [
            {"package": "nginx", "version": "1.5.0",
             "inputs": {"nginx-logfile": {"streams": {"nginx.acess": {}}}}}]},
    ],
}


def writes(sandbox: FleetSandbox, since: int) -> list[str]:
    return [f"{r.method} {r.path}" for r in sandbox.requests[since:] if r.method != "GET"]


@pytest.mark.parametrize("prune", [False, True])
def test_apply_with_a_misspelt_stream_in_the_second_policy_creates_nothing(
    fleet: Any, sandbox: FleetSandbox, prune: bool
) -> None:
    fleet.agent_policies.create(name="unnamed", namespace="default")  # prune would delete it
    before, first = stored(sandbox), len(sandbox.requests)
    with pytest.raises(DesiredStateError, match=r"unknown stream 'nginx\.acess'") as caught:
        fleet.apply(TWO_POLICIES, prune=prune)
    assert writes(sandbox, first) == []
    assert stored(sandbox) == before
    assert caught.value.problems[0].startswith("agent_policies[1].integrations[0] (nginx): ")
    assert "nginx.access" in caught.value.problems[0]  # the closest valid name


def test_plan_reports_every_problem_at_once(fleet: Any) -> None:
    state = copy.deepcopy(TWO_POLICIES)
    state["agent_policies"][0]["integrations"][0]["inputs"] = {"nginx-logfle": {}}
    state["agent_policies"][0]["settings"] = {"data_output_id": "no-such-output"}
    state["agent_policies"].append(
        {"name": "db", "integrations": [{"package": "with_required_variables",
                                         "version": "0.1.0"}]})
    with pytest.raises(DesiredStateError) as caught:
        fleet.plan(state)
    problems = caught.value.problems
    assert len(problems) == 4, problems
    assert "agent_policies[0].integrations[0] (nginx): unknown input 'nginx-logfle'" \
        in problems[0]
    assert "unknown stream 'nginx.acess'" in problems[1]
    assert problems[2].startswith("agent_policies[2].integrations[0] (with_required_variables):")
    assert "required variable 'test_var_required'" in problems[2]
    assert problems[3].startswith(
        "agent_policies[0].settings.data_output_id: no output has id 'no-such-output'")
    assert "4 problem(s)" in str(caught.value)
    assert isinstance(caught.value, FleetError) and isinstance(caught.value, ValueError)


def test_plan_reports_an_unknown_package_version(fleet: Any) -> None:
    state = {"agent_policies": [{"name": "web", "integrations": [
        {"package": "nginx", "version": "9.9.9"}]}]}
    with pytest.raises(DesiredStateError, match=r"agent_policies\[0\]\.integrations\[0\]"
                                                r"\.package: nginx 9\.9\.9 is not known"):
        fleet.plan(state)


def test_a_reference_to_an_output_created_by_the_same_state_is_accepted(fleet: Any) -> None:
    state = {"outputs": [{"name": "Logs", "id": "logs-out", "type": "elasticsearch",
                          "hosts": ["https://es.example:9200"]}],
             "agent_policies": [{"name": "web", "settings": {"data_output_id": "logs-out"}}]}
    fleet.apply(state)
    assert fleet.agent_policies.get_by_name(name="web").data_output_id == "logs-out"
    assert not fleet.plan(state).has_changes


def test_planned_creates_show_their_values_with_secrets_masked(fleet: Any) -> None:
    state = {
        "agent_policies": [{"name": "web", "description": "Web servers",
                            "integrations": [{"package": "nginx", "version": "1.5.0",
                                              "inputs": ACCESS}]}],
        "outputs": [{"name": "Logstash", "type": "logstash", "hosts": ["ls.example:5044"],
                     "secrets": {"ssl": {"key": "PRIVATE-KEY-TEXT"}}}],
    }
    rendered = fleet.plan(state).render()
    assert "+ agent policy 'web'\n    description: 'Web servers'\n    namespace: 'default'" \
        in rendered
    assert "    inputs.nginx-logfile.streams.nginx.access.vars.tags: ['web']" in rendered
    assert "    package.version: '1.5.0'" in rendered
    assert "    hosts: ['ls.example:5044']" in rendered
    assert "    secrets.ssl.key: '***'" in rendered
    assert "PRIVATE-KEY-TEXT" not in rendered


README_STATE: dict[str, Any] = {
    "agent_policies": [{"name": "web", "namespace": "default",
                        "monitoring_enabled": ["logs", "metrics"], "sys_monitoring": True,
                        "integrations": [{"package": "nginx", "version": "1.5.0",
                                          "inputs": ACCESS}]}],
    "outputs": [{"name": "Logs cluster", "type": "elasticsearch",
                 "hosts": ["https://es.example:9200"]}],
    "fleet_server_hosts": [{"name": "Fleet Server", "host_urls": ["https://fleet.example:8220"],
                            "is_default": True}],
}


def test_prune_deletes_only_what_the_plan_showed_and_converges_in_one_run(fleet: Any) -> None:
    """The README's example: its default Fleet Server host replaces the sandbox's ``Default``."""
    planned = fleet.plan(README_STATE, prune=True)
    assert [(c.action, c.name) for c in planned.changes if c.action == "delete"] == [
        ("delete", "Default")]
    applied = fleet.apply(README_STATE, prune=True)
    assert [(c.action, c.kind, c.name) for c in applied.changes] == [
        (c.action, c.kind, c.name) for c in planned.changes]
    assert [h.name for h in fleet.fleet_server_hosts.list()] == ["Fleet Server"]
    again = fleet.plan(README_STATE, prune=True)
    assert not again.has_changes, again.render()


def test_prune_keeps_the_default_output_the_state_does_not_replace(fleet: Any) -> None:
    planned = fleet.plan(README_STATE, prune=True)
    assert "default" in [o.name for o in fleet.outputs.list()]
    assert ("output", "default") not in [(c.kind, c.name) for c in planned.changes]

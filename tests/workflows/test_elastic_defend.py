"""Elastic Defend (package ``endpoint``): created with a preset from onboard, create_endpoint
and state files; Kibana's fill-ins (the endpoint policy, the artifact manifest) are never drift.
"""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade import (
    DesiredStateError,
    Integration,
    InvalidInputsError,
    InvalidValueError,
    WorkflowError,
)
from fleet_facade.sandbox import FleetSandbox

#: nginx 1.5.0's required nginx.access variables: the full form takes no defaults.
ACCESS_VARS = {"paths": {"value": ["/var/log/nginx/access.log*"]},
               "preserve_original_event": {"value": False}}


def _config(policy: Any) -> dict[str, Any]:
    [endpoint] = policy.to_dict()["inputs"]
    assert endpoint["type"] == "endpoint"
    config: dict[str, Any] = endpoint["config"]
    return config


def _state(preset: str, **integration: Any) -> dict[str, Any]:
    return {"agent_policies": [{"name": "Hosts", "integrations": [
        {"package": "endpoint", "name": "defend-hosts", "preset": preset, **integration}]}]}


def test_onboard_creates_elastic_defend_with_its_preset(fleet: Any) -> None:
    result = fleet.onboard(policy_name="Hosts",
                           integrations=[Integration("endpoint", preset="NGAV")])

    [defend] = result.package_policies
    config = _config(defend)
    assert config["integration_config"]["value"]["endpointConfig"]["preset"] == "NGAV"
    events = config["policy"]["value"]["linux"]["events"]
    assert {name for name, on in events.items() if on} == {"process"}
    assert result.package_versions == {"endpoint-Hosts": "8.17.1"}


def test_onboard_again_reuses_elastic_defend(fleet: Any) -> None:
    asked = {"policy_name": "Hosts",
             "integrations": [Integration("endpoint", preset="EDRComplete")]}
    first = fleet.onboard(**asked)
    second = fleet.onboard(**asked)

    assert [p.id for p in second.package_policies] == [p.id for p in first.package_policies]
    assert second.created == [] and second.updated == []


def test_onboard_refuses_another_preset_on_a_reused_integration(
        fleet: Any, sandbox: FleetSandbox) -> None:
    fleet.onboard(policy_name="Hosts", integrations=[Integration("endpoint", preset="NGAV")])

    with pytest.raises(WorkflowError) as caught:
        fleet.onboard(policy_name="Hosts", update=True,
                      integrations=[Integration("endpoint", preset="EDRComplete")])
    assert isinstance(caught.value.cause, InvalidValueError)
    assert "preset 'NGAV', asked 'EDRComplete'" in str(caught.value)
    [stored] = sandbox.state.package_policies.values()
    assert stored["inputs"][0]["config"]["integration_config"]["value"]["endpointConfig"] == {
        "preset": "NGAV"}


def test_create_endpoint_adds_elastic_defend_to_a_policy(fleet: Any) -> None:
    policy = fleet.agent_policies.create(name="Hosts", namespace="default")

    defend = fleet.package_policies.create_endpoint(
        name="defend", policy_id=policy.id, preset="DataCollection", namespace="prod")

    assert (defend.package.name, defend.namespace) == ("endpoint", "prod")
    policy_value = _config(defend)["policy"]["value"]
    assert policy_value["windows"]["malware"]["mode"] == "off"
    assert policy_value["windows"]["events"]["process"] is True


@pytest.mark.parametrize("preset", ["EDR", "ngav", ""])
def test_an_unknown_preset_names_the_valid_ones_and_sends_nothing(
        fleet: Any, sandbox: FleetSandbox, preset: str) -> None:
    before = len(sandbox.requests)
    with pytest.raises(InvalidValueError) as caught:
        fleet.package_policies.create_endpoint(name="defend", policy_id="p", preset=preset)
    assert "valid: NGAV, EDREssential, EDRComplete, DataCollection" in str(caught.value)
    assert len(sandbox.requests) == before


def test_integration_preset_is_checked_when_made() -> None:
    with pytest.raises(InvalidValueError, match="valid: NGAV"):
        Integration("endpoint", preset="Complete")
    with pytest.raises(InvalidValueError, match="Elastic Defend"):
        Integration("nginx", preset="NGAV")
    with pytest.raises(InvalidValueError, match="either preset or inputs"):
        Integration("endpoint", preset="NGAV", inputs={"endpoint": {}})


def test_apply_then_plan_and_apply_again_show_no_change(fleet: Any) -> None:
    applied = fleet.apply(_state("EDREssential"))
    assert applied.count("create") == 2

    again = fleet.plan(_state("EDREssential"))
    assert not again.has_changes
    assert fleet.apply(_state("EDREssential")).changes == []
    [defend] = fleet.package_policies.list().to_list()
    assert _config(defend)["integration_config"]["value"]["endpointConfig"]["preset"] == (
        "EDREssential")


def test_a_state_changing_the_namespace_keeps_kibanas_fill_ins(fleet: Any) -> None:
    fleet.apply(_state("NGAV"))
    [before] = fleet.package_policies.list().to_list()

    changed = fleet.apply(_state("NGAV", namespace="prod"))

    assert [c.action for c in changed.changes] == ["update"]
    [after] = fleet.package_policies.list().to_list()
    assert after.namespace == "prod"
    assert _config(after)["policy"] == _config(before)["policy"]


def test_a_state_changing_the_preset_is_refused_before_any_change(
        fleet: Any, sandbox: FleetSandbox) -> None:
    fleet.apply(_state("NGAV"))
    revision = next(iter(sandbox.state.package_policies.values()))["revision"]

    with pytest.raises(DesiredStateError) as caught:
        fleet.apply(_state("EDRComplete", namespace="prod"))
    assert "preset is 'NGAV' on the server, the state asks 'EDRComplete'" in str(caught.value)
    assert next(iter(sandbox.state.package_policies.values()))["revision"] == revision


def test_a_state_with_an_unknown_preset_names_the_valid_ones(fleet: Any) -> None:
    with pytest.raises(DesiredStateError, match="valid: NGAV, EDREssential"):
        fleet.plan(_state("Everything"))


def test_full_form_inputs_create_the_policy_as_given(fleet: Any) -> None:
    policy = fleet.agent_policies.create(name="Web", namespace="default")
    inputs = [{"type": "logfile", "policy_template": "nginx", "enabled": True, "streams": [
        {"data_stream": {"type": "logs", "dataset": "nginx.access"}, "enabled": True,
         "vars": {**ACCESS_VARS, "tags": {"type": "text", "value": ["full"]}}}]}]

    created = fleet.package_policies.create(name="nginx-full", package="nginx",
                                            version="1.5.0", policy_id=policy.id, inputs=inputs)

    [logfile] = created.to_dict()["inputs"]
    [stream] = logfile["streams"]
    assert (logfile["type"], stream["data_stream"]["dataset"]) == ("logfile", "nginx.access")
    assert stream["compiled_stream"]["tags"] == ["full"]


@pytest.mark.parametrize(("inputs", "problem"), [
    ([{"type": "logfil", "streams": []}], "unknown input 'logfil' for package nginx 1.5.0; "
                                          "did you mean 'logfile'?"),
    ([{"type": "logfile", "streams": [{"data_stream": {"dataset": "nginx.acces"}}]}],
     "unknown stream 'nginx.acces' in input 'nginx-logfile'"),
    ([{"type": "logfile", "streams": [{"data_stream": {"dataset": "nginx.access"},
                                       "vars": {"tagz": {"value": []}}}]}],
     "unknown variable 'tagz'"),
    ([{"type": "logfile", "streams": [{"data_stream": {"dataset": "nginx.access"}}]}],
     "required variable 'paths' in stream 'nginx.access' of input 'nginx-logfile' has no value"),
])
def test_a_full_form_input_the_manifest_lacks_is_refused_before_sending(
        fleet: Any, sandbox: FleetSandbox, inputs: list[Any], problem: str) -> None:
    policy = fleet.agent_policies.create(name="Web", namespace="default")
    before = len(sandbox.requests)
    with pytest.raises(InvalidInputsError) as caught:
        fleet.package_policies.create(name="nginx-full", package="nginx", version="1.5.0",
                                      policy_id=policy.id, inputs=inputs)
    assert problem in str(caught.value)
    assert sandbox.count("package_policies") == 0
    # Only the manifest was read.
    assert all(r.method == "GET" for r in sandbox.requests[before:])


def test_a_full_form_elastic_defend_config_is_checked_before_sending(
        fleet: Any, sandbox: FleetSandbox) -> None:
    bad = [{"type": "ENDPOINT_INTEGRATION_CONFIG", "enabled": True, "streams": [],
            "config": {"_config": {"value": {"type": "endpoint",
                                             "endpointConfig": {"preset": "Full"}}}}}]
    with pytest.raises(InvalidInputsError, match="unknown Elastic Defend preset 'Full'"):
        fleet.package_policies.create(name="defend", package="endpoint", policy_id="p",
                                      inputs=bad)
    assert sandbox.count("package_policies") == 0


def test_a_full_form_state_shows_no_drift_after_apply(fleet: Any) -> None:
    state = {"agent_policies": [{"name": "Web", "integrations": [{
        "package": "nginx", "version": "1.5.0", "name": "nginx-exact",
        "inputs": [{"type": "logfile", "policy_template": "nginx", "streams": [
            {"data_stream": {"dataset": "nginx.access"},
             "vars": {**ACCESS_VARS, "tags": {"value": ["exact"]}}}]}]}]}]}

    assert fleet.apply(state).count("create") == 2
    assert not fleet.plan(state).has_changes


def test_export_state_writes_elastic_defend_as_its_preset(fleet: Any) -> None:
    fleet.onboard(policy_name="Hosts", integrations=[Integration("endpoint", preset="NGAV")])

    exported = fleet.export_state()

    [policy] = exported["agent_policies"]
    assert policy["integrations"] == [{"package": "endpoint", "version": "8.17.1",
                                       "name": "endpoint-Hosts", "preset": "NGAV"}]
    assert not fleet.plan(exported).has_changes


def test_a_full_form_update_without_the_endpoint_policy_is_refused_before_sending(
        fleet: Any, sandbox: FleetSandbox) -> None:
    policy = fleet.agent_policies.create(name="Hosts", namespace="default")
    defend = fleet.package_policies.create_endpoint(name="defend", policy_id=policy.id,
                                                    preset="NGAV")
    before = len(sandbox.requests)
    with pytest.raises(InvalidInputsError, match=r"config\.policy\.value"):
        fleet.package_policies.update(id=defend.id, inputs=[
            {"type": "endpoint", "enabled": True, "streams": []}])
    assert all(r.method == "GET" for r in sandbox.requests[before:])


def test_a_full_form_update_with_the_policy_read_is_stored(fleet: Any) -> None:
    policy = fleet.agent_policies.create(name="Hosts", namespace="default")
    defend = fleet.package_policies.create_endpoint(name="defend", policy_id=policy.id,
                                                    preset="EDRComplete")
    inputs = defend.to_dict()["inputs"]
    inputs[0]["config"]["policy"]["value"]["linux"]["events"]["dns"] = False

    updated = fleet.package_policies.update(id=defend.id, inputs=inputs)

    assert _config(updated)["policy"]["value"]["linux"]["events"]["dns"] is False
    assert _config(updated)["integration_config"] == _config(defend)["integration_config"]


def test_a_planned_create_shows_the_preset(fleet: Any) -> None:
    planned = fleet.plan(_state("NGAV"))

    [integration] = [c for c in planned.changes if c.kind == "integration"]
    assert integration.action == "create"
    assert integration.values["preset"] == "NGAV"

"""Declarative plan/apply against the sandbox."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from fleet_api_client.models import AgentPolicy, PackagePolicy
from fleet_api_client.types import UNSET

from fleet_facade import (
    ApplyError,
    DesiredStateError,
    InvalidPackageVersionError,
    load_desired_state,
)
from fleet_facade._async.desired_state import _prune_policies
from fleet_facade.sandbox import FleetSandbox
from fleet_facade.workflows._diff import diff_fields

STATE = {
    "agent_policies": [{
        "name": "web",
        "namespace": "default",
        "description": "Web servers",
        "monitoring_enabled": ["logs"],
        "sys_monitoring": True,
        "integrations": [{
            "package": "nginx", "version": "1.5.0", "name": "nginx-web",
            "inputs": {"nginx-logfile": {"streams": {"nginx.access": {"vars": {"tags": ["web"]}}}}},
        }],
    }],
    "outputs": [{"name": "Logs cluster", "type": "elasticsearch",
                 "hosts": ["https://es.example:9200"]}],
    "fleet_server_hosts": [{"name": "Fleet Server", "host_urls": ["https://fleet.example:8220"]}],
}


@pytest.fixture
def state_file(tmp_path: Path) -> Path:
    path = tmp_path / "fleet.yaml"
    path.write_text(yaml.safe_dump(STATE))
    return path


def test_plan_on_an_empty_fleet_creates_everything(fleet: Any, state_file: Path) -> None:
    plan = fleet.plan(state_file)
    assert [(c.action, c.kind, c.name) for c in plan.changes] == [
        ("create", "fleet server host", "Fleet Server"),
        ("create", "output", "Logs cluster"),
        ("create", "agent policy", "web"),
        ("create", "integration", "nginx-web"),
    ]
    assert plan.summary() == "4 to create, 0 to update, 0 to delete, 0 unchanged"


def test_apply_twice_changes_nothing_the_second_time(
    fleet: Any, sandbox: FleetSandbox, state_file: Path
) -> None:
    applied = fleet.apply(state_file)
    assert applied.count("create") == 4
    revision = fleet.agent_policies.get_by_name(name="web").revision

    before = len(sandbox.requests)
    again = fleet.apply(state_file)
    assert not again.has_changes
    assert {r.method for r in sandbox.requests[before:]} == {"GET"}
    assert fleet.agent_policies.get_by_name(name="web").revision == revision


def test_plan_shows_field_level_changes(fleet: Any, state_file: Path) -> None:
    fleet.apply(state_file)
    changed = yaml.safe_load(state_file.read_text())
    changed["agent_policies"][0]["description"] = "Web and proxies"
    streams = changed["agent_policies"][0]["integrations"][0]["inputs"]["nginx-logfile"]
    streams["streams"]["nginx.access"]["vars"]["tags"] = ["web", "proxy"]

    plan = fleet.plan(changed)
    updates = {c.name: dict(c.fields) for c in plan.changes if c.action == "update"}
    assert updates == {
        "web": {"description": ("Web servers", "Web and proxies")},
        "nginx-web": {"inputs.nginx-logfile.streams.nginx.access.vars.tags":
                      (["web"], ["web", "proxy"])},
    }
    assert "description: 'Web servers' -> 'Web and proxies'" in plan.render()

    fleet.apply(changed)
    assert not fleet.plan(changed).has_changes


def test_deleting_unnamed_objects_is_opt_in(fleet: Any, state_file: Path) -> None:
    fleet.apply(state_file)
    fleet.agent_policies.create(name="stray", namespace="default")

    assert all(c.action != "delete" for c in fleet.plan(state_file).changes)
    pruning = fleet.plan(state_file, prune=True)
    deletes = [(c.kind, c.name) for c in pruning.changes if c.action == "delete"]
    # The system integration that sys_monitoring added is Fleet's, not drift.
    assert deletes == [("agent policy", "stray")]
    fleet.apply(state_file, prune=True)
    assert fleet.agent_policies.get_by_name(name="stray") is None


def test_apply_stops_at_the_first_error_and_says_what_was_applied(
    fleet: Any, sandbox: FleetSandbox, state_file: Path
) -> None:
    sandbox.faults.add(method="POST", path="/api/fleet/agent_policies", status=400,
                       message="injected refusal")
    with pytest.raises(ApplyError) as caught:
        fleet.apply(state_file)
    error = caught.value
    assert error.failed.kind == "agent policy"
    assert "injected refusal" in str(error)
    assert [c.kind for c in error.applied] == ["fleet server host", "output"]
    assert sandbox.count("package_policies") == 0


def test_secret_references_are_not_drift() -> None:
    current = {"vars": {"password": {"isSecretRef": True, "id": "s1"}, "user": "elastic"}}
    wanted = {"vars": {"password": "hunter2", "user": "elastic"}}
    assert diff_fields(current, wanted) == {}


def test_state_files_are_checked_with_clear_messages(tmp_path: Path) -> None:
    with pytest.raises(DesiredStateError, match=r"agent_policies\[0\]\.integrations\[0\]\.package"):
        load_desired_state({"agent_policies": [{"name": "a", "integrations": [{}]}]})
    with pytest.raises(DesiredStateError, match="unknown key"):
        load_desired_state({"agent_policy": []})
    with pytest.raises(DesiredStateError, match="appears more than once"):
        load_desired_state({"agent_policies": [{"name": "a"}, {"name": "a"}]})
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(DesiredStateError, match="not valid json"):
        load_desired_state(broken)


def test_an_integration_without_a_version_uses_the_installed_one(
    fleet: Any, sandbox: FleetSandbox
) -> None:
    fleet.packages.install(name="nginx", version="1.5.0", force=True)  # out of date: force
    state = {"agent_policies": [{"name": "web", "integrations": [
        {"package": "nginx", "name": "nginx-web"}]}]}
    before = len(sandbox.requests)
    plan = fleet.plan(state)
    [integration] = [c for c in plan.changes if c.kind == "integration"]
    assert (integration.action, integration.version) == ("create", "1.5.0")
    assert "+ integration 'nginx-web' on web (nginx 1.5.0)" in plan.render()
    applied = fleet.apply(state)
    assert [c.version for c in applied.changes if c.kind == "integration"] == ["1.5.0"]
    assert applied.to_dict()["changes"][-1]["version"] == "1.5.0"
    assert fleet.package_policies.get_by_name(name="nginx-web").package.version == "1.5.0"
    assert sandbox.state.installed_packages["nginx"]["version"] == "1.5.0"
    catalog = [r for r in sandbox.requests[before:]
               if r.method == "GET" and r.path == "/api/fleet/epm/packages"]
    assert catalog == []


def test_a_version_that_is_not_semver_names_its_place_in_the_state() -> None:
    with pytest.raises(InvalidPackageVersionError) as caught:
        load_desired_state({"agent_policies": [{"name": "a", "integrations": [
            {"package": "nginx", "version": 1.5}]}]})
    assert (caught.value.package, caught.value.version) == ("nginx", "1.5")
    assert "agent_policies[0].integrations[0].version" in str(caught.value)


def test_pruning_reads_the_single_policy_id_of_kibana_before_8_15() -> None:
    """Recorded 8.13 package policies name ``policy_id`` and no ``policy_ids``."""
    recording = json.loads((Path(__file__).resolve().parents[1] / "data" / "recorded"
                            / "kibana-8.13.4-policy-lifecycle-nginx.json").read_text())
    answer = next(i["response_body"]["item"] for i in recording["interactions"]
                  if i["method"] == "GET" and i["path"] == "/api/fleet/agent_policies/test-policy-1"
                  and i["status"] == 200)
    policy = AgentPolicy.from_dict({k: v for k, v in answer.items() if k != "package_policies"})
    package_policy = PackagePolicy.from_dict(answer["package_policies"][0])
    assert package_policy.policy_ids is UNSET
    desired = load_desired_state({"agent_policies": [{"name": "test-policy-1"}]})
    changes = _prune_policies(desired, {"test-policy-1": policy},
                              {"nginx-1": package_policy}, wanted=set())
    assert [(c.action, c.kind, c.name, c.parent) for c in changes] == [
        ("delete", "integration", "nginx-1", "test-policy-1")]

"""Declarative plan/apply against the sandbox."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from fleet_facade import ApplyError, load_desired_state
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
    with pytest.raises(ValueError, match=r"agent_policies\[0\]\.integrations\[0\]\.package"):
        load_desired_state({"agent_policies": [{"name": "a", "integrations": [{}]}]})
    with pytest.raises(ValueError, match="unknown key"):
        load_desired_state({"agent_policy": []})
    with pytest.raises(ValueError, match="appears more than once"):
        load_desired_state({"agent_policies": [{"name": "a"}, {"name": "a"}]})
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(ValueError, match="not valid json"):
        load_desired_state(broken)

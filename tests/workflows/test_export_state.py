"""export_state adopts what a Fleet holds into a state that plan shows unchanged."""

from __future__ import annotations

from typing import Any

import yaml

from fleet_facade import Integration

WEB = {"nginx-logfile": {"streams": {"nginx.access": {"vars": {"tags": ["web"]}}}}}


def hand_made_fleet(fleet: Any) -> None:
    """Objects made without plan/apply: by onboard and by resource calls."""
    fleet.onboard(policy_name="web", description="Web servers", sys_monitoring=True,
                  monitoring_enabled=["logs"],
                  integrations=[Integration("nginx", version="1.5.0", inputs=WEB)])
    fleet.outputs.create(name="Logs cluster", type="elasticsearch",
                         hosts=["https://es.example:9200"])
    fleet.fleet_server_hosts.create(name="Fleet Server", host_urls=["https://fleet:8220"])


def test_plan_on_the_exported_state_shows_everything_unchanged(fleet: Any) -> None:
    hand_made_fleet(fleet)
    state = fleet.export_state()
    plan = fleet.plan(yaml.safe_load(yaml.safe_dump(state)), prune=True)
    assert not plan.has_changes, plan.render()
    assert {(c.kind, c.name) for c in plan.changes} >= {
        ("agent policy", "web"), ("integration", "nginx-web"), ("integration", "system-1"),
        ("output", "Logs cluster"), ("fleet server host", "Fleet Server")}


def test_the_export_keeps_what_was_set_and_leaves_defaults_to_fleet(fleet: Any) -> None:
    hand_made_fleet(fleet)
    [web] = fleet.export_state()["agent_policies"]
    assert (web["name"], web["namespace"], web["description"], web["monitoring_enabled"]) == (
        "web", "default", "Web servers", ["logs"])
    nginx = next(i for i in web["integrations"] if i["name"] == "nginx-web")
    assert (nginx["package"], nginx["version"]) == ("nginx", "1.5.0")
    access = nginx["inputs"]["nginx-logfile"]["streams"]["nginx.access"]
    assert access == {"enabled": True, "vars": {"tags": ["web"]}}
    error = nginx["inputs"]["nginx-logfile"]["streams"]["nginx.error"]
    assert error == {"enabled": True}  # every variable at the manifest's default


def test_a_change_after_export_shows_in_the_plan(fleet: Any) -> None:
    hand_made_fleet(fleet)
    state = fleet.export_state()
    fleet.agent_policies.update(id=fleet.agent_policies.get_by_name(name="web").id,
                                description="changed by hand")
    updates = [(c.name, dict(c.fields)) for c in fleet.plan(state).changes
               if c.action == "update"]
    assert updates == [("web", {"description": ("changed by hand", "Web servers")})]


def test_managed_agent_policies_are_not_exported(fleet: Any) -> None:
    fleet.agent_policies.create(name="hosted", namespace="default", is_managed=True)
    state = fleet.export_state()
    assert "hosted" not in [p["name"] for p in state.get("agent_policies", [])]

"""``onboard -i endpoint --preset``, and a state file with Elastic Defend, from the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from fleet_facade.sandbox import FleetSandbox

from .conftest import cli


def _preset_stored(kibana: FleetSandbox, package_policy_id: str) -> Any:
    stored = kibana.state.package_policies[package_policy_id]
    return stored["inputs"][0]["config"]["integration_config"]["value"]["endpointConfig"][
        "preset"]


def test_onboard_elastic_defend_with_a_preset(env: dict[str, str], kibana: FleetSandbox) -> None:
    result = cli("-o", "json", "--yes", "onboard", "--policy", "cli-defend",
                 "-i", "endpoint:defend-cli", "--preset", "EDREssential", env=env)
    assert result.code == 0, result.stderr
    [defend] = json.loads(result.stdout)["package_policies"]
    assert (defend["name"], defend["package"]) == ("defend-cli", "endpoint")
    assert _preset_stored(kibana, defend["id"]) == "EDREssential"

    again = cli("-o", "json", "--yes", "onboard", "--policy", "cli-defend",
                "-i", "endpoint:defend-cli", "--preset", "EDREssential", env=env)
    assert again.code == 0, again.stderr
    assert json.loads(again.stdout)["created"] == []


def test_an_unknown_preset_is_a_usage_error_naming_the_valid_ones(
        env: dict[str, str], kibana: FleetSandbox) -> None:
    before = kibana.count("agent_policies")
    result = cli("--yes", "onboard", "--policy", "cli-bad-preset", "-i", "endpoint",
                 "--preset", "EDR", env=env)
    assert result.code == 2
    assert "'NGAV', 'EDREssential', 'EDRComplete', 'DataCollection'" in result.stderr
    assert kibana.count("agent_policies") == before


def test_preset_needs_the_endpoint_integration(env: dict[str, str]) -> None:
    result = cli("--yes", "onboard", "--policy", "p", "-i", "nginx", "--preset", "NGAV",
                 env=env)
    assert result.code == 2
    assert "--preset needs exactly one -i endpoint" in result.stderr


def test_a_state_file_with_elastic_defend_applies_once(
        env: dict[str, str], kibana: FleetSandbox, tmp_path: Path) -> None:
    state = tmp_path / "fleet.yaml"
    state.write_text(yaml.safe_dump({"agent_policies": [{"name": "cli-defend-state",
        "integrations": [{"package": "endpoint", "name": "defend-state",
                          "preset": "DataCollection"}]}]}))
    applied = cli("-o", "json", "--yes", "apply", str(state), env=env)
    assert applied.code == 0, applied.stderr
    assert json.loads(applied.stdout)["summary"]["create"] == 2

    again = cli("-o", "json", "--yes", "apply", str(state), env=env)
    assert again.code == 0, again.stderr
    assert json.loads(again.stdout)["summary"] == {"create": 0, "update": 0, "delete": 0,
                                                   "unchanged": 0}
    plan = cli("-o", "json", "plan", str(state), env=env)
    assert plan.code == 0, plan.stderr
    changes = json.loads(plan.stdout)["changes"]
    assert [(c["kind"], c["action"]) for c in changes] == [
        ("agent policy", "unchanged"), ("integration", "unchanged")]

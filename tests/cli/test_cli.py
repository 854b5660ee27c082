"""The real ``fleet-facade`` console script, run in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from fleet_facade.sandbox import FleetSandbox

SCRIPT = Path(sys.executable).parent / "fleet-facade"


def run(*args: str, env: dict[str, str] | None = None,
        stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("KIBANA_")}
    clean.update(env or {})
    return subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, env=clean,
                          input=stdin, timeout=120, check=False)


@pytest.fixture(scope="module")
def kibana() -> Iterator[FleetSandbox]:
    """A sandbox over real loopback HTTP, standing in for a configured Kibana."""
    with FleetSandbox(seed=3, action_duration=0.0) as sandbox:
        yield sandbox


def kibana_env(sandbox: FleetSandbox) -> dict[str, str]:
    return {"KIBANA_ENDPOINT": sandbox.url, "KIBANA_API_KEY": sandbox.api_key}


def test_console_script_is_installed() -> None:
    assert SCRIPT.exists() or shutil.which("fleet-facade")


def test_demo_without_kibana_runs_on_the_sandbox() -> None:
    result = run("demo")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Fleet sandbox (no Kibana configured)" in out
    assert "Agent policy: Agent policy 1" in out
    assert "Integration:  nginx-demo-123 (nginx 1.5.0" in out
    assert "sudo elastic-agent install --url=https://fleet-server.sandbox.local:8220 " \
           "--enrollment-token=***" in out


def test_demo_json_is_machine_readable_and_masked() -> None:
    result = run("--output", "json", "demo")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["agent_policy"]["name"] == "Agent policy 1"
    assert [p["package"] for p in document["package_policies"]] == ["nginx"]
    assert document["enrollment_token"]["api_key"] == "***"
    assert document["install_command"].endswith("--enrollment-token=***")


def test_show_secrets_prints_the_token() -> None:
    result = run("--output", "json", "--show-secrets", "demo")
    document = json.loads(result.stdout)
    token = document["enrollment_token"]["api_key"]
    assert token != "***" and len(token) > 20
    assert document["install_command"].endswith(f"--enrollment-token={token}")


def test_python_dash_m_runs_the_same_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "fleet_facade", "--help"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "demo" in result.stdout


def test_demo_against_a_configured_kibana_asks_first(kibana: FleetSandbox) -> None:
    refused = run("demo", env=kibana_env(kibana), stdin="")
    assert refused.returncode == 2
    assert "pass --yes" in refused.stderr
    assert kibana.count("agent_policies") == 0

    accepted = run("--yes", "-o", "json", "demo", env=kibana_env(kibana))
    assert accepted.returncode == 0, accepted.stderr
    assert json.loads(accepted.stdout)["sandbox"] is None
    assert kibana.count("agent_policies") == 1
    again = run("--yes", "-o", "json", "demo", env=kibana_env(kibana))
    assert json.loads(again.stdout)["created"] == []
    assert kibana.count("agent_policies") == 1


def test_no_kibana_configured_is_a_usage_error() -> None:
    result = run("policies", "list")
    assert result.returncode == 2
    assert "no Kibana configured" in result.stderr


def test_bad_arguments_are_usage_errors() -> None:
    assert run("policies").returncode == 2
    assert run("--output", "xml", "demo").returncode == 2


def test_api_errors_exit_1_with_kibanas_message(kibana: FleetSandbox) -> None:
    result = run("policies", "get", "no-such-policy", env=kibana_env(kibana))
    assert result.returncode == 1
    assert "Saved object [ingest-agent-policies/no-such-policy] not found" in result.stderr


def test_listing_as_json_and_piped_table(kibana: FleetSandbox) -> None:
    env = kibana_env(kibana)
    created = run("-o", "json", "onboard", "--policy", "cli-policy", "-i", "nginx@1.5.0",
                  env=env)
    assert created.returncode == 0, created.stderr
    policy_id = json.loads(created.stdout)["agent_policy"]["id"]

    listed = json.loads(run("-o", "json", "policies", "list", env=env).stdout)
    assert "cli-policy" in {p["name"] for p in listed}
    table = run("policies", "list", env=env).stdout.splitlines()
    assert table[1].split("\t") == ["id", "name", "namespace", "revision", "agents"]

    tokens = json.loads(run("-o", "json", "tokens", "list", "--policy", policy_id,
                            env=env).stdout)
    assert tokens and all(t["api_key"] == "***" for t in tokens)


def test_plan_and_apply_a_state_file(kibana: FleetSandbox, tmp_path: Path) -> None:
    state = tmp_path / "fleet.yaml"
    state.write_text(yaml.safe_dump({"agent_policies": [{
        "name": "cli-state", "integrations": [{"package": "nginx", "version": "1.5.0"}]}]}))
    env = kibana_env(kibana)
    plan = run("plan", str(state), env=env)
    assert plan.returncode == 0, plan.stderr
    assert "+ agent policy 'cli-state'" in plan.stdout
    applied = run("--yes", "apply", str(state), env=env)
    assert applied.returncode == 0, applied.stderr
    assert "applied: 2 to create" in applied.stdout
    again = json.loads(run("-o", "json", "--yes", "apply", str(state), env=env).stdout)
    assert again["summary"] == {"create": 0, "update": 0, "delete": 0, "unchanged": 0}


def test_agents_status_and_upgrade(kibana: FleetSandbox) -> None:
    env = kibana_env(kibana)
    policy = json.loads(run("-o", "json", "onboard", "--policy", "cli-agents",
                            env=env).stdout)["agent_policy"]["id"]
    kibana.add_agents(3, policy_id=policy, version="8.17.0")
    status = json.loads(run("-o", "json", "agents", "status", "--policy", policy,
                            env=env).stdout)
    assert status["online"] == 3
    upgraded = run("-o", "json", "--yes", "agents", "upgrade", "--version", "9.0.0",
                   "--policy", policy, env=env)
    assert upgraded.returncode == 0, upgraded.stderr
    assert json.loads(upgraded.stdout)["agents"] == 3


def test_global_options_work_after_the_command_name_too() -> None:
    before = run("--output", "json", "demo")
    after = run("demo", "--output", "json")
    assert before.returncode == after.returncode == 0, after.stderr
    assert json.loads(after.stdout)["enrollment_token"]["api_key"] == "***"
    shown = json.loads(run("-o", "json", "demo", "--show-secrets").stdout)
    assert shown["enrollment_token"]["api_key"] != "***"


def test_packages_list_shows_the_installed_version(kibana: FleetSandbox) -> None:
    env = kibana_env(kibana)
    installed = run("-o", "json", "onboard", "--policy", "cli-packages", "-i", "nginx@1.5.0",
                    env=env)
    assert installed.returncode == 0, installed.stderr
    rows = {p["name"]: p for p in json.loads(run("-o", "json", "packages", "list",
                                                 env=env).stdout)}
    assert (rows["nginx"]["version"], rows["nginx"]["latest"]) == ("1.5.0", "1.6.0")
    assert rows["system"]["version"] == rows["system"]["latest"] == "1.20.4"
    info = run("packages", "info", "nginx", env=env)
    assert info.stdout.splitlines()[0].endswith("nginx 1.5.0"), info.stdout

"""The real ``fleet-facade`` console script, run in a subprocess (what only a process shows)."""

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
    result = run("demo", stdin="")  # never asks: the sandbox is its own
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Fleet sandbox (no Kibana configured)" in out
    assert "Agent policy: Agent policy 1" in out
    assert "Integration:  nginx-demo-123 (nginx 1.5.0" in out
    assert "Install Elastic Agent 9.1.0 on linux-x86_64:" in out
    assert "  sudo ./elastic-agent install --url=https://fleet-server.sandbox.local:8220 " \
           "--enrollment-token=***" in out
    assert "Other platforms: linux-aarch64, deb-x86_64," in out


def test_demo_json_is_machine_readable_and_masked() -> None:
    result = run("--output", "json", "demo")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["agent_policy"]["name"] == "Agent policy 1"
    assert [p["package"] for p in document["package_policies"]] == ["nginx"]
    assert document["enrollment_token"]["api_key"] == "***"
    assert document["install_command"].endswith("--enrollment-token=***")



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




def test_api_errors_exit_1_with_kibanas_message(kibana: FleetSandbox) -> None:
    result = run("policies", "get", "no-such-policy", env=kibana_env(kibana))
    assert result.returncode == 1
    assert "Saved object [ingest-agent-policies/no-such-policy] not found" in result.stderr


def test_listing_as_json_and_piped_table(kibana: FleetSandbox) -> None:
    env = kibana_env(kibana)
    created = run("-o", "json", "--yes", "onboard", "--policy", "cli-policy", "-i",
                  "nginx@1.5.0", env=env)
    assert created.returncode == 0, created.stderr
    policy_id = json.loads(created.stdout)["agent_policy"]["id"]

    listed = json.loads(run("-o", "json", "policies", "list", env=env).stdout)
    assert "cli-policy" in {p["name"] for p in listed}
    table = run("policies", "list", env=env).stdout.splitlines()
    assert table[0].split("\t") == ["id", "name", "namespace", "revision", "agents"]

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
    policy = json.loads(run("-o", "json", "--yes", "onboard", "--policy", "cli-agents",
                            env=env).stdout)["agent_policy"]["id"]
    kibana.add_agents(3, policy_id=policy, version="8.17.0")
    status = json.loads(run("-o", "json", "agents", "status", "--policy", policy,
                            env=env).stdout)
    assert status["online"] == 3
    upgraded = run("-o", "json", "--yes", "agents", "upgrade", "--version", "9.0.0",
                   "--policy", policy, env=env)
    assert upgraded.returncode == 0, upgraded.stderr
    assert json.loads(upgraded.stdout)["agents"] == 3



def test_the_console_script_prints_no_traceback_for_a_state_file_error(
        kibana: FleetSandbox, tmp_path: Path) -> None:
    state = tmp_path / "fleet.yaml"
    state.write_text("agent_policies:\n  - name: x\n    integrations: [{}]\n")
    result = run("--yes", "apply", str(state), env=kibana_env(kibana))
    assert result.returncode == 2
    assert result.stderr.startswith(f"fleet-facade: {state}: agent_policies[0].integrations[0]")
    assert result.stderr.endswith("package is required and must be a non-empty string\n")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_version_flag() -> None:
    from fleet_facade import __version__

    result = run("--version")
    assert (result.returncode, result.stdout) == (0, f"fleet-facade {__version__}\n")

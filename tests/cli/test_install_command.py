"""``fleet-facade install-command`` and the install instructions ``onboard`` prints."""

from __future__ import annotations

import json
from typing import Any

from fleet_facade import Fleet
from fleet_facade._install_instructions import PLATFORMS
from fleet_facade.sandbox import FleetSandbox

from .conftest import cli


def _policy(kibana: FleetSandbox, name: str) -> tuple[str, str]:
    """A new policy's id and its Default enrollment token's secret."""
    with Fleet(kibana.url, api_key=kibana.api_key) as fleet:
        policy = fleet.agent_policies.create(name=name, namespace="default")
        [token] = list(fleet.enrollment_tokens.list(policy_id=policy.id))
        return str(policy.id), str(token.api_key)


def test_prints_linux_x86_64_by_default_and_lists_the_others(
    kibana: FleetSandbox, env: dict[str, str]
) -> None:
    policy_id, secret = _policy(kibana, "cli default platform")

    result = cli("install-command", "--policy", policy_id, env=env)

    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Install Elastic Agent 9.1.0 on linux-x86_64:"
    assert lines[1].startswith("  curl -L -O https://artifacts.elastic.co/downloads/beats/")
    assert lines[4] == ("  sudo ./elastic-agent install "
                        "--url=https://fleet-server.sandbox.local:8220 --enrollment-token=***")
    assert lines[5].startswith("Other platforms: linux-aarch64, deb-x86_64, ")
    assert "kubernetes" in lines[5]
    assert secret not in result.stdout + result.stderr


def test_reveal_shows_the_token(kibana: FleetSandbox, env: dict[str, str]) -> None:
    policy_id, secret = _policy(kibana, "cli reveal")

    result = cli("install-command", "--policy", policy_id, "--reveal", env=env)

    assert result.code == 0, result.stderr
    assert f"--enrollment-token={secret}" in result.stdout


def test_several_platforms_and_json(kibana: FleetSandbox, env: dict[str, str]) -> None:
    policy_id, secret = _policy(kibana, "cli json")

    result = cli("--output", "json", "install-command", "--policy", policy_id,
                 "--platform", "windows-msi", "--platform", "kubernetes", env=env)

    assert result.code == 0, result.stderr
    document: dict[str, Any] = json.loads(result.stdout)
    assert set(document["instructions"]) == {"windows-msi", "kubernetes"}
    msi = document["instructions"]["windows-msi"]
    assert msi["shell"] == "powershell"
    assert msi["url"].endswith("/beats/elastic-agent/elastic-agent-9.1.0-windows-x86_64.msi")
    assert 'INSTALLARGS="--url=https://fleet-server.sandbox.local:8220 ' \
           '--enrollment-token=***"' in msi["script"]
    assert document["instructions"]["kubernetes"]["url"] is None
    assert document["platforms"] == list(PLATFORMS)
    assert secret not in result.stdout


def test_an_unknown_platform_is_a_usage_error_naming_the_choices(env: dict[str, str]) -> None:
    result = cli("install-command", "--policy", "any", "--platform", "linux-amd64", env=env)

    assert result.code == 2
    assert "unknown platform 'linux-amd64'" in result.stderr
    assert "linux-x86_64" in result.stderr


def test_an_unknown_download_source_names_the_valid_ones(
    kibana: FleetSandbox, env: dict[str, str]
) -> None:
    policy_id, _ = _policy(kibana, "cli bad source")

    result = cli("install-command", "--policy", policy_id, "--download-source-id", "nope",
                 env=env)

    assert result.code == 1
    assert "unknown --download-source-id 'nope'" in result.stderr
    assert "fleet-default-download-source" in result.stderr


def test_onboard_prints_the_linux_instructions_and_lists_the_others(
    env: dict[str, str]
) -> None:
    result = cli("--yes", "onboard", "--policy", "cli onboard install", env=env)

    assert result.code == 0, result.stderr
    out = result.stdout
    assert "Install Elastic Agent 9.1.0 on linux-x86_64:" in out
    assert "--enrollment-token=***" in out
    assert "Other platforms: linux-aarch64" in out


def test_onboard_json_carries_every_platform_masked(env: dict[str, str]) -> None:
    result = cli("--yes", "--output", "json", "onboard", "--policy", "cli onboard json",
                 env=env)

    assert result.code == 0, result.stderr
    document = json.loads(result.stdout)
    instructions = document["install_instructions"]["instructions"]
    assert set(instructions) == set(PLATFORMS)
    assert all("***" in item["script"] for item in instructions.values())

"""``onboard --set``, ``--disable`` and ``--inputs FILE``: integration inputs as flags."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from fleet_facade import Fleet
from fleet_facade.cli._integration_options import parse_setting
from fleet_facade.sandbox import FleetSandbox

from .conftest import cli

REQUIRED = "with_required_variables-test_input:with_required_variables.log"


def _simplified(kibana: FleetSandbox, package_policy_id: str) -> dict[str, Any]:
    with Fleet(kibana.url, api_key=kibana.api_key) as fleet:
        policy = fleet.package_policies.get(id=package_policy_id, format="simplified")
        document: dict[str, Any] = policy.to_dict()
        return document


def _onboard(env: dict[str, str], *args: str) -> Any:
    result = cli("-o", "json", "--yes", "onboard", *args, env=env)
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)


def test_set_a_stream_variable(env: dict[str, str], kibana: FleetSandbox) -> None:
    done = _onboard(env, "--policy", "inputs-set", "-i", "nginx@1.5.0",
                    "--set", 'nginx-logfile:nginx.access:tags=["web", "edge"]',
                    "--set", "nginx-logfile:nginx.access:preserve_original_event=true")
    inputs = _simplified(kibana, done["package_policies"][0]["id"])["inputs"]
    stream = inputs["nginx-logfile"]["streams"]["nginx.access"]
    assert stream["vars"]["tags"] == ["web", "edge"]
    assert stream["vars"]["preserve_original_event"] is True


def test_a_misspelt_variable_is_exit_2_and_creates_nothing(
        env: dict[str, str], kibana: FleetSandbox) -> None:
    before = kibana.count("agent_policies")
    result = cli("--yes", "onboard", "--policy", "inputs-typo", "-i", "nginx@1.5.0",
                 "--set", 'nginx-logfile:nginx.access:tagz=["web"]', env=env)
    assert result.code == 2
    assert "unknown variable 'tagz'" in result.stderr and "did you mean 'tags'" in result.stderr
    assert kibana.count("agent_policies") == before


def test_inputs_file_for_two_integrations_with_set_on_top(
        env: dict[str, str], kibana: FleetSandbox, tmp_path: Path) -> None:
    inputs = tmp_path / "inputs.yaml"
    inputs.write_text(yaml.safe_dump({
        "nginx": {"inputs": {"nginx-logfile": {"streams": {"nginx.access": {
            "vars": {"tags": ["from-file"]}}}}}},
        "with_required_variables": {"inputs": {"with_required_variables-test_input": {
            "streams": {"with_required_variables.log": {
                "vars": {"test_var_required": "from-file", "test_var": "kept"}}}}}},
    }))
    done = _onboard(env, "--policy", "inputs-file", "-i", "nginx@1.5.0",
                    "-i", "with_required_variables@0.1.0", "--inputs", str(inputs),
                    "--set", f"with_required_variables::{REQUIRED}:test_var_required=from-set",
                    "--disable", "nginx::nginx-logfile:nginx.error")
    by_package = {p["package"]: p["id"] for p in done["package_policies"]}
    nginx = _simplified(kibana, by_package["nginx"])["inputs"]["nginx-logfile"]["streams"]
    assert nginx["nginx.access"]["vars"]["tags"] == ["from-file"]
    assert nginx["nginx.error"]["enabled"] is False
    required = _simplified(kibana, by_package["with_required_variables"])["inputs"]
    stream_vars = required["with_required_variables-test_input"]["streams"][
        "with_required_variables.log"]["vars"]
    assert stream_vars == {"test_var_required": "from-set", "test_var": "kept"}


def test_several_integrations_need_a_prefix(env: dict[str, str]) -> None:
    result = cli("--yes", "onboard", "--policy", "p", "-i", "nginx", "-i", "system",
                 "--set", "nginx-logfile:nginx.access:tags=[]", env=env)
    assert result.code == 2
    assert "several integrations given (nginx, system)" in result.stderr
    assert "nginx::" in result.stderr


def test_an_unknown_integration_prefix_is_refused(env: dict[str, str]) -> None:
    result = cli("--yes", "onboard", "--policy", "p", "-i", "nginx",
                 "--set", "apache::x:y=1", env=env)
    assert result.code == 2
    assert "no integration 'apache' given with -i (given: nginx)" in result.stderr


def test_settings_need_an_integration(env: dict[str, str]) -> None:
    result = cli("--yes", "onboard", "--policy", "p", "--set", "x=1", env=env)
    assert result.code == 2 and "need an integration" in result.stderr


def test_a_bad_inputs_file_is_exit_2(env: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "inputs.yaml"
    bad.write_text("nginx: [not, a, mapping]\n")
    result = cli("--yes", "onboard", "--policy", "p", "-i", "nginx", "--inputs", str(bad),
                 env=env)
    assert result.code == 2 and "expected a mapping with 'inputs'" in result.stderr


@pytest.mark.parametrize(("text", "parts", "value"), [
    ('nginx-logfile:nginx.access:tags=["web"]', ("nginx-logfile", "nginx.access", "tags"),
     ["web"]),
    ("nginx-nginx/metrics:hosts=http://127.0.0.1", ("nginx-nginx/metrics", "hosts"),
     "http://127.0.0.1"),
    ("period=10s", ("period",), "10s"),
    ("port=8080", ("port",), 8080),
    ('port="8080"', ("port",), "8080"),
    ("data_stream.dataset=x.y", ("data_stream.dataset",), "x.y"),
])
def test_set_keys_and_values(text: str, parts: tuple[str, ...], value: Any) -> None:
    setting = parse_setting(text)
    assert (setting.target, setting.parts, setting.value) == (None, parts, value)


@pytest.mark.parametrize("text", ["no-equals", "a:b:c:d=1", "=1", "a::=1", "::x=1"])
def test_malformed_set_keys(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        parse_setting(text)

"""The README's Elastic Defend examples run as written."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import yaml

from fleet_facade import Fleet
from fleet_facade.sandbox import FleetSandbox

README = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")


def _block(language: str, first_line: str) -> str:
    for match in re.finditer(rf"```{language}\n(.*?)```", README, re.S):
        if match.group(1).startswith(first_line):
            return match.group(1)
    raise AssertionError(f"no {language} block starting {first_line!r} in README.md")


def test_the_python_example_runs_and_prints_what_it_says() -> None:
    code = _block("python", "# Elastic Defend")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {})
    assert printed.getvalue() == "endpoint-hosts endpoint\n"


def test_the_state_file_example_applies_once() -> None:
    state = yaml.safe_load(_block("yaml", "agent_policies:\n  - name: hosts\n"))
    with FleetSandbox() as sandbox, Fleet(sandbox.url, api_key=sandbox.api_key) as fleet:
        assert fleet.apply(state).count("create") == 2
        assert fleet.apply(state).changes == []
        [stored] = sandbox.state.package_policies.values()
        config = stored["inputs"][0]["config"]["integration_config"]["value"]
        assert config["endpointConfig"]["preset"] == "EDRComplete"

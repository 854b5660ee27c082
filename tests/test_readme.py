"""Every ``python`` and ``yaml`` example in README.md runs as written, without network.

This module is the one place the README's examples are executed. How each block runs:

* **Programs.** A ``python`` block that starts its own ``FleetSandbox(`` is a whole program:
  it runs in a fresh namespace, exactly as written.
* **Test modules.** A ``python`` block that defines ``test_`` functions is a pytest module for
  the reader's own suite: it is written to a file in a temporary directory and run by pytest
  in a subprocess, which must pass it.
* **The session.** Every other ``python`` block is a fragment of one Python session, like the
  cells of a notebook: they run in README order in one namespace, so a later block uses the
  ``Integration``, ``fleet``, ``policy`` and ``action`` an earlier one made. The session talks
  to one ``FleetSandbox`` serving loopback HTTP:

  - The README names the reader's Kibana with placeholders the reader replaces with their own
    (``"https://kibana.example:9243"``, ``api_key="…"``, ``verify="/etc/ssl/ca.pem"``). The
    session does the same and nothing else: it replaces exactly those literals
    (``placeholders()``) with the sandbox's URL and key and a real CA bundle, before compiling.
    The literal URL cannot reach a loopback server without patching DNS and TLS, and ``"…"``
    is not an API key, so swapping the literals is the least magic way; every placeholder
    must occur in the session, so the table cannot go stale.
  - ``Fleet.from_env()`` finds the sandbox in ``KIBANA_ENDPOINT`` and ``KIBANA_API_KEY``
    (every other ``KIBANA_*`` variable is removed for the test).
  - The sandbox's agent actions finish as soon as they are looked at (``action_duration=0``),
    so the waits end without real time.
  - What an example presupposes of the Fleet and does not create itself (agents online for
    ``wait_for_status(count=3)``) is set up just before that block (``SETUP``).
  - It runs in a temporary directory holding the README's named state files: a ``yaml``
    block whose first line is ``# NAME.yaml`` is written there as ``NAME.yaml``.

* **State files.** Every ``yaml`` block is a desired-state file and loads with
  ``load_desired_state``.

Blocks are compiled at their own line of README.md, so a traceback points at the README.
Checks on what particular blocks print or leave behind are in ``PROGRAM_CHECKS`` and the tests
below; each names the block by a line it contains and fails if no block has it.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import certifi
import pytest
import yaml

from fleet_facade import Fleet
from fleet_facade.sandbox import FleetSandbox
from fleet_facade.workflows import load_desired_state

README_PATH = Path(__file__).resolve().parents[1] / "README.md"
README = README_PATH.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Block:
    """One fenced block of README.md."""

    language: str
    line: int  # README line of the block's first line of code (1-based)
    code: str

    @property
    def kind(self) -> str:
        if self.language == "yaml":
            return "state file"
        if re.search(r"^def test_", self.code, re.M):
            return "test module"
        if "FleetSandbox(" in self.code:
            return "program"
        return "session"

    def compiled(self, code: str | None = None) -> Any:
        # Blank lines in front put each statement at its README line in tracebacks.
        return compile("\n" * (self.line - 1) + (code or self.code), str(README_PATH), "exec")

    def __str__(self) -> str:
        return f"README.md:{self.line}"


def _blocks(language: str) -> list[Block]:
    return [Block(language, README.count("\n", 0, match.start(1)) + 1, match.group(1))
            for match in re.finditer(rf"^```{language}\n(.*?)^```$", README, re.S | re.M)]


PYTHON = _blocks("python")
YAML = _blocks("yaml")


def _of_kind(kind: str) -> list[Block]:
    return [block for block in PYTHON if block.kind == kind]


def _containing(text: str, blocks: list[Block]) -> Block:
    [block] = [block for block in blocks if text in block.code]
    return block


def _run(block: Block, namespace: dict[str, Any], code: str | None = None) -> str:
    """Runs one block in ``namespace``; returns what it printed."""
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(block.compiled(code), namespace)
    return printed.getvalue()


def test_every_fenced_example_is_found() -> None:
    """A block the pattern misses (an indented fence, ```py) would silently not run."""
    assert len(PYTHON) == README.count("```python") > 0
    assert len(YAML) == README.count("```yaml") > 0
    assert {block.kind for block in PYTHON} == {"session", "program", "test module"}


# -- the session ---------------------------------------------------------------------------


def placeholders(sandbox: FleetSandbox) -> dict[str, str]:
    """The README's stand-ins for the reader's Kibana, and what the session puts instead."""
    return {
        '"https://kibana.example:9243"': repr(sandbox.url),
        'api_key="…"': f"api_key={sandbox.api_key!r}",
        'verify="/etc/ssl/ca.pem"': f"verify={certifi.where()!r}",
    }


def _three_agents_online(sandbox: FleetSandbox, namespace: dict[str, Any]) -> None:
    sandbox.add_agents(3, policy_id=namespace["policy"].id, status="online")


#: Fleet state a block's example presupposes, made just before the block that holds the key.
SETUP: dict[str, Callable[[FleetSandbox, dict[str, Any]], None]] = {
    "fleet.agents.wait_for_status(policy_id=policy.id, count=3)": _three_agents_online,
}


@dataclass
class Session:
    sandbox: FleetSandbox
    namespace: dict[str, Any]
    printed: dict[Block, str]
    replaced: set[str]


@pytest.fixture
def session(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Session]:
    for name in list(os.environ):
        if name.startswith("KIBANA_"):
            monkeypatch.delenv(name)
    for block in YAML:
        named = re.match(r"# (\S+\.ya?ml)\n", block.code)
        if named:
            (tmp_path / named.group(1)).write_text(block.code, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with FleetSandbox(seed=3, action_duration=0.0) as sandbox:
        monkeypatch.setenv("KIBANA_ENDPOINT", sandbox.url)
        monkeypatch.setenv("KIBANA_API_KEY", sandbox.api_key)
        ran = Session(sandbox, {}, {}, set())
        try:
            for block in _of_kind("session"):
                code = block.code
                for literal, value in placeholders(sandbox).items():
                    if literal in code:
                        ran.replaced.add(literal)
                        code = code.replace(literal, value)
                for marker, setup in SETUP.items():
                    if marker in code:
                        setup(sandbox, ran.namespace)
                ran.printed[block] = _run(block, ran.namespace, code)
            yield ran
        finally:
            for value in ran.namespace.values():
                if isinstance(value, Fleet):
                    value.close()


def test_the_session_runs_in_readme_order(session: Session) -> None:
    sandbox = session.sandbox
    assert session.replaced == set(placeholders(sandbox)), "a placeholder the README dropped"
    assert all(any(marker in block.code for block in PYTHON) for marker in SETUP)
    assert sandbox.errors == []
    assert sandbox.contract_violations == []


def test_the_first_example_prints_the_install_command(session: Session) -> None:
    printed = session.printed[_containing("print(done.install_command)", PYTHON)]
    assert re.fullmatch(r"sudo elastic-agent install --url=https://\S+ --enrollment-token=\S+\n",
                        printed), printed


def test_the_resources_example_lists_the_new_policys_token(session: Session) -> None:
    printed = session.printed[_containing("fleet.enrollment_tokens.list(", PYTHON)]
    policy_id = session.namespace["policy"].id
    tokens = {key["id"] for key in session.sandbox.state.enrollment_api_keys.values()
              if key["policy_id"] == policy_id}
    assert {line.split()[0] for line in printed.splitlines()} == tokens != set()


def test_the_state_file_converges_after_the_session_applies_it(session: Session) -> None:
    """``apply(prune=True)`` left what fleet.yaml names: a new plan has nothing to do, and its
    default Fleet Server host replaced the sandbox's ``Default``."""
    fleet = session.namespace["fleet"]
    plan = fleet.plan("fleet.yaml", prune=True)
    assert not plan.has_changes, plan.render()
    assert [host.name for host in fleet.fleet_server_hosts.list()] == ["Fleet Server"]
    assert [p.name for p in fleet.agent_policies.list()] == ["web"]


def test_the_waits_saw_what_they_wait_for(session: Session) -> None:
    action = session.sandbox.state.actions[session.namespace["action"].action_id]
    assert (action.type, action.version, action.status) == ("UPGRADE", "9.1.0", "COMPLETE")
    online = [agent for agent in session.sandbox.state.agents.values()
              if agent.policy_id == session.namespace["policy"].id and agent.status == "online"]
    assert len(online) == 3


# -- programs ------------------------------------------------------------------------------


def _install_instructions(namespace: dict[str, Any], printed: str) -> None:
    lines = printed.splitlines()
    assert lines[0].endswith("/beats/elastic-agent/elastic-agent-9.1.0-linux-x86_64.tar.gz")
    assert lines[-1].endswith("--enrollment-token=***")
    assert "***" not in namespace["script"]


def _elastic_defend(namespace: dict[str, Any], printed: str) -> None:
    assert printed == "endpoint-hosts endpoint\n"


def _two_ways(namespace: dict[str, Any], printed: str) -> None:
    with namespace["sb"].client() as http:  # the in-process sandbox of way 1 still answers
        assert http.get("/api/status").json()["version"]["number"] == "9.1.0"


def _faults(namespace: dict[str, Any], printed: str) -> None:
    assert namespace["sb"].faults.rules == []  # the block ends with clear()


#: What a program prints or leaves, by a line of its code.
PROGRAM_CHECKS: dict[str, Callable[[dict[str, Any], str], None]] = {
    "instructions = fleet.agent_install(policy_id=policy.id)": _install_instructions,
    "# Elastic Defend": _elastic_defend,
    "# 1. In process": _two_ways,
    "sb.faults.clear()": _faults,
}


@pytest.mark.parametrize("block", _of_kind("program"), ids=str)
def test_the_program_runs(block: Block) -> None:
    namespace: dict[str, Any] = {}
    printed = _run(block, namespace)
    checks = [check for marker, check in PROGRAM_CHECKS.items() if marker in block.code]
    for check in checks:
        check(namespace, printed)


def test_every_program_check_has_its_program() -> None:
    for marker in PROGRAM_CHECKS:
        _containing(marker, _of_kind("program"))


# -- test modules --------------------------------------------------------------------------


@pytest.mark.parametrize("block", _of_kind("test module"), ids=str)
def test_the_test_module_passes_under_pytest(block: Block, tmp_path: Path) -> None:
    (tmp_path / "test_readme_example.py").write_text(block.code, encoding="utf-8")
    tests = len(re.findall(r"^def test_", block.code, re.M))
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error",
         "test_readme_example.py"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"{tests} passed" in run.stdout, run.stdout


# -- state files ---------------------------------------------------------------------------


@pytest.mark.parametrize("block", YAML, ids=str)
def test_the_state_file_loads(block: Block) -> None:
    state = load_desired_state(yaml.safe_load(block.code))
    assert state.agent_policies


def test_the_elastic_defend_state_file_applies_once() -> None:
    state = yaml.safe_load(_containing("package: endpoint", YAML).code)
    with FleetSandbox() as sandbox, Fleet(sandbox.url, api_key=sandbox.api_key) as fleet:
        assert fleet.apply(state).count("create") == 2
        assert fleet.apply(state).changes == []
        [stored] = sandbox.state.package_policies.values()
        config = stored["inputs"][0]["config"]["integration_config"]["value"]
        assert config["endpointConfig"]["preset"] == "EDRComplete"

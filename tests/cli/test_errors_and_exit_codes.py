"""One-line errors (or a JSON document), never a traceback; exit codes 0, 1 and 2 as documented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from fleet_facade import Fleet
from fleet_facade.cli import main
from fleet_facade.cli._errors import as_flags
from fleet_facade.sandbox import FleetSandbox

from .conftest import cli


def _one_line(text: str) -> str:
    assert "Traceback" not in text
    lines = text.splitlines()
    assert len(lines) == 1, text
    assert lines[0].startswith("fleet-facade: ")
    return lines[0]


@pytest.fixture
def state(tmp_path: Path) -> Path:
    path = tmp_path / "fleet.yaml"
    path.write_text(yaml.safe_dump({"agent_policies": [{"name": "exit-codes"}]}))
    return path


# -- state files: exit 2, one line, nothing sent ----------------------------------------------


@pytest.mark.parametrize(("content", "message"), [
    ("agent_policies: [\n", "line 2, column 1: not valid YAML"),
    ("agent_policy: []\n", "unknown key(s) agent_policy"),
    ("agent_policies:\n- name: x\n  settings: " + "[" * 80 + "]" * 80 + "\n",
     "nested deeper than 64 levels"),
    ("a: &a [x, x, x, x, x, x, x, x, x, x]\n"
     + "".join(f"{n}: &{n} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
               for p, n in zip("abcdefg", "bcdefgh", strict=True)),
     "YAML aliases (*name) repeat more than 10,000 values"),
])
@pytest.mark.parametrize("command", ["plan", "apply"])
def test_state_file_errors_are_one_line_and_exit_2(
        command: str, content: str, message: str, tmp_path: Path, env: dict[str, str],
        kibana: FleetSandbox) -> None:
    path = tmp_path / "fleet.yaml"
    path.write_text(content)
    before = len(kibana.requests)
    result = cli("--yes", command, str(path), env=env)
    assert result.code == 2
    line = _one_line(result.stderr)
    assert str(path) in line and message in line
    assert len(kibana.requests) == before  # refused before connecting


def test_a_missing_state_file_is_a_state_file_error(env: dict[str, str]) -> None:
    result = cli("-o", "json", "plan", "/nonexistent/fleet.yaml", env=env)
    assert result.code == 2
    error = json.loads(result.stdout)["error"]
    assert error["kind"] == "state_file" and error["exit_code"] == 2
    assert "cannot read /nonexistent/fleet.yaml: No such file or directory" in error["message"]
    assert result.stderr == ""


# -- JSON errors -------------------------------------------------------------------------------


def test_json_errors_are_a_document_on_stdout(env: dict[str, str]) -> None:
    result = cli("-o", "json", "policies", "get", "no-such-policy", env=env)
    assert result.code == 1
    error = json.loads(result.stdout)["error"]
    assert error["kind"] == "api" and error["type"] == "NotFoundError"
    assert error["status"] == 404 and error["method"] == "GET"
    assert "no-such-policy" in error["message"]
    assert result.stderr == ""


def test_usage_errors_with_json_output_are_json_too() -> None:
    result = cli("-o", "json", "policies")
    assert result.code == 2
    error = json.loads(result.stdout)["error"]
    assert error["kind"] == "usage"
    assert "fleet-facade policies --help" in error["message"]


def test_usage_errors_are_one_line_naming_the_help() -> None:
    result = cli("agents", "upgrade")
    assert result.code == 2
    line = _one_line(result.stderr)
    assert "--version" in line and "'fleet-facade agents upgrade --help'" in line


def test_no_kibana_configured_is_exit_2() -> None:
    result = cli("policies", "list")
    assert result.code == 2
    assert "no Kibana configured" in _one_line(result.stderr)


def test_configuration_errors_are_exit_2() -> None:
    result = cli("policies", "list", env={"KIBANA_ENDPOINT": "ftp://kibana.example"})
    assert result.code == 2
    assert "must start with http:// or https://" in _one_line(result.stderr)


# -- workflow refusals: exit 1, hints in flag syntax -------------------------------------------


def test_teardown_refusal_is_one_line_with_flag_hints(
        env: dict[str, str], kibana: FleetSandbox) -> None:
    with Fleet(kibana.url, api_key=kibana.api_key) as fleet:
        policy = fleet.agent_policies.create(name="teardown-refused", namespace="default")
    kibana.add_agents(2, policy_id=str(policy.id))
    result = cli("--yes", "teardown", "--policy", str(policy.id), env=env)
    assert result.code == 1
    line = _one_line(result.stderr)
    assert "still has 2 agent(s)" in line
    assert "--agents unenroll" in line and "--reassign-to" in line
    assert "agents='unenroll'" not in line and "reassign_to" not in line


def test_python_hints_become_flags() -> None:
    flags = {"agents": "--agents", "reassign_to": "--reassign-to", "no_rollback": "--no-rollback",
             "yes": "--yes"}
    assert as_flags("pass agents='unenroll' or agents='reassign' with reassign_to", flags) == (
        "pass --agents unenroll or --agents reassign with --reassign-to")
    assert as_flags("or pass rollback=False, or yes=True", flags) == (
        "or pass --no-rollback, or --yes")
    assert as_flags("pass update=True (no flag for it)", flags) == (
        "pass update=True (no flag for it)")


def test_teardown_of_a_policy_that_does_not_exist_is_an_error(env: dict[str, str]) -> None:
    result = cli("--yes", "teardown", "--policy", "no-such-policyy", env=env)
    assert result.code == 1
    assert "not found" in _one_line(result.stderr)


def test_teardown_missing_ok(env: dict[str, str]) -> None:
    result = cli("-o", "json", "--yes", "teardown", "--policy", "no-such-policyy",
                 "--missing-ok", env=env)
    assert result.code == 0
    assert json.loads(result.stdout) == {"removed": [], "missing": True}


def test_teardown_reassign_needs_its_target(env: dict[str, str]) -> None:
    result = cli("--yes", "teardown", "--policy", "p", "--agents", "reassign", env=env)
    assert result.code == 2
    assert "--reassign-to" in _one_line(result.stderr)


# -- plan --detailed-exitcode ------------------------------------------------------------------


def test_plan_detailed_exitcode(state: Path, env: dict[str, str]) -> None:
    assert cli("plan", str(state), env=env).code == 0
    assert cli("plan", "--detailed-exitcode", str(state), env=env).code == 2
    assert cli("--yes", "apply", str(state), env=env).code == 0
    assert cli("plan", "--detailed-exitcode", str(state), env=env).code == 0
    broken = state.with_name("broken.yaml")
    broken.write_text("agent_policies: [\n")
    # An error is 1 with --detailed-exitcode (2 means "changes" there), 2 without.
    assert cli("plan", "--detailed-exitcode", str(broken), env=env).code == 1
    assert cli("plan", str(broken), env=env).code == 2
    assert cli("plan", "--detailed-exitcode", env=env).code == 1


# -- confirmation before writing ---------------------------------------------------------------


def test_onboard_asks_before_writing(env: dict[str, str], kibana: FleetSandbox) -> None:
    def policies() -> set[str]:
        return {str(p["name"]) for p in kibana.state.agent_policies.values()}

    refused = cli("onboard", "--policy", "asked-first", env=env)
    assert refused.code == 2 and "pass --yes" in refused.stderr
    declined = cli("onboard", "--policy", "asked-first", env=env, stdin="n\n",
                   answer_tty=True)
    assert declined.code == 2 and "cancelled" in declined.stderr
    assert "asked-first" not in policies()
    accepted = cli("-o", "json", "onboard", "--policy", "asked-first", env=env,
                   stdin="y\n", answer_tty=True)
    assert accepted.code == 0, accepted.stderr
    assert "create (or reuse) agent policy 'asked-first'" in accepted.stderr  # the question
    assert json.loads(accepted.stdout)["agent_policy"]["name"] == "asked-first"
    assert "asked-first" in policies()


@pytest.mark.parametrize("argv", [
    ["tokens", "create", "--policy", "p"], ["tokens", "revoke", "t"],
    ["tokens", "rotate", "--policy", "p"], ["policies", "delete", "p"],
    ["package-policies", "delete", "p"], ["package-policies", "upgrade", "p"],
    ["outputs", "delete", "o"], ["fleet-server-hosts", "delete", "h"],
    ["packages", "install", "nginx", "--version", "1.5.0"], ["packages", "uninstall", "nginx"],
    ["agents", "unenroll", "a"], ["agents", "reassign", "a", "--to", "p"],
    ["agents", "tags", "a", "--add", "x"],
    ["agents", "upgrade", "--version", "9.1.0", "--policy", "p"],
])
def test_every_write_asks_first(argv: list[str], env: dict[str, str],
                                kibana: FleetSandbox) -> None:
    writes_before = [r for r in kibana.requests if r.method != "GET"]
    result = cli(*argv, env=env)
    assert result.code == 2
    assert "without confirmation: pass --yes" in _one_line(result.stderr)
    assert [r for r in kibana.requests if r.method != "GET"] == writes_before


# -- the rest ----------------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from fleet_facade import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"fleet-facade {__version__}\n"


def test_an_unexpected_error_is_one_line(monkeypatch: pytest.MonkeyPatch,
                                         env: dict[str, str]) -> None:
    from fleet_facade.cli import _agent_policies

    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("surprise")

    monkeypatch.setattr(_agent_policies, "rows", broken)
    result = cli("policies", "list", env=env)
    assert result.code == 1
    assert "internal error: KeyError" in _one_line(result.stderr)
    verbose = cli("-v", "policies", "list", env=env)
    assert "Traceback" in verbose.stderr  # --verbose shows where

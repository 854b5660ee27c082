"""Credentials from files and the environment; secret flags warn; flags override the environment."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from fleet_facade.sandbox import FleetSandbox

from .conftest import cli


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text)
    path.chmod(0o600)
    return str(path)


def _listed(result_stdout: str) -> list[str]:
    return [p["name"] for p in json.loads(result_stdout)]


def test_api_key_file(tmp_path: Path, kibana: FleetSandbox) -> None:
    key_file = _write(tmp_path, "key", kibana.api_key + "\n")  # as `echo key > file` writes it
    result = cli("-o", "json", "--url", kibana.url, "--api-key-file", key_file,
                 "policies", "list")
    assert result.code == 0, result.stderr
    assert result.stderr == ""  # no warning: the key is not in the process list
    assert isinstance(_listed(result.stdout), list)


def test_password_file_and_bearer_token_file(tmp_path: Path, kibana: FleetSandbox) -> None:
    password = _write(tmp_path, "password", "changeme\n")
    basic = cli("-o", "json", "--url", kibana.url, "--username", "elastic", "--password-file",
                password, "policies", "list")
    assert basic.code == 0, basic.stderr
    token = _write(tmp_path, "token", kibana.bearer_token)
    bearer = cli("-o", "json", "--url", kibana.url, "--bearer-token-file", token,
                 "policies", "list")
    assert bearer.code == 0, bearer.stderr


@pytest.mark.parametrize(("flag", "advice"), [
    ("--api-key", "use KIBANA_API_KEY or --api-key-file"),
    ("--password", "use KIBANA_PASSWORD or --password-file"),
    ("--bearer-token", "use --bearer-token-file"),
])
def test_secret_flags_warn_on_one_line(flag: str, advice: str, kibana: FleetSandbox) -> None:
    extra = ["--username", "elastic"] if flag == "--password" else []
    secret = {"--api-key": kibana.api_key, "--password": "changeme",
              "--bearer-token": kibana.bearer_token}[flag]
    result = cli("-o", "json", "--url", kibana.url, *extra, flag, secret, "policies", "list")
    assert result.code == 0, result.stderr
    assert result.stderr == (f"fleet-facade: warning: {flag} is visible to other users in the "
                             f"process list; {advice}\n")
    assert secret not in result.stderr


def test_unreadable_or_empty_secret_files_are_usage_errors(tmp_path: Path,
                                                           kibana: FleetSandbox) -> None:
    missing = cli("--url", kibana.url, "--api-key-file", str(tmp_path / "nope"),
                  "policies", "list")
    assert missing.code == 2
    assert "cannot read --api-key-file" in missing.stderr
    empty = cli("--url", kibana.url, "--api-key-file", _write(tmp_path, "empty", "\n"),
                "policies", "list")
    assert empty.code == 2 and "is empty" in empty.stderr
    both = cli("--url", kibana.url, "--api-key", "k", "--api-key-file",
               _write(tmp_path, "k", "k"), "policies", "list")
    assert both.code == 2 and "not both" in both.stderr


def test_credential_flags_override_the_environment(kibana: FleetSandbox) -> None:
    # An API key in the environment and --username/--password are not a conflict.
    env = {"KIBANA_ENDPOINT": kibana.url, "KIBANA_API_KEY": "not-the-key"}
    result = cli("-o", "json", "--username", "elastic", "--password", "changeme",
                 "policies", "list", env=env)
    assert result.code == 0, result.stderr
    # --username takes the password from the environment when --password is not given.
    paired = cli("-o", "json", "--username", "elastic", "policies", "list",
                 env={"KIBANA_ENDPOINT": kibana.url, "KIBANA_PASSWORD": "changeme"})
    assert paired.code == 0, paired.stderr


def test_insecure_warns_on_one_line(kibana: FleetSandbox) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the CLI must print it, not let it escape
        result = cli("-o", "json", "--insecure", "policies", "list",
                     env={"KIBANA_ENDPOINT": kibana.url, "KIBANA_API_KEY": kibana.api_key})
    assert result.code == 0, result.stderr
    assert result.stderr == ("fleet-facade: warning: TLS certificate verification is disabled "
                             "for the Kibana connection\n")

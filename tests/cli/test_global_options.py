"""Global options before or after the command name; secrets masked unless asked for."""

from __future__ import annotations

import json

from .conftest import cli


def test_global_options_work_after_the_command_name_too() -> None:
    before = cli("--output", "json", "demo")
    after = cli("demo", "--output", "json")
    assert before.code == after.code == 0, after.stderr
    assert json.loads(after.stdout)["enrollment_token"]["api_key"] == "***"
    shown = json.loads(cli("-o", "json", "demo", "--show-secrets").stdout)
    assert shown["enrollment_token"]["api_key"] != "***"


def test_show_secrets_prints_the_token() -> None:
    document = json.loads(cli("--output", "json", "--show-secrets", "demo").stdout)
    token = document["enrollment_token"]["api_key"]
    assert token != "***" and len(token) > 20
    assert document["install_command"].endswith(f"--enrollment-token={token}")


def test_bad_arguments_are_usage_errors() -> None:
    assert cli("policies").code == 2
    assert cli("--output", "xml", "demo").code == 2

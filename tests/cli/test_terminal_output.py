"""Server text is printed as text: no rich markup, no terminal control, ids never cut."""

from __future__ import annotations

import re

import pytest

from fleet_facade import Fleet
from fleet_facade.cli._output import Output, printable
from fleet_facade.sandbox import FleetSandbox

from .conftest import Terminal, cli

HOSTILE = "esc \x1b]0;pwned\x07 \x1b[31mred\ttab\nline \u202eevil"


@pytest.fixture
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal wide enough that no cell wraps."""
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture(scope="module")
def hostile(kibana: FleetSandbox) -> dict[str, str]:
    """Agent policies whose names are rich markup and terminal escape sequences."""
    with Fleet(kibana.url, api_key=kibana.api_key) as fleet:
        return {name: str(fleet.agent_policies.create(name=name, namespace="default").id)
                for name in ("[/]", "[link=https://evil.example]click[/link]", HOSTILE)}


@pytest.mark.usefixtures("hostile", "wide")
def test_markup_in_a_name_is_printed_literally_on_a_terminal(env: dict[str, str]) -> None:
    # Before: rich.errors.MarkupError ("closing tag '[/]' ... has nothing to close").
    result = cli("policies", "list", env=env, tty=True)
    assert result.code == 0, result.stderr
    assert "[/]" in result.stdout
    assert "[link=https://evil.example]click[/link]" in result.stdout
    assert "\x1b]8;" not in result.stdout  # no hyperlink (OSC 8) was made of it


@pytest.mark.usefixtures("hostile", "wide")
def test_escape_sequences_in_a_name_are_shown_escaped(env: dict[str, str]) -> None:
    result = cli("policies", "list", env=env, tty=True)
    assert "\x1b]0;" not in result.stdout and "\x07" not in result.stdout
    assert "\x1b[31m" not in result.stdout and "\u202e" not in result.stdout
    assert "\\x1b]0;pwned\\x07" in result.stdout
    assert "\\u202eevil" in result.stdout


def test_piped_output_is_pure_tsv_with_one_line_per_row(
        env: dict[str, str], hostile: dict[str, str]) -> None:
    result = cli("policies", "list", env=env)
    lines = result.stdout.splitlines()
    assert lines[0] == "id\tname\tnamespace\trevision\tagents"  # a header, no '#' title
    assert all(line.count("\t") == 4 for line in lines)
    row = next(line for line in lines if line.startswith(hostile[HOSTILE]))
    assert row.split("\t")[1] == "esc \\x1b]0;pwned\\x07 \\x1b[31mred\\ttab\\nline \\u202eevil"


def test_plain_lines_and_errors_are_escaped_too(
        env: dict[str, str], hostile: dict[str, str]) -> None:
    shown = cli("policies", "get", hostile[HOSTILE], env=env)
    assert shown.code == 0
    assert "name: esc \\x1b]0;pwned" in shown.stdout and "\x1b" not in shown.stdout
    failed = cli("tokens", "revoke", "\x1b]0;pwned\x07", "--yes", env=env)
    assert failed.code in (1, 2)
    assert "\x1b" not in failed.stderr and "\x07" not in failed.stderr
    assert len(failed.stderr.splitlines()) == 1


@pytest.mark.usefixtures("hostile")
def test_json_output_escapes_control_characters(env: dict[str, str]) -> None:
    result = cli("-o", "json", "policies", "list", env=env)
    assert "\x1b" not in result.stdout
    assert "\\u001b]0;pwned\\u0007" in result.stdout


def test_printable_names_every_kind_of_control() -> None:
    assert printable("a\x00b\x7fc\x9bd\u2028e\ud800") == "a\\x00b\\x7fc\\x9bd\\u2028e\\ud800"
    assert printable("plain [bold] text: ünïcode ✓") == "plain [bold] text: ünïcode ✓"


def _visible(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def test_ids_are_never_cut_on_an_80_column_terminal() -> None:
    # Kibana's ids are UUIDs (36 characters): two of them fill 79 columns with borders.
    policy_id = "5e1f6a1c-0c7e-4c1b-9a52-2f7d0f6b3e11"
    agent_ids = [f"0b0e6a8c-58a9-4d47-9d44-4f0e2c2b8f1{n}" for n in range(3)]
    stream = Terminal()
    Output(stream=stream, width=80).table(
        ["id", "status", "policy_id", "version", "tags", "last_checkin"],
        [[a, "online", policy_id, "9.1.0", ["web", "prod"], "2025-01-01T00:00:00Z"]
         for a in agent_ids], title="Agents")
    shown = _visible(stream.getvalue())
    for agent_id in agent_ids:
        assert agent_id in shown
    assert shown.count(policy_id) == 3
    assert "hidden to fit 80 columns:" in shown  # other columns made room, and say so
    assert max(len(line) for line in shown.splitlines()) <= 80


def test_wide_text_columns_wrap_instead_of_cutting_ids() -> None:
    stream = Terminal()
    long_name = "a rather long agent policy name " * 3
    Output(stream=stream, width=80).table(
        ["id", "name"], [["0b0e6a8c-58a9-4d47-9d44-4f0e2c2b8f1e", long_name]])
    shown = _visible(stream.getvalue())
    assert "0b0e6a8c-58a9-4d47-9d44-4f0e2c2b8f1e" in shown
    assert "…" not in shown
    cells = [line.split("│")[2] for line in shown.splitlines() if line.startswith("│")]
    assert "".join("".join(cells).split()) == "".join(long_name.split())


def test_ids_wider_than_the_terminal_still_print_whole() -> None:
    stream = Terminal()
    ids = ["x" * 50, "y" * 50]
    Output(stream=stream, width=80).table(["id", "policy_id"], [ids])
    shown = _visible(stream.getvalue())
    assert all(i in shown for i in ids)

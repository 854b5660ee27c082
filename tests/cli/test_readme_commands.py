"""Every command the README's "Command line" section shows is accepted as written."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from fleet_facade.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def _documented() -> list[str]:
    section = README.read_text().split("### Command line", 1)[1]
    block = re.search(r"```console\n(.*?)```", section, re.S)
    assert block is not None
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_the_section_lists_every_command() -> None:
    documented = {shlex.split(line)[1] for line in _documented()}
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert documented == set(commands)


@pytest.mark.parametrize("line", _documented())
def test_documented_command_parses(line: str) -> None:
    words = shlex.split(line)
    assert words[0] == "fleet-facade"
    build_parser().parse_args(words[1:])  # raises UsageError on anything it does not accept

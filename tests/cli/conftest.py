"""Running the command line in process, against a sandbox served over loopback HTTP.

``main()`` takes its streams and environment as arguments, so most tests need no subprocess;
``test_cli.py`` runs the real console script for what only a process shows.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from fleet_facade.cli import main
from fleet_facade.sandbox import FleetSandbox


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


class Terminal(io.StringIO):
    """A stream that says it is a terminal (tables, prompts)."""

    def isatty(self) -> bool:
        return True


def cli(*args: str, env: dict[str, str] | None = None, stdin: str = "",
        tty: bool = False, answer_tty: bool = False) -> Result:
    """``fleet-facade ARGS`` in process; ``tty`` makes stdout a terminal, ``answer_tty`` stdin."""
    stdout = Terminal() if tty else io.StringIO()
    stderr = io.StringIO()
    reader = Terminal(stdin) if answer_tty else io.StringIO(stdin)
    code = main(list(args), env=env or {}, stdin=reader, stdout=stdout, stderr=stderr)
    return Result(code, stdout.getvalue(), stderr.getvalue())


@pytest.fixture(scope="module")
def kibana() -> Iterator[FleetSandbox]:
    """A sandbox over real loopback HTTP, standing in for a configured Kibana."""
    with FleetSandbox(seed=7, action_duration=0.0) as sandbox:
        yield sandbox


@pytest.fixture
def env(kibana: FleetSandbox) -> dict[str, str]:
    return {"KIBANA_ENDPOINT": kibana.url, "KIBANA_API_KEY": kibana.api_key}


@pytest.fixture(autouse=True)
def no_kibana_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The library falls back to os.environ: keep a developer's KIBANA_* out of the tests.

    Terminal tables are 80 columns wide (rich reads ``COLUMNS``).
    """
    for key in [k for k in os.environ if k.startswith("KIBANA_")]:
        monkeypatch.delenv(key)
    monkeypatch.setenv("COLUMNS", "80")

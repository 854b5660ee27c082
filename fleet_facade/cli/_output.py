"""How the command line prints: tables and progress on a terminal, plain text when piped, JSON.

JSON output is the stable, machine-readable form: one document per command on stdout, keys as
Kibana names them, secrets masked unless ``--show-secrets``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any

MASK = "***"


class Output:
    """Writes results in the chosen format to ``stream`` (stdout by default)."""

    def __init__(self, fmt: str = "table", *, stream: IO[str] | None = None,
                 show_secrets: bool = False) -> None:
        self.format = fmt
        self.stream = stream or sys.stdout
        self.show_secrets = show_secrets
        self.interactive = bool(getattr(self.stream, "isatty", lambda: False)())

    @property
    def json(self) -> bool:
        return self.format == "json"

    def secret(self, value: str | None) -> str:
        if value is None:
            return ""
        return value if self.show_secrets else MASK

    def document(self, data: Any) -> None:
        """Prints ``data`` as JSON (json format) — call once per command."""
        self.stream.write(json.dumps(data, indent=2, sort_keys=True, default=str) + "\n")

    def line(self, text: str = "") -> None:
        if not self.json:
            self.stream.write(text + "\n")

    def table(self, columns: Sequence[str], rows: Iterable[Sequence[Any]],
              title: str | None = None) -> None:
        rows = [[_cell(v) for v in row] for row in rows]
        if self.interactive:
            from rich.console import Console
            from rich.table import Table

            table = Table(*columns, title=title)
            for row in rows:
                table.add_row(*row)
            Console(file=self.stream).print(table)
            return
        # Plain, tab-separated: easy to pipe into cut/awk.
        if title:
            self.stream.write(f"# {title}\n")
        self.stream.write("\t".join(columns) + "\n")
        for row in rows:
            self.stream.write("\t".join(row) + "\n")

    @contextmanager
    def progress(self, description: str, total: int | None = None) -> Iterator[_Progress]:
        """A progress bar on a terminal (and not in json mode); silent otherwise."""
        if not self.interactive or self.json:
            yield _Progress(None, None)
            return
        from rich.progress import Progress

        with Progress(transient=True) as bar:
            task = bar.add_task(description, total=total)
            yield _Progress(bar, task)


class _Progress:
    def __init__(self, bar: Any, task: Any) -> None:
        self._bar = bar
        self._task = task

    def advance(self, amount: int = 1) -> None:
        if self._bar is not None:
            self._bar.advance(self._task, amount)

    def update(self, *, completed: int | None = None, total: int | None = None,
               description: str | None = None) -> None:
        if self._bar is not None:
            self._bar.update(self._task, completed=completed, total=total,
                             description=description)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return str(value)

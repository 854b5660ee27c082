"""How the command line prints: tables and progress on a terminal, TSV when piped, JSON.

JSON output is the stable, machine-readable form: one document per command on stdout, keys as
Kibana names them, secrets masked unless ``--show-secrets``.

Server data is printed as text, never interpreted: rich markup (``[bold]``, ``[link=…]``) in a
name stays literal, and control characters (escape sequences, newlines, tabs, bidirectional
overrides) are shown as ``\\x1b``/``\\n``/``\\u202e`` escapes, so a name can neither restyle the
terminal nor break a TSV row.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import IO, Any

MASK = "***"

#: C0 and C1 controls and DEL; line/paragraph separators; bidirectional embeddings, overrides
#: and isolates (they reorder what follows on screen); lone surrogates (not encodable).
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}

#: Keys whose values are credentials in Kibana's objects (outputs, integration variables …).
_SECRET_KEYS = frozenset({
    "api_key", "password", "passphrase", "secret", "service_token", "token", "key",
    "private_key", "enrollment_token",
})

#: Narrowest a column other than an id may become before it is hidden instead.
_MIN_COLUMN = 6


def printable(text: str) -> str:
    """``text`` with every character that would act on a terminal shown as an escape."""
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def is_secret_key(name: str) -> bool:
    name = name.lower()
    return (name in _SECRET_KEYS or name.endswith(("_password", "_token", "_secret"))
            or (name.endswith("_key") and not name.endswith("_id")))


def masked(data: Any) -> Any:
    """A copy of ``data`` with credential values replaced by ``***``.

    Masks values under secret-looking keys, and the ``value`` of full-format integration
    variables whose ``type`` is ``password``.
    """
    if isinstance(data, Mapping):
        password_var = data.get("type") == "password"
        return {
            key: MASK if _secret_value(key, value, password_var) else masked(value)
            for key, value in data.items()
        }
    if isinstance(data, list):
        return [masked(item) for item in data]
    return data


def _secret_value(key: Any, value: Any, password_var: bool) -> bool:
    if value is None or value == "" or isinstance(value, bool):
        return False
    if password_var and key == "value":
        return True
    return isinstance(key, str) and is_secret_key(key) and not isinstance(value, Mapping | list)


def is_key_column(name: str) -> bool:
    """Columns holding what a user copies into the next command: never cut."""
    return name == "id" or name.endswith("_id") or name.endswith("_ids")


class Output:
    """Writes results in the chosen format to ``stream`` (stdout by default).

    ``errors`` (stderr) takes warnings, prompts and errors; ``stdin`` answers prompts.
    """

    def __init__(self, fmt: str = "table", *, stream: IO[str] | None = None,
                 errors: IO[str] | None = None, stdin: IO[str] | None = None,
                 show_secrets: bool = False, width: int | None = None) -> None:
        self.format = fmt
        self.stream = stream or sys.stdout
        self.errors = errors or sys.stderr
        self.stdin = stdin or sys.stdin
        self.show_secrets = show_secrets
        self.width = width
        self.interactive = bool(getattr(self.stream, "isatty", lambda: False)())

    @property
    def json(self) -> bool:
        return self.format == "json"

    def secret(self, value: str | None) -> str:
        if value is None:
            return ""
        return value if self.show_secrets else MASK

    def masked(self, data: Any) -> Any:
        """``data`` with credentials masked, unless ``--show-secrets``."""
        return data if self.show_secrets else masked(data)

    def document(self, data: Any) -> None:
        """Prints ``data`` as JSON (json format) — call once per command."""
        # ensure_ascii: control characters and lone surrogates become \\u escapes.
        self.stream.write(json.dumps(data, indent=2, sort_keys=True, default=str) + "\n")

    def line(self, text: str = "") -> None:
        if not self.json:
            self.stream.write(printable(text) + "\n")

    def warn(self, text: str) -> None:
        self.errors.write(f"fleet-facade: warning: {printable(text)}\n")

    def table(self, columns: Sequence[str], rows: Iterable[Sequence[Any]],
              title: str | None = None) -> None:
        """A table on a terminal; tab-separated values with a header row when piped."""
        cells = [[printable(_cell(value)) for value in row] for row in rows]
        if not self.interactive:
            # Pure TSV: header, then one line per row (tabs and newlines in values are escaped).
            self.stream.write("\t".join(columns) + "\n")
            for row in cells:
                self.stream.write("\t".join(row) + "\n")
            return
        self._rich_table(list(columns), cells, title)

    def _rich_table(self, columns: list[str], cells: list[list[str]],
                    title: str | None) -> None:
        from rich.cells import cell_len
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        probe = Console(file=self.stream, width=self.width)
        natural = [max([cell_len(c), *(cell_len(row[i]) for row in cells)])
                   for i, c in enumerate(columns)]
        keys = [is_key_column(c) for c in columns]
        shown = list(range(len(columns)))

        def needed(indexes: list[int]) -> int:
            # One border per column plus one, and a space of padding either side of each cell.
            return 1 + sum(3 + (natural[i] if keys[i] else min(natural[i], _MIN_COLUMN))
                           for i in indexes)

        hidden: list[str] = []
        while needed(shown) > probe.width:
            others = [i for i in shown if not keys[i]]
            if not others:
                break
            shown.remove(others[-1])
            hidden.insert(0, columns[others[-1]])
        caption = (Text(f"hidden to fit {probe.width} columns: {', '.join(hidden)} "
                        "(-o json shows everything)") if hidden else None)
        table = Table(title=Text(title) if title else None, caption=caption)
        for i in shown:
            if keys[i]:
                table.add_column(Text(columns[i]), no_wrap=True, min_width=natural[i])
            else:
                table.add_column(Text(columns[i]), overflow="fold")
        for row in cells:
            # Text, not str: rich would read "[...]" in server data as markup.
            table.add_row(*(Text(row[i]) for i in shown))
        # When the ids alone are wider than the terminal, let the terminal wrap the lines
        # rather than cut an id.
        Console(file=self.stream, width=max(probe.width, needed(shown))).print(table)

    @contextmanager
    def progress(self, description: str, total: int | None = None) -> Iterator[_Progress]:
        """A progress bar on a terminal (and not in json mode); silent otherwise."""
        if not self.interactive or self.json:
            yield _Progress(None, None)
            return
        from rich.progress import Progress

        with Progress(transient=True, console=_console(self.stream, self.width)) as bar:
            task = bar.add_task(_plain_markup(description), total=total)
            yield _Progress(bar, task)


def _console(stream: IO[str], width: int | None) -> Any:
    from rich.console import Console

    return Console(file=stream, width=width)


def _plain_markup(text: str) -> str:
    """Progress descriptions are rich markup: escape it so server text stays text."""
    from rich.markup import escape

    return escape(printable(text))


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
                             description=None if description is None
                             else _plain_markup(description))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return str(value)

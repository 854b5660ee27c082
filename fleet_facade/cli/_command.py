"""What every command module uses: the ``Command`` record and small printing helpers."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._output import Output

#: Runs a parsed command; returns its exit code (``None``: 0).
Runner = Callable[[argparse.Namespace, Output, Mapping[str, str]], "int | None"]


@dataclass
class Command:
    """A command (or a group of subcommands) of ``fleet-facade``.

    Attributes:
        aliases: Library argument names that this command's flags stand for under another
            name (``policy_id`` → ``--policy``), to rewrite the library's hints.
    """

    name: str
    help: str
    run: Runner | None = None
    arguments: Callable[[argparse.ArgumentParser], None] | None = None
    subcommands: tuple[Command, ...] = ()
    aliases: Mapping[str, str] = field(default_factory=dict)

    def register(self, parent: Any, parents: list[argparse.ArgumentParser]) -> None:
        if self.subcommands:
            parser = parent.add_parser(self.name, help=self.help, description=self.help)
            children = parser.add_subparsers(dest=f"{self.name}_command", metavar="ACTION",
                                             required=True)
            for child in self.subcommands:
                child.register(children, parents)
            return
        parser = parent.add_parser(self.name, help=self.help, description=self.help,
                                   parents=parents)
        if self.arguments is not None:
            self.arguments(parser)
        parser.set_defaults(run=self.run, flags={**flag_names(parser), **self.aliases})


def flag_names(parser: argparse.ArgumentParser) -> dict[str, str]:
    """Each argument's Python name mapped to its long flag (``reassign_to`` → ``--reassign-to``)."""
    names: dict[str, str] = {}
    for action in parser._actions:
        long = [o for o in action.option_strings if o.startswith("--")]
        if long:
            names[action.dest] = long[0]
    return names


#: An argument: its names and ``add_argument`` options.
Spec = tuple[tuple[str, ...], dict[str, Any]]


def arguments(*specs: Spec) -> Callable[[argparse.ArgumentParser], None]:
    """Adds ``(names, options)`` pairs as arguments (the common, declarative case)."""

    def add(parser: argparse.ArgumentParser) -> None:
        for names, options in specs:
            parser.add_argument(*names, **options)

    return add


ID: Spec = (("id",), {})
POLICY: Spec = (("--policy",), {"help": "agent policy id"})
REQUIRED_POLICY: Spec = (("--policy",), {"required": True, "help": "agent policy id"})


def value(obj: Any, *path: str) -> Any:
    """``obj.a.b`` (or ``obj["a"]["b"]``), ``None`` where a step is missing or unset.

    Generated models spell Python keywords and builtins with a trailing ``_`` (``type_``).
    """
    for name in path:
        if obj is None:
            return None
        if isinstance(obj, dict):
            found = obj.get(name)
        else:
            found = getattr(obj, name, getattr(obj, f"{name}_", None))
        obj = None if found.__class__.__name__ == "Unset" else found
    return obj


def plain(obj: Any) -> Any:
    """A generated model (or a list of them) as JSON-ready data."""
    if isinstance(obj, list):
        return [plain(item) for item in obj]
    to_dict = getattr(obj, "to_dict", None)
    return to_dict() if callable(to_dict) else obj


def rows(out: Output, items: list[dict[str, Any]], columns: list[str],
         title: str) -> None:
    """A listing: a JSON array, or a table with ``columns``."""
    if out.json:
        out.document(items)
    else:
        out.table(columns, [[item.get(c) for c in columns] for item in items], title=title)


def details(out: Output, document: Mapping[str, Any], keys: list[str] | None = None) -> None:
    """One object: the (masked) JSON document, or ``key: value`` lines."""
    document = out.masked(document)
    if out.json:
        out.document(document)
        return
    for key in keys or sorted(document):
        if key in document:
            item = document[key]
            shown = item if isinstance(item, str) else json.dumps(item, sort_keys=True,
                                                                  default=str)
            out.line(f"{key}: {shown}")


def done(out: Output, document: dict[str, Any]) -> None:
    """The result of a change: JSON, or ``key value, key value``."""
    if out.json:
        out.document(document)
    else:
        out.line(", ".join(f"{k} {v}" for k, v in document.items()))


def action_id(result: Any) -> str | None:
    """The action id a bulk agent request answers (``actionId``)."""
    for name in ("action_id", "actionId"):
        found = value(result, name)
        if found is not None:
            return str(found)
    extra = getattr(result, "additional_properties", None)
    if isinstance(extra, dict) and extra.get("actionId") is not None:
        return str(extra["actionId"])
    return None

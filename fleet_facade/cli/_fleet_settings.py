"""``outputs`` and ``fleet-server-hosts``: where agents send data and how they reach Fleet."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from typing import Any

from .._sync.client import Fleet
from ._command import ID, Command, Runner, arguments, details, done, plain, rows, value
from ._connection import confirm, fleet_for, kibana_url
from ._output import Output


def _commands(name: str, what: str, resource: Callable[[Fleet], Any],
              columns: dict[str, tuple[str, ...]]) -> Command:
    """``list``/``get``/``delete`` for one of Fleet's settings collections."""

    def run_list(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
        with fleet_for(args, env) as fleet:
            items = resource(fleet).list().to_list()
        listed = [{column: value(item, *path) for column, path in columns.items()}
                  for item in items]
        rows(out, listed, list(columns), what.capitalize())

    def run_get(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
        with fleet_for(args, env) as fleet:
            item = resource(fleet).get(id=args.id)
        details(out, plain(item))

    def run_delete(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
        with fleet_for(args, env) as fleet:
            confirm(args, out, f"delete {what[:-1]} {args.id} on {kibana_url(fleet)}")
            resource(fleet).delete(id=args.id)
        done(out, {"deleted": args.id})

    runners: tuple[Runner, Runner, Runner] = (run_list, run_get, run_delete)
    return Command(name, what, subcommands=(
        Command("list", f"list {what}", runners[0]),
        Command("get", f"show one of the {what}", runners[1], arguments(ID)),
        Command("delete", f"delete one of the {what}", runners[2], arguments(ID)),
    ))


OUTPUTS = _commands(
    "outputs", "outputs", lambda fleet: fleet.outputs,
    {"id": ("id",), "name": ("name",), "type": ("type",), "hosts": ("hosts",),
     "is_default": ("is_default",)})
FLEET_SERVER_HOSTS = _commands(
    "fleet-server-hosts", "Fleet Server hosts", lambda fleet: fleet.fleet_server_hosts,
    {"id": ("id",), "name": ("name",), "host_urls": ("host_urls",),
     "is_default": ("is_default",)})

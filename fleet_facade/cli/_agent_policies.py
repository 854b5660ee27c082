"""``policies``: agent policies."""

from __future__ import annotations

import argparse
from collections.abc import Mapping

from ._command import ID, Command, arguments, details, done, plain, rows, value
from ._connection import confirm, fleet_for, kibana_url
from ._output import Output


def run_list(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        policies = fleet.agent_policies.list(kuery=args.kuery).to_list()
    items = [{"id": p.id, "name": p.name, "namespace": value(p, "namespace"),
              "revision": value(p, "revision"), "agents": value(p, "agents")} for p in policies]
    rows(out, items, ["id", "name", "namespace", "revision", "agents"], "Agent policies")


def run_get(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        policy = fleet.agent_policies.get(id=args.id)
    document = plain(policy)
    details(out, document, ["id", "name", "namespace", "description", "revision", "status",
                            "monitoring_enabled", "updated_at"])
    if out.json:
        return
    for package_policy in value(policy, "package_policies") or []:
        name = value(package_policy, "name") or package_policy
        package = value(package_policy, "package", "name")
        out.line(f"integration: {name}" + (f" ({package})" if package else ""))


def run_delete(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        confirm(args, out, f"delete agent policy {args.id} on {kibana_url(fleet)}")
        fleet.agent_policies.delete(id=args.id, force=args.force or None)
    done(out, {"deleted": args.id})


POLICIES = Command("policies", "agent policies", subcommands=(
    Command("list", "list agent policies", run_list,
            arguments((("--kuery",), {"help": "KQL filter"}))),
    Command("get", "show one agent policy", run_get, arguments(ID)),
    Command("delete", "delete an agent policy", run_delete,
            arguments(ID, (("--force",), {"action": "store_true"}))),
))

"""``package-policies``: integrations on agent policies (list, get, delete, upgrade)."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from typing import Any

from .._kql import kql_quote
from ._command import ID, POLICY, Command, arguments, details, done, plain, rows, value
from ._connection import confirm, fleet_for, kibana_url
from ._errors import partial_failure
from ._output import Output


def run_list(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    parts = []
    if args.policy:
        parts.append(f"ingest-package-policies.policy_ids:{kql_quote(args.policy)}")
    if args.kuery:
        parts.append(f"({args.kuery})")
    with fleet_for(args, env) as fleet:
        policies = fleet.package_policies.list(kuery=" and ".join(parts) or None).to_list()
    items = [{"id": p.id, "name": p.name, "package": value(p, "package", "name"),
              "version": value(p, "package", "version"),
              "policy_ids": value(p, "policy_ids"), "revision": value(p, "revision")}
             for p in policies]
    rows(out, items, ["id", "name", "package", "version", "policy_ids", "revision"],
         "Package policies")


def run_get(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        policy = fleet.package_policies.get(id=args.id, format=args.format)
    details(out, plain(policy), None if out.json else
            ["id", "name", "namespace", "description", "package", "policy_ids", "revision",
             "inputs", "vars", "updated_at"])


def run_delete(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        confirm(args, out, f"delete package policy {args.id} on {kibana_url(fleet)}")
        fleet.package_policies.delete(id=args.id, force=args.force or None)
    done(out, {"deleted": args.id})


def run_upgrade(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> int | None:
    ids = list(args.ids)
    with fleet_for(args, env) as fleet:
        if args.dry_run:
            _print_dry_run(out, ids, fleet.package_policies.upgrade_dry_run(ids=ids))
            return None
        confirm(args, out, f"upgrade package policies {', '.join(ids)} to their package's "
                           f"installed version on {kibana_url(fleet)}")
        results = [_result(r) for r in fleet.package_policies.upgrade(ids=ids)]
    failed = [r for r in results if not r.get("success")]
    if out.json:
        out.document(results)
    else:
        for result in results:
            state = "upgraded" if result.get("success") else (
                f"failed: {value(result, 'body', 'message') or result.get('statusCode')}")
            out.line(f"{result.get('id')} ({result.get('name')}): {state}")
    if failed:
        return partial_failure(
            out, f"{len(failed)} of {len(results)} package policies were not upgraded")
    return None


def _result(item: Any) -> dict[str, Any]:
    data = plain(item)
    return dict(data) if isinstance(data, Mapping) else {"result": data}


def _print_dry_run(out: Output, ids: list[str], results: list[Any]) -> None:
    documents = [_result(r) for r in results]
    if out.json:
        out.document(out.masked(documents))
        return
    for policy_id, result in zip(ids, documents, strict=False):
        diff = result.get("diff") or []
        versions = [value(d, "package", "version") for d in diff[:2]]
        change = " -> ".join(str(v) for v in versions if v) or "no change"
        errors = " (has errors)" if result.get("hasErrors") else ""
        out.line(f"{policy_id} ({result.get('name')}): {change}{errors}")


PACKAGE_POLICIES = Command("package-policies", "integrations (package policies)", subcommands=(
    Command("list", "list package policies", run_list,
            arguments(POLICY, (("--kuery",), {"help": "KQL filter"}))),
    Command("get", "show one package policy", run_get,
            arguments(ID, (("--format",), {"choices": ["simplified", "legacy"],
                                           "help": "inputs as a map (simplified) or a list"}))),
    Command("delete", "delete a package policy", run_delete,
            arguments(ID, (("--force",), {"action": "store_true"}))),
    Command("upgrade", "upgrade package policies to their package's installed version",
            run_upgrade,
            arguments((("ids",), {"nargs": "+", "metavar": "ID"}),
                      (("--dry-run",), {"action": "store_true",
                                        "help": "show what would change, change nothing"}))),
))

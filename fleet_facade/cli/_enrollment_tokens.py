"""``tokens``: enrollment tokens (the secret an agent enrolls with; masked unless asked)."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from typing import Any

from ._command import ID, POLICY, REQUIRED_POLICY, Command, arguments, done, rows, value
from ._connection import confirm, fleet_for, kibana_url
from ._output import Output


def run_list(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        tokens = fleet.enrollment_tokens.list(policy_id=args.policy).to_list()
    rows(out, [_document(out, t) for t in tokens],
         ["id", "name", "policy_id", "active", "api_key"], "Enrollment tokens")


def run_create(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        confirm(args, out, f"create an enrollment token for agent policy {args.policy} on "
                           f"{kibana_url(fleet)}")
        token = fleet.enrollment_tokens.create(policy_id=args.policy, name=args.name)
    _print(out, token)


def run_revoke(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        confirm(args, out, f"revoke enrollment token {args.id} on {kibana_url(fleet)}")
        fleet.enrollment_tokens.revoke(id=args.id)
    done(out, {"revoked": args.id})


def run_rotate(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        confirm(args, out, f"create a new enrollment token for agent policy {args.policy} and "
                           f"revoke its others, on {kibana_url(fleet)}")
        token, revoked = fleet.rotate_enrollment_tokens(policy_id=args.policy, name=args.name)
    if out.json:
        out.document({"token": _document(out, token), "revoked": revoked})
        return
    _print(out, token)
    out.line(f"revoked: {', '.join(revoked) or 'none'}")


def _document(out: Output, token: Any) -> dict[str, Any]:
    return {"id": token.id, "name": value(token, "name"), "policy_id": value(token, "policy_id"),
            "active": value(token, "active"), "api_key": out.secret(value(token, "api_key"))}


def _print(out: Output, token: Any) -> None:
    document = _document(out, token)
    if out.json:
        out.document(document)
    else:
        out.line(f"token {document['id']} ({document['name']}): {document['api_key']}")


TOKENS = Command("tokens", "enrollment tokens", subcommands=(
    Command("list", "list enrollment tokens", run_list, arguments(POLICY)),
    Command("create", "create an enrollment token", run_create,
            arguments(REQUIRED_POLICY, (("--name",), {}))),
    Command("revoke", "revoke an enrollment token", run_revoke, arguments(ID)),
    Command("rotate", "create a new token for a policy and revoke the others", run_rotate,
            arguments(REQUIRED_POLICY, (("--name",), {}))),
))

"""``agents``: list, status, upgrade, unenroll, reassign and tag Elastic Agents.

The changing commands select agents by id (positional), ``--policy`` or ``--kuery`` (exactly
one), send one bulk request and print its action id; ``--wait`` follows the action to the end.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from typing import Any

from .._kql import kql_quote
from .._sync.client import Fleet
from ._command import POLICY, Command, action_id, arguments, rows, value
from ._connection import confirm, fleet_for, kibana_url
from ._errors import UsageError, partial_failure
from ._output import Output


def _policy_kuery(args: argparse.Namespace) -> str | None:
    parts = []
    if getattr(args, "policy", None):
        parts.append(f"policy_id:{kql_quote(args.policy)}")
    if getattr(args, "kuery", None):
        parts.append(f"({args.kuery})")
    return " and ".join(parts) or None


def run_list(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        listing = fleet.agents.list(kuery=_policy_kuery(args))
        agents = []
        with out.progress("listing agents") as bar:
            for agent in listing:
                agents.append(agent)
                bar.update(completed=len(agents), total=listing.total)
                if args.limit and len(agents) >= args.limit:
                    break
    items = [{"id": a.id, "status": value(a, "status"), "policy_id": value(a, "policy_id"),
              "version": value(a, "agent", "version"), "tags": value(a, "tags"),
              "last_checkin": value(a, "last_checkin")} for a in agents]
    rows(out, items, ["id", "status", "policy_id", "version", "tags", "last_checkin"], "Agents")


def run_status(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        summary = fleet.agents.status_summary(policy_id=args.policy)
    counts = summary.to_dict()
    if out.json:
        out.document(counts)
    else:
        out.table(["status", "agents"], sorted(counts.items()), title="Agent status")


def run_upgrade(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> int | None:
    if (args.policy is None) == (args.kuery is None):
        raise UsageError("agents upgrade needs --policy or --kuery (one of them)")
    if args.rollout_duration is not None and args.rollout_duration < 600:
        raise UsageError("--rollout-duration must be at least 600 seconds (Kibana's minimum)")
    if args.batch_size is not None and args.batch_size < 1:
        raise UsageError("--batch-size must be a positive number")
    with fleet_for(args, env) as fleet:
        confirm(args, out, f"upgrade the agents of {_selection_text(args)} to {args.version} "
                           f"on {kibana_url(fleet)}")
        with out.progress(f"upgrading to {args.version}") as bar:
            report = fleet.upgrade_agents(
                version=args.version, policy_id=args.policy, kuery=args.kuery,
                batch_size=args.batch_size, rollout_duration_seconds=args.rollout_duration,
                timeout=args.timeout_wait,
                on_progress=lambda state: bar.update(description=state))
    document = {"version": report.version, "agents": report.agents_total,
                "upgraded": report.agents_upgraded, "actions": report.action_ids,
                "statuses": report.statuses, "failures": report.failures}
    if out.json:
        out.document(document)
    else:
        out.line(f"{report.agents_upgraded}/{report.agents_total} agents upgraded to "
                 f"{report.version} ({len(report.action_ids)} action(s))")
        for agent, error in report.failures.items():
            out.line(f"  failed: {agent}: {error}")
    if report.failures:
        return partial_failure(out, f"{len(report.failures)} agent(s) failed to upgrade")
    return None


# -- the bulk changes --------------------------------------------------------------------------


def _selection(args: argparse.Namespace) -> list[str] | str:
    """The agents chosen: a list of ids or a KQL query."""
    chosen = [bool(args.ids), args.policy is not None, args.kuery is not None]
    if sum(chosen) != 1:
        raise UsageError("choose the agents with agent ids, --policy or --kuery (one of them)")
    if args.ids:
        return list(args.ids)
    if args.policy is not None:
        return f"policy_id:{kql_quote(args.policy)}"
    return str(args.kuery)


def _selection_text(args: argparse.Namespace) -> str:
    if getattr(args, "ids", None):
        return f"{len(args.ids)} agent(s) ({', '.join(args.ids)})"
    if args.policy is not None:
        return f"agent policy {args.policy}"
    return f"the query {args.kuery}"


def _count(fleet: Fleet, selection: list[str] | str) -> int:
    if isinstance(selection, list):
        return len(selection)
    return fleet.agents.list(kuery=selection, per_page=1).count()


def _finish(args: argparse.Namespace, out: Output, fleet: Fleet, what: str, agents: int,
            result: Any) -> None:
    action = action_id(result)
    status = None
    if args.wait and action is not None:
        with out.progress(f"waiting for {what}") as bar:
            finished = fleet.agents.wait_for_action(
                action_id=action, timeout=args.timeout_wait,
                on_progress=lambda state: bar.update(description=state))
        status = str(value(finished, "status"))
    document = {"action": what, "agents": agents, "action_id": action, "status": status}
    if out.json:
        out.document(document)
        return
    out.line(f"{what}: {agents} agent(s), action {action}"
             + (f", {status}" if status else ""))


def _nothing_selected(out: Output, what: str) -> None:
    if out.json:
        out.document({"action": what, "agents": 0, "action_id": None, "status": None})
    else:
        out.line(f"{what}: no agents selected")


def run_unenroll(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    selection = _selection(args)
    with fleet_for(args, env) as fleet:
        count = _count(fleet, selection)
        if not count:
            _nothing_selected(out, "unenroll")
            return
        revoke = " and revoke their API keys" if args.revoke else ""
        confirm(args, out, f"unenroll {count} agent(s) of {_selection_text(args)}{revoke} "
                           f"on {kibana_url(fleet)}")
        result = fleet.agents.bulk_unenroll(agents=selection, revoke=args.revoke or None,
                                            force=args.force or None)
        _finish(args, out, fleet, "unenroll", count, result)


def run_reassign(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    selection = _selection(args)
    with fleet_for(args, env) as fleet:
        count = _count(fleet, selection)
        if not count:
            _nothing_selected(out, "reassign")
            return
        confirm(args, out, f"move {count} agent(s) of {_selection_text(args)} to agent policy "
                           f"{args.to} on {kibana_url(fleet)}")
        result = fleet.agents.bulk_reassign(agents=selection, policy_id=args.to)
        _finish(args, out, fleet, "reassign", count, result)


def run_tags(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    if not (args.add or args.remove):
        if args.ids:
            raise UsageError("agent ids go with --add/--remove; to list tags, use --kuery")
        with fleet_for(args, env) as fleet:
            tags = fleet.agents.tags(kuery=_policy_kuery(args))
        rows(out, [{"tag": tag} for tag in tags], ["tag"], "Agent tags")
        return
    selection = _selection(args)
    with fleet_for(args, env) as fleet:
        count = _count(fleet, selection)
        if not count:
            _nothing_selected(out, "update tags")
            return
        change = ", ".join([*(f"+{t}" for t in args.add), *(f"-{t}" for t in args.remove)])
        confirm(args, out, f"change the tags ({change}) of {count} agent(s) of "
                           f"{_selection_text(args)} on {kibana_url(fleet)}")
        result = fleet.agents.bulk_update_tags(agents=selection, tags_to_add=args.add or None,
                                               tags_to_remove=args.remove or None)
        _finish(args, out, fleet, "update tags", count, result)


_IDS = (("ids",), {"nargs": "*", "metavar": "AGENT_ID", "help": "agents by id"})
_KUERY = (("--kuery",), {"help": "agents matching this KQL query"})
_WAIT = (("--wait",), {"action": "store_true", "help": "wait until the action is done"})
_TIMEOUT_WAIT = (("--timeout-wait",), {"type": float, "default": 600.0,
                                       "help": "seconds --wait waits (default 600)"})

AGENTS = Command("agents", "Elastic Agents", subcommands=(
    Command("list", "list agents", run_list,
            arguments(POLICY, _KUERY, (("--limit",), {"type": int}))),
    Command("status", "agent counts by status", run_status, arguments(POLICY)),
    Command("upgrade", "upgrade agents and follow the rollout", run_upgrade,
            arguments((("--version",), {"required": True}), POLICY, _KUERY,
                      (("--batch-size",), {"type": int}),
                      (("--rollout-duration",), {"type": int, "help": "seconds (>= 600)"}),
                      (("--timeout-wait",), {"type": float, "default": 3600.0})),
            aliases={"policy_id": "--policy", "rollout_duration_seconds": "--rollout-duration"}),
    Command("unenroll", "unenroll agents", run_unenroll,
            arguments(_IDS, POLICY, _KUERY,
                      (("--revoke",), {"action": "store_true",
                                       "help": "also invalidate their API keys at once"}),
                      (("--force",), {"action": "store_true"}), _WAIT, _TIMEOUT_WAIT)),
    Command("reassign", "move agents to another agent policy", run_reassign,
            arguments(_IDS, (("--to",), {"required": True, "metavar": "POLICY_ID",
                                         "help": "the agent policy to move them to"}),
                      POLICY, _KUERY, _WAIT, _TIMEOUT_WAIT)),
    Command("tags", "list the tags in use, or add/remove tags on agents", run_tags,
            arguments(_IDS, POLICY, _KUERY,
                      (("--add",), {"action": "append", "default": [], "metavar": "TAG"}),
                      (("--remove",), {"action": "append", "default": [], "metavar": "TAG"}),
                      _WAIT, _TIMEOUT_WAIT)),
))

"""The commands of ``fleet-facade``: each registers its arguments and runs on a ``Fleet``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from .._sync.client import Fleet
from ..workflows._results import Integration, Onboarding
from ._output import MASK, Output

Runner = Callable[[argparse.Namespace, Output, Mapping[str, str]], None]

#: The example from Elastic's Fleet API documentation that ``demo`` runs.
DEMO_POLICY = "Agent policy 1"
DEMO_INTEGRATION = Integration(
    "nginx", version="1.5.0", name="nginx-demo-123",
    inputs={"nginx-logfile": {"streams": {"nginx.access": {"vars": {"tags": ["demo"]}}}}},
)


class UsageError(Exception):
    """Bad arguments or configuration (exit code 2)."""


@dataclass
class Command:
    name: str
    help: str
    run: Runner
    arguments: Callable[[argparse.ArgumentParser], None] | None = None
    subcommands: tuple[Command, ...] = ()

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
        parser.set_defaults(run=self.run)


# -- connecting ------------------------------------------------------------------------------


def configured(args: argparse.Namespace, env: Mapping[str, str]) -> bool:
    return bool(args.url or env.get("KIBANA_ENDPOINT") or env.get("KIBANA_URL"))


def connect(args: argparse.Namespace, env: Mapping[str, str]) -> Fleet:
    if not configured(args, env):
        raise UsageError("no Kibana configured: set KIBANA_ENDPOINT (and KIBANA_API_KEY) "
                         "or pass --url and --api-key")
    overrides: dict[str, Any] = {"timeout": args.timeout}
    if args.url:
        overrides["base_url"] = args.url
    if args.api_key:
        overrides["api_key"] = args.api_key
    if args.username:
        overrides["username"] = args.username
        overrides["password"] = args.password
    if args.space:
        overrides["space"] = args.space
    if args.insecure:
        overrides["verify"] = False
    elif args.ca_certs:
        overrides["verify"] = args.ca_certs
    return Fleet.from_env(dict(env), **overrides)


@contextmanager
def fleet_for(args: argparse.Namespace, env: Mapping[str, str]) -> Iterator[Fleet]:
    with connect(args, env) as fleet:
        yield fleet


def confirm(args: argparse.Namespace, what: str) -> None:
    """Ask before changing a real Kibana, unless ``--yes``."""
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise UsageError(f"refusing to {what} without confirmation: pass --yes")
    answer = input(f"{what}? [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise UsageError("cancelled")


# -- rendering ---------------------------------------------------------------------------------


def _get(obj: Any, *path: str) -> Any:
    for name in path:
        if obj is None:
            return None
        value = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
        obj = None if value.__class__.__name__ == "Unset" else value
    return obj


def onboarding_document(
    result: Onboarding, out: Output, *, sandbox_url: str | None
) -> dict[str, Any]:
    token = result.enrollment_token
    return {
        "sandbox": sandbox_url,
        "agent_policy": {"id": result.agent_policy.id, "name": result.agent_policy.name,
                         "namespace": _get(result.agent_policy, "namespace")},
        "package_policies": [
            {"id": p.id, "name": p.name, "package": _get(p, "package", "name"),
             "version": _get(p, "package", "version")} for p in result.package_policies],
        "enrollment_token": {"id": token.id, "name": _get(token, "name"),
                             "api_key": out.secret(_get(token, "api_key"))},
        "fleet_server_urls": result.fleet_server_urls,
        "install_command": (result.install_command if out.show_secrets
                            else result.masked_install_command()),
        "created": result.created,
        "reused": result.reused,
    }


def print_onboarding(result: Onboarding, out: Output, *, sandbox_url: str | None) -> None:
    document = onboarding_document(result, out, sandbox_url=sandbox_url)
    if out.json:
        out.document(document)
        return
    if sandbox_url:
        out.line(f"Fleet sandbox (no Kibana configured) at {sandbox_url}")
    policy = document["agent_policy"]
    out.line(f"Agent policy: {policy['name']} (id {policy['id']}, "
             f"namespace {policy['namespace']})")
    for integration in document["package_policies"]:
        out.line(f"Integration:  {integration['name']} ({integration['package']} "
                 f"{integration['version']}, id {integration['id']})")
    token = document["enrollment_token"]
    out.line(f"Enrollment token: {token['name']} (id {token['id']}): {token['api_key']}")
    out.line(f"Fleet Server: {', '.join(result.fleet_server_urls) or '(none configured)'}")
    if result.reused:
        out.line(f"Reused: {'; '.join(result.reused)}")
    out.line("")
    out.line("Install an agent with:")
    out.line(f"  {document['install_command']}")


# -- commands ----------------------------------------------------------------------------------


def run_demo(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    if configured(args, env):
        with fleet_for(args, env) as fleet:
            confirm(args, f"create (or reuse) agent policy '{DEMO_POLICY}' with nginx 1.5.0 "
                          f"on {fleet._transport.settings.base_url}")
            result = _demo_onboarding(fleet)
            print_onboarding(result, out, sandbox_url=None)
        return
    from ..sandbox import FleetSandbox

    with FleetSandbox() as sandbox, Fleet(sandbox.url, api_key=sandbox.api_key,
                                           timeout=args.timeout) as fleet:
        result = _demo_onboarding(fleet)
        print_onboarding(result, out, sandbox_url=sandbox.url)


def _demo_onboarding(fleet: Fleet) -> Onboarding:
    return fleet.onboard(policy_name=DEMO_POLICY, namespace="default",
                         monitoring_enabled=["logs", "metrics"], sys_monitoring=True,
                         integrations=[DEMO_INTEGRATION])


def _demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = ("Creates agent policy 'Agent policy 1' with system monitoring and nginx "
                     "1.5.0, then prints the enrollment token (masked) and install command.")


def parse_integration(spec: str) -> Integration:
    """``package[@version][:name]``, e.g. ``nginx@1.5.0:web-nginx``."""
    rest, _, name = spec.partition(":")
    package, _, version = rest.partition("@")
    try:
        return Integration(package, version=version or None, name=name or None)
    except (TypeError, ValueError) as exc:
        raise argparse.ArgumentTypeError(f"{spec!r}: {exc}") from exc


def _onboard_arguments(parser: argparse.ArgumentParser) -> None:
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--policy", help="agent policy name (created, or reused if it exists)")
    target.add_argument("--policy-id", help="an existing agent policy")
    parser.add_argument("--namespace", default="default")
    parser.add_argument("--description")
    parser.add_argument("--monitoring", default="logs,metrics",
                        help="agent monitoring, comma-separated (default logs,metrics; '' off)")
    parser.add_argument("--sys-monitoring", action="store_true",
                        help="also add the system integration")
    parser.add_argument("--integration", "-i", action="append", type=parse_integration,
                        default=[], metavar="PKG[@VERSION][:NAME]")
    parser.add_argument("--no-rollback", action="store_true",
                        help="on failure keep what was created (and list it)")


def run_onboard(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    monitoring = [m for m in args.monitoring.split(",") if m]
    with fleet_for(args, env) as fleet:
        result = fleet.onboard(policy_name=args.policy, policy_id=args.policy_id,
                               namespace=args.namespace, description=args.description,
                               monitoring_enabled=monitoring or None,
                               sys_monitoring=args.sys_monitoring,
                               integrations=args.integration, rollback=not args.no_rollback)
        print_onboarding(result, out, sandbox_url=None)


def _id_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id")


def run_policies_list(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        policies = fleet.agent_policies.list(kuery=args.kuery).to_list()
    rows = [{"id": p.id, "name": p.name, "namespace": _get(p, "namespace"),
             "revision": _get(p, "revision"), "agents": _get(p, "agents")} for p in policies]
    _rows(out, rows, ["id", "name", "namespace", "revision", "agents"], "Agent policies")


def run_policies_get(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        policy = fleet.agent_policies.get(id=args.id)
    document = policy.to_dict()
    if out.json:
        out.document(document)
        return
    for key in ("id", "name", "namespace", "description", "revision", "status",
                "monitoring_enabled", "updated_at"):
        if key in document:
            out.line(f"{key}: {document[key]}")
    for package_policy in _get(policy, "package_policies") or []:
        name = _get(package_policy, "name") or package_policy
        package = _get(package_policy, "package", "name")
        out.line(f"integration: {name}" + (f" ({package})" if package else ""))


def run_policies_delete(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        confirm(args, f"delete agent policy {args.id}")
        fleet.agent_policies.delete(id=args.id, force=args.force or None)
    _done(out, {"deleted": args.id})


def run_tokens_list(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        tokens = fleet.enrollment_tokens.list(policy_id=args.policy).to_list()
    rows = [{"id": t.id, "name": _get(t, "name"), "policy_id": _get(t, "policy_id"),
             "active": _get(t, "active"), "api_key": out.secret(_get(t, "api_key"))}
            for t in tokens]
    _rows(out, rows, ["id", "name", "policy_id", "active", "api_key"], "Enrollment tokens")


def run_tokens_create(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        token = fleet.enrollment_tokens.create(policy_id=args.policy, name=args.name)
    _token(out, token)


def run_tokens_revoke(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        fleet.enrollment_tokens.revoke(id=args.id)
    _done(out, {"revoked": args.id})


def run_tokens_rotate(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        token, revoked = fleet.rotate_enrollment_tokens(policy_id=args.policy, name=args.name)
    if out.json:
        out.document({"token": _token_document(out, token), "revoked": revoked})
        return
    _token(out, token)
    out.line(f"revoked: {', '.join(revoked) or 'none'}")


def _token_document(out: Output, token: Any) -> dict[str, Any]:
    return {"id": token.id, "name": _get(token, "name"), "policy_id": _get(token, "policy_id"),
            "active": _get(token, "active"), "api_key": out.secret(_get(token, "api_key"))}


def _token(out: Output, token: Any) -> None:
    document = _token_document(out, token)
    if out.json:
        out.document(document)
    else:
        out.line(f"token {document['id']} ({document['name']}): {document['api_key']}")


def run_packages_list(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        packages = fleet.packages.list().to_list()
    rows = [{"name": p.name, "version": _installed_version(p) or p.version,
             "latest": p.version, "title": _get(p, "title"), "status": _get(p, "status")}
            for p in packages]
    _rows(out, rows, ["name", "version", "latest", "title", "status"], "Packages")


def _installed_version(package: Any) -> Any:
    """The installed version of a catalog item (whose own ``version`` is the registry's latest).

    Kibana names it in ``installationInfo``; older releases only in the deprecated
    ``savedObject`` (both in recorded 8.12/8.13 answers).
    """
    found = _get(package, "installation_info", "version")
    if found:
        return found
    extra = getattr(package, "additional_properties", None) or {}
    return _get(extra.get("savedObject"), "attributes", "version")


def run_packages_info(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        info = fleet.packages.get(name=args.name, version=args.version).to_dict()
    if out.json:
        out.document(info)
        return
    out.line(f"{info.get('title')} {info.get('name')} {info.get('version')}")
    for template in info.get("policy_templates") or []:
        for item in template.get("inputs") or []:
            out.line(f"  input {template.get('name')}-{item.get('type')}")
    for stream in info.get("data_streams") or []:
        out.line(f"  data stream {stream.get('dataset')} ({stream.get('type')})")


def run_agents_list(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    kuery = _agent_kuery(args)
    with fleet_for(args, env) as fleet:
        listing = fleet.agents.list(kuery=kuery)
        agents = []
        with out.progress("listing agents") as bar:
            for agent in listing:
                agents.append(agent)
                bar.update(completed=len(agents), total=listing.total)
                if args.limit and len(agents) >= args.limit:
                    break
    rows = [{"id": a.id, "status": _get(a, "status"), "policy_id": _get(a, "policy_id"),
             "version": _get(a, "agent", "version"), "last_checkin": _get(a, "last_checkin")}
            for a in agents]
    _rows(out, rows, ["id", "status", "policy_id", "version", "last_checkin"], "Agents")


def run_agents_status(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        summary = fleet.agents.status_summary(policy_id=args.policy)
    counts = summary.to_dict() if hasattr(summary, "to_dict") else dict(summary)
    if out.json:
        out.document(counts)
    else:
        out.table(["status", "agents"], sorted(counts.items()), title="Agent status")


def run_agents_upgrade(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    if (args.policy is None) == (args.kuery is None):
        raise UsageError("agents upgrade needs --policy or --kuery")
    with fleet_for(args, env) as fleet:
        confirm(args, f"upgrade agents to {args.version}")
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
        from .._exceptions import FleetError

        raise FleetError(f"{len(report.failures)} agent(s) failed to upgrade")


def _agent_kuery(args: argparse.Namespace) -> str | None:
    parts = []
    if getattr(args, "policy", None):
        parts.append(f'policy_id:"{args.policy}"')
    if getattr(args, "kuery", None):
        parts.append(f"({args.kuery})")
    return " and ".join(parts) or None


def run_plan(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        plan = fleet.plan(args.file, prune=args.prune)
    if out.json:
        out.document(plan.to_dict())
    else:
        out.line(plan.render())


def run_apply(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        plan = fleet.plan(args.file, prune=args.prune)
        if not plan.has_changes:
            applied = plan.__class__([])
        else:
            if not out.json:
                out.line(plan.render())
            confirm(args, "apply these changes")
            applied = fleet.apply(args.file, prune=args.prune)
    if out.json:
        out.document(applied.to_dict())
    elif applied.has_changes:
        out.line(f"applied: {applied.summary()}")
    else:
        out.line("no changes")


def run_teardown(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        confirm(args, f"tear down agent policy {args.policy}")
        removed = fleet.teardown(policy_id=args.policy, agents=args.agents,
                                 reassign_to=args.reassign_to)
    if out.json:
        out.document({"removed": removed})
    else:
        out.line("\n".join(f"removed {r}" for r in removed) or "nothing to remove")


def _done(out: Output, document: dict[str, Any]) -> None:
    if out.json:
        out.document(document)
    else:
        out.line(", ".join(f"{k} {v}" for k, v in document.items()))


def _rows(out: Output, rows: list[dict[str, Any]], columns: list[str], title: str) -> None:
    if out.json:
        out.document(rows)
    else:
        out.table(columns, [[row.get(c) for c in columns] for row in rows], title=title)


def _args(*specs: tuple[tuple[str, ...], dict[str, Any]]) -> Callable[
        [argparse.ArgumentParser], None]:
    def add(parser: argparse.ArgumentParser) -> None:
        for names, options in specs:
            parser.add_argument(*names, **options)

    return add


POLICY = (("--policy",), {"help": "agent policy id"})
REQUIRED_POLICY = (("--policy",), {"required": True, "help": "agent policy id"})

COMMANDS: tuple[Command, ...] = (
    Command("demo", "onboard Elastic's example (nginx on 'Agent policy 1'); uses a local "
                    "sandbox when no Kibana is configured", run_demo, _demo_arguments),
    Command("onboard", "create (or reuse) an agent policy with integrations and print the "
                       "install command", run_onboard, _onboard_arguments),
    Command("policies", "agent policies", run_policies_list, subcommands=(
        Command("list", "list agent policies", run_policies_list,
                _args((("--kuery",), {"help": "KQL filter"}))),
        Command("get", "show one agent policy", run_policies_get, _id_argument),
        Command("delete", "delete an agent policy", run_policies_delete,
                _args((("id",), {}), (("--force",), {"action": "store_true"}))),
    )),
    Command("tokens", "enrollment tokens", run_tokens_list, subcommands=(
        Command("list", "list enrollment tokens", run_tokens_list, _args(POLICY)),
        Command("create", "create an enrollment token", run_tokens_create,
                _args(REQUIRED_POLICY, (("--name",), {}))),
        Command("revoke", "revoke an enrollment token", run_tokens_revoke, _id_argument),
        Command("rotate", "create a new token for a policy and revoke the others",
                run_tokens_rotate, _args(REQUIRED_POLICY, (("--name",), {}))),
    )),
    Command("packages", "integration packages", run_packages_list, subcommands=(
        Command("list", "list packages", run_packages_list),
        Command("info", "show a package's inputs and data streams", run_packages_info,
                _args((("name",), {}),
                      (("--version",), {"help": "an exact version or 'latest' (default: the "
                                                "installed version, else the latest)"}))),
    )),
    Command("agents", "Elastic Agents", run_agents_list, subcommands=(
        Command("list", "list agents", run_agents_list,
                _args(POLICY, (("--kuery",), {}), (("--limit",), {"type": int}))),
        Command("status", "agent counts by status", run_agents_status, _args(POLICY)),
        Command("upgrade", "upgrade agents and follow the rollout", run_agents_upgrade,
                _args((("--version",), {"required": True}), POLICY, (("--kuery",), {}),
                      (("--batch-size",), {"type": int}),
                      (("--rollout-duration",), {"type": int, "help": "seconds (>= 600)"}),
                      (("--timeout-wait",), {"type": float, "default": 3600.0}))),
    )),
    Command("plan", "show what 'apply' would change", run_plan,
            _args((("file",), {"help": "desired state (YAML or JSON)"}),
                  (("--prune",), {"action": "store_true",
                                  "help": "also delete what the file does not name"}))),
    Command("apply", "make Fleet match a desired-state file", run_apply,
            _args((("file",), {}), (("--prune",), {"action": "store_true"}))),
    Command("teardown", "remove an agent policy and its integrations", run_teardown,
            _args(REQUIRED_POLICY,
                  (("--agents",), {"choices": ["refuse", "unenroll", "reassign"],
                                   "default": "refuse"}),
                  (("--reassign-to",), {}))),
)

__all__ = ["COMMANDS", "MASK", "UsageError"]

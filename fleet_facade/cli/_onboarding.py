"""``demo``, ``onboard`` and ``teardown``: an agent policy with integrations, and its removal."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from typing import Any

from .._exceptions import NotFoundError
from .._sync.client import Fleet
from ..workflows._results import Integration, Onboarding
from ._command import REQUIRED_POLICY, Command, arguments, value
from ._connection import configured, confirm, fleet_for, kibana_url
from ._errors import UsageError
from ._install_command import instructions_document, print_install_instructions
from ._integration_options import add_integration_arguments, integrations_from
from ._output import Output

#: The example from Elastic's Fleet API documentation that ``demo`` runs.
DEMO_POLICY = "Agent policy 1"
DEMO_INTEGRATION = Integration(
    "nginx", version="1.5.0", name="nginx-demo-123",
    inputs={"nginx-logfile": {"streams": {"nginx.access": {"vars": {"tags": ["demo"]}}}}},
)


def onboarding_document(
    result: Onboarding, out: Output, *, sandbox_url: str | None
) -> dict[str, Any]:
    token = result.enrollment_token
    return {
        "sandbox": sandbox_url,
        "agent_policy": {"id": result.agent_policy.id, "name": result.agent_policy.name,
                         "namespace": value(result.agent_policy, "namespace")},
        "package_policies": [
            {"id": p.id, "name": p.name, "package": value(p, "package", "name"),
             "version": value(p, "package", "version")} for p in result.package_policies],
        "enrollment_token": {"id": token.id, "name": value(token, "name"),
                             "api_key": out.secret(value(token, "api_key"))},
        "fleet_server_urls": result.fleet_server_urls,
        "install_command": (result.install_command if out.show_secrets
                            else result.masked_install_command()),
        "install_instructions": instructions_document(
            result.install_instructions, shown=list(result.install_instructions),
            reveal=out.show_secrets),
        "created": result.created,
        "reused": result.reused,
        "updated": result.updated,
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
    if result.updated:
        out.line(f"Updated: {'; '.join(result.updated)}")
    out.line("")
    print_install_instructions(result.install_instructions, out, reveal=out.show_secrets,
                               policy_id=str(result.agent_policy.id))


def run_demo(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    if configured(args, env):
        with fleet_for(args, env) as fleet:
            confirm(args, out, f"create (or reuse) agent policy '{DEMO_POLICY}' with nginx "
                               f"1.5.0 on {kibana_url(fleet)}")
            result = _demo_onboarding(fleet)
            print_onboarding(result, out, sandbox_url=None)
        return
    from ..sandbox import FleetSandbox

    # The sandbox is this process's own: nothing to ask before changing it.
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
    add_integration_arguments(parser)
    parser.add_argument("--no-rollback", action="store_true",
                        help="on failure keep what was created (and list it)")
    parser.add_argument("--update", action="store_true",
                        help="change a reused policy or integration whose settings differ "
                             "from the ones asked (without it, a difference is an error)")
    parser.epilog = ("--set KEY=VALUE keys: INPUT:STREAM:VAR (stream variable), INPUT:VAR "
                     "(input variable) or VAR (package variable), prefixed with "
                     "INTEGRATION:: when several -i are given; VALUE is JSON or a string.")


def run_onboard(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    monitoring = [m for m in args.monitoring.split(",") if m]
    integrations = integrations_from(args)
    with fleet_for(args, env) as fleet:
        listed = ", ".join(f"{i.package}@{i.version}" for i in integrations) or "none"
        where = (f"agent policy '{args.policy}'" if args.policy
                 else f"agent policy {args.policy_id}")
        confirm(args, out, f"create (or reuse) {where} with integrations {listed} on "
                           f"{kibana_url(fleet)}")
        result = fleet.onboard(policy_name=args.policy, policy_id=args.policy_id,
                               namespace=args.namespace, description=args.description,
                               monitoring_enabled=monitoring or None,
                               sys_monitoring=args.sys_monitoring,
                               integrations=integrations, rollback=not args.no_rollback,
                               update=args.update)
        print_onboarding(result, out, sandbox_url=None)


def run_teardown(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    if (args.agents == "reassign") != (args.reassign_to is not None):
        raise UsageError("--reassign-to goes with --agents reassign, and only with it")
    with fleet_for(args, env) as fleet:
        try:
            policy = fleet.agent_policies.get(id=args.policy)
        except NotFoundError:
            if not args.missing_ok:
                raise
            _removed(out, [], missing=args.policy)
            return
        confirm(args, out, f"tear down agent policy {args.policy} ({policy.name}) and the "
                           f"integrations only it uses, on {kibana_url(fleet)}")
        removed = fleet.teardown(policy_id=args.policy, agents=args.agents,
                                 reassign_to=args.reassign_to)
    _removed(out, removed, missing=None)


def _removed(out: Output, removed: list[str], *, missing: str | None) -> None:
    if out.json:
        out.document({"removed": removed, "missing": missing is not None})
    elif missing is not None:
        out.line(f"agent policy {missing} does not exist: nothing to remove")
    else:
        for item in removed:
            out.line(f"removed {item}")


DEMO = Command("demo", "onboard Elastic's example (nginx on 'Agent policy 1'); uses a local "
                       "sandbox when no Kibana is configured", run_demo, _demo_arguments)
ONBOARD = Command("onboard", "create (or reuse) an agent policy with integrations and print "
                             "the install command", run_onboard, _onboard_arguments,
                  aliases={"policy_name": "--policy", "integrations": "--integration"})
TEARDOWN = Command(
    "teardown", "remove an agent policy and the integrations only it uses", run_teardown,
    arguments(REQUIRED_POLICY,
              (("--agents",), {"choices": ["refuse", "unenroll", "reassign"],
                               "default": "refuse",
                               "help": "what to do with agents still on the policy"}),
              (("--reassign-to",), {"metavar": "POLICY_ID"}),
              (("--missing-ok",), {"action": "store_true",
                                   "help": "a policy that does not exist is not an error"})),
    aliases={"policy_id": "--policy"},
)

"""``install-command``: the commands that install Elastic Agent into a policy, per platform."""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from typing import Any

from .._exceptions import InstallOptionError
from .._install_instructions import (
    DEFAULT_PLATFORM,
    PLATFORMS,
    InstallInstructions,
    check_platforms,
)
from ._command import Command
from ._connection import fleet_for
from ._errors import UsageError
from ._output import Output


def instructions_document(instructions: InstallInstructions, *, shown: Sequence[str],
                          reveal: bool) -> dict[str, Any]:
    """The instructions of ``shown`` (token masked unless ``reveal``) and every platform key."""
    return {
        "version": instructions.version,
        "fleet_server_url": instructions.fleet_server_url,
        "download_source_host": instructions.download_source_host,
        "instructions": {
            platform: {"url": found.url, "shell": found.shell, "notes": found.notes,
                       "script": found.reveal() if reveal else found.script}
            for platform in shown for found in [instructions[platform]]
        },
        "platforms": list(PLATFORMS),
    }


def print_install_instructions(instructions: InstallInstructions, out: Output, *,
                               shown: Sequence[str] = (DEFAULT_PLATFORM,), reveal: bool = False,
                               policy_id: str | None = None) -> None:
    """Each of ``shown`` with its script, then the other platform keys and how to ask for one."""
    for platform in shown:
        found = instructions[platform]
        out.line(f"Install Elastic Agent {instructions.version} on {platform}:")
        for line in (found.reveal() if reveal else found.script).splitlines():
            out.line(f"  {line}")
        for note in found.notes:
            out.line(f"Note: {note}")
    others = [p for p in PLATFORMS if p not in shown]
    if others:
        policy = policy_id or "POLICY_ID"
        out.line(f"Other platforms: {', '.join(others)} "
                 f"(fleet-facade install-command --policy {policy} --platform PLATFORM)")


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--policy", required=True, help="agent policy id")
    parser.add_argument("--platform", action="append", metavar="PLATFORM",
                        help=f"platform to print (repeatable; default {DEFAULT_PLATFORM}): "
                             + ", ".join(PLATFORMS))
    parser.add_argument("--version", dest="agent_version", metavar="VERSION",
                        help="Elastic Agent version (default Kibana's)")
    parser.add_argument("--enrollment-token-id", metavar="ID",
                        help="enrollment token to use (default the policy's Default token)")
    parser.add_argument("--download-source-id", metavar="ID",
                        help="agent binary download source (default the policy's, else the "
                             "default one)")
    parser.add_argument("--fleet-server-host-id", metavar="ID",
                        help="Fleet Server host (default the policy's, else the default one)")
    parser.add_argument("--reveal", action="store_true",
                        help="show the enrollment token instead of ***")
    parser.epilog = "Reads only; nothing is created. The token is masked unless --reveal."


def run_install_command(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    shown = args.platform or [DEFAULT_PLATFORM]
    try:
        check_platforms(shown)  # a typo is a usage error, found before connecting
    except InstallOptionError as exc:
        raise UsageError(exc.message) from exc
    reveal = args.reveal or out.show_secrets
    with fleet_for(args, env) as fleet:
        # Only the platforms shown are built: the Kubernetes manifest is read when asked for.
        instructions = fleet.agent_install(
            policy_id=args.policy, version=args.agent_version,
            enrollment_token_id=args.enrollment_token_id,
            download_source_id=args.download_source_id,
            fleet_server_host_id=args.fleet_server_host_id,
            platforms=shown)
    if out.json:
        out.document(instructions_document(instructions, shown=_ordered(shown), reveal=reveal))
        return
    print_install_instructions(instructions, out, shown=_ordered(shown), reveal=reveal,
                               policy_id=args.policy)


def _ordered(shown: Sequence[str]) -> list[str]:
    return [p for p in PLATFORMS if p in shown]


INSTALL_COMMAND = Command(
    "install-command", "print the commands that install Elastic Agent into a policy, per "
                       "platform (Linux x86_64 by default)", run_install_command, _arguments,
    aliases={"policy_id": "--policy", "version": "--version", "platforms": "--platform"},
)

"""The ``fleet-facade`` command line (also ``python -m fleet_facade``).

Configured like :meth:`Fleet.from_env` (``KIBANA_ENDPOINT``, ``KIBANA_API_KEY`` …), with flags
that override the environment. Exit codes: 0 success, 1 an API or workflow error (Kibana's
message is printed), 2 a usage or configuration error.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from .._exceptions import FleetConfigError, FleetError
from ._commands import COMMANDS, UsageError
from ._output import Output

EXIT_OK, EXIT_API_ERROR, EXIT_USAGE = 0, 1, 2


def _global_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """The options every command takes; accepted before or after the command name.

    Only the top-level parser sets defaults: on the commands' parsers an option that is not
    given must not overwrite what was given before the command name.
    """

    def default(value: object) -> object:
        return value if defaults else argparse.SUPPRESS

    connection = parser.add_argument_group("connection (default: KIBANA_* environment)")
    connection.add_argument("--url", default=default(None),
                            help="Kibana URL (KIBANA_ENDPOINT or KIBANA_URL)")
    connection.add_argument("--api-key", default=default(None), help="API key (KIBANA_API_KEY)")
    connection.add_argument("--username", default=default(None),
                            help="basic auth user (KIBANA_USERNAME)")
    connection.add_argument("--password", default=default(None),
                            help="basic auth password (KIBANA_PASSWORD)")
    connection.add_argument("--space", default=default(None), help="Kibana space (KIBANA_SPACE)")
    connection.add_argument("--ca-certs", default=default(None),
                            help="CA bundle for TLS (KIBANA_CA_CERTS)")
    connection.add_argument("--insecure", action="store_true", default=default(False),
                            help="do not verify TLS certificates (KIBANA_INSECURE)")
    connection.add_argument("--timeout", type=float, default=default(30.0),
                            help="seconds per request (default 30)")
    parser.add_argument("--output", "-o", choices=["table", "json"], default=default("table"),
                        help="table (default) or json, stable and machine-readable")
    parser.add_argument("--show-secrets", action="store_true", default=default(False),
                        help="print enrollment tokens and keys instead of ***")
    parser.add_argument("--yes", "-y", action="store_true", default=default(False),
                        help="do not ask before changing a real Kibana")
    parser.add_argument("--verbose", "-v", action="store_true", default=default(False),
                        help="log requests (method, path, status, timing) to stderr")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fleet-facade",
        description="Manage Elastic Fleet through Kibana's Fleet API. Without a configured "
                    "Kibana, 'demo' runs against a built-in local Fleet sandbox.",
    )
    _global_options(parser, defaults=True)
    shared = argparse.ArgumentParser(add_help=False)
    _global_options(shared, defaults=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.register(commands, parents=[shared])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return int(exc.code or 0)
    if args.verbose:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logger = logging.getLogger("fleet_facade")
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    out = Output(args.output, show_secrets=args.show_secrets)
    try:
        args.run(args, out, os.environ)
    except (UsageError, FleetConfigError) as exc:
        print(f"fleet-facade: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except FleetError as exc:
        print(f"fleet-facade: {exc}", file=sys.stderr)
        return EXIT_API_ERROR
    except KeyboardInterrupt:
        print("fleet-facade: interrupted", file=sys.stderr)
        return 130
    return EXIT_OK


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())

"""The ``fleet-facade`` command line (also ``python -m fleet_facade``).

Configured like :meth:`Fleet.from_env` (``KIBANA_ENDPOINT``, ``KIBANA_API_KEY`` …), with flags
that override the environment. Exit codes: 0 success; 1 an API, connection or workflow error;
2 a usage, configuration, state-file or integration-inputs error (see ``_errors``).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
import warnings
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import IO, Any, NoReturn

from .._version import __version__
from ._commands import COMMANDS
from ._connection import add_connection_options, warn_about_secret_flags
from ._errors import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    Failure,
    UsageError,
    classify,
)
from ._output import MASK, Output, printable

__all__ = ["EXIT_ERROR", "EXIT_OK", "EXIT_USAGE", "MASK", "build_parser", "main", "run"]


class _Parser(argparse.ArgumentParser):
    """Usage errors are raised, to be printed on one line (or as JSON) like every error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _global_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """The options every command takes; accepted before or after the command name.

    Only the top-level parser sets defaults: on the commands' parsers an option that is not
    given must not overwrite what was given before the command name.
    """

    def default(value: object) -> object:
        return value if defaults else argparse.SUPPRESS

    add_connection_options(parser, default)
    parser.add_argument("--output", "-o", choices=["table", "json"], default=default("table"),
                        help="table (default) or json, stable and machine-readable (errors "
                             "too: a JSON document on stdout)")
    parser.add_argument("--show-secrets", action="store_true", default=default(False),
                        help="print enrollment tokens and keys instead of ***")
    parser.add_argument("--yes", "-y", action="store_true", default=default(False),
                        help="do not ask before changing a configured Kibana")
    parser.add_argument("--verbose", "-v", action="store_true", default=default(False),
                        help="log requests (method, path, status, timing) to stderr")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="fleet-facade",
        description="Manage Elastic Fleet through Kibana's Fleet API. Without a configured "
                    "Kibana, 'demo' runs against a built-in local Fleet sandbox.",
        epilog="Exit codes: 0 success, 1 API/connection/workflow error, 2 usage, "
               "configuration, state-file or inputs error.",
    )
    parser.add_argument("--version", action="version", version=f"fleet-facade {__version__}")
    _global_options(parser, defaults=True)
    shared = argparse.ArgumentParser(add_help=False)
    _global_options(shared, defaults=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.register(commands, parents=[shared])
    return parser


def _wants_json(argv: Sequence[str]) -> bool:
    """Whether ``-o json`` was asked for, read before parsing (for a usage error's output)."""
    for index, arg in enumerate(argv):
        if arg in ("-o", "--output") and index + 1 < len(argv):
            if argv[index + 1] == "json":
                return True
        elif arg in ("-ojson", "--output=json"):
            return True
    return False


def main(argv: Sequence[str] | None = None, *, env: Mapping[str, str] | None = None,
         stdin: IO[str] | None = None, stdout: IO[str] | None = None,
         stderr: IO[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it).

    Args:
        argv: The arguments (default ``sys.argv[1:]``).
        env: The environment to read ``KIBANA_*`` from (default ``os.environ``).
        stdin: Answers confirmation questions (default ``sys.stdin``).
        stdout: Results (default ``sys.stdout``).
        stderr: Errors, warnings and questions (default ``sys.stderr``).
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    streams: dict[str, Any] = {"stream": stdout, "errors": stderr, "stdin": stdin}
    out = Output("json" if _wants_json(arguments) else "table", **streams)
    detailed = "--detailed-exitcode" in arguments
    try:
        args = build_parser().parse_args(arguments)
    except UsageError as exc:
        return _report(out, classify(exc), detailed=detailed)
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    out = Output(args.output, show_secrets=args.show_secrets, **streams)
    warn_about_secret_flags(args, out)
    with _one_line_warnings(out), _request_log(args.verbose, out):
        try:
            code = args.run(args, out, os.environ if env is None else env)
        except KeyboardInterrupt:
            out.errors.write("fleet-facade: interrupted\n")
            return EXIT_INTERRUPTED
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly, and keep the interpreter's final
            # flush from failing again.
            _silence(out.stream)
            return EXIT_ERROR
        except Exception as exc:
            failure = classify(exc, flags=getattr(args, "flags", None))
            if failure.kind == "internal" and args.verbose:
                traceback.print_exception(exc, file=out.errors)
            return _report(out, failure, detailed=detailed)
    return EXIT_OK if code is None else int(code)


def _silence(stream: IO[str]) -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (tests): nothing will flush it at exit


def _report(out: Output, failure: Failure, *, detailed: bool) -> int:
    if out.json:
        out.document(failure.document())
    else:
        out.errors.write(f"fleet-facade: {printable(failure.message)}\n")
    # With --detailed-exitcode 2 means "changes": every error is 1 there.
    return EXIT_ERROR if detailed else failure.exit_code


@contextmanager
def _one_line_warnings(out: Output) -> Iterator[None]:
    """Library warnings (``--insecure``) as one ``fleet-facade: warning:`` line each."""

    def show(message: Warning | str, *_args: Any, **_kwargs: Any) -> None:
        out.warn(str(message))

    with warnings.catch_warnings():
        warnings.simplefilter("default")
        warnings.showwarning = show
        yield


@contextmanager
def _request_log(verbose: bool, out: Output) -> Iterator[None]:
    if not verbose:
        yield
        return
    handler = logging.StreamHandler(out.errors)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("fleet_facade")
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())

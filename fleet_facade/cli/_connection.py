"""Connecting to Kibana from flags and the environment, and asking before a change.

Flags override the environment. Credentials are best given as ``KIBANA_API_KEY`` (or
``KIBANA_USERNAME``/``KIBANA_PASSWORD``) or in a file (``--api-key-file``,
``--bearer-token-file``, ``--password-file``): a secret given as a flag value is visible to
every local user in the process list, so using one warns.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from .._sync.client import Fleet
from ._errors import UsageError
from ._output import Output, printable

#: (argument name, flag, environment variable, file flag) for each secret.
SECRETS = (
    ("api_key", "--api-key", "KIBANA_API_KEY", "--api-key-file"),
    ("bearer_token", "--bearer-token", "KIBANA_BEARER_TOKEN", "--bearer-token-file"),
    ("password", "--password", "KIBANA_PASSWORD", "--password-file"),
)
_CREDENTIAL_VARIABLES = ("KIBANA_API_KEY", "KIBANA_BEARER_TOKEN", "KIBANA_USERNAME",
                         "KIBANA_PASSWORD")
#: A credential file is a few hundred bytes; refuse to read a large file by mistake.
_MAX_SECRET_FILE = 64 * 1024


def add_connection_options(parser: argparse.ArgumentParser, default: Any) -> None:
    """The connection flags; ``default`` wraps each default (see ``_global_options``)."""
    group = parser.add_argument_group("connection (default: KIBANA_* environment)")
    group.add_argument("--url", default=default(None),
                       help="Kibana URL (KIBANA_ENDPOINT or KIBANA_URL)")
    group.add_argument("--api-key-file", default=default(None), metavar="FILE",
                       help="read the API key from FILE (or set KIBANA_API_KEY)")
    group.add_argument("--api-key", default=default(None),
                       help="API key; visible in the process list, prefer KIBANA_API_KEY or "
                            "--api-key-file")
    group.add_argument("--bearer-token-file", default=default(None), metavar="FILE",
                       help="read a bearer token from FILE")
    group.add_argument("--bearer-token", default=default(None),
                       help="bearer token; visible in the process list, prefer "
                            "--bearer-token-file")
    group.add_argument("--username", default=default(None),
                       help="basic auth user (KIBANA_USERNAME)")
    group.add_argument("--password-file", default=default(None), metavar="FILE",
                       help="read the basic auth password from FILE (or set KIBANA_PASSWORD)")
    group.add_argument("--password", default=default(None),
                       help="basic auth password; visible in the process list, prefer "
                            "KIBANA_PASSWORD or --password-file")
    group.add_argument("--space", default=default(None), help="Kibana space (KIBANA_SPACE)")
    group.add_argument("--ca-certs", default=default(None),
                       help="CA bundle for TLS (KIBANA_CA_CERTS)")
    group.add_argument("--insecure", action="store_true", default=default(False),
                       help="do not verify TLS certificates (KIBANA_INSECURE)")
    group.add_argument("--timeout", type=float, default=default(30.0),
                       help="seconds per request (default 30)")


def warn_about_secret_flags(args: argparse.Namespace, out: Output) -> None:
    """One line per secret given as a flag value, pointing to the safer ways."""
    for name, flag, variable, file_flag in SECRETS:
        if getattr(args, name, None):
            where = f"{variable} or {file_flag}" if name != "bearer_token" else file_flag
            out.warn(f"{flag} is visible to other users in the process list; use {where}")


def _secret(args: argparse.Namespace, name: str, flag: str, file_flag: str) -> str | None:
    value = getattr(args, name, None)
    path = getattr(args, file_flag.lstrip("-").replace("-", "_"), None)
    if value and path:
        raise UsageError(f"pass {flag} or {file_flag}, not both")
    if not path:
        return str(value) if value else None
    try:
        with open(path, "rb") as file:
            raw = file.read(_MAX_SECRET_FILE + 1)
    except OSError as exc:
        raise UsageError(f"cannot read {file_flag} {path}: {exc.strerror or exc}") from None
    if len(raw) > _MAX_SECRET_FILE:
        raise UsageError(f"{file_flag} {path} is larger than a credential can be")
    try:
        text = raw.decode("utf-8").strip()  # a trailing newline is not part of the secret
    except UnicodeDecodeError:
        raise UsageError(f"{file_flag} {path} is not UTF-8 text") from None
    if not text:
        raise UsageError(f"{file_flag} {path} is empty")
    return text


def configured(args: argparse.Namespace, env: Mapping[str, str]) -> bool:
    return bool(args.url or env.get("KIBANA_ENDPOINT") or env.get("KIBANA_URL"))


def connect(args: argparse.Namespace, env: Mapping[str, str]) -> Fleet:
    """A client from the flags, falling back to the environment for what they leave out."""
    if not configured(args, env):
        raise UsageError("no Kibana configured: set KIBANA_ENDPOINT (and KIBANA_API_KEY) "
                         "or pass --url and --api-key-file")
    secrets = {name: _secret(args, name, flag, file_flag)
               for name, flag, _variable, file_flag in SECRETS}
    variables = {key: value for key, value in env.items() if key.startswith("KIBANA_")}
    overrides: dict[str, Any] = {"timeout": args.timeout}
    username = args.username
    if secrets["api_key"] or secrets["bearer_token"] or username or secrets["password"]:
        # Credentials from flags replace those of the environment as a whole (an API key in
        # the environment and --username/--password are not a conflict) ...
        password = secrets["password"] or variables.get("KIBANA_PASSWORD")
        username = username or variables.get("KIBANA_USERNAME")
        for key in _CREDENTIAL_VARIABLES:
            variables.pop(key, None)
        if secrets["api_key"]:
            overrides["api_key"] = secrets["api_key"]
        elif secrets["bearer_token"]:
            overrides["bearer_token"] = secrets["bearer_token"]
        else:
            # ... except the other half of a user/password pair.
            overrides["username"], overrides["password"] = username, password
    if args.url:
        overrides["base_url"] = args.url
    if args.space:
        overrides["space"] = args.space
    if args.insecure:
        overrides["verify"] = False
    elif args.ca_certs:
        overrides["verify"] = args.ca_certs
    return Fleet.from_env(variables, **overrides)


@contextmanager
def fleet_for(args: argparse.Namespace, env: Mapping[str, str]) -> Iterator[Fleet]:
    with connect(args, env) as fleet:
        yield fleet


def kibana_url(fleet: Fleet) -> str:
    return str(fleet._transport.settings.base_url)


def confirm(args: argparse.Namespace, out: Output, what: str) -> None:
    """Ask on the terminal before changing a real Kibana, unless ``--yes``.

    The question goes to stderr, so that stdout holds only the result (or JSON).
    """
    if args.yes:
        return
    if not getattr(out.stdin, "isatty", lambda: False)():
        raise UsageError(f"refusing to {what} without confirmation: pass --yes")
    out.errors.write(f"{printable(what)}? [y/N] ")
    out.errors.flush()
    answer = out.stdin.readline().strip().lower()
    if answer not in ("y", "yes"):
        raise UsageError("cancelled")

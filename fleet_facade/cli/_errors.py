"""What a failed command prints and which exit code it returns.

Exit codes: 0 success; 1 Kibana refused or failed a request, a connection failed, or a workflow
stopped or refused; 2 a usage, configuration, state-file or integration-inputs error (found
before anything was changed). ``plan --detailed-exitcode`` turns every error into 1, as
Terraform does, because 2 means "changes" there.

Every error is one line on stderr (``fleet-facade: …``); with ``-o json`` it is instead a JSON
document on stdout, ``{"error": {"kind", "type", "message", "exit_code", …}}``, so a script
reading stdout always gets one document.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._exceptions import (
    APIStatusError,
    DesiredStateError,
    FleetConfigError,
    FleetConnectionError,
    FleetError,
    InvalidInputsError,
    InvalidRequestError,
    WorkflowError,
    WorkflowTimeoutError,
)

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(Exception):
    """Bad arguments or configuration (exit code 2)."""


@dataclass(frozen=True)
class Failure:
    """A classified error: ``kind`` names the class of problem for scripts."""

    kind: str
    exit_code: int
    message: str
    exception: BaseException

    def document(self) -> dict[str, Any]:
        error: dict[str, Any] = {"kind": self.kind, "type": type(self.exception).__name__,
                                 "message": self.message, "exit_code": self.exit_code}
        if isinstance(self.exception, FleetError):
            for name in ("status", "error", "method", "path"):
                value = getattr(self.exception, name, None)
                if value is not None:
                    error[name] = value
        if isinstance(self.exception, WorkflowError):
            error["step"] = self.exception.step
            error["rolled_back"] = self.exception.rolled_back
            error["left_behind"] = self.exception.left_behind
        applied = getattr(self.exception, "applied", None)
        if isinstance(applied, list):
            error["applied"] = [{"action": c.action, "kind": c.kind, "name": c.name, "id": c.id}
                                for c in applied]
        if isinstance(self.exception, InvalidInputsError):
            error["problems"] = self.exception.problems
        return {"error": error}


#: (exception class, kind, exit code), most specific first.
_KINDS: tuple[tuple[type[BaseException], str, int], ...] = (
    (UsageError, "usage", EXIT_USAGE),
    (FleetConfigError, "configuration", EXIT_USAGE),
    (DesiredStateError, "state_file", EXIT_USAGE),
    (InvalidInputsError, "invalid_inputs", EXIT_USAGE),
    (InvalidRequestError, "usage", EXIT_USAGE),
    (WorkflowError, "workflow", EXIT_ERROR),
    (WorkflowTimeoutError, "workflow", EXIT_ERROR),
    (APIStatusError, "api", EXIT_ERROR),
    (FleetConnectionError, "connection", EXIT_ERROR),
    (FleetError, "api", EXIT_ERROR),
    # The library refuses some requests with ValueError/TypeError (teardown with agents
    # still enrolled): a refusal, reported like a workflow error.
    (ValueError, "refused", EXIT_ERROR),
    (TypeError, "refused", EXIT_ERROR),
)


def partial_failure(out: Any, message: str) -> int:
    """After a result was printed (the JSON document included): say what failed, exit 1.

    Raising instead would print a second JSON document after the first.
    """
    out.errors.write(f"fleet-facade: {message}\n")
    return EXIT_ERROR


def classify(exc: BaseException, *, flags: Mapping[str, str] | None = None) -> Failure:
    """The kind, exit code and one-line message of ``exc``.

    Args:
        exc: What the command raised.
        flags: Python argument names of the library mapped to this command's flags, to
            rewrite hints such as ``pass agents='unenroll'`` as ``pass --agents unenroll``.
    """
    kind, code = next(((k, c) for cls, k, c in _KINDS if isinstance(exc, cls)),
                      ("internal", EXIT_ERROR))
    message = str(exc) or type(exc).__name__
    if kind == "internal":
        message = f"internal error: {type(exc).__name__}: {message} (--verbose shows where)"
    elif flags and not _from_kibana(exc):
        message = as_flags(message, flags)
    return Failure(kind, code, " ".join(message.splitlines()), exc)


def _from_kibana(exc: BaseException) -> bool:
    """Kibana's own messages are quoted as they are (they name request fields, not flags)."""
    return isinstance(exc, APIStatusError) or isinstance(
        getattr(exc, "cause", None), APIStatusError)


_ASSIGNMENT = re.compile(r"""\b([a-z][a-z0-9_]*)=('[^']*'|"[^"]*"|True|False|[\w.:-]+)""")
_IDENTIFIER = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")


def as_flags(message: str, flags: Mapping[str, str]) -> str:
    """Rewrite Python keyword hints in ``message`` as this command's flags.

    ``agents='unenroll'`` → ``--agents unenroll``, ``rollback=False`` → ``--no-rollback``,
    ``reassign_to`` → ``--reassign-to``; names the command has no flag for stay as they are.
    """

    def assignment(match: re.Match[str]) -> str:
        name, value = match.group(1), match.group(2)
        if value == "False" and f"no_{name}" in flags:
            return flags[f"no_{name}"]
        if name not in flags:
            return match.group()
        if value == "True":
            return flags[name]
        return f"{flags[name]} {value.strip(chr(39) + chr(34))}"

    def identifier(match: re.Match[str]) -> str:
        return flags.get(match.group(), match.group())

    return _IDENTIFIER.sub(identifier, _ASSIGNMENT.sub(assignment, message))

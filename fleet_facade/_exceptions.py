"""Every exception fleet-facade raises, in one tree (``fleet_facade.<Name>`` exports each).

Every exception derives from :class:`FleetError`. The tree, with what raises each class::

    FleetError
    ├── FleetConfigError                 the client's constructor, ``from_env``, ``with_options``:
    │                                    no URL, no or conflicting credentials, an unusable
    │                                    timeout, port or ``max_retries``
    ├── InvalidInputsError (ValueError)  ``package_policies.create/update``, ``onboard``,
    │                                    ``validate_simplified_inputs``: simplified inputs/vars
    │                                    that do not fit the package manifest; not sent
    ├── InvalidRequestError (ValueError) any call: an argument no HTTP request can carry (an id
    │                                    too long for a URL, a control character in a header,
    │                                    a body nested too deeply; see ``_limits.py``); not sent
    ├── InvalidArgumentError (TypeError) any call: a required argument missing or of the wrong
    │                                    type (a sync transport given to ``AsyncFleet``...);
    │                                    not sent
    ├── InvalidValueError (ValueError)   any call: a value the call cannot use (``onboard``
    │   │                                without a policy, an unknown ``agents=`` choice, a
    │   │                                wait's ``timeout`` of 0...); not sent
    │   └── InstallOptionError           ``agent_install``: a platform, download source, Fleet
    │                                    Server host, enrollment token or agent version that
    │                                    does not exist; ``option``, ``value``, ``choices``
    ├── DesiredStateError (ValueError)   ``load_desired_state``, ``plan``, ``apply``: a state
    │                                    file or mapping that is unreadable, over a limit, of
    │                                    the wrong shape, or names objects, inputs or
    │                                    references that do not resolve; ``problems``; not sent
    ├── WorkflowError                    ``onboard``, ``teardown``, ``rotate_enrollment_tokens``:
    │   │                                a step failed or was refused (``teardown`` of a policy
    │   │                                with agents, ``onboard`` finding an object that
    │   │                                differs from what was asked); ``step``, ``cause``,
    │   │                                ``rolled_back``, ``left_behind``
    │   └── ApplyError                   ``apply`` stopped at a change; ``failed``, ``applied``
    ├── WorkflowTimeoutError             the waits (``agents.wait_for_status``,
    │                                    ``agents.wait_for_action``,
    │                                    ``agent_policies.wait_for_revision``,
    │                                    ``packages.wait_for_installed``) and the workflows
    │                                    that wait (``upgrade_agents``, ``teardown``): the
    │                                    condition did not hold in time; ``waited_for``,
    │                                    ``timeout``, ``last_state``
    ├── UnsupportedByServerError         a call that needs a newer Kibana than the server runs
    │                                    (``format="simplified"`` before 8.10...), refused
    │                                    before its own request is sent
    ├── PackageLookupError               ``packages.get/manifest/resolve_version`` and what uses
    │   │                                them: Kibana answered neither package route; names
    │   │                                the package and the version asked (as do its
    │   │                                subclasses)
    │   ├── InvalidPackageVersionError (ValueError)  not a semantic version nor "latest";
    │   │                                            nothing was sent
    │   └── PackageNotFoundError (NotFoundError)     no such package (or version) installed
    │                                                or in Kibana's registry: 404
    ├── FleetConnectionError             the transport: no response (connection refused,
    │   │                                reset, dropped, TLS or DNS failure)
    │   └── FleetTimeoutError            the transport: no response in time (connect, read,
    │                                    write or pool)
    ├── UnexpectedResponseError          the transport and resources: a 2xx whose body is not
    │                                    what the spec promises (HTML from a proxy, truncated
    │                                    JSON, wrong types, a listing without ``items``), or
    │                                    any body larger than ``max_response_bytes``
    └── APIStatusError                   the transport (:func:`status_error`): Kibana answered
        │                                with a 4xx/5xx status
        ├── BadRequestError              400
        ├── AuthenticationError          401
        ├── PermissionDeniedError        403
        ├── NotFoundError                404
        ├── ConflictError                409
        ├── RateLimitError               429 (``retry_after`` in seconds when Kibana sent it)
        └── ServerError                  5xx

``InvalidInputsError``, ``InvalidRequestError``, ``InvalidValueError`` and ``DesiredStateError``
are both a ``FleetError`` and a ``ValueError`` (``InvalidArgumentError`` a ``TypeError``):
they report a caller's mistake found before any request is sent, so ``except ValueError``
(``TypeError``) catches them as well.

Every exception carries ``status`` (``None`` when no response arrived), Kibana's ``error`` and
``message``, and the request's ``method`` and ``path``. Credentials never appear in them: the
exceptions keep no request headers and no reference to the ``httpx`` request or response.
:func:`status_error` is the one place that turns a status code into an exception class.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .workflows._plan import Change

__all__ = [
    "APIStatusError",
    "ApplyError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DesiredStateError",
    "FleetConfigError",
    "FleetConnectionError",
    "FleetError",
    "FleetTimeoutError",
    "InstallOptionError",
    "InvalidArgumentError",
    "InvalidInputsError",
    "InvalidPackageVersionError",
    "InvalidRequestError",
    "InvalidValueError",
    "NotFoundError",
    "PackageLookupError",
    "PackageNotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UnexpectedResponseError",
    "UnsupportedByServerError",
    "WorkflowError",
    "WorkflowTimeoutError",
    "status_error",
]


class FleetError(Exception):
    """Root of every fleet-facade exception.

    Attributes:
        message: What went wrong; for API errors Kibana's ``message`` verbatim.
        status: HTTP status, ``None`` when there was no response.
        error: Kibana's ``error`` (the reason phrase, e.g. ``"Not Found"``), if any.
        method: HTTP method of the request, if one was made.
        path: Request path (with the space prefix, without the query string), if any.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        error: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.error = error
        self.method = method
        self.path = path

    def __str__(self) -> str:
        where = f" ({self.method} {self.path})" if self.method and self.path else ""
        return f"{self.message}{where}"


class FleetConfigError(FleetError):
    """The client is misconfigured (missing URL or credentials, conflicting options)."""


class InvalidRequestError(FleetError, ValueError):
    """An argument cannot be put into an HTTP request at all; nothing was sent."""


class InvalidArgumentError(FleetError, TypeError):
    """A required argument is missing or has the wrong type; nothing was sent."""


class InvalidValueError(FleetError, ValueError):
    """An argument has the right type but a value the call cannot use (a choice that is not
    offered, two options that exclude each other, a number out of range); nothing was sent."""


class InstallOptionError(InvalidValueError):
    """An install option names something that does not exist; nothing was sent or created.

    Attributes:
        option: The option (``"platform"``, ``"download_source_id"``, ``"fleet_server_host_id"``,
            ``"version"``, ``"enrollment_token_id"``).
        value: What was asked.
        choices: The valid values.
    """

    def __init__(self, option: str, value: object, choices: Sequence[str], *,
                 detail: str = "") -> None:
        self.option = option
        self.value = value
        self.choices = list(choices)
        shown = ", ".join(self.choices) if self.choices else "(none)"
        super().__init__(f"unknown {option} {value!r}{detail}; valid: {shown}")


class InvalidInputsError(FleetError, ValueError):
    """Simplified ``inputs``/``vars`` do not match the package manifest; nothing was sent.

    Attributes:
        problems: One line per problem found (unknown names, missing or mistyped variables).
    """

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class DesiredStateError(FleetError, ValueError):
    """Desired state that cannot be used: an unreadable or invalid file, a limit exceeded,
    data without the documented shape, or (from ``plan``/``apply``) integrations, inputs or
    references that do not resolve. Nothing was sent.

    Also a ``ValueError``: it reports the caller's mistake.

    Attributes:
        problems: Every problem found, one line each (one line for a file that cannot be read).
    """

    def __init__(self, message: str, *, problems: list[str] | None = None) -> None:
        self.problems = list(problems) if problems else [message]
        super().__init__(message)


class WorkflowError(FleetError):
    """A workflow step failed.

    Attributes:
        step: The step that failed (e.g. ``"create integration nginx-demo"``).
        cause: The underlying error (``FleetError`` or argument error).
        rolled_back: What this call had created and removed again, as ``"kind id (name)"``.
        left_behind: What remains: created objects kept (``rollback=False``) or whose removal
            failed, as ``"kind id (name)"``.
    """

    def __init__(
        self,
        step: str,
        cause: BaseException,
        *,
        rolled_back: Sequence[str] = (),
        left_behind: Sequence[str] = (),
    ) -> None:
        self.step = step
        self.cause = cause
        self.rolled_back = list(rolled_back)
        self.left_behind = list(left_behind)
        parts = [f"step '{step}' failed: {cause}"]
        if self.rolled_back:
            parts.append("rolled back: " + ", ".join(self.rolled_back))
        if self.left_behind:
            parts.append("left behind: " + ", ".join(self.left_behind))
        elif not self.rolled_back:
            parts.append("nothing had been created")
        super().__init__("; ".join(parts), status=getattr(cause, "status", None),
                         error=getattr(cause, "error", None))


class ApplyError(WorkflowError):
    """``apply`` stopped at a failing change; the changes before it stay applied.

    Attributes:
        failed: The change that failed.
        applied: The changes made before the failure.
    """

    def __init__(self, failed: Change, cause: BaseException, applied: Sequence[Change]) -> None:
        super().__init__(f"{failed.action} {failed.kind} {failed.name!r}", cause)
        self.failed = failed
        self.applied = list(applied)
        done = ", ".join(f"{c.action} {c.kind} {c.name!r}" for c in applied) or "nothing"
        self.message = f"step '{self.step}' failed: {cause}; applied before it: {done}"
        self.args = (self.message,)


class WorkflowTimeoutError(FleetError):
    """A wait ran out of time before its condition held.

    Attributes:
        waited_for: What was being waited for.
        timeout: Seconds waited.
        last_state: The last observed state, for the message.
    """

    def __init__(self, waited_for: str, timeout: float, last_state: str) -> None:
        super().__init__(f"timed out after {timeout:g}s waiting for {waited_for} "
                         f"(last seen: {last_state})")
        self.waited_for = waited_for
        self.timeout = timeout
        self.last_state = last_state


class UnsupportedByServerError(FleetError):
    """The server's Kibana version is too old for the requested feature.

    Attributes:
        feature: The feature asked for.
        required: The minimum Kibana version it needs.
        server_version: The version the server reported.
    """

    def __init__(self, feature: str, *, required: str, server_version: str) -> None:
        super().__init__(
            f"{feature} needs Kibana {required} or newer; the server runs {server_version}"
        )
        self.feature = feature
        self.required = required
        self.server_version = server_version


class FleetConnectionError(FleetError):
    """No response arrived: the connection failed, was reset or dropped."""


class FleetTimeoutError(FleetConnectionError):
    """No response arrived within the timeout."""


class UnexpectedResponseError(FleetError):
    """A success status whose body does not match the API description.

    The body itself is not kept (it may hold secrets such as enrollment tokens); ``content_type``
    and ``detail`` say what was wrong.
    """

    def __init__(
        self,
        detail: str,
        *,
        status: int | None,
        method: str,
        path: str,
        content_type: str | None = None,
    ) -> None:
        super().__init__(
            f"unexpected response body (HTTP {status}, {content_type or 'no content type'}): "
            f"{detail}",
            status=status,
            method=method,
            path=path,
        )
        self.content_type = content_type
        self.detail = detail


class APIStatusError(FleetError):
    """Kibana answered with an error status.

    Attributes:
        attributes: Kibana's optional ``attributes`` object from the error envelope.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        error: str | None,
        method: str,
        path: str,
        attributes: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message, status=status, error=error, method=method, path=path)
        self.attributes = attributes

    def __str__(self) -> str:
        error = f" {self.error}" if self.error else ""
        return f"{self.status}{error}: {self.message} ({self.method} {self.path})"


class BadRequestError(APIStatusError):
    """400: Kibana refused the request (validation, KQL syntax, business rule)."""


class AuthenticationError(APIStatusError):
    """401: missing or wrong credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials lack a Fleet privilege."""


class NotFoundError(APIStatusError):
    """404: the object (or route) does not exist."""


class ConflictError(APIStatusError):
    """409: a name or id is taken, or an optimistic-concurrency version is stale."""


class RateLimitError(APIStatusError):
    """429: too many requests.

    Attributes:
        retry_after: Seconds Kibana asked to wait (from ``Retry-After``), if given.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx: Kibana (or a proxy in front of it) failed."""


def describe_version(version: str | None) -> str:
    """How a version asked for reads in a message."""
    if version is None:
        return "no version (the installed one, else the latest)"
    if version == "latest":
        return "'latest' (the registry's newest)"
    return repr(version)


class PackageLookupError(FleetError):
    """A package's version could not be resolved; nothing was created.

    Raised as such when Kibana answers neither the versionless nor the versioned package
    route with a package (a refusal other than "not found"): ``status``, ``error`` and
    ``path`` are then Kibana's answer.

    Attributes:
        package: The package name asked for.
        version: The version asked for: exact, ``"latest"``, or ``None`` (installed, else
            the latest).
        reason: What went wrong, without the package and version (Kibana's message when it
            answered).
    """

    def __init__(self, message: str, *, package: str, version: str | None, **fields: Any) -> None:
        super().__init__(
            f"package {package!r}, version {describe_version(version)}: {message}", **fields
        )
        self.package = package
        self.version = version
        self.reason = message

    @classmethod
    def from_answer(
        cls, cause: APIStatusError, *, package: str, version: str | None
    ) -> PackageLookupError:
        """The lookup error for Kibana's refusal ``cause`` (keeps its status, message, path)."""
        fields: dict[str, Any] = {"status": cause.status, "error": cause.error,
                                  "method": cause.method, "path": cause.path}
        if issubclass(cls, APIStatusError):
            fields["attributes"] = cause.attributes
        return cls(cause.message, package=package, version=version, **fields)


class InvalidPackageVersionError(PackageLookupError, ValueError):
    """The version asked for is neither a semantic version nor ``"latest"``; nothing was sent."""


class PackageNotFoundError(PackageLookupError, NotFoundError):
    """404: Kibana has no such package, or not that version, installed or in its registry."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}
_SPACES = re.compile(r"\s+")
_TAGS = re.compile(r"<[^>]*>")


def _error_fields(content: bytes, content_type: str | None) -> tuple[str | None, str | None, Any]:
    """Kibana's ``error``, ``message`` and ``attributes`` from a body, tolerating non-JSON."""
    try:
        body = json.loads(content) if content else None
    except (ValueError, RecursionError):  # (UnicodeDecodeError is a ValueError)
        body = None
    if isinstance(body, dict):
        message = body.get("message")
        error = body.get("error")
        attributes = body.get("attributes")
        return (
            error if isinstance(error, str) else None,
            message if isinstance(message, str) else (json.dumps(message) if message else None),
            attributes if isinstance(attributes, dict) else None,
        )
    if not content:
        return None, None, None
    # Not JSON: typically an HTML page from a proxy or load balancer. Keep a short text form.
    text = content[:2000].decode("utf-8", "replace")
    text = _SPACES.sub(" ", _TAGS.sub(" ", text)).strip()[:200]
    kind = content_type.split(";")[0] if content_type else "unknown content type"
    return None, f"non-JSON error body ({kind}): {text}" if text else None, None


def status_error(
    status: int,
    content: bytes,
    *,
    method: str,
    path: str,
    content_type: str | None = None,
    retry_after: float | None = None,
) -> APIStatusError:
    """Build the exception for an error response: the single status-to-class mapping site.

    Args:
        status: HTTP status (>= 400).
        content: Response body (JSON envelope or anything else).
        method: Request method.
        path: Request path.
        content_type: The response's ``Content-Type``.
        retry_after: Parsed ``Retry-After`` seconds, if any.

    Returns:
        The matching :class:`APIStatusError` subclass instance.
    """
    error, message, attributes = _error_fields(content, content_type)
    if message is None:
        message = error or f"HTTP {status}"
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else APIStatusError)
    fields: dict[str, Any] = {
        "status": status,
        "error": error,
        "method": method,
        "path": path,
        "attributes": attributes,
    }
    if cls is RateLimitError:
        return RateLimitError(message, retry_after=retry_after, **fields)
    return cls(message, **fields)

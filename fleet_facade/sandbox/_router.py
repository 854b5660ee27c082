"""Routing and Kibana's request pipeline: space prefix, auth, xsrf, API version, error envelope."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._core import FleetCore
from ._faults import Faults
from ._http import (
    API_VERSION,
    KibanaError,
    SandboxRequest,
    SandboxResponse,
    error_response,
    json_response,
)
from ._paths import decode_param, normalize_path
from ._payloads import body_limit, decode_body
from ._request_log import RequestLog
from ._request_schema import validate_request

_SPACE_PREFIX = re.compile(r"^/s/([^/]+)(/.*)\Z", re.DOTALL)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SAFE_METHODS = ("GET", "OPTIONS", "HEAD")
_BODY_LOG_LIMIT = 100_000


@dataclass
class Ctx:
    """One request as a handler sees it."""

    core: FleetCore
    method: str
    path: str
    params: dict[str, str]
    query: dict[str, list[str]]
    body: Any
    space: str
    user: str
    #: The unparsed body and lower-cased headers (for routes registered with ``raw_body``).
    raw: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    def q(self, name: str, default: str | None = None) -> str | None:
        """The last value of a query parameter."""
        values = self.query.get(name)
        return values[-1] if values else default

    def q_int(self, name: str, default: int) -> int:
        """An integer query parameter, coerced as config-schema does."""
        value = self.q(name)
        if value is None or value == "":
            return default
        try:
            return int(value)
        except ValueError:
            raise KibanaError(
                400, f"[request query.{name}]: expected value of type [number] but got [string]"
            ) from None

    def q_bool(self, name: str, default: bool = False) -> bool:
        """A boolean query parameter (``true``/``false``)."""
        value = self.q(name)
        if value is None or value == "":
            return default
        if value.lower() in ("true", "false"):
            return value.lower() == "true"
        raise KibanaError(
            400, f"[request query.{name}]: expected value of type [boolean] but got [string]"
        )


Handler = Callable[[Ctx], Any]


#: How a template segment ranks: a literal beats a ``{param}``, which beats a ``{param*}``.
_LITERAL, _PARAM, _WILDCARD = 0, 1, 2
_PARAM_SEGMENT = re.compile(r"^\{(\w+)(\*?)\}$")


@dataclass
class Route:
    """A method and path template bound to a handler."""

    method: str
    template: str
    handler: Handler
    versioned: bool
    #: The handler reads ``ctx.raw`` itself (archive uploads); the body is not parsed as JSON.
    raw_body: bool = False
    #: One ``(rank, text)`` per template segment: the literal, or the parameter's name.
    segments: tuple[tuple[int, str], ...] = ()
    #: The template as a regular expression (matching is left to ``re``: it is the fast part).
    pattern: re.Pattern[str] = re.compile("")

    @property
    def specificity(self) -> tuple[int, ...]:
        """Segment ranks, compared left to right (smaller is more specific)."""
        return tuple(rank for rank, _ in self.segments)

    @property
    def wildcard(self) -> bool:
        """Whether the last segment takes the rest of the path (``{filePath*}``)."""
        return bool(self.segments) and self.segments[-1][0] == _WILDCARD

    def match(self, path: str) -> dict[str, str] | None:
        """The path parameters when ``path`` fits this route."""
        found = self.pattern.match(path)
        return None if found is None else found.groupdict()


def _pattern(segments: list[tuple[int, str]]) -> re.Pattern[str]:
    parts = []
    for rank, text in segments:
        if rank == _LITERAL:
            parts.append(re.escape(text))
        elif rank == _PARAM:
            parts.append(f"(?P<{text}>[^/]+)")
        else:
            parts.append(f"(?P<{text}>.+?)")
    # \Z, not $: "$" also matches before a trailing newline, so an id of "\n" would route
    # GET /package_policies/%0A to the listing. One trailing slash is allowed.
    return re.compile("^/" + "/".join(parts) + "/?\\Z")


def _split(path: str) -> list[str]:
    # One trailing slash is ignored: /api/fleet/agents/ is /api/fleet/agents.
    if len(path) > 1 and path.endswith("/"):
        path = path[:-1]
    return path[1:].split("/")


class Router:
    """The route table, ranked as Kibana's router (hapi) ranks it.

    The most specific template wins whatever the registration order: templates are compared
    segment by segment, a literal segment beating a ``{param}``, which beats a ``{param*}``
    (hapi's "path matching order", https://hapi.dev/api/#path-matching-order), so
    ``/epm/packages/installed`` wins over ``/epm/packages/{pkgName}``. Two templates of the
    same shape are refused. Matching looks only at the routes of the request's method and
    segment count (plus wildcard routes), kept ranked in a table built once per shape.
    """

    def __init__(self) -> None:
        self.routes: list[Route] = []
        self._table: dict[tuple[str, int], list[Route]] = {}
        self._shapes: dict[tuple[Any, ...], str] = {}

    def add(
        self,
        method: str,
        template: str,
        handler: Handler,
        *,
        versioned: bool = True,
        raw_body: bool = False,
    ) -> None:
        """Register ``handler`` for ``method`` on ``template``.

        ``{name}`` matches one non-empty segment; a last ``{name*}`` matches the rest of the
        path (several segments). The route's template is kept without the ``*``, as the spec
        spells the path.

        Raises:
            ValueError: If a route of the same method and shape is already registered.
        """
        segments: list[tuple[int, str]] = []
        for part in template[1:].split("/"):
            param = _PARAM_SEGMENT.match(part)
            if param is None:
                segments.append((_LITERAL, part))
            else:
                segments.append((_WILDCARD if param.group(2) else _PARAM, param.group(1)))
        shape = (method, *((rank, text if rank == _LITERAL else "") for rank, text in segments))
        if shape in self._shapes:
            raise ValueError(f"{method} {template} is already routed ({self._shapes[shape]})")
        self._shapes[shape] = template
        self.routes.append(
            Route(
                method,
                template.replace("*}", "}"),
                handler,
                versioned,
                raw_body,
                tuple(segments),
                _pattern(segments),
            )
        )
        self._table.clear()

    def _candidates(self, method: str, count: int) -> list[Route]:
        found = self._table.get((method, count))
        if found is None:
            found = sorted(
                (
                    route
                    for route in self.routes
                    if route.method == method
                    and (
                        len(route.segments) == count
                        or (route.wildcard and len(route.segments) <= count)
                    )
                ),
                key=lambda route: route.specificity,
            )
            self._table[(method, count)] = found
        return found

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        """The most specific route for ``method`` and ``path``, and its path parameters."""
        parts = _split(path)
        for route in self._candidates(method, len(parts)):
            params = route.match(path)
            if params is not None:
                return route, params
        return None


@dataclass
class Credentials:
    """The credentials the sandbox accepts."""

    api_key: str
    username: str
    password: str
    bearer_token: str

    def user_for(self, authorization: str | None) -> str | None:
        """The user a header authenticates, ``""`` for bad credentials, ``None`` for none."""
        if not authorization:
            return None
        scheme, _, value = authorization.strip().partition(" ")
        scheme, value = scheme.lower(), value.strip()
        if scheme == "apikey":
            return self.username if value == self.api_key else ""
        if scheme == "bearer":
            return self.username if value == self.bearer_token else ""
        if scheme == "basic":
            try:
                user, _, password = base64.b64decode(value).decode().partition(":")
            except (binascii.Error, UnicodeDecodeError):
                return ""
            return user if (user, password) == (self.username, self.password) else ""
        return ""


@dataclass
class RequestRecord:
    """A logged request. Credentials are never stored.

    Attributes:
        method: HTTP method.
        path: Path without the query string (as sent, space prefix included).
        query: Query parameters (last value of each).
        status: Status answered (0 for a dropped connection).
        body: The request body parsed as JSON (``None`` when empty or not JSON).
        space: Space id from the ``/s/<space>`` prefix (``"default"`` without one).
        response: The response JSON (``None`` above 100 kB or when dropped).
        fault: Whether a fault rule decided the answer.
    """

    method: str
    path: str
    query: dict[str, str]
    status: int
    body: Any
    space: str
    response: Any = None
    fault: bool = False


# UNVERIFIED: the Elasticsearch reason text Kibana proxies for bad credentials.
_BAD_CREDENTIALS = (
    "[security_exception\n\tRoot causes:\n\t\tsecurity_exception: unable to authenticate with "
    "provided credentials and anonymous access is not allowed for this request]: unable to "
    "authenticate with provided credentials and anonymous access is not allowed for this request"
)


@dataclass
class App:
    """Runs one request through the pipeline. Both serving modes call :meth:`handle`."""

    core: FleetCore
    router: Router
    credentials: Credentials
    faults: Faults
    kibana_version: str
    server_name: str = "fleet-sandbox"
    requests: RequestLog[RequestRecord] = field(default_factory=RequestLog)
    contract: Any = None  # a _contract.ContractChecker when validate_responses is on
    errors: list[Exception] = field(default_factory=list)

    def handle(self, request: SandboxRequest, *, raise_violations: bool = True) -> SandboxResponse:
        """Answer one request (faults, auth, xsrf, version checks, handler, envelope, log).

        Args:
            request: The request.
            raise_violations: With response validation on, raise a contract violation (the
                in-process transports) instead of answering 500 with it (the real server).
        """
        space, path = "default", normalize_path(request.path)
        full_path = path
        prefixed = _SPACE_PREFIX.match(path)
        if prefixed:
            space, path = prefixed.group(1), prefixed.group(2)
        rule = self.faults.pick(request.method, (full_path, path))
        fault_response = rule.response() if rule is not None and rule.fails else None
        if fault_response is not None and not rule.apply_first:  # type: ignore[union-attr]
            response = fault_response
        else:
            response = self._answer(request, path, space, raise_violations)
            if fault_response is not None:
                response = fault_response
        if rule is not None:
            response.latency = rule.latency
        self._log(request, space, response, fault=fault_response is not None)
        return response

    def body_limit(self, request: SandboxRequest) -> int:
        """The most body bytes the request's route accepts (the server reads no more)."""
        path = normalize_path(request.path)
        prefixed = _SPACE_PREFIX.match(path)
        found = self.router.match(request.method, prefixed.group(2) if prefixed else path)
        return body_limit(raw_body=found is not None and found[0].raw_body)

    def _answer(
        self, request: SandboxRequest, path: str, space: str, raise_violations: bool
    ) -> SandboxResponse:
        route_and_params = self.router.match(request.method, path)
        versioned = route_and_params is not None and route_and_params[0].versioned
        try:
            user = self.credentials.user_for(request.headers.get("authorization"))
            if user is None:
                raise KibanaError(401, "Unauthorized")
            if user == "":
                raise KibanaError(
                    401,
                    _BAD_CREDENTIALS,
                    headers={"www-authenticate": 'Basic realm="security", charset="UTF-8", ApiKey'},
                )
            if (
                request.method not in _SAFE_METHODS
                and "kbn-xsrf" not in request.headers
                and "kbn-version" not in request.headers
            ):
                raise KibanaError(400, "Request must contain a kbn-xsrf header.")
            if route_and_params is None:
                raise KibanaError(404, "Not Found")
            route, encoded = route_and_params
            params = {name: decode_param(value) for name, value in encoded.items()}
            if versioned:
                self._check_version(request, route)
            body = decode_body(request, raw_body=route.raw_body)
            # Kibana's route validation (config-schema) runs before every handler.
            body = validate_request(
                self.kibana_version, request.method, route.template, params, request.query, body,
                check_body=not route.raw_body,
            )
            ctx = Ctx(
                self.core,
                request.method,
                path,
                params,
                request.query,
                body,
                space,
                user,
                raw=request.body,
                headers=request.headers,
            )
            with self.core.lock:
                result = route.handler(ctx)
            response = result if isinstance(result, SandboxResponse) else json_response(200, result)
        except KibanaError as err:
            response = error_response(err)
        except Exception as err:  # a sandbox bug: answer like Kibana, keep it for the test
            self.errors.append(err)
            response = error_response(KibanaError(500, "An internal server error occurred."))
        if versioned:
            response.headers["elastic-api-version"] = API_VERSION
        if self.contract is not None and versioned:
            try:
                self.contract.check(request.method, path, request.query, response)
            except AssertionError as violation:  # a ContractViolation, already recorded
                if raise_violations:
                    raise
                response = error_response(KibanaError(500, str(violation)))
        return response

    def _check_version(self, request: SandboxRequest, route: Any) -> None:
        if "apiVersion" in request.query:
            raise KibanaError(
                400,
                'Use of query parameter "apiVersion" is not allowed. Please specify the API '
                'version using the "elastic-api-version" header.',
            )
        version = request.headers.get("elastic-api-version")
        if version is None or version == API_VERSION:
            return
        if not _DATE.match(version):
            raise KibanaError(
                400,
                f'Invalid version. Received "{version}", expected a valid date string '
                "formatted as YYYY-MM-DD.",
            )
        # UNVERIFIED: the method's case and that the route template (not the request path)
        # is printed; both follow Kibana's versioned router as read.
        raise KibanaError(
            400,
            f'No version "{version}" available for [{route.method.lower()}] [{route.template}]. '
            f"Available versions are: [{API_VERSION}]",
        )

    def _log(
        self, request: SandboxRequest, space: str, response: SandboxResponse, fault: bool
    ) -> None:
        body = _parse_logged(request.body)
        answer = None
        if not response.drop and len(response.body) <= _BODY_LOG_LIMIT:
            answer = _parse_logged(response.body)
        record = RequestRecord(
            method=request.method,
            path=request.path,
            query={k: v[-1] for k, v in request.query.items() if v},
            status=0 if response.drop else response.status,
            body=body,
            space=space,
            response=answer,
            fault=fault,
        )
        self.requests.append(record)


def _parse_logged(raw: bytes) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return None

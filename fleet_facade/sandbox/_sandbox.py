"""The public entry point: :class:`FleetSandbox`."""

from __future__ import annotations

import base64
import os
import secrets
from collections.abc import Iterable
from types import TracebackType
from typing import Any

import httpx

from . import _agents
from ._catalog import Catalog, PackageSource
from ._core import FleetCore
from ._defaults import seed_defaults
from ._faults import Faults
from ._ids import Clock, IdFactory, utc_now
from ._request_log import DEFAULT_REQUEST_LOG_SIZE, RequestLog
from ._router import App, Credentials, Ctx, RequestRecord, Router
from ._server import DEFAULT_IDLE_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, LoopbackServer
from ._state import SandboxState
from ._transport import AsyncSandboxTransport, SandboxTransport
from .routes import register_all

DEFAULT_KIBANA_VERSION = "9.1.0"


def _status_route(app_holder: dict[str, Any]) -> Any:
    def status(_ctx: Ctx) -> dict[str, Any]:
        app: App = app_holder["app"]
        return {
            "name": app.server_name,
            "version": {"number": app.kibana_version, "build_flavor": "default"},
            "status": {"overall": {"level": "available"}},
        }

    return status


class FleetSandbox:
    """A stateful, in-memory imitation of Kibana's Fleet HTTP API.

    Use it as a context manager to serve real HTTP on loopback, or call :meth:`transport` /
    :meth:`async_transport` for an in-process httpx transport (no server thread needed).

    Example:
        >>> with FleetSandbox() as sb:
        ...     client = httpx.Client(base_url=sb.url, headers=sb.auth_headers())
        ...     client.get("/api/fleet/agent_policies").status_code
        200

    Args:
        api_key: The accepted ``Authorization: ApiKey`` value (base64 of ``id:secret``);
            random by default.
        username: Accepted basic-auth user (also ``updated_by`` of every change).
        password: Accepted basic-auth password.
        bearer_token: Accepted ``Authorization: Bearer`` token; random by default.
        kibana_version: Reported by ``/api/status``; caps agent upgrades.
        packages: More packages for the catalog (JSON paths or dicts in package-info shape).
        seed: Makes ids, keys and the default credentials reproducible.
        clock: Returns the current ``datetime`` (UTC); injectable for tests.
        action_duration: Seconds after which agent actions complete on their own.
        validate_responses: Check every Fleet response against the pinned OpenAPI spec.
            When not given, ``FLEET_SANDBOX_VALIDATE=1`` in the environment turns it on
            (the project's own test suite runs that way).
        spec_path: Spec to validate against (default: the packaged/pinned one).
        request_log_size: How many requests :attr:`requests` keeps (the most recent ones).
        idle_timeout: Seconds a loopback connection may wait for its next request before it
            is closed (Kibana's ``server.keepaliveTimeout``, 120 s).
        request_timeout: Seconds a loopback request may take to arrive once it has begun:
            a head still incomplete is answered a bare 408, a body still incomplete 408
            ``Request Timeout`` (Kibana's ``server.payloadTimeout``, 20 s). Either way the
            connection is closed, so a half-sent request holds a thread no longer than this.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        username: str = "elastic",
        password: str = "changeme",
        bearer_token: str | None = None,
        kibana_version: str = DEFAULT_KIBANA_VERSION,
        packages: Iterable[PackageSource] = (),
        seed: int | None = None,
        clock: Clock = utc_now,
        action_duration: float = 2.0,
        validate_responses: bool | None = None,
        spec_path: str | None = None,
        request_log_size: int = DEFAULT_REQUEST_LOG_SIZE,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
        request_timeout: float = DEFAULT_REQUEST_TIMEOUT,
    ) -> None:
        ids = IdFactory(seed)
        self.catalog = Catalog.bundled()
        self.catalog.extend(packages)
        self._core = FleetCore(
            catalog=self.catalog,
            ids=ids,
            clock=clock,
            kibana_version=kibana_version,
            action_duration=action_duration,
        )
        seed_defaults(self._core)
        self.api_key = api_key or ids.api_key()[1]
        self.bearer_token = bearer_token or (
            ids.secret(40) if seed is not None else secrets.token_urlsafe(30)
        )
        self.username, self._password = username, password
        self.faults = Faults(seed=seed)
        router = Router()
        holder: dict[str, Any] = {}
        router.add("GET", "/api/status", _status_route(holder), versioned=False)
        register_all(router)
        self._app = App(
            core=self._core,
            router=router,
            credentials=Credentials(self.api_key, username, password, self.bearer_token),
            faults=self.faults,
            kibana_version=kibana_version,
            requests=RequestLog(request_log_size),
        )
        self._timeouts = (idle_timeout, request_timeout)
        holder["app"] = self._app
        if validate_responses is None:
            validate_responses = os.environ.get("FLEET_SANDBOX_VALIDATE", "") in {"1", "true"}
        if validate_responses:
            try:
                from ._contract import ContractChecker
            except ImportError as exc:
                raise ImportError(
                    "validate_responses needs openapi-core: install fleet-facade[contract]"
                ) from exc

            self._app.contract = ContractChecker.load(spec_path)
        self._server: LoopbackServer | None = None

    # -- serving -----------------------------------------------------------------------------

    def start(self) -> FleetSandbox:
        """Start serving HTTP on a free loopback port (idempotent)."""
        if self._server is None:
            idle, request = self._timeouts
            self._server = LoopbackServer(self._app, idle_timeout=idle, request_timeout=request)
            self._server.start()
        return self

    def stop(self) -> None:
        """Stop the HTTP server, if running."""
        if self._server is not None:
            self._server.stop()
            self._server = None

    def __enter__(self) -> FleetSandbox:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """Base URL of the running server (``http://127.0.0.1:<port>``).

        Raises:
            RuntimeError: If the server is not started.
        """
        if self._server is None:
            raise RuntimeError(
                "the sandbox is not serving; use `with FleetSandbox() as sb` or start()"
            )
        return self._server.url

    def transport(self) -> httpx.BaseTransport:
        """An in-process sync transport for ``httpx.Client(transport=...)``."""
        return SandboxTransport(self._app)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An in-process async transport."""
        return AsyncSandboxTransport(self._app)

    def auth_headers(self, scheme: str = "apikey") -> dict[str, str]:
        """``Authorization`` (``apikey``, ``basic`` or ``bearer``) and ``kbn-xsrf`` headers."""
        if scheme == "basic":
            token = base64.b64encode(f"{self.username}:{self._password}".encode()).decode()
            authorization = f"Basic {token}"
        elif scheme == "bearer":
            authorization = f"Bearer {self.bearer_token}"
        else:
            authorization = f"ApiKey {self.api_key}"
        return {"Authorization": authorization, "kbn-xsrf": "true"}

    def client(self, **kwargs: Any) -> httpx.Client:
        """An ``httpx.Client`` wired to the in-process transport with credentials."""
        return httpx.Client(
            transport=self.transport(),
            base_url="http://fleet-sandbox",
            headers=self.auth_headers(),
            **kwargs,
        )

    # -- fixtures and inspection -------------------------------------------------------------

    @property
    def state(self) -> SandboxState:
        """The stored objects (read them; change them through the API)."""
        return self._core.state

    @property
    def requests(self) -> RequestLog[RequestRecord]:
        """The most recent requests answered (``request_log_size``, 10,000 by default), oldest
        first, without credentials. Reads like a list: ``len``, ``[-1]``, ``[mark:]``,
        ``del sb.requests[:]``."""
        return self._app.requests

    @property
    def contract_violations(self) -> list[str]:
        """Spec violations found while ``validate_responses`` is on."""
        return [] if self._app.contract is None else self._app.contract.violations

    @property
    def errors(self) -> list[Exception]:
        """Unexpected exceptions inside handlers (each answered 500, as Kibana would)."""
        return self._app.errors

    def count(self, kind: str) -> int:
        """How many objects of a kind are stored (``"agent_policies"``, ``"agents"``, ...)."""
        value = getattr(self._core.state, kind)
        return len(value)

    def add_agents(
        self,
        count: int,
        *,
        policy_id: str | None = None,
        status: str = "online",
        version: str | None = None,
        tags: Iterable[str] = (),
    ) -> list[str]:
        """Enroll ``count`` synthetic agents; returns their ids (cheap even for 100,000)."""
        with self._core.lock:
            return _agents.add_agents(
                self._core,
                count,
                policy_id=policy_id,
                status=status,
                version=version or self._core.kibana_version,
                tags=list(tags),
            )

    def complete_actions(self) -> int:
        """Finish every in-progress agent action now; returns how many were finished."""
        with self._core.lock:
            return _agents.progress_actions(self._core, everything=True)

# Generated from fleet_facade/_async/client.py by scripts/run_unasync.py; do not edit.
"""``AsyncFleet``: the asynchronous Fleet client (``Fleet`` is generated from this file)."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any

import httpx
from fleet_api_client.client import Client  # type: ignore[import-untyped, unused-ignore]

from .._config import Verify, resolve
from .._types import SyncSleep
from ._transport import Transport
from .admin import Admin, AgentlessPolicies
from .agent_policies import AgentPolicies
from .agents import Agents
from .cloud_connectors import CloudConnectors
from .download_sources import DownloadSources
from .enrollment_tokens import EnrollmentTokens
from .fleet_server_hosts import FleetServerHosts
from .outputs import Outputs
from .package_policies import PackagePolicies
from .packages import Packages
from .proxies import Proxies
from .settings import Settings
from .uninstall_tokens import UninstallTokens


class Fleet:
    """A client for Kibana's Fleet API.

    Example:
        >>> from fleet_facade import AsyncFleet
        >>> from fleet_facade.sandbox import FleetSandbox
        >>> def main() -> str:
        ...     sb = FleetSandbox()
        ...     with AsyncFleet("http://fleet-sandbox", api_key=sb.api_key,
        ...                           transport=sb.transport()) as fleet:
        ...         policy = fleet.agent_policies.create(name="demo", namespace="default")
        ...         return policy.name
        >>> main()
        'demo'

    Args:
        base_url: Kibana URL, e.g. ``https://kibana.example:9243``; default ``KIBANA_ENDPOINT``
            (or ``KIBANA_URL``).
        api_key: API key (base64 ``id:key``, or the ``id:key`` pair); default
            ``KIBANA_API_KEY`` when no credential is passed.
        username: Basic authentication user; default ``KIBANA_USERNAME``.
        password: Basic authentication password; default ``KIBANA_PASSWORD``.
        bearer_token: Bearer token.
        space: Kibana space (requests go to ``/s/<space>/api/...``); default ``KIBANA_SPACE``.
        verify: TLS verification: ``True``, a CA bundle path or an ``ssl.SSLContext``;
            ``False`` disables it (with a warning). Default ``KIBANA_CA_CERTS``, or off when
            ``KIBANA_INSECURE`` is true, else on.
        timeout: Seconds (or an ``httpx.Timeout``) per request; default 30.
        max_retries: Retries of failed idempotent requests and recoverable creates; default 2.
        transport: An httpx transport instead of the network (e.g. ``sandbox.transport()``).
        sleep: The sleep used between retries (tests pass a no-op).

    Raises:
        FleetConfigError: No URL, or conflicting credentials.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        api_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        bearer_token: str | None = None,
        space: str | None = None,
        verify: Verify | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: SyncSleep | None = None,
    ) -> None:
        settings = resolve(
            base_url,
            api_key=api_key,
            username=username,
            password=password,
            bearer_token=bearer_token,
            space=space,
            verify=verify,
            timeout=timeout,
            max_retries=max_retries,
        )
        self._bind(Transport(settings, transport=transport, sleep=sleep))

    def _bind(self, transport: Transport) -> None:
        self._transport = transport
        self._raw: Client | None = None
        self.packages = Packages(transport)
        self.agent_policies = AgentPolicies(transport)
        self.package_policies = PackagePolicies(transport, self.packages)
        self.enrollment_tokens = EnrollmentTokens(transport)
        self.agents = Agents(transport)
        self.outputs = Outputs(transport)
        self.fleet_server_hosts = FleetServerHosts(transport)
        self.proxies = Proxies(transport)
        self.download_sources = DownloadSources(transport)
        self.settings = Settings(transport)
        self.uninstall_tokens = UninstallTokens(transport)
        self.cloud_connectors = CloudConnectors(transport)
        self.agentless_policies = AgentlessPolicies(transport)
        self.admin = Admin(transport)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **kwargs: Any) -> Fleet:
        """A client configured from ``KIBANA_*`` environment variables.

        Reads ``KIBANA_ENDPOINT`` (alias ``KIBANA_URL``), ``KIBANA_API_KEY``,
        ``KIBANA_USERNAME``/``KIBANA_PASSWORD``, ``KIBANA_SPACE``, ``KIBANA_CA_CERTS`` and
        ``KIBANA_INSECURE``; keyword arguments override them.

        Args:
            env: A mapping to read instead of ``os.environ``.
            **kwargs: Constructor arguments (``timeout``, ``transport``...).
        """
        if env is None:
            return cls(**kwargs)
        insecure = env.get("KIBANA_INSECURE", "").strip().lower() in {"1", "true", "yes", "on"}
        verify = False if insecure else (env.get("KIBANA_CA_CERTS") or True)
        options: dict[str, Any] = {
            "base_url": env.get("KIBANA_ENDPOINT") or env.get("KIBANA_URL"),
            "space": env.get("KIBANA_SPACE") or None,
            "verify": verify,
        }
        if env.get("KIBANA_API_KEY"):
            options["api_key"] = env["KIBANA_API_KEY"]
        elif env.get("KIBANA_USERNAME"):
            options["username"] = env.get("KIBANA_USERNAME")
            options["password"] = env.get("KIBANA_PASSWORD")
        options.update(kwargs)
        return cls(**options)

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> Fleet:
        """A copy with other limits, sharing this client's connections (do not close both)."""
        clone = object.__new__(type(self))
        new_timeout = httpx.Timeout(timeout) if isinstance(timeout, int | float) else timeout
        clone._bind(self._transport.copy(timeout=new_timeout, max_retries=max_retries))
        return clone

    @property
    def raw(self) -> Client:
        """The generated ``fleet_api_client.Client``, sharing this client's connections.

        Use it for operations the facade does not wrap, e.g.
        ``get_fleet_agents_setup.sync_detailed(client=fleet.raw)``.
        """
        if self._raw is None:
            settings = self._transport.settings
            raw = Client(base_url=settings.base_url, timeout=settings.timeout)
            self._raw = raw.set_httpx_client(self._transport.http)
        return self._raw

    def server_version(self) -> str:
        """Kibana's version, read once from ``GET /api/status``."""
        return self._transport.server_version()

    def close(self) -> None:
        """Close the connection pool."""
        self._transport.close()

    def __enter__(self) -> Fleet:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        settings = self._transport.settings
        return f"{type(self).__name__}(base_url={settings.base_url!r}, auth={settings.auth_kind})"

"""``AsyncFleet``: the asynchronous Fleet client (``Fleet`` is generated from this file)."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any

import httpx
from fleet_api_client.client import Client  # type: ignore[import-untyped, unused-ignore]

from .._config import Verify, resolve
from .._types import AsyncSleep
from ._transport import AsyncTransport
from .admin import AsyncAdmin, AsyncAgentlessPolicies
from .agent_policies import AsyncAgentPolicies
from .agents import AsyncAgents
from .cloud_connectors import AsyncCloudConnectors
from .download_sources import AsyncDownloadSources
from .enrollment_tokens import AsyncEnrollmentTokens
from .fleet_server_hosts import AsyncFleetServerHosts
from .outputs import AsyncOutputs
from .package_policies import AsyncPackagePolicies
from .packages import AsyncPackages
from .proxies import AsyncProxies
from .settings import AsyncSettings
from .uninstall_tokens import AsyncUninstallTokens


class AsyncFleet:
    """A client for Kibana's Fleet API.

    Example:
        >>> from fleet_facade import AsyncFleet
        >>> from fleet_facade.sandbox import FleetSandbox
        >>> import anyio
        >>> async def main() -> str:
        ...     sb = FleetSandbox()
        ...     async with AsyncFleet("http://fleet-sandbox", api_key=sb.api_key,
        ...                           transport=sb.async_transport()) as fleet:
        ...         policy = await fleet.agent_policies.create(name="demo", namespace="default")
        ...         return policy.name
        >>> anyio.run(main)
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
        transport: An httpx transport instead of the network (e.g. ``sandbox.async_transport()``).
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
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: AsyncSleep | None = None,
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
        self._bind(AsyncTransport(settings, transport=transport, sleep=sleep))

    def _bind(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self._raw: Client | None = None
        self.packages = AsyncPackages(transport)
        self.agent_policies = AsyncAgentPolicies(transport)
        self.package_policies = AsyncPackagePolicies(transport, self.packages)
        self.enrollment_tokens = AsyncEnrollmentTokens(transport)
        self.agents = AsyncAgents(transport)
        self.outputs = AsyncOutputs(transport)
        self.fleet_server_hosts = AsyncFleetServerHosts(transport)
        self.proxies = AsyncProxies(transport)
        self.download_sources = AsyncDownloadSources(transport)
        self.settings = AsyncSettings(transport)
        self.uninstall_tokens = AsyncUninstallTokens(transport)
        self.cloud_connectors = AsyncCloudConnectors(transport)
        self.agentless_policies = AsyncAgentlessPolicies(transport)
        self.admin = AsyncAdmin(transport)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **kwargs: Any) -> AsyncFleet:
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
    ) -> AsyncFleet:
        """A copy with other limits, sharing this client's connections (do not close both)."""
        clone = object.__new__(type(self))
        new_timeout = httpx.Timeout(timeout) if isinstance(timeout, int | float) else timeout
        clone._bind(self._transport.copy(timeout=new_timeout, max_retries=max_retries))
        return clone

    @property
    def raw(self) -> Client:
        """The generated ``fleet_api_client.Client``, sharing this client's connections.

        Use it for operations the facade does not wrap, e.g.
        ``get_fleet_agents_setup.asyncio_detailed(client=fleet.raw)``.
        """
        if self._raw is None:
            settings = self._transport.settings
            raw = Client(base_url=settings.base_url, timeout=settings.timeout)
            self._raw = raw.set_async_httpx_client(self._transport.http)
        return self._raw

    async def server_version(self) -> str:
        """Kibana's version, read once from ``GET /api/status``."""
        return await self._transport.server_version()

    async def close(self) -> None:
        """Close the connection pool."""
        await self._transport.close()

    async def __aenter__(self) -> AsyncFleet:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        settings = self._transport.settings
        return f"{type(self).__name__}(base_url={settings.base_url!r}, auth={settings.auth_kind})"

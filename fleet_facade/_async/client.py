"""``AsyncFleet``: the asynchronous Fleet client (``Fleet`` is generated from this file)."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from .._config import SETTING_OPTIONS, Verify, parse_timeout, resolve
from .._exceptions import FleetConfigError, InvalidArgumentError
from .._types import AsyncSleep
from ._transport import AsyncTransport
from .admin import AsyncAdmin, AsyncAgentlessPolicies
from .agent_install import AgentInstallMixin
from .agent_policies import AsyncAgentPolicies
from .agents import AsyncAgents
from .cloud_connectors import AsyncCloudConnectors
from .data_streams import AsyncDataStreams
from .desired_state import DesiredStateMixin
from .download_sources import AsyncDownloadSources
from .enrollment_tokens import AsyncEnrollmentTokens
from .fleet_server_hosts import AsyncFleetServerHosts
from .lifecycle import LifecycleMixin
from .onboarding import OnboardingMixin
from .outputs import AsyncOutputs
from .package_policies import AsyncPackagePolicies
from .packages import AsyncPackages
from .proxies import AsyncProxies
from .settings import AsyncSettings
from .state_export import StateExportMixin
from .uninstall_tokens import AsyncUninstallTokens

if TYPE_CHECKING:
    import httpx
    from fleet_api_client.client import Client


class AsyncFleet(OnboardingMixin, DesiredStateMixin, StateExportMixin, LifecycleMixin,
                 AgentInstallMixin):
    """A client for Kibana's Fleet API.

    The workflows are methods too, each defined once in its own module and inherited:
    :meth:`onboard`, :meth:`plan`, :meth:`apply`, :meth:`export_state`,
    :meth:`upgrade_agents`, :meth:`rotate_enrollment_tokens`, :meth:`teardown` and
    :meth:`agent_install`. The waits
    are methods of the resources they wait on: ``agents.wait_for_status``,
    ``agents.wait_for_action``, ``agent_policies.wait_for_revision``,
    ``packages.wait_for_installed``.

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
            ``False`` disables it (logged once, as a warning of the ``fleet_facade`` logger).
            Default ``KIBANA_CA_CERTS``, or off when ``KIBANA_INSECURE`` is true, else on.
        timeout: Seconds (or an ``httpx.Timeout``) each request attempt may take in all:
            connecting, sending, waiting and reading the whole answer (a server sending its
            answer slowly cannot hold a call past it); each socket operation is bounded by it
            too. With an ``httpx.Timeout``, its parts bound the operations and the largest
            part the attempt. Retries each get the full time again. Default 30; more than 0
            and at most one day.
        max_retries: Retries of failed idempotent requests and recoverable creates; default 2.
            Not retried: refused connections, unknown host names, TLS failures (nothing
            listens, or the same certificate would be refused again).
        max_response_bytes: Largest response body read, counted after decompression; a
            larger one raises :class:`UnexpectedResponseError` without being read further.
            Default 256 MiB.
        transport: An httpx transport instead of the network (e.g. ``sandbox.async_transport()``).
        sleep: The sleep used between retries and between the looks of a wait (tests pass
            a no-op).

    Raises:
        FleetConfigError: No URL, no or conflicting credentials, or an unusable value (a
            timeout of 0, a port that is not a number, credentials in the URL...).

    Attributes:
        agent_policies: Agent policies (``/api/fleet/agent_policies``): create, list, get,
            get_by_name, update, copy, delete, full policy, outputs, wait for agents to run
            a revision.
        package_policies: Integration (package) policies in the simplified format, checked
            against the package manifest: create, list, get, update, delete, upgrade.
        packages: Integration packages (EPM): list, get a manifest, install, uninstall,
            upload, resolve the installed or latest version, wait for an install.
        agents: Enrolled Elastic Agents: list (KQL), get, update tags, reassign, unenroll,
            upgrade, bulk actions, action status, diagnostics, wait for a status or an
            action.
        enrollment_tokens: Enrollment API keys agents enroll with: create, list, get, revoke.
        outputs: Where agents send data (Elasticsearch, Logstash, Kafka...): CRUD.
        fleet_server_hosts: Fleet Server URLs agents connect to: CRUD.
        proxies: Proxies agents and Fleet Server use: CRUD.
        download_sources: Where agents download upgrade binaries from: CRUD.
        settings: Fleet settings and space settings: get, update.
        uninstall_tokens: Tokens that allow uninstalling protected agents: list, get.
        cloud_connectors: Cloud connectors: CRUD.
        data_streams: Data streams of Fleet's integrations, and data streams by type/dataset.
        agentless_policies: Agentless integration policies: create, delete.
        admin: Operations on Fleet itself: setup, permission and health checks, service
            tokens, the message signing key, remote sync status.
        raw: The generated ``fleet_api_client`` client, for any operation of the spec.
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
        max_response_bytes: int | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: AsyncSleep | None = None,
    ) -> None:
        self._open(
            None, base_url=base_url, api_key=api_key, username=username, password=password,
            bearer_token=bearer_token, space=space, verify=verify, timeout=timeout,
            max_retries=max_retries, max_response_bytes=max_response_bytes,
            transport=transport, sleep=sleep,
        )  # fmt: skip

    def _open(
        self,
        env: Mapping[str, str] | None,
        *,
        base_url: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: AsyncSleep | None = None,
        **options: Any,
    ) -> None:
        unknown = set(options) - SETTING_OPTIONS
        if unknown:
            raise InvalidArgumentError(f"unexpected keyword argument {sorted(unknown)[0]!r}")
        # The one configuration path: arguments over ``env`` (or ``os.environ``).
        settings = resolve(base_url, env=env,
                           **{name: options.get(name) for name in SETTING_OPTIONS})
        self._bind(AsyncTransport(settings, transport=transport, sleep=sleep))

    def _bind(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.packages = AsyncPackages(transport)
        self.agents = AsyncAgents(transport)
        self.agent_policies = AsyncAgentPolicies(transport, self.agents)
        self.package_policies = AsyncPackagePolicies(transport, self.packages)
        self.enrollment_tokens = AsyncEnrollmentTokens(transport)
        self.outputs = AsyncOutputs(transport)
        self.fleet_server_hosts = AsyncFleetServerHosts(transport)
        self.proxies = AsyncProxies(transport)
        self.download_sources = AsyncDownloadSources(transport)
        self.settings = AsyncSettings(transport)
        self.uninstall_tokens = AsyncUninstallTokens(transport)
        self.cloud_connectors = AsyncCloudConnectors(transport)
        self.data_streams = AsyncDataStreams(transport)
        self.agentless_policies = AsyncAgentlessPolicies(transport)
        self.admin = AsyncAdmin(transport)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **kwargs: Any) -> AsyncFleet:
        """A client configured from ``KIBANA_*`` environment variables.

        Reads ``KIBANA_ENDPOINT`` (alias ``KIBANA_URL``), ``KIBANA_API_KEY``,
        ``KIBANA_USERNAME``/``KIBANA_PASSWORD``, ``KIBANA_SPACE``, ``KIBANA_CA_CERTS`` and
        ``KIBANA_INSECURE``. Keyword arguments override them, as in the constructor (which
        reads the same variables): a credential argument replaces every credential variable,
        so ``username=``/``password=`` win over a ``KIBANA_API_KEY`` in ``env``.

        Args:
            env: A mapping to read instead of ``os.environ``.
            **kwargs: Constructor arguments (``base_url``, ``username``, ``timeout``,
                ``transport``...).

        Raises:
            FleetConfigError: As the constructor.
        """
        client = cls.__new__(cls)
        client._open(env, **kwargs)
        return client

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> AsyncFleet:
        """A copy with other limits, sharing this client's connections (do not close both).

        Raises:
            FleetConfigError: An unusable timeout or max_retries.
        """
        new_timeout = None if timeout is None else parse_timeout(timeout)
        if max_retries is not None and (
            isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
        ):
            raise FleetConfigError(f"max_retries must be an integer >= 0, not {max_retries!r}")
        clone = object.__new__(type(self))
        clone._bind(self._transport.copy(timeout=new_timeout, max_retries=max_retries))
        return clone

    @property
    def raw(self) -> Client:
        """The generated ``fleet_api_client.Client``, with this client's settings.

        Use it for operations the facade does not wrap, e.g.
        ``get_fleet_agents_setup.asyncio_detailed(client=fleet.raw)``.
        """
        return self._transport.raw_client()

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

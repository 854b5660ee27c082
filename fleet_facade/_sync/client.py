# Generated from fleet_facade/_async/client.py by scripts/run_unasync.py; do not edit.
"""``Fleet``: the asynchronous Fleet client (``Fleet`` is generated from this file)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any

from .._config import Verify, parse_timeout, resolve
from .._exceptions import FleetConfigError, InvalidArgumentError
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

#: Keyword arguments of the constructor that ``_open`` passes on to the settings.
_OPTIONS = frozenset({"api_key", "username", "password", "bearer_token", "space", "verify",
                      "timeout", "max_retries", "max_response_bytes"})  # fmt: skip

if TYPE_CHECKING:
    import httpx
    from fleet_api_client.client import Client  # type: ignore[import-untyped, unused-ignore]
    from fleet_api_client.models import (  # type: ignore[import-untyped, unused-ignore]
        ActionStatus,
        EnrollmentApiKey,
    )

    from ..workflows._results import Integration, Onboarding, Plan, RolloutReport
    from .desired_state import StateSource
    from .waits import Progress


class Fleet:
    """A client for Kibana's Fleet API.

    Example:
        >>> from fleet_facade import Fleet
        >>> from fleet_facade.sandbox import FleetSandbox
        >>> def main() -> str:
        ...     sb = FleetSandbox()
        ...     with Fleet("http://fleet-sandbox", api_key=sb.api_key,
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
        transport: An httpx transport instead of the network (e.g. ``sandbox.transport()``).
        sleep: The sleep used between retries (tests pass a no-op).

    Raises:
        FleetConfigError: No URL, no or conflicting credentials, or an unusable value (a
            timeout of 0, a port that is not a number, credentials in the URL...).

    Attributes:
        agent_policies: Agent policies (``/api/fleet/agent_policies``): create, list, get,
            get_by_name, update, copy, delete, full policy, outputs.
        package_policies: Integration (package) policies in the simplified format, checked
            against the package manifest: create, list, get, update, delete, upgrade.
        packages: Integration packages (EPM): list, get a manifest, install, uninstall,
            upload, resolve the installed or latest version.
        agents: Enrolled Elastic Agents: list (KQL), get, update tags, reassign, unenroll,
            upgrade, bulk actions, action status, diagnostics.
        enrollment_tokens: Enrollment API keys agents enroll with: create, list, get, revoke.
        outputs: Where agents send data (Elasticsearch, Logstash, Kafka...): CRUD.
        fleet_server_hosts: Fleet Server URLs agents connect to: CRUD.
        proxies: Proxies agents and Fleet Server use: CRUD.
        download_sources: Where agents download upgrade binaries from: CRUD.
        settings: Fleet settings and space settings: get, update.
        uninstall_tokens: Tokens that allow uninstalling protected agents: list, get.
        cloud_connectors: Cloud connectors: CRUD.
        agentless_policies: Agentless integration policies: create, delete.
        admin: Operations on Fleet itself: setup, permission and health checks, service
            tokens, the message signing key, data streams.
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
        transport: httpx.BaseTransport | None = None,
        sleep: SyncSleep | None = None,
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
        transport: httpx.BaseTransport | None = None,
        sleep: SyncSleep | None = None,
        **options: Any,
    ) -> None:
        unknown = set(options) - _OPTIONS
        if unknown:
            raise InvalidArgumentError(f"unexpected keyword argument {sorted(unknown)[0]!r}")
        # The one configuration path: arguments over ``env`` (or ``os.environ``).
        settings = resolve(base_url, env=env, **{name: options.get(name) for name in _OPTIONS})
        self._bind(Transport(settings, transport=transport, sleep=sleep))

    def _bind(self, transport: Transport) -> None:
        self._transport = transport
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
    ) -> Fleet:
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
        ``get_fleet_agents_setup.sync_detailed(client=fleet.raw)``.
        """
        return self._transport.raw_client()

    # -- workflows -----------------------------------------------------------------------------

    def onboard(
        self,
        *,
        policy_name: str | None = None,
        policy_id: str | None = None,
        namespace: str = "default",
        description: str | None = None,
        monitoring_enabled: Sequence[str] | None = None,
        sys_monitoring: bool = False,
        integrations: Sequence[Integration] = (),
        rollback: bool = True,
        update: bool = False,
    ) -> Onboarding:
        """An agent policy with integrations, and what an agent needs to enroll into it.

        Every integration is checked against its package manifest before anything is created.
        Repeating the call with the same names reuses what exists, after comparing it with
        what was asked (the policy's namespace, description and monitoring; each integration's
        package version, namespace, description, inputs and variables): a difference raises
        :class:`WorkflowError` naming each field, unless ``update=True`` changes the existing
        object (listed in ``updated``). If a step fails, what this
        call created is removed again (newest first) and :class:`WorkflowError` names the
        step, Kibana's message and what was rolled back; ``rollback=False`` keeps it all and
        lists the ids instead. A new policy with one integration costs 5 requests (manifest,
        policy, integration, token, Fleet Server hosts), plus 2 per further integration,
        whether or not the integration names a version: without one, the single manifest
        request is the versionless package info, which also names the version (the installed
        one, else the latest; see :class:`AsyncPackages`). The result's ``package_versions``
        says which version each integration used.

        Example:
            >>> from fleet_facade import Fleet, Integration
            >>> from fleet_facade.sandbox import FleetSandbox
            >>> def main() -> str:
            ...     sb = FleetSandbox()
            ...     with Fleet("http://sandbox", api_key=sb.api_key,
            ...                           transport=sb.transport()) as fleet:
            ...         done = fleet.onboard(
            ...             policy_name="Agent policy 1", sys_monitoring=True,
            ...             integrations=[Integration("nginx", version="1.5.0")])
            ...         return done.masked_install_command().split()[-1]
            >>> main()
            '--enrollment-token=***'

        Args:
            policy_name: Name of the agent policy to create (or reuse, if it exists).
            policy_id: An existing agent policy to add the integrations to, instead.
            namespace: Namespace of a new policy.
            description: Description of a new policy.
            monitoring_enabled: Agent monitoring of a new policy (``["logs", "metrics"]``).
            sys_monitoring: Add the ``system`` integration to a new policy.
            integrations: The integrations to add.
            rollback: Remove what this call created when a step fails.
            update: Change a reused policy or integration that differs from what was asked,
                instead of refusing.

        Returns:
            :class:`Onboarding`: the policy, its integrations, an enrollment token, the Fleet
            Server URLs and the ``elastic-agent install`` command.

        Raises:
            InvalidInputsError: An integration does not fit its package (nothing was created).
            WorkflowError: A step failed, or a reused object differs from what was asked.
            InvalidValueError: Neither or both of ``policy_name`` and ``policy_id``.
        """
        from .onboarding import onboard

        return onboard(
            self, policy_name=policy_name, policy_id=policy_id, namespace=namespace,
            description=description, monitoring_enabled=monitoring_enabled,
            sys_monitoring=sys_monitoring, integrations=integrations, rollback=rollback,
            update=update)

    def plan(self, state: StateSource, *, prune: bool = False) -> Plan:
        """What :meth:`apply` would change to reach ``state`` (a file path or data).

        Args:
            state: Desired state: a YAML/JSON file, a mapping or a :class:`DesiredState`
                (see :mod:`fleet_facade.workflows`).
            prune: Also plan deleting agent policies, integrations, outputs and Fleet Server
                hosts that ``state`` does not name (never managed or default ones).

        An integration without a version plans the installed version (else the latest),
        one request each; the changes name it (``Change.version``).

        Returns:
            :class:`Plan`: a field-level list of create/update/delete/unchanged changes.
        """
        from .desired_state import plan

        return plan(self, state, prune=prune)

    def export_state(self) -> dict[str, Any]:
        """The desired state of what this Fleet holds, for adopting it into plan/apply.

        The result has the state file's shape (write it with ``yaml.safe_dump`` or
        ``json.dump``), and :meth:`plan` on it shows every object unchanged. Left out: managed
        (hosted) agent policies and preconfigured outputs and Fleet Server hosts (apply may not
        change them), secret values (Fleet answers references, not values), unset variables
        (Fleet's defaults apply) and agent policy settings other than namespace, description
        and monitoring. Costs 4 listing requests (more for large Fleets).

        Example:
            >>> from fleet_facade import Fleet
            >>> from fleet_facade.sandbox import FleetSandbox
            >>> def main() -> list[str]:
            ...     sb = FleetSandbox()
            ...     with Fleet("http://sandbox", api_key=sb.api_key,
            ...                           transport=sb.transport()) as fleet:
            ...         fleet.agent_policies.create(name="web", namespace="default")
            ...         state = fleet.export_state()
            ...         return [p["name"] for p in state["agent_policies"]]
            >>> main()
            ['web']

        Returns:
            ``{"agent_policies": [...], "outputs": [...], "fleet_server_hosts": [...]}``
            (a kind with nothing to export is left out).
        """
        from .state_export import export_state

        return export_state(self)

    def apply(self, state: StateSource, *, prune: bool = False) -> Plan:
        """Make Fleet match ``state``; applying the same state again changes nothing.

        Returns:
            The changes made; an integration's ``version`` is the package version it used.

        Raises:
            ApplyError: A change failed; ``applied`` lists what was done before it.
        """
        from .desired_state import apply

        return apply(self, state, prune=prune)

    def wait_for_agents(
        self, *, policy_id: str, count: int = 1, status: str = "online",
        timeout: float = 300.0, interval: float = 5.0, on_progress: Progress | None = None,
    ) -> int:
        """Wait until ``count`` agents of a policy have ``status``; returns how many do.

        Raises:
            WorkflowTimeoutError: Not within ``timeout`` seconds.
        """
        from .waits import wait_for_agents

        return wait_for_agents(self, policy_id=policy_id, count=count, status=status,
                                     timeout=timeout, interval=interval,
                                     on_progress=on_progress)

    def wait_for_policy_revision(
        self, *, policy_id: str, revision: int | None = None, timeout: float = 300.0,
        interval: float = 5.0, on_progress: Progress | None = None,
    ) -> int:
        """Wait until every agent of a policy runs ``revision`` (default: the current one).

        Raises:
            WorkflowTimeoutError: Not within ``timeout`` seconds.
        """
        from .waits import wait_for_policy_revision

        return wait_for_policy_revision(self, policy_id=policy_id, revision=revision,
                                              timeout=timeout, interval=interval,
                                              on_progress=on_progress)

    def wait_for_package_installed(
        self, *, name: str, version: str | None = None, timeout: float = 300.0,
        interval: float = 2.0, on_progress: Progress | None = None,
    ) -> str:
        """Wait until a package version is installed; returns the version.

        ``version`` is resolved once, first (see :class:`AsyncPackages`): by default the
        installed version (then there is nothing to wait for), else the latest.

        Raises:
            WorkflowTimeoutError: Not within ``timeout`` seconds.
        """
        from .waits import wait_for_package_installed

        return wait_for_package_installed(self, name=name, version=version,
                                                timeout=timeout, interval=interval,
                                                on_progress=on_progress)

    def wait_for_action(
        self, *, action_id: str, timeout: float = 600.0, interval: float = 5.0,
        on_progress: Progress | None = None,
    ) -> ActionStatus:
        """Wait until a bulk agent action is complete (or failed, expired, cancelled).

        Raises:
            WorkflowTimeoutError: Not within ``timeout`` seconds.
        """
        from .waits import wait_for_action

        return wait_for_action(self, action_id=action_id, timeout=timeout,
                                     interval=interval, on_progress=on_progress)

    def upgrade_agents(
        self, *, version: str, policy_id: str | None = None, kuery: str | None = None,
        batch_size: int | None = None, rollout_duration_seconds: int | None = None,
        timeout: float = 3600.0, interval: float = 10.0, on_progress: Progress | None = None,
    ) -> RolloutReport:
        """Upgrade the agents of a policy (or a KQL selection), following each action to the end.

        Args:
            version: Target Elastic Agent version.
            policy_id: Upgrade this policy's agents ...
            kuery: ... or the agents this KQL selects.
            batch_size: Upgrade in batches of this many agents, one after the other.
            rollout_duration_seconds: Let Fleet spread each batch over this time (≥ 600).
            timeout: Seconds to wait for each batch.

        Returns:
            :class:`RolloutReport` with action ids, counts and per-agent failures.
        """
        from .lifecycle import upgrade_agents

        return upgrade_agents(
            self, version=version, policy_id=policy_id, kuery=kuery, batch_size=batch_size,
            rollout_duration_seconds=rollout_duration_seconds, timeout=timeout,
            interval=interval, on_progress=on_progress)

    def rotate_enrollment_tokens(
        self, *, policy_id: str, name: str | None = None
    ) -> tuple[EnrollmentApiKey, list[str]]:
        """Create a new enrollment token for a policy, then revoke its other active ones.

        Returns:
            The new token and the ids of the revoked ones.
        """
        from .lifecycle import rotate_enrollment_tokens

        return rotate_enrollment_tokens(self, policy_id=policy_id, name=name)

    def teardown(
        self, *, policy_id: str, agents: str = "refuse", reassign_to: str | None = None,
        timeout: float = 600.0, interval: float = 5.0, on_progress: Progress | None = None,
    ) -> list[str]:
        """Remove an agent policy and the integrations only it uses, in the right order.

        Args:
            policy_id: The agent policy.
            agents: What to do with agents still on it: ``"refuse"`` (raise), ``"unenroll"``
                (and revoke their keys) or ``"reassign"`` (to ``reassign_to``); the call
                waits for that action to finish before deleting.
            reassign_to: Target policy for ``agents="reassign"``.

        Returns:
            What was removed (empty if the policy did not exist).
        """
        from .lifecycle import teardown

        return teardown(self, policy_id=policy_id, agents=agents,
                              reassign_to=reassign_to, timeout=timeout, interval=interval,
                              on_progress=on_progress)

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


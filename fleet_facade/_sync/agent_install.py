# Generated from fleet_facade/_async/agent_install.py by scripts/run_unasync.py; do not edit.
"""``fleet.agent_install``: read what the install instructions of an agent policy are built from.

Kibana's "Add agent" flyout picks, for a policy, the Fleet Server host the policy names
(``fleet_server_host_id``) else the default one, that host's proxy, the download source the
policy names (``download_source_id``) else the default one, and that source's proxy
(``public/hooks/use_fleet_server_hosts_for_policy.ts``); the agent version is Kibana's unless
a newer one is not yet available (``public/hooks/use_agent_version.ts``); the Kubernetes
manifest comes from ``GET /api/fleet/kubernetes?fleetServer=…&enrolToken=…``
(``server/routes/agent_policy/handlers.ts``, ``getK8sManifest``). The text is built by the
pure :mod:`fleet_facade._install_instructions`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, cast

from .._exceptions import (
    InstallOptionError,
    InvalidValueError,
    NotFoundError,
    UnsupportedByServerError,
)
from .._install_instructions import (
    DEFAULT_DOWNLOAD_SOURCE_URI,
    InstallInstructions,
    InstallSettings,
    agent_tls,
    agent_version_for,
    build_install_instructions,
    check_agent_version,
    check_platforms,
    pick,
    proxy_of,
)
from .._model_fields import first_field

if TYPE_CHECKING:
    from fleet_api_client.models import (
        AgentPolicy,
        EnrollmentApiKey,
    )

    from .agent_policies import AgentPolicies
    from .agents import Agents
    from .download_sources import DownloadSources
    from .enrollment_tokens import EnrollmentTokens
    from .fleet_server_hosts import FleetServerHosts
    from .proxies import Proxies


class InstallReads(Protocol):
    """What the instructions are read with: the client's resources and Kibana's version."""

    agent_policies: AgentPolicies
    agents: Agents
    download_sources: DownloadSources
    enrollment_tokens: EnrollmentTokens
    fleet_server_hosts: FleetServerHosts
    proxies: Proxies

    def server_version(self) -> str: ...


class AgentInstallMixin:
    """``fleet.agent_install(...)``: the commands that install Elastic Agent into a policy.

    The client's resources it reads, and ``server_version``, are declared once in
    :class:`InstallReads`, so that this module does not import the client (``Fleet``
    inherits this class and sets them in its constructor).
    """

    def agent_install(
        self,
        *,
        policy_id: str,
        version: str | None = None,
        enrollment_token_id: str | None = None,
        download_source_id: str | None = None,
        fleet_server_host_id: str | None = None,
        platforms: Sequence[str] | None = None,
    ) -> InstallInstructions:
        """Per-platform commands that download, install and enroll Elastic Agent into a policy.

        Reads the policy, its active enrollment tokens, the Fleet Server hosts, the download
        sources, the proxies (only when a chosen host or source has one), Kibana's version and
        the available agent versions, and the Kubernetes manifest when ``kubernetes`` is
        asked: 7 requests for every platform (one less with ``version`` given, one less
        without ``kubernetes``, one more when a proxy is referenced). Nothing is created.

        Example:
            >>> from fleet_facade import Fleet
            >>> from fleet_facade.sandbox import FleetSandbox
            >>> def main() -> str:
            ...     sb = FleetSandbox()
            ...     with Fleet("http://sandbox", api_key=sb.api_key,
            ...                           transport=sb.transport()) as fleet:
            ...         policy = fleet.agent_policies.create(name="web",
            ...                                                    namespace="default")
            ...         found = fleet.agent_install(policy_id=policy.id)
            ...         return found["linux-x86_64"].script.split()[-1]
            >>> main()
            '--enrollment-token=***'

        Args:
            policy_id: The agent policy agents enroll into.
            version: Elastic Agent version to install; default Kibana's (or, when Kibana's is
                not available yet, the newest available one before it, as Kibana's flyout
                does). Checked against ``GET /api/fleet/agents/available_versions`` where
                the server has it.
            enrollment_token_id: The enrollment token to use; default the policy's active
                ``Default`` token, else its first active one. If the policy has no active
                token, :class:`InvalidValueError` says so (create one with
                ``fleet.enrollment_tokens.create(policy_id=…)``); none is created here.
            download_source_id: Agent binary download source; default the policy's, else
                the default one.
            fleet_server_host_id: Fleet Server host; default the policy's, else the default.
            platforms: Platform keys (see ``PLATFORMS``); default all.

        Returns:
            :class:`InstallInstructions`: platform key -> :class:`InstallInstruction`
            (``script`` with the token masked, ``reveal()`` with it, ``url``).

        Raises:
            InstallOptionError: An unknown platform, download source, Fleet Server host,
                enrollment token (or one of another policy, or revoked) or a version that is
                not available; the message lists the valid choices.
            InvalidValueError: The policy has no active enrollment token; a version that is
                not semantic.
            NotFoundError: No such agent policy.
        """
        fleet = cast("InstallReads", self)
        chosen = check_platforms(platforms)
        if version is not None:
            check_agent_version(version)
        policy = fleet.agent_policies.get(id=policy_id)
        token = _token(fleet, policy_id, enrollment_token_id)
        hosts = fleet.fleet_server_hosts.list().to_list()
        return install_instructions(
            fleet, policy=policy, token=token, fleet_server_hosts=hosts, version=version,
            download_source_id=download_source_id, fleet_server_host_id=fleet_server_host_id,
            platforms=chosen)


def install_instructions(
    fleet: InstallReads,
    *,
    policy: AgentPolicy,
    token: EnrollmentApiKey,
    fleet_server_hosts: Sequence[Any],
    version: str | None = None,
    download_source_id: str | None = None,
    fleet_server_host_id: str | None = None,
    platforms: Sequence[str] | None = None,
) -> InstallInstructions:
    """The instructions for a policy, from what the caller has read already (the policy, its
    token, the Fleet Server hosts); reads the download sources, Kibana's and the available
    agent versions, the proxies when one is referenced, and the Kubernetes manifest."""
    chosen = check_platforms(platforms)
    host = pick(fleet_server_hosts, fleet_server_host_id,
                first_field(policy, "fleet_server_host_id"), "fleet_server_host_id",
                default_required=False)
    sources = fleet.download_sources.list().to_list()
    source = pick(sources, download_source_id, first_field(policy, "download_source_id"),
                  "download_source_id", default_required=False)
    proxy_ids = {pid for pid in (first_field(host, "proxy_id"), first_field(source, "proxy_id"))
                 if pid}
    proxies = ({str(p.id): p for p in fleet.proxies.list().to_list()}
               if proxy_ids else {})
    agent_version = _agent_version(fleet, version)
    urls = first_field(host, "host_urls") or []
    fleet_server_url = str(urls[0]) if urls else None
    secret = str(token.api_key)
    manifest = None
    if "kubernetes" in chosen:
        manifest = _kubernetes_manifest(fleet, fleet_server_url, secret)
    settings = InstallSettings(
        fleet_server_url=fleet_server_url,
        version=agent_version,
        download_source_host=str(first_field(source, "host") or DEFAULT_DOWNLOAD_SOURCE_URI),
        download_proxy=proxy_of(proxies, first_field(source, "proxy_id")),
        fleet_server_proxy=proxy_of(proxies, first_field(host, "proxy_id")),
        tls=agent_tls(host),
        kubernetes_manifest=manifest,
    )
    return build_install_instructions(settings=settings, token=secret, platforms=chosen)


def _agent_version(fleet: InstallReads, version: str | None) -> str:
    """``version`` checked against the available versions, or the one Kibana would offer."""
    try:
        available: list[str] | None = [str(v) for v in fleet.agents.available_versions()]
    except (NotFoundError, UnsupportedByServerError):
        available = None  # a Kibana without the route: nothing to check against
    if version is not None:
        if available and version not in available:
            raise InstallOptionError("version", version, available,
                                     detail=" (not in the available agent versions)")
        return version
    return agent_version_for(fleet.server_version(), available)


def _kubernetes_manifest(fleet: InstallReads, fleet_server_url: str | None,
                               token: str) -> str:
    answer = fleet.agent_policies.kubernetes_manifest(fleet_server=fleet_server_url,
                                                           enrol_token=token)
    item = first_field(answer, "item")
    return str(item) if item is not None else ""


def _token(fleet: InstallReads, policy_id: str, token_id: str | None) -> EnrollmentApiKey:
    """The token asked (checked to be the policy's and active), else the policy's default."""
    active = [t for t in fleet.enrollment_tokens.list(policy_id=policy_id)
              if t.active is not False]
    if token_id is not None:
        found = next((t for t in active if str(t.id) == token_id), None)
        if found is None:
            raise InstallOptionError(
                "enrollment_token_id", token_id, [str(t.id) for t in active],
                detail=f" (not an active token of agent policy {policy_id})")
        return found
    if not active:
        raise InvalidValueError(
            f"agent policy {policy_id} has no active enrollment token; create one with "
            f"fleet.enrollment_tokens.create(policy_id={policy_id!r})")
    active.sort(key=lambda t: not str(getattr(t, "name", "")).startswith("Default"))
    return active[0]

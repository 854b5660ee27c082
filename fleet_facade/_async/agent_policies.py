"""``fleet.agent_policies``: create, read, update, copy and delete agent policies."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from .._envelopes import created, item_of, items_of
from .._exceptions import NotFoundError
from .._kql import kql_quote
from .._ops import Body, clean
from .._pages import DEFAULT_PER_PAGE
from .._versions import SPACE_IDS
from .._waiting import WAIT_INTERVAL, WAIT_TIMEOUT, Progress, check_wait, count_of
from ._base import AsyncResource
from ._pagination import AsyncListing
from ._transport import AsyncTransport
from .waits import poll

if TYPE_CHECKING:
    from fleet_api_client.models import (
        AgentPolicy,
        DeletedObjectResponse,
        FullAgentPolicy,
        GetFleetAgentPoliciesAgentpolicyidAutoUpgradeAgentsStatusResponse200,
        GetFleetKubernetesResponse200,
        PostFleetAgentPoliciesOutputsResponse200ItemItem,
    )

    from .agents import AsyncAgents


class AsyncAgentPolicies(AsyncResource):
    """Agent policies (``/api/fleet/agent_policies``)."""

    def __init__(self, transport: AsyncTransport, agents: AsyncAgents) -> None:
        super().__init__(transport)
        self._agents = agents  # whose revisions wait_for_revision watches

    async def create(
        self,
        *,
        name: str,
        namespace: str = "default",
        description: str | None = None,
        monitoring_enabled: builtins.list[str] | None = None,
        sys_monitoring: bool | None = None,
        id: str | None = None,
        space_ids: builtins.list[str] | None = None,
        **fields: Any,
    ) -> AgentPolicy:
        """Create an agent policy; safe to retry (a lost response is found again by name).

        Args:
            name: Unique policy name.
            namespace: Data stream namespace (Kibana requires one; ``"default"`` if omitted).
            description: Free text.
            monitoring_enabled: Subset of ``["logs", "metrics", "traces"]``.
            sys_monitoring: Also add the ``system`` integration.
            id: Explicit policy id.
            space_ids: Spaces to share the policy with (Kibana 9.1+).
            **fields: Other Kibana create fields (``data_output_id``, ``is_protected``...).

        Returns:
            The created policy (Kibana's create response has no ``package_policies``).

        Raises:
            ConflictError: The name (or id) is taken.
            UnsupportedByServerError: ``space_ids`` on a Kibana older than 9.1.
        """
        needs = [self._t.require("agent policy space_ids", SPACE_IDS)] if space_ids else []
        body = clean(
            name=name,
            namespace=namespace,
            description=description,
            monitoring_enabled=monitoring_enabled,
            id=id,
            space_ids=space_ids,
            **fields,
        )

        async def lookup() -> AgentPolicy | None:
            if id is not None:
                try:
                    return await self.get(id=id)
                except NotFoundError:
                    return None
            return await self.get_by_name(name=name)

        envelope = await self._t.call(
            "post-fleet-agent-policies",
            body=Body(body),
            sys_monitoring=sys_monitoring,
            lookup=lookup,
            requires=needs,
        )
        return cast("AgentPolicy", created(envelope, "post-fleet-agent-policies"))

    async def get(self, *, id: str) -> AgentPolicy:
        """One agent policy, with its package policies.

        Raises:
            NotFoundError: No such policy.
        """
        envelope = await self._t.call("get-fleet-agent-policies-agentpolicyid", agent_policy_id=id)
        return cast("AgentPolicy", item_of(envelope, "get-fleet-agent-policies-agentpolicyid"))

    async def get_by_name(self, *, name: str) -> AgentPolicy | None:
        """The policy with exactly this name, or ``None``."""
        envelope = await self._t.call(
            "get-fleet-agent-policies", kuery=f"name:{kql_quote(name)}", per_page=20
        )
        for policy in items_of(envelope):
            if policy.name == name:
                return cast("AgentPolicy | None", policy)
        return None

    def list(
        self,
        *,
        kuery: str | None = None,
        sort_field: str | None = None,
        sort_order: str | None = None,
        full: bool | None = None,
        with_agent_count: bool | None = None,
        show_upgradeable: bool | None = None,
        per_page: int = DEFAULT_PER_PAGE,
    ) -> AsyncListing[AgentPolicy]:
        """All agent policies matching ``kuery``, fetched lazily page by page."""
        return self._paged(
            "get-fleet-agent-policies",
            per_page=per_page,
            kuery=kuery,
            sort_field=sort_field,
            sort_order=sort_order,
            full=full,
            with_agent_count=with_agent_count,
            show_upgradeable=show_upgradeable,
        )

    async def bulk_get(
        self, *, ids: builtins.list[str], ignore_missing: bool | None = None
    ) -> builtins.list[AgentPolicy]:
        """Several policies by id in one request (read-only, so retried like a GET)."""
        envelope = await self._t.call(
            "post-fleet-agent-policies-bulk-get",
            body=Body(clean(ids=ids, ignoreMissing=ignore_missing)),
            retry=True,
        )
        return items_of(envelope)

    async def update(
        self,
        *,
        id: str,
        name: str | None = None,
        namespace: str | None = None,
        **fields: Any,
    ) -> AgentPolicy:
        """Change a policy. Kibana requires ``name`` and ``namespace`` on every update, and
        resets ``inactivity_timeout`` to its default (two weeks) when an update leaves it out;
        the current values of all three are fetched when you do not pass them.

        Args:
            id: Policy id.
            name: New name.
            namespace: New namespace.
            **fields: Other fields to change (``description``, ``monitoring_enabled``...).
        """
        if name is None or namespace is None or "inactivity_timeout" not in fields:
            current = await self.get(id=id)
            name = name if name is not None else str(current.name)
            namespace = namespace if namespace is not None else str(current.namespace)
            timeout = current.inactivity_timeout
            if "inactivity_timeout" not in fields and isinstance(timeout, int | float):
                fields["inactivity_timeout"] = int(timeout) if timeout == int(timeout) else timeout
        envelope = await self._t.call(
            "put-fleet-agent-policies-agentpolicyid",
            agent_policy_id=id,
            body=Body(clean(name=name, namespace=namespace, **fields)),
        )
        return cast("AgentPolicy", item_of(envelope, "put-fleet-agent-policies-agentpolicyid"))

    async def copy(self, *, id: str, name: str, description: str | None = None) -> AgentPolicy:
        """Copy a policy (with its package policies) under a new name."""

        async def lookup() -> AgentPolicy | None:
            return await self.get_by_name(name=name)

        envelope = await self._t.call(
            "post-fleet-agent-policies-agentpolicyid-copy",
            agent_policy_id=id,
            body=Body(clean(name=name, description=description)),
            lookup=lookup,
        )
        return cast(
            "AgentPolicy", created(envelope, "post-fleet-agent-policies-agentpolicyid-copy")
        )

    async def delete(self, *, id: str, force: bool | None = None) -> DeletedObjectResponse | None:
        """Delete a policy (deleting by id is idempotent, so it is retried).

        Returns:
            Kibana's ``{id, name}`` answer (``None`` when a retry found that a first
            attempt, whose answer was lost, had already deleted it).
        """
        return cast(
            "DeletedObjectResponse | None",
            await self._t.call(
                "post-fleet-agent-policies-delete",
                body=Body(clean(agentPolicyId=id, force=force)),
                retry=True,
                gone_ok=True,
            ),
        )

    @overload
    async def full(
        self, *, id: str, standalone: bool | None = None, kubernetes: Literal[True]
    ) -> str: ...

    @overload
    async def full(
        self, *, id: str, standalone: bool | None = None, kubernetes: Literal[False] | None = None
    ) -> FullAgentPolicy: ...

    @overload
    async def full(
        self, *, id: str, standalone: bool | None = None, kubernetes: bool | None = None
    ) -> FullAgentPolicy | str: ...

    async def full(
        self, *, id: str, standalone: bool | None = None, kubernetes: bool | None = None
    ) -> FullAgentPolicy | str:
        """The compiled policy an Elastic Agent receives.

        Returns:
            The policy; with ``kubernetes=True`` the Kubernetes manifest's YAML text instead
            (Kibana answers ``{item: <YAML>}`` then: server/routes/agent_policy/handlers.ts
            getFullAgentPolicy uses getFullAgentConfigMap for ``kubernetes=true``).
        """
        envelope = await self._t.call(
            "get-fleet-agent-policies-agentpolicyid-full",
            agent_policy_id=id,
            standalone=standalone,
            kubernetes=kubernetes,
        )
        return cast(
            "FullAgentPolicy | str",
            item_of(envelope, "get-fleet-agent-policies-agentpolicyid-full"),
        )

    async def download(
        self, *, id: str, standalone: bool | None = None, kubernetes: bool | None = None
    ) -> str:
        """The full policy as the YAML file Kibana offers for download (text)."""
        content: bytes = await self._t.call(
            "get-fleet-agent-policies-agentpolicyid-download",
            agent_policy_id=id,
            standalone=standalone,
            kubernetes=kubernetes,
            raw=True,
        )
        return content.decode("utf-8")

    async def outputs(self, *, id: str) -> PostFleetAgentPoliciesOutputsResponse200ItemItem:
        """The outputs one policy uses."""
        envelope = await self._t.call(
            "get-fleet-agent-policies-agentpolicyid-outputs", agent_policy_id=id
        )
        return cast(
            "PostFleetAgentPoliciesOutputsResponse200ItemItem",
            item_of(envelope, "get-fleet-agent-policies-agentpolicyid-outputs"),
        )

    async def outputs_for(
        self, *, ids: builtins.list[str]
    ) -> builtins.list[PostFleetAgentPoliciesOutputsResponse200ItemItem]:
        """The outputs of several policies (a read-only POST, retried like a GET)."""
        envelope = await self._t.call(
            "post-fleet-agent-policies-outputs", body=Body({"ids": ids}), retry=True
        )
        return items_of(envelope)

    async def auto_upgrade_agents_status(
        self, *, id: str
    ) -> GetFleetAgentPoliciesAgentpolicyidAutoUpgradeAgentsStatusResponse200:
        """Progress of automatic agent upgrades for a policy."""
        return cast(
            "GetFleetAgentPoliciesAgentpolicyidAutoUpgradeAgentsStatusResponse200",
            await self._t.call(
                "get-fleet-agent-policies-agentpolicyid-auto-upgrade-agents-status",
                agent_policy_id=id,
            ),
        )

    @overload
    async def kubernetes_manifest(
        self,
        *,
        download: Literal[False] = False,
        fleet_server: str | None = None,
        enrol_token: str | None = None,
    ) -> GetFleetKubernetesResponse200: ...

    @overload
    async def kubernetes_manifest(
        self,
        *,
        download: Literal[True],
        fleet_server: str | None = None,
        enrol_token: str | None = None,
    ) -> str: ...

    @overload
    async def kubernetes_manifest(
        self,
        *,
        download: bool = False,
        fleet_server: str | None = None,
        enrol_token: str | None = None,
    ) -> GetFleetKubernetesResponse200 | str: ...

    async def kubernetes_manifest(
        self,
        *,
        download: bool = False,
        fleet_server: str | None = None,
        enrol_token: str | None = None,
    ) -> GetFleetKubernetesResponse200 | str:
        """The Elastic Agent Kubernetes manifest: Kibana's ``{item}`` answer (the YAML text in
        ``item``), or with ``download=True`` the YAML file's text."""
        if download:
            content: bytes = await self._t.call(
                "get-fleet-kubernetes-download",
                fleet_server=fleet_server,
                enrol_token=enrol_token,
                raw=True,
            )
            return content.decode("utf-8")
        return cast(
            "GetFleetKubernetesResponse200",
            await self._t.call(
                "get-fleet-kubernetes", fleet_server=fleet_server, enrol_token=enrol_token
            ),
        )

    async def wait_for_revision(
        self,
        *,
        policy_id: str,
        revision: int | None = None,
        timeout: float = WAIT_TIMEOUT,
        interval: float = WAIT_INTERVAL,
        on_progress: Progress | None = None,
    ) -> int:
        """Wait until every agent of a policy runs ``revision`` of it.

        Each look lists the policy's agents and compares their ``policy_revision``.

        Args:
            policy_id: The agent policy.
            revision: The revision to wait for; by default the policy's current one (one
                request, first).
            timeout: Seconds to wait in all.
            interval: Seconds between two looks.
            on_progress: Called with a short description of each look
                (``"2/3 agents on revision 4"``).

        Returns:
            How many agents run the revision (or a newer one).

        Raises:
            WorkflowTimeoutError: Not within ``timeout`` seconds.
            InvalidValueError: ``timeout`` or ``interval`` is not positive (nothing sent).
        """
        check_wait(timeout, interval)
        if revision is None:
            revision = count_of((await self.get(id=policy_id)).revision)
        wanted = revision
        kuery = f"policy_id:{kql_quote(policy_id)}"

        async def check() -> tuple[int | None, str]:
            behind = 0
            total = 0
            async for agent in self._agents.list(kuery=kuery):
                total += 1
                seen = agent.policy_revision
                if not isinstance(seen, int | float) or seen < wanted:
                    behind += 1
            done = total - behind
            return (total if behind == 0 else None), f"{done}/{total} agents on revision {wanted}"

        return await poll(self._sleep, check, waited_for=f"revision {wanted} of policy {policy_id}",
                          timeout=timeout, interval=interval, on_progress=on_progress)

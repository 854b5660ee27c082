"""``fleet.agents``: enrolled Elastic Agents, their actions and status."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from .._agent_selector import AgentSelector, bulk_agents
from .._envelopes import field_of, item_of, items_of, total_of
from .._exceptions import UnsupportedByServerError
from .._items import TakeItems
from .._kql import kql_quote
from .._ops import Body, clean
from .._pages import AGENT_PIT_KEEP_ALIVE, AGENT_WINDOW, Page, next_page_number
from .._versions import AGENT_SEARCH_AFTER
from .._waiting import (
    ACTION_TIMEOUT,
    FINAL_ACTION_STATUSES,
    WAIT_INTERVAL,
    WAIT_TIMEOUT,
    Progress,
    action_summary,
)
from ._base import AsyncResource
from ._pagination import AsyncListing
from .waits import poll

if TYPE_CHECKING:
    from fleet_api_client.models import (
        ActionResponse,
        ActionStatus,
        Agent,
        AgentActionResponse,
        AgentStatusSummary,
        DeleteFleetAgentsFilesFileidResponse200,
        GetFleetAgentsAgentidUploadsResponse200,
        GetFleetAgentsSetupResponse200,
        GetFleetAgentStatusDataResponse200,
        PostFleetAgentsAgentidActionsResponse200Item,
        PostFleetAgentsAgentidActionsResponse200ItemResponse,
        PostFleetAgentsAgentidReassignResponse200,
        PostFleetAgentsAgentidUnenrollResponse200,
        PostFleetAgentsAgentidUpgradeResponse200,
        PostFleetSetupResponse200,
    )

class AsyncAgents(AsyncResource):
    """Elastic Agents (``/api/fleet/agents``).

    Bulk methods take ``agents`` as a list of ids or a KQL query string and return Kibana's
    ``{actionId}`` as an ``AgentActionResponse`` (``.action_id``); follow it with
    :meth:`action_status`.
    """

    def list(
        self,
        *,
        kuery: str | None = None,
        show_inactive: bool | None = None,
        show_agentless: bool | None = None,
        show_upgradeable: bool | None = None,
        with_metrics: bool | None = None,
        sort_field: str | None = None,
        sort_order: str | None = None,
        per_page: int = 1000,
    ) -> AsyncListing[Agent]:
        """All agents matching ``kuery``, fetched lazily.

        On Kibana 9.1+ the listing uses a point in time with ``searchAfter``, so it is stable
        and not limited to 10,000 agents. On older servers it pages with ``page``/``perPage``
        and raises :class:`UnsupportedByServerError` when it would pass 10,000 agents.
        """
        transport = self._t
        params: dict[str, Any] = {
            "kuery": kuery,
            "show_inactive": show_inactive,
            "show_agentless": show_agentless,
            "show_upgradeable": show_upgradeable,
            "with_metrics": with_metrics,
            "sort_field": sort_field,
            "sort_order": sort_order,
            "per_page": per_page,
        }
        state: dict[str, Any] = {"pit": None, "seen": 0}

        async def fetch(cursor: Any) -> Page[Any]:
            if state.get("mode") is None:
                pit_ok = await transport.supports(AGENT_SEARCH_AFTER)
                state["mode"] = "pit" if pit_ok else "pages"
            if state["mode"] == "pit":
                return await fetch_pit(cursor)
            return await fetch_page(cursor)

        async def fetch_page(page: int) -> Page[Any]:
            if page * per_page > AGENT_WINDOW:
                version = await transport.server_version()
                raise UnsupportedByServerError(
                    f"listing more than {AGENT_WINDOW} agents",
                    required=AGENT_SEARCH_AFTER,
                    server_version=version,
                )
            take = TakeItems("get-fleet-agents")
            envelope = await transport.call("get-fleet-agents", page=page, peek=take, **params)
            items = take.items(items_of(envelope))
            total = total_of(envelope)
            return Page(items, total, next_page_number(page, per_page, len(items), total))

        async def fetch_pit(search_after: Any) -> Page[Any]:
            take = TakeItems("get-fleet-agents")
            if state["pit"] is None:
                envelope = await transport.call(
                    "get-fleet-agents",
                    open_pit=True,
                    pit_keep_alive=AGENT_PIT_KEEP_ALIVE,
                    peek=take,
                    **params,
                )
            else:
                envelope = await transport.call(
                    "get-fleet-agents",
                    pit_id=state["pit"],
                    pit_keep_alive=AGENT_PIT_KEEP_ALIVE,
                    search_after=search_after,
                    peek=take,
                    **params,
                )
            items = take.items(items_of(envelope))
            total = total_of(envelope)
            pit = getattr(envelope, "pit", None)
            state["pit"] = pit if isinstance(pit, str) else state["pit"]
            state["seen"] += len(items)
            after = getattr(envelope, "next_search_after", None)
            done = (
                not items
                or len(items) < per_page
                or (total is not None and state["seen"] >= total)
                or not isinstance(after, str)
            )
            return Page(items, total, None if done else after)

        return AsyncListing(fetch, start=1)

    async def get(self, *, id: str, with_metrics: bool | None = None) -> Agent:
        """One agent.

        Raises:
            NotFoundError: No such agent.
        """
        envelope = await self._t.call(
            "get-fleet-agents-agentid", agent_id=id, with_metrics=with_metrics
        )
        return cast("Agent", item_of(envelope, "get-fleet-agents-agentid"))

    async def update(
        self,
        *,
        id: str,
        tags: builtins.list[str] | None = None,
        user_provided_metadata: dict[str, Any] | None = None,
    ) -> Agent:
        """Replace an agent's tags and/or user metadata."""
        envelope = await self._t.call(
            "put-fleet-agents-agentid",
            agent_id=id,
            body=Body(clean(tags=tags, user_provided_metadata=user_provided_metadata)),
        )
        return cast("Agent", item_of(envelope, "put-fleet-agents-agentid"))

    async def update_tags(self, *, id: str, tags: builtins.list[str]) -> Agent:
        """Replace an agent's tags."""
        return await self.update(id=id, tags=tags)

    async def delete(self, *, id: str) -> ActionResponse | None:
        """Delete an agent record."""
        return cast(
            "ActionResponse | None",
            await self._t.call("delete-fleet-agents-agentid", agent_id=id, gone_ok=True),
        )

    async def reassign(
        self, *, id: str, policy_id: str
    ) -> PostFleetAgentsAgentidReassignResponse200:
        """Move an agent to another agent policy (repeating it is harmless: retried)."""
        return cast(
            "PostFleetAgentsAgentidReassignResponse200",
            await self._t.call(
                "post-fleet-agents-agentid-reassign",
                agent_id=id,
                body=Body({"policy_id": policy_id}),
                retry=True,
            ),
        )

    async def unenroll(
        self, *, id: str, force: bool | None = None, revoke: bool | None = None
    ) -> PostFleetAgentsAgentidUnenrollResponse200:
        """Unenroll an agent (``revoke=True``: also invalidate its API keys at once)."""
        return cast(
            "PostFleetAgentsAgentidUnenrollResponse200",
            await self._t.call(
                "post-fleet-agents-agentid-unenroll",
                agent_id=id,
                body=Body(clean(force=force, revoke=revoke) or None),
                retry=True,
            ),
        )

    async def upgrade(
        self,
        *,
        id: str,
        version: str,
        source_uri: str | None = None,
        force: bool | None = None,
        skip_rate_limit_check: bool | None = None,
    ) -> PostFleetAgentsAgentidUpgradeResponse200:
        """Upgrade one agent to ``version`` (Kibana answers 429 within the cooldown)."""
        body = clean(
            version=version,
            source_uri=source_uri,
            force=force,
            skipRateLimitCheck=skip_rate_limit_check,
        )
        return cast(
            "PostFleetAgentsAgentidUpgradeResponse200",
            await self._t.call("post-fleet-agents-agentid-upgrade", agent_id=id, body=Body(body)),
        )

    async def request_diagnostics(
        self, *, id: str, additional_metrics: builtins.list[str] | None = None
    ) -> AgentActionResponse:
        """Ask an agent for a diagnostics bundle; returns the action id."""
        return cast(
            "AgentActionResponse",
            await self._t.call(
                "post-fleet-agents-agentid-request-diagnostics",
                agent_id=id,
                body=Body(clean(additional_metrics=additional_metrics) or None),
            ),
        )

    async def create_action(
        self, *, id: str, action: dict[str, Any]
    ) -> PostFleetAgentsAgentidActionsResponse200ItemResponse:
        """Send a raw action (e.g. ``{"type": "UNENROLL"}``) to one agent."""
        return cast(
            "PostFleetAgentsAgentidActionsResponse200ItemResponse",
            await self._t.call(
                "post-fleet-agents-agentid-actions", agent_id=id, body=Body({"action": action})
            ),
        )

    async def migrate(
        self, *, id: str, uri: str, enrollment_token: str, **fields: Any
    ) -> AgentActionResponse:
        """Move an agent to another cluster's Fleet."""
        return cast(
            "AgentActionResponse",
            await self._t.call(
                "post-fleet-agents-agentid-migrate",
                agent_id=id,
                body=Body({"uri": uri, "enrollment_token": enrollment_token, **fields}),
            ),
        )

    # -- bulk ---------------------------------------------------------------------------------

    async def bulk_reassign(
        self, *, agents: AgentSelector, policy_id: str, **fields: Any
    ) -> AgentActionResponse:
        """Move agents (ids or KQL) to a policy."""
        return cast(
            "AgentActionResponse",
            await self._t.call(
                "post-fleet-agents-bulk-reassign",
                body=Body({"agents": bulk_agents(agents), "policy_id": policy_id, **fields}),
                retry=True,
            ),
        )

    async def bulk_unenroll(
        self,
        *,
        agents: AgentSelector,
        force: bool | None = None,
        revoke: bool | None = None,
        include_inactive: bool | None = None,
    ) -> AgentActionResponse:
        """Unenroll agents (ids or KQL)."""
        body = clean(
            agents=bulk_agents(agents), force=force, revoke=revoke, includeInactive=include_inactive
        )
        return cast(
            "AgentActionResponse",
            await self._t.call("post-fleet-agents-bulk-unenroll", body=Body(body), retry=True),
        )

    async def bulk_upgrade(
        self,
        *,
        agents: AgentSelector,
        version: str,
        source_uri: str | None = None,
        rollout_duration_seconds: int | None = None,
        start_time: str | None = None,
        force: bool | None = None,
        include_inactive: bool | None = None,
    ) -> AgentActionResponse:
        """Upgrade agents (ids or KQL), optionally rolled out over a duration."""
        body = clean(
            agents=bulk_agents(agents),
            version=version,
            source_uri=source_uri,
            rollout_duration_seconds=rollout_duration_seconds,
            start_time=start_time,
            force=force,
            includeInactive=include_inactive,
        )
        return cast(
            "AgentActionResponse",
            await self._t.call("post-fleet-agents-bulk-upgrade", body=Body(body)),
        )

    async def bulk_update_tags(
        self,
        *,
        agents: AgentSelector,
        tags_to_add: builtins.list[str] | None = None,
        tags_to_remove: builtins.list[str] | None = None,
    ) -> AgentActionResponse:
        """Add and remove tags on agents (ids or KQL)."""
        body = clean(agents=bulk_agents(agents), tagsToAdd=tags_to_add, tagsToRemove=tags_to_remove)
        return cast(
            "AgentActionResponse",
            await self._t.call(
                "post-fleet-agents-bulk-update-agent-tags", body=Body(body), retry=True
            ),
        )

    async def bulk_request_diagnostics(
        self, *, agents: AgentSelector, **fields: Any
    ) -> AgentActionResponse:
        """Ask agents (ids or KQL) for diagnostics bundles."""
        return cast(
            "AgentActionResponse",
            await self._t.call(
                "post-fleet-agents-bulk-request-diagnostics",
                body=Body({"agents": bulk_agents(agents), **fields}),
            ),
        )

    async def bulk_migrate(
        self, *, agents: AgentSelector, uri: str, enrollment_token: str, **fields: Any
    ) -> AgentActionResponse:
        """Move agents (ids or KQL) to another cluster's Fleet."""
        return cast(
            "AgentActionResponse",
            await self._t.call(
                "post-fleet-agents-bulk-migrate",
                body=Body(
                    {
                        "agents": bulk_agents(agents),
                        "uri": uri,
                        "enrollment_token": enrollment_token,
                        **fields,
                    }
                ),
            ),
        )

    # -- status and actions -------------------------------------------------------------------

    async def status_summary(
        self,
        *,
        policy_id: str | None = None,
        policy_ids: builtins.list[str] | None = None,
        kuery: str | None = None,
    ) -> AgentStatusSummary:
        """Agent counts by status (``online``, ``offline``, ``error``...)."""
        envelope = await self._t.call(
            "get-fleet-agent-status", policy_id=policy_id, policy_ids=policy_ids, kuery=kuery
        )
        return cast("AgentStatusSummary", field_of(envelope, "results", "get-fleet-agent-status"))

    async def action_status(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        date: str | None = None,
        latest: int | None = None,
        error_size: int | None = None,
    ) -> builtins.list[ActionStatus]:
        """Progress of recent agent actions (upgrades, reassignments, unenrollments)."""
        envelope = await self._t.call(
            "get-fleet-agents-action-status",
            page=page,
            per_page=per_page,
            date=date,
            latest=latest,
            error_size=error_size,
        )
        return items_of(envelope)

    async def cancel_action(
        self, *, action_id: str
    ) -> PostFleetAgentsAgentidActionsResponse200Item:
        """Cancel an in-progress action (e.g. a rolling upgrade): the cancel action Kibana made."""
        envelope = await self._t.call(
            "post-fleet-agents-actions-actionid-cancel", action_id=action_id
        )
        return cast(
            "PostFleetAgentsAgentidActionsResponse200Item",
            item_of(envelope, "post-fleet-agents-actions-actionid-cancel"),
        )

    async def by_action_ids(self, *, action_ids: builtins.list[str]) -> builtins.list[str]:
        """Ids of the agents targeted by actions (a read-only POST, retried)."""
        envelope = await self._t.call(
            "post-fleet-agents", body=Body({"actionIds": action_ids}), retry=True
        )
        return items_of(envelope)

    async def tags(
        self, *, kuery: str | None = None, show_inactive: bool | None = None
    ) -> builtins.list[str]:
        """Every tag in use."""
        return items_of(
            await self._t.call("get-fleet-agents-tags", kuery=kuery, show_inactive=show_inactive)
        )

    async def available_versions(self) -> builtins.list[str]:
        """Agent versions this Kibana can upgrade to."""
        return items_of(await self._t.call("get-fleet-agents-available-versions"))

    async def setup_status(self) -> GetFleetAgentsSetupResponse200:
        """Whether Fleet is ready for agents (missing requirements)."""
        return cast("GetFleetAgentsSetupResponse200", await self._t.call("get-fleet-agents-setup"))

    async def setup(self) -> PostFleetSetupResponse200:
        """Initialize Fleet for agents (idempotent, retried)."""
        return cast(
            "PostFleetSetupResponse200", await self._t.call("post-fleet-agents-setup", retry=True)
        )

    async def uploads(self, *, id: str) -> GetFleetAgentsAgentidUploadsResponse200:
        """Diagnostics files an agent uploaded."""
        return cast(
            "GetFleetAgentsAgentidUploadsResponse200",
            await self._t.call("get-fleet-agents-agentid-uploads", agent_id=id),
        )

    async def upload_file(self, *, file_id: str, file_name: str) -> bytes:
        """Content of an uploaded file (e.g. a diagnostics zip), as bytes."""
        content: bytes = await self._t.call(
            "get-fleet-agents-files-fileid-filename",
            file_id=file_id,
            file_name=file_name,
            raw=True,
        )
        return content

    async def delete_upload(self, *, file_id: str) -> DeleteFleetAgentsFilesFileidResponse200:
        """Delete an uploaded file."""
        return cast(
            "DeleteFleetAgentsFilesFileidResponse200",
            await self._t.call("delete-fleet-agents-files-fileid", file_id=file_id),
        )

    async def incoming_data(
        self,
        *,
        agents_ids: builtins.list[str],
        pkg_name: str | None = None,
        pkg_version: str | None = None,
        preview_data: bool | None = None,
    ) -> GetFleetAgentStatusDataResponse200:
        """Whether agents have sent data (``GET /agent_status/data``)."""
        return cast(
            "GetFleetAgentStatusDataResponse200",
            await self._t.call(
                "get-fleet-agent-status-data",
                agents_ids=agents_ids,
                pkg_name=pkg_name,
                pkg_version=pkg_version,
                preview_data=preview_data,
            ),
        )

    async def wait_for_status(
        self,
        *,
        policy_id: str,
        count: int = 1,
        status: str = "online",
        timeout: float = WAIT_TIMEOUT,
        interval: float = WAIT_INTERVAL,
        on_progress: Progress | None = None,
    ) -> int:
        """Wait until at least ``count`` agents of a policy have ``status``.

        Looks every ``interval`` seconds with one request (a count of ``policy_id:<id> and
        status:<status>``), and passes what it saw to ``on_progress`` (``"2/3 agents online"``).

        Args:
            policy_id: The agent policy the agents are enrolled in.
            count: How many agents must have ``status``.
            status: An agent status as Kibana's KQL knows it (``online``, ``offline``,
                ``updating``, ``unenrolled``...).
            timeout: Seconds to wait in all.
            interval: Seconds between two looks.
            on_progress: Called with a short description of each look.

        Returns:
            How many agents have ``status`` (at least ``count``).

        Raises:
            WorkflowTimeoutError: Not within ``timeout`` seconds.
            InvalidValueError: ``timeout`` or ``interval`` is not positive (nothing sent).
        """
        kuery = f"policy_id:{kql_quote(policy_id)} and status:{status}"

        async def check() -> tuple[int | None, str]:
            found = await self.list(kuery=kuery, per_page=1).count()
            return (found if found >= count else None), f"{found}/{count} agents {status}"

        return await poll(self._sleep, check,
                          waited_for=f"{count} {status} agent(s) on policy {policy_id}",
                          timeout=timeout, interval=interval, on_progress=on_progress)

    async def wait_for_action(
        self,
        *,
        action_id: str,
        timeout: float = ACTION_TIMEOUT,
        interval: float = WAIT_INTERVAL,
        on_progress: Progress | None = None,
    ) -> ActionStatus:
        """Wait until a bulk agent action is complete (or failed, expired, cancelled).

        Looks every ``interval`` seconds at :meth:`action_status` (one request) for the
        action the bulk call answered (``{actionId}``).

        Args:
            action_id: The action's id, from a bulk method's answer.
            timeout: Seconds to wait in all.
            interval: Seconds between two looks.
            on_progress: Called with a short description of each look.

        Returns:
            The action's final status (``COMPLETE``, ``FAILED``, ``EXPIRED``, ``CANCELLED``
            or ``ROLLOUT_PASSED``), with its counts and latest errors.

        Raises:
            WorkflowTimeoutError: Not within ``timeout`` seconds.
            InvalidValueError: ``timeout`` or ``interval`` is not positive (nothing sent).
        """

        async def check() -> tuple[ActionStatus | None, str]:
            for status in await self.action_status(per_page=100):
                if status.action_id == action_id:
                    final = str(status.status) in FINAL_ACTION_STATUSES
                    return (status if final else None), action_summary(status)
            return None, "action not listed yet"

        return await poll(self._sleep, check, waited_for=f"action {action_id}",
                          timeout=timeout, interval=interval, on_progress=on_progress)

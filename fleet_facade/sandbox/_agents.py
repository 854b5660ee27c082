"""Agents and their actions: enrolling synthetic agents, ordering them for listings, and
starting, completing and cancelling actions (reassign, unenroll, upgrade, tags).

Agents are :class:`~._state.Agent` objects with cached JSON, so a page of 10,000 agents is served
by joining cached bytes rather than serializing dicts. Orderings are cached per query until an
agent changes; a point in time freezes one ordering, and ``searchAfter``'s last sort value (the
tie-break: the hostname for the default sort, else the agent id) locates the next page in O(1).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from . import _kql
from ._core import FleetCore
from ._http import KibanaError
from ._router import Ctx
from ._state import Action, Agent

Json = dict[str, Any]
KQL_PREFIXES = ("fleet-agents.",)
#: Fields of Kibana's agent index mapping (P ``server/constants/mappings.ts`` AGENT_MAPPINGS)
#: a kuery may name; ``local_metadata`` stands for everything under it.
KQL_FIELDS = (
    "id",
    "access_api_key_id",
    "action_seq_no",
    "active",
    "agent.id",
    "agent.version",
    "default_api_key",
    "default_api_key_id",
    "enrolled_at",
    "enrollment_id",
    "last_checkin",
    "last_checkin_message",
    "last_checkin_status",
    "last_updated",
    "local_metadata",
    "packages",
    "policy_coordinator_idx",
    "policy_id",
    "policy_output_permissions_hash",
    "policy_revision_idx",
    "shared_id",
    "status",
    "tags",
    "type",
    "unenrolled_at",
    "unenrollment_started_at",
    "updated_at",
    "upgrade_started_at",
    "upgraded_at",
)


def add_agents(
    core: FleetCore,
    count: int,
    *,
    policy_id: str | None,
    status: str,
    version: str,
    tags: list[str],
) -> list[str]:
    """Create ``count`` synthetic agents; returns their ids."""
    now = core.now_iso()
    revision = (
        core.state.agent_policies[policy_id]["revision"]
        if policy_id in core.state.agent_policies
        else None
    )
    ids = []
    start = len(core.state.agents)
    for number in range(count):
        agent_id = core.ids.uuid()
        agent = core.state.agents[agent_id] = Agent(
            agent_id=agent_id,
            policy_id=policy_id,
            policy_revision=revision,
            status=status,
            version=version,
            tags=list(tags),
            hostname=f"host-{start + number + 1:06d}",
            enrolled_at=now,
            last_checkin=now,
        )
        # Kibana decides "unenrolling/unenrolled" from these dates, not from the status.
        if status == "unenrolled":
            agent.unenrolled_at = now
        elif status == "unenrolling":
            agent.unenrollment_started_at = now
        ids.append(agent_id)
    changed(core)
    return ids


def changed(core: FleetCore) -> None:
    """Invalidate cached orderings after agents changed."""
    core.state.agents_generation += 1
    core.state.order_cache.clear()


def agent_or_404(core: FleetCore, agent_id: str) -> Agent:
    agent = core.state.agents.get(agent_id)
    if agent is None:
        raise KibanaError(404, f"Agent {agent_id} not found")
    return agent


def agent_in_path(ctx: Ctx) -> Agent:
    """The agent named by the route's ``{agentId}``."""
    return agent_or_404(ctx.core, ctx.params["agentId"])


class KueryMalformed(KibanaError):
    """A kuery the KQL parser refused (Kibana's agent service answers it, not the schema)."""


def agent_query(text: str | None) -> _kql.Query:
    """The agents' kuery, refused as Kibana does.

    An unknown field fails the query schema's validator (P ``server/routes/utils/filter_utils.ts``
    ``validateKuery``); a syntax error slips through that validator and fails in the service
    (P ``server/services/agents/crud.ts`` ``_joinFilters``: ``Kuery is malformed: ...``).
    """
    try:
        return _kql.parse(
            text, prefixes=KQL_PREFIXES, known_fields=KQL_FIELDS, type_name="fleet-agents"
        )
    except _kql.KqlSyntaxError as err:
        raise KueryMalformed(400, f"Kuery is malformed: {err}") from None
    except _kql.KqlError as err:
        raise KibanaError(400, f"[request query.kuery]: {err}") from None


def sort_value(agent: Agent, field: str) -> Any:
    values = agent.field(field)
    return values[0] if values else ""


def _shows_unenrolled(kuery: str | None) -> bool:
    # P services/agents/crud.ts includeUnenrolled: a plain text test, lower-cased.
    text = (kuery or "").lower()
    return "status:*" in text or "status:unenrolled" in text


def is_default_sort(field: str, order: str) -> bool:
    """Kibana adds the hostname tie-break only to the default sort (``getSortConfig``)."""
    return field == "enrolled_at" and order == "desc"


def ordered_agents(
    core: FleetCore, kuery: str | None, show_inactive: bool, field: str, order: str
) -> list[Agent]:
    """Matching agents in Kibana's order, cached until agents change.

    ``showInactive=false`` hides inactive agents; unenrolled ones stay hidden whatever
    ``showInactive`` says unless the kuery names ``status:unenrolled`` or ``status:*``
    (P ``services/agents/crud.ts`` ``getAgentsByKuery``). The default sort (enrolled_at desc)
    breaks ties by hostname ascending; other sorts by agent id (the sandbox's stand-in for
    Elasticsearch's shard-doc order).
    """
    key = (core.state.agents_generation, kuery, show_inactive, field, order)
    cached = core.state.order_cache.get(key)
    if cached is not None:
        return cached
    query = agent_query(kuery)
    with_unenrolled = _shows_unenrolled(kuery)
    agents = [
        a
        for a in core.state.agents.values()
        if (show_inactive or a.status != "inactive")
        and (with_unenrolled or a.status != "unenrolled")
        and query.matches(a.field)
    ]
    if is_default_sort(field, order):
        agents.sort(key=lambda a: a.hostname)
        agents.sort(key=lambda a: str(sort_value(a, field)), reverse=True)
    else:
        agents.sort(key=lambda a: (str(sort_value(a, field)), a.id), reverse=order == "desc")
    core.state.order_cache[key] = agents
    return agents


#: P services/agents/actions.ts createAgentAction: an action without its own expiration
#: expires a month (30 days) after it was created.
ACTION_EXPIRATION = timedelta(days=30)


def new_action(
    core: FleetCore,
    kind: str,
    agents: list[Agent],
    *,
    expiration: datetime | None = None,
    **extra: Any,
) -> Action:
    created = core.now()
    action = Action(
        id=core.ids.uuid(),
        type=kind,
        agent_ids=[a.id for a in agents],
        created_at=created,
        expiration=expiration or created + ACTION_EXPIRATION,
        **extra,
    )
    core.state.actions[action.id] = action
    return action


HOSTED_SUFFIX = (
    " in Fleet because the agent policy is managed by an external orchestration solution, such "
    "as Elastic Cloud, Kubernetes, etc. Please make changes using your orchestration solution."
)


def hosted_error(message: str) -> KibanaError:
    """P ``server/errors/index.ts`` ``HostedAgentPolicyRestrictionRelatedError``: 400, suffixed."""
    return KibanaError(400, message + HOSTED_SUFFIX)


def hosted_policy_of(core: FleetCore, agent: Agent) -> Json | None:
    """The agent's policy when it is hosted (``is_managed``)."""
    policy = core.state.agent_policies.get(agent.policy_id or "")
    return policy if policy is not None and policy.get("is_managed") else None


def agent_error(core: FleetCore, agent_id: str, message: str) -> Json:
    """An error action result as ``action_status`` lists it in ``latestErrors``."""
    agent = core.state.agents.get(agent_id)
    return {
        "agentId": agent_id,
        "error": message,
        "timestamp": core.now_iso(),
        # Kibana reads local_metadata.host.name, falling back to the agent id.
        "hostname": agent.hostname if agent is not None else agent_id,
    }


def target_policy(core: FleetCore, policy_id: str) -> Json:
    """P ``services/agents/reassign.ts`` ``verifyNewAgentPolicy``, checked before any agent."""
    policy = core.state.agent_policies.get(policy_id)
    if policy is None:
        raise KibanaError(404, f"Agent policy not found: {policy_id}")
    if policy.get("is_managed"):
        raise hosted_error(f"Cannot reassign agents to hosted agent policy {policy_id}")
    return policy


def reassign(
    core: FleetCore, agents: list[Agent], policy: Json, errors: list[Json] | None = None
) -> Action:
    for agent in agents:
        agent.policy_id, agent.policy_revision = policy["id"], None
        agent.changed()
    changed(core)
    action = new_action(core, "POLICY_REASSIGN", agents, new_policy_id=policy["id"])
    action.errors = errors or []
    if not agents:
        complete(core, action)
    return action


def reassign_refusal(core: FleetCore, agent_id: str, policy_id: str) -> str | None:
    """Why bulk reassign skips an agent (P ``services/agents/reassign.ts`` ``reassignBatch``)."""
    agent = core.state.agents.get(agent_id)
    if agent is None:
        return f"Cannot find agent {agent_id}"
    if agent.policy_id == policy_id:
        return f"Agent {agent_id} is already assigned to agent policy {policy_id}"
    hosted = hosted_policy_of(core, agent)
    if hosted is not None:
        return f"Cannot reassign an agent from hosted agent policy {hosted['id']}{HOSTED_SUFFIX}"
    return None


def unenroll(
    core: FleetCore, agents: list[Agent], revoke: bool, errors: list[Json] | None = None
) -> Action:
    """P ``services/agents/unenroll.ts``: ``revoke`` unenrolls at once (``FORCE_UNENROLL``);
    otherwise the agent is ``unenrolling`` until it acknowledges the ``UNENROLL`` action."""
    now = core.now_iso()
    for agent in agents:
        if revoke:
            agent.status, agent.active, agent.unenrolled_at = "unenrolled", False, now
        else:
            agent.status, agent.unenrollment_started_at = "unenrolling", now
        agent.changed()
    changed(core)
    action = new_action(core, "FORCE_UNENROLL" if revoke else "UNENROLL", agents)
    action.errors = errors or []
    if revoke or not agents:
        complete(core, action)
    return action


def start_upgrade(
    core: FleetCore,
    agents: list[Agent],
    version: str,
    errors: list[Json] | None = None,
    rollout: Json | None = None,
) -> Action:
    """Write the ``UPGRADE`` action; the agents get ``upgrade_started_at`` and lose
    ``upgraded_at`` (P ``services/agents/upgrade.ts``). ``rollout`` holds the action's
    ``start_time``/``expiration``/``rollout_duration_seconds`` when the request set a window."""
    action = new_action(core, "UPGRADE", agents, version=version, **(rollout or {}))
    action.errors = errors or []
    now = core.now_iso()
    for agent in agents:
        agent.status, agent.upgrade_started_at, agent.upgraded_at = "updating", now, None
        agent.upgrade_details = {
            "target_version": version,
            "action_id": action.id,
            "state": "UPG_REQUESTED",
        }
        agent.changed()
    changed(core)
    if not agents:
        complete(core, action)
    return action


def selected_agents(ctx: Ctx, body: Json, include_inactive: bool = False) -> list[Agent]:
    selector = body.get("agents")
    if isinstance(selector, list):
        return [ctx.core.state.agents[i] for i in selector if i in ctx.core.state.agents]
    if isinstance(selector, str):
        show = include_inactive or bool(body.get("includeInactive"))
        return list(ordered_agents(ctx.core, selector, show, "enrolled_at", "desc"))
    raise KibanaError(
        400, "[request body.agents]: expected value of type [array] but got [undefined]"
    )


def selected_ids(ctx: Ctx, body: Json) -> list[str] | None:
    """The ids when ``agents`` is a list (unknown ones included), else ``None`` (a kuery)."""
    selector = body.get("agents")
    return [str(i) for i in selector] if isinstance(selector, list) else None


def complete(core: FleetCore, action: Action) -> None:
    """Apply an action's end state to its agents."""
    if action.status != "IN_PROGRESS":
        return
    now = core.now_iso()
    for agent_id in action.agent_ids:
        agent = core.state.agents.get(agent_id)
        if agent is None:
            continue
        if action.type == "UNENROLL" and agent.status == "unenrolling":
            agent.status, agent.active, agent.unenrolled_at = "unenrolled", False, now
            agent.unenrollment_started_at = None
        elif action.type == "UPGRADE" and agent.status == "updating":
            agent.version, agent.status, agent.upgraded_at = (
                action.version or agent.version,
                "online",
                now,
            )
            agent.upgrade_started_at, agent.upgrade_details = None, None
        elif action.type == "POLICY_REASSIGN":
            policy = core.state.agent_policies.get(agent.policy_id or "")
            agent.policy_revision = policy["revision"] if policy else None
        agent.changed()
    action.status, action.completed_at = "COMPLETE", core.now()
    if action.type != "UPDATE_TAGS":  # tag updates ack only the agents whose tags changed
        action.acked = len(action.agent_ids)
    changed(core)


def progress_actions(core: FleetCore, *, everything: bool = False) -> int:
    """Complete actions older than the configured duration (or all); returns how many.

    An action still in progress past its expiration is ``EXPIRED`` instead, except upgrades
    (P ``server/services/agents/action_status.ts`` ``getActions``).
    """
    now = core.now()
    deadline = now - timedelta(seconds=core.action_duration)
    done = 0
    for action in list(core.state.actions.values()):
        if action.status != "IN_PROGRESS":
            continue
        if action.type != "UPGRADE" and action.expiration is not None and action.expiration <= now:
            action.status = "EXPIRED"
        elif everything or action.created_at <= deadline:
            complete(core, action)
            done += 1
    return done

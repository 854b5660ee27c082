"""Agents and their actions: enrolling synthetic agents, ordering them for listings, and
starting, completing and cancelling actions (reassign, unenroll, upgrade, tags).

Agents are :class:`~._state.Agent` objects with cached JSON, so a page of 10,000 agents is served
by joining cached bytes rather than serializing dicts. Orderings are cached per query until an
agent changes; a point in time freezes one ordering, and ``searchAfter``'s last sort value (the
agent id, used as tie-breaker) locates the next page in O(1).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from . import _kql
from ._catalog import semver_key
from ._core import FleetCore
from ._http import KibanaError
from ._router import Ctx
from ._state import Action, Agent

Json = dict[str, Any]
UPGRADE_COOLDOWN_MINUTES = 10
KQL_PREFIXES = ("fleet-agents.",)
KQL_FIELDS = (
    "id",
    "agent.id",
    "agent.version",
    "status",
    "policy_id",
    "policy_revision",
    "tags",
    "active",
    "enrolled_at",
    "last_checkin",
    "local_metadata",
    "unenrolled_at",
    "upgraded_at",
    "upgrade_started_at",
)
HIDDEN_WHEN_INACTIVE = ("inactive", "unenrolled")


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
        core.state.agents[agent_id] = Agent(
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


def agent_query(text: str | None) -> _kql.Query:
    try:
        return _kql.parse(
            text, prefixes=KQL_PREFIXES, known_fields=KQL_FIELDS, type_name="fleet-agents"
        )
    except _kql.KqlError as err:
        raise KibanaError(400, str(err)) from None


def sort_value(agent: Agent, field: str) -> Any:
    values = agent.field(field)
    return values[0] if values else ""


def ordered_agents(
    core: FleetCore, kuery: str | None, show_inactive: bool, field: str, order: str
) -> list[Agent]:
    """Matching agents in sort order (id as tie-breaker), cached until agents change."""
    key = (core.state.agents_generation, kuery, show_inactive, field, order)
    cached = core.state.order_cache.get(key)
    if cached is not None:
        return cached
    query = agent_query(kuery)
    agents = [
        a
        for a in core.state.agents.values()
        if (show_inactive or a.status not in HIDDEN_WHEN_INACTIVE) and query.matches(a.field)
    ]
    agents.sort(key=lambda a: (str(sort_value(a, field)), a.id), reverse=order == "desc")
    core.state.order_cache[key] = agents
    return agents


def new_action(core: FleetCore, kind: str, agents: list[Agent], **extra: Any) -> Action:
    action = Action(
        id=core.ids.uuid(),
        type=kind,
        agent_ids=[a.id for a in agents],
        created_at=core.now(),
        **extra,
    )
    core.state.actions[action.id] = action
    return action


def target_policy(core: FleetCore, policy_id: str) -> Json:
    policy = core.state.agent_policies.get(policy_id)
    if policy is None:
        raise KibanaError(404, f"Agent policy {policy_id} not found")  # UNVERIFIED
    if policy.get("is_managed"):
        raise KibanaError(
            400, f"Cannot reassign an agent to hosted agent policy {policy_id}"
        )  # UNVERIFIED
    return policy


def reassign(core: FleetCore, agents: list[Agent], policy: Json) -> Action:
    for agent in agents:
        agent.policy_id, agent.policy_revision = policy["id"], None
        agent.changed()
    changed(core)
    return new_action(core, "POLICY_REASSIGN", agents, new_policy_id=policy["id"])


def unenroll(core: FleetCore, agents: list[Agent], immediate: bool) -> Action:
    now = core.now_iso()
    for agent in agents:
        if immediate:
            agent.status, agent.active, agent.unenrolled_at = "unenrolled", False, now
        else:
            agent.status = "unenrolling"
        agent.changed()
    changed(core)
    action = new_action(core, "UNENROLL", agents)
    if immediate:
        complete(core, action)
    return action


def upgrade_refusal(
    core: FleetCore, agent: Agent, version: str, force: bool
) -> KibanaError | None:
    if agent.status in ("unenrolling", "unenrolled") or not agent.active:
        return KibanaError(400, "cannot upgrade an unenrolling or unenrolled agent")
    if agent.upgrade_started_at is not None and not force:
        return KibanaError(400, f"agent {agent.id} is already upgrading")
    if agent.upgraded_at is not None and not force:
        ready = datetime.fromisoformat(agent.upgraded_at.replace("Z", "+00:00")) + timedelta(
            minutes=UPGRADE_COOLDOWN_MINUTES
        )
        wait = (ready - core.now()).total_seconds()
        if wait > 0:
            minutes, seconds = divmod(int(wait), 60)
            # UNVERIFIED: the sentence after the wait time.
            return KibanaError(
                429,
                f"agent {agent.id} was upgraded less than {UPGRADE_COOLDOWN_MINUTES} minutes ago. "
                f"Please wait {minutes:02d}m{seconds:02d}s before trying again to ensure the "
                "upgrade will not be rolled back.",
                headers={"retry-after": str(int(wait) + 1)},
            )
    return None


def check_upgrade_version(core: FleetCore, version: str) -> None:
    if semver_key(version) > semver_key(core.kibana_version):
        raise KibanaError(
            400,
            f"Cannot upgrade agent to {version} because it is higher than the installed kibana "
            f"version {core.kibana_version}",
        )


def start_upgrade(core: FleetCore, agents: list[Agent], version: str) -> Action:
    action = new_action(core, "UPGRADE", agents, version=version)
    now = core.now_iso()
    for agent in agents:
        agent.status, agent.upgrade_started_at = "updating", now
        agent.upgrade_details = {
            "target_version": version,
            "action_id": action.id,
            "state": "UPG_REQUESTED",
        }
        agent.changed()
    changed(core)
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
    action.status, action.completed_at, action.acked = "COMPLETE", core.now(), len(action.agent_ids)
    changed(core)


def progress_actions(core: FleetCore, *, everything: bool = False) -> int:
    """Complete actions older than the configured duration (or all); returns how many."""
    deadline = core.now() - timedelta(seconds=core.action_duration)
    done = 0
    for action in list(core.state.actions.values()):
        if action.status == "IN_PROGRESS" and (everything or action.created_at <= deadline):
            complete(core, action)
            done += 1
    return done

"""``/api/fleet/agents`` and friends: list (paging, searchAfter, point in time), actions, status.

Agents are :class:`~._state.Agent` objects with cached JSON, so a page of 10,000 agents is served
by joining cached bytes rather than serializing dicts. Orderings are cached per query until an
agent changes; a point in time freezes one ordering, and ``searchAfter``'s last sort value (the
agent id, used as tie-breaker) locates the next page in O(1).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from . import _kql, _validate
from ._catalog import semver_key
from ._core import FleetCore
from ._http import KibanaError, RawJson
from ._ids import iso
from ._router import Ctx, Router
from ._state import Action, Agent, PointInTime

Json = dict[str, Any]

WINDOW = 10_000
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
_DATE_FIELDS = ("enrolled_at", "last_checkin", "unenrolled_at", "upgraded_at", "upgrade_started_at")
_HIDDEN_WHEN_INACTIVE = ("inactive", "unenrolled")


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


def _agent(core: FleetCore, agent_id: str) -> Agent:
    agent = core.state.agents.get(agent_id)
    if agent is None:
        raise KibanaError(404, f"Agent {agent_id} not found")
    return agent


def _query(text: str | None) -> _kql.Query:
    try:
        return _kql.parse(
            text, prefixes=KQL_PREFIXES, known_fields=KQL_FIELDS, type_name="fleet-agents"
        )
    except _kql.KqlError as err:
        raise KibanaError(400, str(err)) from None


def _sort_value(agent: Agent, field: str) -> Any:
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
    query = _query(kuery)
    agents = [
        a
        for a in core.state.agents.values()
        if (show_inactive or a.status not in _HIDDEN_WHEN_INACTIVE) and query.matches(a.field)
    ]
    agents.sort(key=lambda a: (str(_sort_value(a, field)), a.id), reverse=order == "desc")
    core.state.order_cache[key] = agents
    return agents


def _sort_values(agent: Agent, field: str) -> list[Any]:
    value = _sort_value(agent, field)
    if field in _DATE_FIELDS and isinstance(value, str) and value:
        value = int(datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp() * 1000)
    return [value, agent.id]


def _list(ctx: Ctx) -> RawJson:
    core = ctx.core
    per_page = ctx.q_int("perPage", 20)
    raw_page, search_after_raw = ctx.q("page"), ctx.q("searchAfter")
    open_pit, pit_id, keep_alive = ctx.q_bool("openPit"), ctx.q("pitId"), ctx.q("pitKeepAlive")
    if search_after_raw is not None and raw_page is not None:
        raise KibanaError(400, "You cannot use page parameter when using searchAfter")
    if open_pit and pit_id:
        raise KibanaError(
            400, "You cannot request to open a new point-in-time with an existing pitId"
        )
    if (open_pit or pit_id) and not keep_alive:
        raise KibanaError(400, "You must provide pitKeepAlive when using point-in-time parameters")
    search_after: list[Any] | None = None
    if search_after_raw is not None:
        try:
            search_after = json.loads(search_after_raw)
        except ValueError:
            search_after = None
        if not isinstance(search_after, list) or not search_after:
            raise KibanaError(400, "searchAfter must be a non-empty array")
    page = ctx.q_int("page", 1)
    if search_after is None and page * per_page > WINDOW:
        raise KibanaError(400, f"You cannot use page and perPage page over {WINDOW} agents")
    field, order = ctx.q("sortField") or "enrolled_at", ctx.q("sortOrder") or "desc"
    pit: PointInTime | None = None
    if pit_id:
        pit = core.state.pits.get(pit_id)
        if pit is None:
            raise KibanaError(404, f"No search context found for id [{pit_id}]")  # UNVERIFIED
        agents = pit.agents
    else:
        agents = ordered_agents(core, ctx.q("kuery"), ctx.q_bool("showInactive"), field, order)
    if open_pit:
        new_id = core.ids.secret(40)
        positions = {a.id: i for i, a in enumerate(agents)}
        pit = PointInTime(new_id, list(agents), positions, 0.0)
        core.state.pits[new_id] = pit
    start = (page - 1) * per_page
    if search_after is not None:
        start = _position_after(agents, pit, search_after, field, order)
    shown = agents[start : start + per_page]
    head: dict[str, Any] = {
        "total": len(agents),
        "page": page if search_after is None else 1,
        "perPage": per_page,
    }
    if shown and (search_after is not None or pit is not None):
        head["nextSearchAfter"] = json.dumps(_sort_values(shown[-1], field), separators=(",", ":"))
    if pit is not None:
        head["pit"] = pit.id
    tail = json.dumps(head, separators=(",", ":")).encode()
    return RawJson(b'{"items":[' + b",".join(a.encoded() for a in shown) + b"]," + tail[1:])


def _position_after(
    agents: list[Agent], pit: PointInTime | None, after: list[Any], field: str, order: str
) -> int:
    last_id = after[-1]
    if pit is not None and last_id in pit.positions:
        return pit.positions[last_id] + 1
    for index, agent in enumerate(agents):
        if agent.id == last_id:
            return index + 1
    # The agent is gone: fall back to comparing sort values.
    key = (str(after[0]), str(last_id))
    for index, agent in enumerate(agents):
        value = (str(_sort_value(agent, field)), agent.id)
        if (value > key) if order == "asc" else (value < key):
            return index
    return len(agents)


def _get(ctx: Ctx) -> Json:
    return {"item": _agent(ctx.core, ctx.params["agentId"]).to_dict()}


def _update(ctx: Ctx) -> Json:
    agent = _agent(ctx.core, ctx.params["agentId"])
    body = _validate.body_object(ctx.body)
    tags = _validate.string_list(body, "tags")
    if tags is not None:
        agent.tags = tags
    if isinstance(body.get("user_provided_metadata"), dict):
        agent.user_provided_metadata = body["user_provided_metadata"]
    agent.changed()
    changed(ctx.core)
    return {"item": agent.to_dict()}


def _delete(ctx: Ctx) -> Json:
    agent = _agent(ctx.core, ctx.params["agentId"])
    del ctx.core.state.agents[agent.id]
    changed(ctx.core)
    return {"action": "deleted"}


def _new_action(core: FleetCore, kind: str, agents: list[Agent], **extra: Any) -> Action:
    action = Action(
        id=core.ids.uuid(),
        type=kind,
        agent_ids=[a.id for a in agents],
        created_at=core.now(),
        **extra,
    )
    core.state.actions[action.id] = action
    return action


def _target_policy(core: FleetCore, policy_id: str) -> Json:
    policy = core.state.agent_policies.get(policy_id)
    if policy is None:
        raise KibanaError(404, f"Agent policy {policy_id} not found")  # UNVERIFIED
    if policy.get("is_managed"):
        raise KibanaError(
            400, f"Cannot reassign an agent to hosted agent policy {policy_id}"
        )  # UNVERIFIED
    return policy


def _reassign(core: FleetCore, agents: list[Agent], policy: Json) -> Action:
    for agent in agents:
        agent.policy_id, agent.policy_revision = policy["id"], None
        agent.changed()
    changed(core)
    return _new_action(core, "POLICY_REASSIGN", agents, new_policy_id=policy["id"])


def _unenroll(core: FleetCore, agents: list[Agent], immediate: bool) -> Action:
    now = core.now_iso()
    for agent in agents:
        if immediate:
            agent.status, agent.active, agent.unenrolled_at = "unenrolled", False, now
        else:
            agent.status = "unenrolling"
        agent.changed()
    changed(core)
    action = _new_action(core, "UNENROLL", agents)
    if immediate:
        _complete(core, action)
    return action


def _upgrade_refusal(
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


def _check_version(core: FleetCore, version: str) -> None:
    if semver_key(version) > semver_key(core.kibana_version):
        raise KibanaError(
            400,
            f"Cannot upgrade agent to {version} because it is higher than the installed kibana "
            f"version {core.kibana_version}",
        )


def _start_upgrade(core: FleetCore, agents: list[Agent], version: str) -> Action:
    action = _new_action(core, "UPGRADE", agents, version=version)
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


def _single_reassign(ctx: Ctx) -> Json:
    agent = _agent(ctx.core, ctx.params["agentId"])
    body = _validate.body_object(ctx.body)
    policy_id = _validate.string(body, "policy_id", required=True)
    assert policy_id is not None
    current = ctx.core.state.agent_policies.get(agent.policy_id or "")
    if current and current.get("is_managed"):
        raise KibanaError(
            400, f"Cannot reassign an agent from hosted agent policy {current['id']}"
        )  # UNVERIFIED
    _reassign(ctx.core, [agent], _target_policy(ctx.core, policy_id))
    return {}


def _single_unenroll(ctx: Ctx) -> Json:
    agent = _agent(ctx.core, ctx.params["agentId"])
    body = ctx.body if isinstance(ctx.body, dict) else {}
    policy = ctx.core.state.agent_policies.get(agent.policy_id or "")
    if policy and policy.get("is_managed") and not body.get("force"):
        raise KibanaError(
            400, f"Cannot unenroll {agent.id} from a hosted agent policy {policy['id']}"
        )  # UNVERIFIED
    _unenroll(ctx.core, [agent], bool(body.get("force") or body.get("revoke")))
    return {}


def _single_upgrade(ctx: Ctx) -> Json:
    agent = _agent(ctx.core, ctx.params["agentId"])
    body = _validate.body_object(ctx.body)
    version = _validate.string(body, "version", required=True)
    assert version is not None
    force = bool(body.get("force"))
    _check_version(ctx.core, version)
    refusal = _upgrade_refusal(
        ctx.core, agent, version, force or bool(body.get("skipRateLimitCheck"))
    )
    if refusal is not None:
        raise refusal
    _start_upgrade(ctx.core, [agent], version)
    return {}


def _selected(ctx: Ctx, body: Json, include_inactive: bool = False) -> list[Agent]:
    selector = body.get("agents")
    if isinstance(selector, list):
        return [ctx.core.state.agents[i] for i in selector if i in ctx.core.state.agents]
    if isinstance(selector, str):
        show = include_inactive or bool(body.get("includeInactive"))
        return list(ordered_agents(ctx.core, selector, show, "enrolled_at", "desc"))
    raise KibanaError(
        400, "[request body.agents]: expected value of type [array] but got [undefined]"
    )


def _bulk_reassign(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    policy_id = _validate.string(body, "policy_id", required=True)
    assert policy_id is not None
    policy = _target_policy(ctx.core, policy_id)
    return {"actionId": _reassign(ctx.core, _selected(ctx, body), policy).id}


def _bulk_unenroll(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    agents = [a for a in _selected(ctx, body) if a.active]
    return {
        "actionId": _unenroll(ctx.core, agents, bool(body.get("force") or body.get("revoke"))).id
    }


def _bulk_upgrade(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    version = _validate.string(body, "version", required=True)
    assert version is not None
    _check_version(ctx.core, version)
    force = bool(body.get("force"))
    agents = [
        a for a in _selected(ctx, body) if _upgrade_refusal(ctx.core, a, version, force) is None
    ]
    return {"actionId": _start_upgrade(ctx.core, agents, version).id}


def _bulk_tags(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    add = _validate.string_list(body, "tagsToAdd") or []
    remove = set(_validate.string_list(body, "tagsToRemove") or [])
    agents = _selected(ctx, body)
    for agent in agents:
        agent.tags = [t for t in agent.tags if t not in remove] + [
            t for t in add if t not in agent.tags
        ]
        agent.changed()
    changed(ctx.core)
    action = _new_action(ctx.core, "UPDATE_TAGS", agents)
    _complete(ctx.core, action)
    return {"actionId": action.id}


def _complete(core: FleetCore, action: Action) -> None:
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
            _complete(core, action)
            done += 1
    return done


def _action_status(ctx: Ctx) -> Json:
    progress_actions(ctx.core)
    page, per_page = ctx.q_int("page", 0), ctx.q_int("perPage", 20)
    actions = sorted(ctx.core.state.actions.values(), key=lambda a: a.created_at, reverse=True)
    shown = actions[page * per_page : (page + 1) * per_page]
    return {"items": [a.to_dict(iso) for a in shown]}


def _cancel(ctx: Ctx) -> Json:
    action = ctx.core.state.actions.get(ctx.params["actionId"])
    if action is None:
        raise KibanaError(404, f"Action not found {ctx.params['actionId']}")  # UNVERIFIED
    if action.status == "IN_PROGRESS":
        action.status = "CANCELLED"
        for agent_id in action.agent_ids:
            agent = ctx.core.state.agents.get(agent_id)
            if agent is not None and action.type == "UPGRADE" and agent.status == "updating":
                agent.status, agent.upgrade_started_at, agent.upgrade_details = "online", None, None
                agent.changed()
        changed(ctx.core)
    cancel = _new_action(ctx.core, "CANCEL", [])
    cancel.status = "COMPLETE"
    return {
        "item": {
            "id": cancel.id,
            "type": "CANCEL",
            "agents": list(action.agent_ids),
            "created_at": iso(cancel.created_at),
            "data": {"target_id": action.id},
        }
    }


def _status(ctx: Ctx) -> Json:
    progress_actions(ctx.core)
    policy_ids = set(ctx.query.get("policyIds", [])) | ({ctx.q("policyId")} - {None})
    query = _query(ctx.q("kuery"))
    counts = dict.fromkeys(
        (
            "online",
            "error",
            "offline",
            "updating",
            "inactive",
            "unenrolled",
            "orphaned",
            "uninstalled",
        ),
        0,
    )
    total = 0
    for agent in ctx.core.state.agents.values():
        if (policy_ids and agent.policy_id not in policy_ids) or not query.matches(agent.field):
            continue
        total += 1
        bucket = {"degraded": "error", "enrolling": "updating", "unenrolling": "updating"}.get(
            agent.status, agent.status
        )
        counts[bucket] = counts.get(bucket, 0) + 1
    active = total - counts["inactive"] - counts["unenrolled"]
    return {"results": {"events": 0, "other": 0, **counts, "all": total, "active": active}}


def _available_versions(ctx: Ctx) -> Json:
    major, minor, patch = (int(p) for p in ctx.core.kibana_version.split("-")[0].split(".")[:3])
    versions = [f"{major}.{minor}.{p}" for p in range(patch, -1, -1)]
    for older_minor in range(minor - 1, max(minor - 4, -1), -1):
        versions += [f"{major}.{older_minor}.{p}" for p in (3, 2, 1, 0)]
    if major > 8:
        versions += ["8.19.3", "8.18.6", "8.17.10"]
    return {"items": versions}


def register(router: Router) -> None:
    """Add the agent routes (specific paths before ``/agents/{agentId}``)."""
    base = "/api/fleet/agents"
    router.add("GET", base, _list)
    router.add("GET", f"{base}/action_status", _action_status)
    router.add("GET", f"{base}/available_versions", _available_versions)
    router.add("POST", f"{base}/actions/{{actionId}}/cancel", _cancel)
    router.add("POST", f"{base}/bulk_reassign", _bulk_reassign)
    router.add("POST", f"{base}/bulk_unenroll", _bulk_unenroll)
    router.add("POST", f"{base}/bulk_upgrade", _bulk_upgrade)
    router.add("POST", f"{base}/bulk_update_agent_tags", _bulk_tags)
    router.add("GET", "/api/fleet/agent_status", _status)
    router.add("GET", "/api/fleet/agent-status", _status)
    router.add("GET", f"{base}/{{agentId}}", _get)
    router.add("PUT", f"{base}/{{agentId}}", _update)
    router.add("DELETE", f"{base}/{{agentId}}", _delete)
    router.add("POST", f"{base}/{{agentId}}/reassign", _single_reassign)
    router.add("POST", f"{base}/{{agentId}}/unenroll", _single_unenroll)
    router.add("POST", f"{base}/{{agentId}}/upgrade", _single_upgrade)

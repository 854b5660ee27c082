"""Routes of the "Elastic Agent actions" tag: reassign, unenroll, upgrade and tag agents (one or
in bulk), raw actions, diagnostics requests, action status and cancelling.

Actions finish on their own after ``action_duration`` or at ``sb.complete_actions()``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from .. import _agent_upgrades as _upgrades
from .. import _validate
from .._agents import (
    HOSTED_SUFFIX,
    agent_error,
    agent_in_path,
    agent_or_404,
    changed,
    complete,
    hosted_error,
    hosted_policy_of,
    new_action,
    progress_actions,
    reassign,
    reassign_refusal,
    selected_agents,
    selected_ids,
    start_upgrade,
    target_policy,
    unenroll,
)
from .._http import KibanaError
from .._ids import iso
from .._router import Ctx, Router
from .._state import Action, Agent

Json = dict[str, Any]


def _single_reassign(ctx: Ctx) -> Json:
    # P services/agents/reassign.ts reassignAgent: the target policy first, then the agent.
    body = _validate.body_object(ctx.body)
    policy_id = _validate.string(body, "policy_id", required=True)
    assert policy_id is not None
    policy = target_policy(ctx.core, policy_id)
    agent = agent_or_404(ctx.core, ctx.params["agentId"])
    current = hosted_policy_of(ctx.core, agent)
    if current is not None:
        raise hosted_error(f"Cannot reassign an agent from hosted agent policy {current['id']}")
    reassign(ctx.core, [agent], policy)
    return {}


def _single_unenroll(ctx: Ctx) -> Json:
    # P services/agents/unenroll.ts unenrollAgent: force only skips the hosted check.
    agent = agent_or_404(ctx.core, ctx.params["agentId"])
    body = ctx.body if isinstance(ctx.body, dict) else {}
    policy = hosted_policy_of(ctx.core, agent)
    if policy is not None and not body.get("force"):
        raise hosted_error(f"Cannot unenroll {agent.id} from a hosted agent policy {policy['id']}")
    current = ctx.core.state.agent_policies.get(agent.policy_id or "")
    if current is not None and current.get("supports_agentless") and not body.get("force"):
        raise KibanaError(400, f"Cannot unenroll agentless agent {agent.id}")
    unenroll(ctx.core, [agent], bool(body.get("revoke")))
    return {}


def _upgrade_body(body: Json) -> str:
    version = _validate.string(body, "version", required=True)
    assert version is not None
    _upgrades.check_semver(version)
    return version


def _single_upgrade(ctx: Ctx) -> Json:
    # The checks in P server/routes/agent/upgrade_handler.ts postAgentUpgradeHandler's order.
    core = ctx.core
    body = _validate.body_object(ctx.body)
    version = _upgrade_body(body)
    force, skip_rate_limit = bool(body.get("force")), bool(body.get("skipRateLimitCheck"))
    _upgrades.check_kibana_version(core, version, force)
    agent = agent_or_404(core, ctx.params["agentId"])
    if agent not in _upgrades.fleet_server_agents(core):
        # The single route checks Fleet Server without force's major/minor leniency.
        _upgrades.check_fleet_server_version(core, version, False)
    cooldown = _upgrades.cooldown_error(core, agent)
    if cooldown is not None and not skip_rate_limit:
        raise cooldown
    if agent.unenrollment_started_at or agent.unenrolled_at:
        raise KibanaError(400, "cannot upgrade an unenrolling or unenrolled agent")
    if not force and _upgrades.is_upgrading(agent):
        raise KibanaError(400, f"agent {agent.id} is already upgrading")
    if not force and not skip_rate_limit and not _upgrades.upgradeable_to(core, agent, version):
        raise KibanaError(400, _upgrades.not_upgradeable(core, agent, version))
    # P services/agents/upgrade.ts sendUpgradeAgentAction: hosted agents, even with force.
    hosted = hosted_policy_of(core, agent)
    if hosted is not None:
        raise hosted_error(f"Cannot upgrade agent {agent.id} in hosted agent policy {hosted['id']}")
    start_upgrade(core, [agent], version)
    return {}


def _bulk_reassign(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    policy_id = _validate.string(body, "policy_id", required=True)
    assert policy_id is not None
    policy = target_policy(ctx.core, policy_id)
    ids = selected_ids(ctx, body)
    if ids is None:
        ids = [a.id for a in selected_agents(ctx, body)]
    errors, agents = [], []
    for agent_id in ids:
        refusal = reassign_refusal(ctx.core, agent_id, policy_id)
        if refusal is None:
            agents.append(ctx.core.state.agents[agent_id])
        else:
            errors.append(agent_error(ctx.core, agent_id, refusal))
    if not agents:
        # P services/agents/reassign.ts reassignBatch: AgentReassignmentError.
        raise KibanaError(400, "No agents to reassign, already assigned or hosted agents")
    return {"actionId": reassign(ctx.core, agents, policy, errors).id}


def _bulk_unenroll(ctx: Ctx) -> Json:
    # P services/agents/unenroll_action_runner.ts unenrollBatch: refusals become action results.
    core = ctx.core
    body = _validate.body_object(ctx.body)
    force = bool(body.get("force"))
    ids = selected_ids(ctx, body)
    if ids is None:
        ids = [a.id for a in selected_agents(ctx, body)]
    errors, agents = [], []
    for agent_id in ids:
        agent = core.state.agents.get(agent_id)
        hosted = hosted_policy_of(core, agent) if agent is not None else None
        if agent is None:
            errors.append(agent_error(core, agent_id, f"Cannot find agent {agent_id}"))
        elif not force and not agent.active:
            errors.append(agent_error(core, agent_id, f"Agent {agent_id} already unenrolled"))
        elif not force and hosted is not None:
            errors.append(
                agent_error(
                    core,
                    agent_id,
                    f"Cannot unenroll {agent_id} from a hosted agent policy {hosted['id']}"
                    + HOSTED_SUFFIX,
                )
            )
        elif agent.active:
            agents.append(agent)
    return {"actionId": unenroll(core, agents, bool(body.get("revoke")), errors).id}


def _bulk_upgrade_refusal(ctx: Ctx, agent: Agent, body: Json, version: str) -> str | None:
    # P services/agents/upgrade_action_runner.ts upgradeBatch.
    core = ctx.core
    force, skip_rate_limit = bool(body.get("force")), bool(body.get("skipRateLimitCheck"))
    recently = _upgrades.recent_upgrade(core, agent) is not None
    if (not skip_rate_limit and recently) or (
        not force and not skip_rate_limit and not _upgrades.upgradeable_to(core, agent, version)
    ):
        return _upgrades.not_upgradeable(core, agent, version)
    hosted = hosted_policy_of(core, agent)
    if not force and hosted is not None:
        return f"Cannot upgrade agent in hosted agent policy {hosted['id']}{HOSTED_SUFFIX}"
    return None


def _bulk_upgrade(ctx: Ctx) -> Json:
    core = ctx.core
    body = _validate.body_object(ctx.body)
    version = _upgrade_body(body)
    force = bool(body.get("force"))
    _upgrades.check_kibana_version(core, version, force)
    _upgrades.check_fleet_server_version(core, version, force)
    ids = selected_ids(ctx, body)
    if ids is None:
        # A kuery drops hosted agents silently (unless force) before any check.
        ids = [
            a.id for a in selected_agents(ctx, body) if force or hosted_policy_of(core, a) is None
        ]
    errors, agents = [], []
    for agent_id in ids:
        agent = core.state.agents.get(agent_id)
        refusal = (
            f"Agent {agent_id} not found"
            if agent is None
            else _bulk_upgrade_refusal(ctx, agent, body, version)
        )
        if refusal is None and agent is not None:
            agents.append(agent)
        else:
            errors.append(agent_error(core, agent_id, str(refusal)))
    # Always 200 with an action id, even when no agent could be upgraded.
    rollout = _rollout(core, body)
    return {"actionId": start_upgrade(core, agents, version, errors, rollout).id}


def _rollout(core: Any, body: Json) -> Json:
    """P ``services/agents/upgrade.ts`` ``getRollingUpgradeOptions``: the upgrade window."""
    raw_start, duration = body.get("start_time"), body.get("rollout_duration_seconds")
    start: datetime | None = None
    if raw_start is not None:
        try:
            start = datetime.fromisoformat(str(raw_start).replace("Z", "+00:00"))
        except ValueError:
            start = None
        if start is None:
            # The schema's own validator on start_time (server/types/rest_spec/agent.ts).
            raise KibanaError(400, "[request body.start_time]: not a valid date")
        if start.tzinfo is None:
            start = start.replace(tzinfo=UTC)
    if isinstance(duration, int | float) and not isinstance(duration, bool):
        begin = start or core.now()
        minimum = min(_MAX_MINIMUM_EXECUTION, duration)
        window = 2 * minimum if duration <= _MAX_MINIMUM_EXECUTION else duration
        return {
            "start_time": begin,
            "rollout_duration_seconds": int(duration),
            "expiration": begin + timedelta(seconds=window),
        }
    if start is not None:
        return {"start_time": start, "expiration": start + timedelta(days=30)}
    return {}


_MAX_MINIMUM_EXECUTION = 7200


def new_tags(current: list[str], add: list[str], remove: list[str]) -> list[str]:
    """P ``services/agents/update_agent_tags_action_runner.ts``: one tag swapped for another
    keeps its place; otherwise removals then additions; duplicates dropped."""
    add, remove = list(dict.fromkeys(add)), list(dict.fromkeys(remove))
    if len(add) == 1 and len(remove) == 1 and remove[0] in current:
        tags = [add[0] if tag == remove[0] else tag for tag in current]
    else:
        tags = [tag for tag in current if tag not in remove] + add
    return list(dict.fromkeys(tags))


def _bulk_tags(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    add = _validate.string_list(body, "tagsToAdd") or []
    remove = _validate.string_list(body, "tagsToRemove") or []
    # Hosted agents are skipped without an action error (the script never touches them).
    agents = [a for a in selected_agents(ctx, body) if hosted_policy_of(ctx.core, a) is None]
    updated = 0
    for agent in agents:
        tags = new_tags(agent.tags, add, remove)
        if tags != agent.tags:
            agent.tags = tags
            agent.changed()
            updated += 1
    changed(ctx.core)
    action = new_action(ctx.core, "UPDATE_TAGS", agents)
    action.acked = updated
    complete(ctx.core, action)
    return {"actionId": action.id}


def _action_status(ctx: Ctx) -> Json:
    progress_actions(ctx.core)
    page, per_page = ctx.q_int("page", 0), ctx.q_int("perPage", 20)
    actions = sorted(
        (a for a in ctx.core.state.actions.values() if a.listed),
        key=lambda a: a.created_at,
        reverse=True,
    )
    shown = actions[page * per_page : (page + 1) * per_page]
    return {"items": [a.to_dict(iso) for a in shown]}


def _cancel(ctx: Ctx) -> Json:
    # P services/agents/actions.ts cancelAgentAction.
    action = ctx.core.state.actions.get(ctx.params["actionId"])
    if action is None or not action.listed:
        raise KibanaError(404, "Action not found")
    action.cancelled_at = ctx.core.now()
    if action.status == "IN_PROGRESS":
        action.status = "CANCELLED"
        for agent_id in action.agent_ids:
            agent = ctx.core.state.agents.get(agent_id)
            if agent is not None and action.type == "UPGRADE" and agent.status == "updating":
                agent.status, agent.upgrade_started_at, agent.upgrade_details = "online", None, None
                agent.upgraded_at = None
                agent.changed()
        changed(ctx.core)
    cancel = new_action(
        ctx.core,
        "CANCEL",
        [ctx.core.state.agents[i] for i in action.agent_ids if i in ctx.core.state.agents],
    )
    cancel.status, cancel.listed = "COMPLETE", False
    return {
        "item": {
            "id": cancel.id,
            "type": "CANCEL",
            "agents": list(action.agent_ids),
            "created_at": iso(cancel.created_at),
            "data": {"target_id": action.id},
        }
    }


_ACTION_TYPES = ("UNENROLL", "UPGRADE", "POLICY_REASSIGN")
_LOG_LEVELS = ("debug", "info", "warning", "error")


# -- one raw action ------------------------------------------------------------------------------


def _create_action(ctx: Ctx) -> Json:
    agent = agent_in_path(ctx)
    body = _validate.body_object(ctx.body)
    action = _validate.body_object(body.get("action"), "request body.action")
    kind = action.get("type")
    if kind == "SETTINGS":
        data = _validate.body_object(action.get("data"), "request body.action.data")
        if data.get("log_level") not in (*_LOG_LEVELS, None):
            raise KibanaError(
                400,
                "[request body.action.data.log_level]: expected value to equal one of "
                f"[{', '.join(_LOG_LEVELS)}]",  # UNVERIFIED: the union's wording
            )
    elif kind not in _ACTION_TYPES:
        lines = "\n".join(
            f"- [request body.action.0.type.{n}]: expected value to equal [{t}]"
            for n, t in enumerate(_ACTION_TYPES)
        )
        raise KibanaError(
            400,
            "[request body.action]: types that failed validation:\n"
            f"{lines}\n- [request body.action.1.type]: expected value to equal [SETTINGS]",
        )
    stored = new_action(ctx.core, str(kind), [agent])
    item: Json = {
        "id": stored.id,
        "type": kind,
        "agents": [agent.id],
        "created_at": iso(stored.created_at),
        "data": action.get("data"),
    }
    if "ack_data" in action:
        item["ack_data"] = action["ack_data"]
    return {"item": item}


# -- diagnostics ---------------------------------------------------------------------------------


def _diagnostics_action(ctx: Ctx, agents: list[Agent], body: Json) -> Action:
    metrics = _validate.string_list(body, "additional_metrics") or []
    for index, metric in enumerate(metrics):
        if metric != "CPU":
            raise KibanaError(
                400,
                f"[request body.additional_metrics.{index}]: expected value to equal [CPU]",
            )
    # P services/agents/request_diagnostics.ts: diagnostics requests expire after 3 hours.
    action = new_action(
        ctx.core,
        "REQUEST_DIAGNOSTICS",
        agents,
        expiration=ctx.core.now() + timedelta(hours=3),
    )
    for agent in agents:
        file_id = f"{action.id}.{agent.id}"
        stamp = iso(action.created_at).replace(":", "-").replace(".", "-")
        ctx.core.state.agent_files[file_id] = {
            "id": file_id,
            "actionId": action.id,
            "agentId": agent.id,
            "name": f"elastic-agent-diagnostics-{stamp}.zip",
            "createTime": iso(action.created_at),
        }
    return action


def _request_diagnostics(ctx: Ctx) -> Json:
    agent = agent_in_path(ctx)
    body = _validate.body_object(ctx.body if ctx.body is not None else {})
    return {"actionId": _diagnostics_action(ctx, [agent], body).id}


def _bulk_request_diagnostics(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    agents = [a for a in selected_agents(ctx, body) if a.active]
    return {"actionId": _diagnostics_action(ctx, agents, body).id}


def register(router: Router) -> None:
    """Add the routes of this tag."""
    base = "/api/fleet/agents"
    router.add("GET", f"{base}/action_status", _action_status)
    router.add("POST", f"{base}/actions/{{actionId}}/cancel", _cancel)
    router.add("POST", f"{base}/bulk_reassign", _bulk_reassign)
    router.add("POST", f"{base}/bulk_unenroll", _bulk_unenroll)
    router.add("POST", f"{base}/bulk_upgrade", _bulk_upgrade)
    router.add("POST", f"{base}/bulk_update_agent_tags", _bulk_tags)
    router.add("POST", f"{base}/bulk_request_diagnostics", _bulk_request_diagnostics)
    router.add("POST", f"{base}/{{agentId}}/actions", _create_action)
    router.add("POST", f"{base}/{{agentId}}/reassign", _single_reassign)
    router.add("POST", f"{base}/{{agentId}}/unenroll", _single_unenroll)
    router.add("POST", f"{base}/{{agentId}}/upgrade", _single_upgrade)
    router.add("POST", f"{base}/{{agentId}}/request_diagnostics", _request_diagnostics)

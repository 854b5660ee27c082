"""Routes of the "Elastic Agent actions" tag: reassign, unenroll, upgrade and tag agents (one or
in bulk), raw actions, diagnostics requests, action status and cancelling.

Actions finish on their own after ``action_duration`` or at ``sb.complete_actions()``.
"""

from __future__ import annotations

from typing import Any

from .. import _validate
from .._agents import (
    agent_in_path,
    agent_or_404,
    changed,
    check_upgrade_version,
    complete,
    new_action,
    progress_actions,
    reassign,
    selected_agents,
    start_upgrade,
    target_policy,
    unenroll,
    upgrade_refusal,
)
from .._http import KibanaError
from .._ids import iso
from .._router import Ctx, Router
from .._state import Action, Agent

Json = dict[str, Any]


def _single_reassign(ctx: Ctx) -> Json:
    agent = agent_or_404(ctx.core, ctx.params["agentId"])
    body = _validate.body_object(ctx.body)
    policy_id = _validate.string(body, "policy_id", required=True)
    assert policy_id is not None
    current = ctx.core.state.agent_policies.get(agent.policy_id or "")
    if current and current.get("is_managed"):
        raise KibanaError(
            400, f"Cannot reassign an agent from hosted agent policy {current['id']}"
        )  # UNVERIFIED
    reassign(ctx.core, [agent], target_policy(ctx.core, policy_id))
    return {}


def _single_unenroll(ctx: Ctx) -> Json:
    agent = agent_or_404(ctx.core, ctx.params["agentId"])
    body = ctx.body if isinstance(ctx.body, dict) else {}
    policy = ctx.core.state.agent_policies.get(agent.policy_id or "")
    if policy and policy.get("is_managed") and not body.get("force"):
        raise KibanaError(
            400, f"Cannot unenroll {agent.id} from a hosted agent policy {policy['id']}"
        )  # UNVERIFIED
    unenroll(ctx.core, [agent], bool(body.get("force") or body.get("revoke")))
    return {}


def _single_upgrade(ctx: Ctx) -> Json:
    agent = agent_or_404(ctx.core, ctx.params["agentId"])
    body = _validate.body_object(ctx.body)
    version = _validate.string(body, "version", required=True)
    assert version is not None
    force = bool(body.get("force"))
    check_upgrade_version(ctx.core, version)
    refusal = upgrade_refusal(
        ctx.core, agent, version, force or bool(body.get("skipRateLimitCheck"))
    )
    if refusal is not None:
        raise refusal
    start_upgrade(ctx.core, [agent], version)
    return {}


def _bulk_reassign(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    policy_id = _validate.string(body, "policy_id", required=True)
    assert policy_id is not None
    policy = target_policy(ctx.core, policy_id)
    return {"actionId": reassign(ctx.core, selected_agents(ctx, body), policy).id}


def _bulk_unenroll(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    agents = [a for a in selected_agents(ctx, body) if a.active]
    return {
        "actionId": unenroll(ctx.core, agents, bool(body.get("force") or body.get("revoke"))).id
    }


def _bulk_upgrade(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    version = _validate.string(body, "version", required=True)
    assert version is not None
    check_upgrade_version(ctx.core, version)
    force = bool(body.get("force"))
    agents = [
        agent
        for agent in selected_agents(ctx, body)
        if upgrade_refusal(ctx.core, agent, version, force) is None
    ]
    return {"actionId": start_upgrade(ctx.core, agents, version).id}


def _bulk_tags(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    add = _validate.string_list(body, "tagsToAdd") or []
    remove = set(_validate.string_list(body, "tagsToRemove") or [])
    agents = selected_agents(ctx, body)
    for agent in agents:
        agent.tags = [t for t in agent.tags if t not in remove] + [
            t for t in add if t not in agent.tags
        ]
        agent.changed()
    changed(ctx.core)
    action = new_action(ctx.core, "UPDATE_TAGS", agents)
    complete(ctx.core, action)
    return {"actionId": action.id}


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
    cancel = new_action(ctx.core, "CANCEL", [])
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
                400, "[request body.action.data.log_level]: expected value to equal one of "
                f"[{', '.join(_LOG_LEVELS)}]"  # UNVERIFIED: the union's wording
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
    action = new_action(ctx.core, "REQUEST_DIAGNOSTICS", agents)
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

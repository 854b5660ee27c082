"""More agent routes: tags, raw actions, diagnostics and their uploaded files, migration,
agents by action, incoming data.

Diagnostics: a ``REQUEST_DIAGNOSTICS`` action finishes like other actions (after
``action_duration`` or ``sb.complete_actions()``); the agent's upload is then ``READY`` and its
zip can be downloaded. The file id is ``<actionId>.<agentId>``.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from typing import Any
from urllib.parse import unquote

from . import _validate
from ._agents import _new_action, _selected, ordered_agents, progress_actions
from ._http import KibanaError, SandboxResponse
from ._ids import iso
from ._router import Ctx, Router
from ._state import Action, Agent

Json = dict[str, Any]

_ACTION_TYPES = ("UNENROLL", "UPGRADE", "POLICY_REASSIGN")
_LOG_LEVELS = ("debug", "info", "warning", "error")
_URI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[^\s/?#]+[^\s]*\Z")


def _agent(ctx: Ctx) -> Agent:
    agent = ctx.core.state.agents.get(ctx.params["agentId"])
    if agent is None:
        raise KibanaError(404, f"Agent {ctx.params['agentId']} not found")
    return agent


# -- tags ----------------------------------------------------------------------------------------


def _tags(ctx: Ctx) -> Json:
    agents = ordered_agents(
        ctx.core, ctx.q("kuery"), ctx.q_bool("showInactive"), "enrolled_at", "desc"
    )
    counts = Counter(tag for agent in agents for tag in agent.tags)
    # A terms aggregation: most used first, then by key.
    return {"items": [tag for tag, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]}


# -- agents by action ----------------------------------------------------------------------------


def _agents_by_actions(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    action_ids = _validate.string_list(body, "actionIds")
    if action_ids is None:
        raise KibanaError(
            400, "[request body.actionIds]: expected value of type [array] but got [undefined]"
        )
    found: list[str] = []
    for action_id in action_ids:
        action = ctx.core.state.actions.get(action_id)
        if action is not None:
            found.extend(a for a in action.agent_ids if a not in found)
    return {"items": found}


# -- one raw action ------------------------------------------------------------------------------


def _create_action(ctx: Ctx) -> Json:
    agent = _agent(ctx)
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
    stored = _new_action(ctx.core, str(kind), [agent])
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
    action = _new_action(ctx.core, "REQUEST_DIAGNOSTICS", agents)
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
    agent = _agent(ctx)
    body = _validate.body_object(ctx.body if ctx.body is not None else {})
    return {"actionId": _diagnostics_action(ctx, [agent], body).id}


def _bulk_request_diagnostics(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    agents = [a for a in _selected(ctx, body) if a.active]
    return {"actionId": _diagnostics_action(ctx, agents, body).id}


def _file_status(ctx: Ctx, record: Json) -> str:
    if record.get("deleted"):
        return "DELETED"
    action = ctx.core.state.actions.get(record["actionId"])
    if action is None or action.status == "COMPLETE":
        return "READY"
    if action.status in ("CANCELLED", "EXPIRED"):
        return "EXPIRED"
    return "AWAITING_UPLOAD"


def _uploads(ctx: Ctx) -> Json:
    agent = _agent(ctx)
    progress_actions(ctx.core)
    items = []
    for record in ctx.core.state.agent_files.values():
        if record["agentId"] != agent.id:
            continue
        status = _file_status(ctx, record)
        item = {
            "id": record["id"],
            "actionId": record["actionId"],
            "name": record["name"],
            "createTime": record["createTime"],
            "status": status,
        }
        if status == "READY":
            item["filePath"] = f"/api/fleet/agents/files/{record['id']}/{record['name']}"
        items.append(item)
    items.sort(key=lambda i: i["createTime"], reverse=True)
    return {"items": items}


def _ready_file(ctx: Ctx) -> Json:
    progress_actions(ctx.core)
    record = ctx.core.state.agent_files.get(ctx.params["fileId"])
    if record is None or _file_status(ctx, record) != "READY":
        # UNVERIFIED: the message for a file that is missing or not uploaded yet.
        raise KibanaError(404, f"File not found: {ctx.params['fileId']}")
    return record


def _file(ctx: Ctx) -> SandboxResponse:
    record = _ready_file(ctx)
    name = unquote(ctx.params["fileName"])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "version.txt", f"agent {record['agentId']}\naction {record['actionId']}\n"
        )
    return SandboxResponse(
        status=200,
        body=buffer.getvalue(),
        headers={
            "content-type": "application/zip",
            "content-disposition": f'attachment; filename="{name}"',
        },
    )


def _delete_file(ctx: Ctx) -> Json:
    record = _ready_file(ctx)
    record["deleted"] = True
    return {"id": record["id"], "deleted": True}


# -- migration -----------------------------------------------------------------------------------


def _migration_body(body: Json) -> None:
    uri = _validate.string(body, "uri", required=True)
    _validate.string(body, "enrollment_token", required=True)
    if not _URI.match(uri or ""):
        raise KibanaError(400, "[request body.uri]: value must be a valid URI (see RFC 3986).")


def _migration_refusal(ctx: Ctx, agent: Agent) -> str | None:
    policy = ctx.core.state.agent_policies.get(agent.policy_id or "")
    # UNVERIFIED: the sentences; Kibana refuses tamper-protected and Fleet Server agents.
    if policy is not None and policy.get("is_protected"):
        return f"Agent {agent.id} cannot be migrated because it is protected."
    if policy is not None and policy.get("has_fleet_server"):
        return f"Agent {agent.id} cannot be migrated because it is a fleet server."
    if not agent.active:
        return f"Agent {agent.id} cannot be migrated because it is not active."
    return None


def _migrate(ctx: Ctx) -> Json:
    agent = _agent(ctx)
    body = _validate.body_object(ctx.body)
    _migration_body(body)
    refusal = _migration_refusal(ctx, agent)
    if refusal is not None:
        raise KibanaError(400, refusal)
    return {"actionId": _new_action(ctx.core, "MIGRATE", [agent]).id}


def _bulk_migrate(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    _migration_body(body)
    agents = [a for a in _selected(ctx, body) if _migration_refusal(ctx, a) is None]
    return {"actionId": _new_action(ctx.core, "MIGRATE", agents).id}


# -- incoming data -------------------------------------------------------------------------------


def _incoming_data(ctx: Ctx) -> Json:
    ids = ctx.query.get("agentsIds", [])
    if not ids:
        raise KibanaError(
            400,
            "[request query.agentsIds]: types that failed validation:\n"
            "- [request query.agentsIds.0]: expected value of type [array] but got [undefined]\n"
            "- [request query.agentsIds.1]: expected value of type [string] but got [undefined]",
        )
    ctx.q_bool("previewData")
    # No agent ships documents to the sandbox (there is no Elasticsearch): no data yet.
    result: Json = {"items": [{agent_id: {"data": False}} for agent_id in ids]}
    result["dataPreview"] = []
    return result


def register(router: Router) -> None:
    """Add the routes of this module (before ``/agents/{agentId}``)."""
    base = "/api/fleet/agents"
    router.add("GET", f"{base}/tags", _tags)
    router.add("POST", base, _agents_by_actions)
    router.add("POST", f"{base}/bulk_request_diagnostics", _bulk_request_diagnostics)
    router.add("POST", f"{base}/bulk_migrate", _bulk_migrate)
    router.add("GET", f"{base}/files/{{fileId}}/{{fileName}}", _file)
    router.add("DELETE", f"{base}/files/{{fileId}}", _delete_file)
    router.add("POST", f"{base}/{{agentId}}/actions", _create_action)
    router.add("POST", f"{base}/{{agentId}}/request_diagnostics", _request_diagnostics)
    router.add("POST", f"{base}/{{agentId}}/migrate", _migrate)
    router.add("GET", f"{base}/{{agentId}}/uploads", _uploads)
    router.add("GET", "/api/fleet/agent_status/data", _incoming_data)


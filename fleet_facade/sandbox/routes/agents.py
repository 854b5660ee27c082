"""Routes of the "Elastic Agents" tag: ``/api/fleet/agents`` (list with paging, searchAfter and
point in time; get, update, delete), tags, available versions, agents by action, migration,
uploaded files, incoming data and the agents setup status.

A page of 10,000 agents is served by joining each agent's cached JSON rather than serializing
dicts; ``searchAfter``'s last sort value (the tie-break: hostname for the default sort, else the
agent id) locates the next page in O(1) within a point in time. Diagnostics uploads: the file
id is ``<actionId>.<agentId>``; its zip can be downloaded once the ``REQUEST_DIAGNOSTICS``
action finished (``routes.agent_actions``).
"""

from __future__ import annotations

import functools
import io
import json
import re
import zipfile
from datetime import datetime
from typing import Any
from urllib.parse import unquote

from .. import _validate
from .._agent_upgrades import coerce, upgrade_available
from .._agents import (
    agent_in_path,
    agent_or_404,
    changed,
    is_default_sort,
    new_action,
    ordered_agents,
    progress_actions,
    selected_agents,
    sort_value,
)
from .._defaults import setup_result
from .._http import KibanaError, RawJson, SandboxResponse
from .._router import Ctx, Router
from .._state import Agent, PointInTime

Json = dict[str, Any]


def _agents_setup_status(_ctx: Ctx) -> Json:
    return {
        "isReady": True,
        "missing_requirements": [],
        "missing_optional_features": [],
        "is_secrets_storage_enabled": True,
    }


WINDOW = 10_000
_DATE_FIELDS = ("enrolled_at", "last_checkin", "unenrolled_at", "upgraded_at", "upgrade_started_at")


#: Kibana 9.1 added ``searchAfter`` and point-in-time paging to the agent listing
#: (P ``server/types/rest_spec/agent.ts`` ``GetAgentsRequestSchema``); before, the query schema
#: refuses the keys, and items carry no ``sort`` values.
SEARCH_AFTER_SINCE = (9, 1, 0)
_PAGING_KEYS = ("searchAfter", "openPit", "pitId", "pitKeepAlive")


@functools.lru_cache(maxsize=4096)
def _epoch_ms(stamp: str) -> int:
    # Agents enrolled together share a timestamp: parse each one once.
    return int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp() * 1000)


def _sort_values(agent: Agent, field: str, order: str) -> list[Any]:
    """The Elasticsearch sort values of a hit: the field, then the tie-break."""
    value = sort_value(agent, field)
    if field in _DATE_FIELDS and isinstance(value, str) and value:
        value = _epoch_ms(value)
    return [value, agent.hostname if is_default_sort(field, order) else agent.id]


def _with_sort(agent: Agent, field: str, order: str) -> bytes:
    """The agent's cached JSON with its ``sort`` values spliced in before the closing brace."""
    cached = agent.listed
    if cached is not None and cached[0] == (field, order):
        return cached[1]
    value, tie = _sort_values(agent, field, order)
    sort = f',"sort":[{_scalar(value)},{_scalar(tie)}]}}'
    encoded = agent.encoded()[:-1] + sort.encode()
    agent.listed = ((field, order), encoded)
    return encoded


_PLAIN = re.compile(r"[\w.:+-]*\Z", re.ASCII)


def _scalar(value: Any) -> str:
    # A page holds 10,000 of these: skip json.dumps for epoch numbers and plain ids/hostnames.
    if type(value) is int:
        return str(value)
    if isinstance(value, str) and _PLAIN.match(value):
        return f'"{value}"'
    return json.dumps(value)


def _query_error(message: str) -> KibanaError:
    # An object-level validate on the whole query: config-schema's path is empty.
    return KibanaError(400, f"[request query]: {message}")


def _list(ctx: Ctx) -> RawJson:
    core = ctx.core
    paging = (coerce(core.kibana_version) or (0, 0, 0)) >= SEARCH_AFTER_SINCE
    if not paging:
        for key in _PAGING_KEYS:
            if ctx.q(key) is not None:
                raise KibanaError(400, f"[request query.{key}]: definition for this key is missing")
    per_page = ctx.q_int("perPage", 20)
    raw_page, search_after_raw = ctx.q("page"), ctx.q("searchAfter")
    open_pit, pit_id, keep_alive = ctx.q_bool("openPit"), ctx.q("pitId"), ctx.q("pitKeepAlive")
    # The schema's validate, in its order: point in time, then searchAfter, then the window.
    if open_pit and pit_id:
        raise _query_error("You cannot request to open a new point-in-time with an existing pitId")
    if (open_pit or pit_id) and not keep_alive:
        raise _query_error("You must provide pitKeepAlive when using point-in-time parameters")
    if search_after_raw is not None and raw_page is not None:
        raise _query_error("You cannot use page parameter when using searchAfter")
    search_after: list[Any] | None = None
    if search_after_raw is not None:
        try:
            search_after = json.loads(search_after_raw)
        except ValueError:
            search_after = None
        if not isinstance(search_after, list) or not search_after:
            raise _query_error("searchAfter must be a non-empty array")
    page = ctx.q_int("page", 1)
    if search_after is None and page * per_page > WINDOW:
        raise _query_error(f"You cannot use page and perPage page over {WINDOW} agents")
    field, order = ctx.q("sortField") or "enrolled_at", ctx.q("sortOrder") or "desc"
    pit: PointInTime | None = None
    if pit_id:
        pit = core.state.pits.get(pit_id)
        if pit is None:
            raise KibanaError(404, f"No search context found for id [{pit_id}]")  # UNVERIFIED
        agents = pit.agents
    else:
        agents = ordered_agents(core, ctx.q("kuery"), ctx.q_bool("showInactive"), field, order)
    if ctx.q_bool("showUpgradeable"):
        agents = [a for a in agents if upgrade_available(core, a)]
    if open_pit:
        new_id = core.ids.secret(40)
        # Keyed by the tie-break sort value, so searchAfter finds its place in O(1).
        default = is_default_sort(field, order)
        positions = {(a.hostname if default else a.id): i for i, a in enumerate(agents)}
        pit = PointInTime(new_id, list(agents), positions, 0.0)
        core.state.pits[new_id] = pit
    start = (page - 1) * per_page
    if search_after is not None:
        start = _position_after(agents, pit, search_after, field, order)
    shown = agents[start : start + per_page]
    head: dict[str, Any] = {
        "total": len(agents),
        # P services/agents/crud.ts getAgentsByKuery: page 0 when paging by searchAfter.
        "page": page if search_after is None else 0,
        "perPage": per_page,
    }
    if paging and shown:
        head["nextSearchAfter"] = json.dumps(
            _sort_values(shown[-1], field, order), separators=(",", ":")
        )
    if pit is not None:
        head["pit"] = pit.id
    if ctx.q_bool("getStatusSummary"):
        head["statusSummary"] = _status_summary(agents)
    tail = json.dumps(head, separators=(",", ":")).encode()
    if paging:
        # Each hit carries its sort values; spliced into the cached JSON of the agent.
        items = b",".join(_with_sort(a, field, order) for a in shown)
    else:
        items = b",".join(a.encoded() for a in shown)
    return RawJson(b'{"items":[' + items + b"]," + tail[1:])


_SUMMARY_KEYS = (
    "online",
    "error",
    "inactive",
    "offline",
    "updating",
    "unenrolled",
    "degraded",
    "enrolling",
    "unenrolling",
    "orphaned",
    "uninstalled",
)


def _status_summary(agents: list[Agent]) -> dict[str, int]:
    """P services/agents/crud.ts getAgentsByKuery: every status, zeros included, over the
    matching agents (a terms aggregation, or a count of the upgradeable ones)."""
    summary = dict.fromkeys(_SUMMARY_KEYS, 0)
    for agent in agents:
        summary[agent.status] = summary.get(agent.status, 0) + 1
    return summary


def _position_after(
    agents: list[Agent], pit: PointInTime | None, after: list[Any], field: str, order: str
) -> int:
    last = after[-1]
    default = is_default_sort(field, order)
    if pit is not None and last in pit.positions:
        return pit.positions[last] + 1
    for index, agent in enumerate(agents):
        if (agent.hostname if default else agent.id) == last and (
            len(after) < 2 or _sort_values(agent, field, order)[0] == after[0]
        ):
            return index + 1
    # The agent is gone: fall back to comparing sort values.
    key = [str(v) for v in after]
    for index, agent in enumerate(agents):
        value = [str(v) for v in _sort_values(agent, field, order)]
        if default:
            if value[0] < key[0] or (value[0] == key[0] and value[1] > key[1]):
                return index
        elif (value > key) if order == "asc" else (value < key):
            return index
    return len(agents)


def _get(ctx: Ctx) -> Json:
    return {"item": agent_or_404(ctx.core, ctx.params["agentId"]).to_dict()}


def _update(ctx: Ctx) -> Json:
    agent = agent_or_404(ctx.core, ctx.params["agentId"])
    body = _validate.body_object(ctx.body)
    tags = _validate.string_list(body, "tags")
    if tags is not None:
        # P server/routes/agent/handlers.ts updateAgentHandler: tags de-duplicated.
        agent.tags = list(dict.fromkeys(tags))
    if isinstance(body.get("user_provided_metadata"), dict):
        agent.user_provided_metadata = body["user_provided_metadata"]
    agent.changed()
    changed(ctx.core)
    return {"item": agent.to_dict()}


def _delete(ctx: Ctx) -> Json:
    # P services/agents/crud.ts deleteAgent only sets active:false: the document stays (GET
    # still finds it) and its status becomes "unenrolled", so listings stop showing it.
    agent = agent_or_404(ctx.core, ctx.params["agentId"])
    agent.active, agent.status = False, "unenrolled"
    agent.changed()
    changed(ctx.core)
    return {"action": "deleted"}


def _available_versions(ctx: Ctx) -> Json:
    major, minor, patch = (int(p) for p in ctx.core.kibana_version.split("-")[0].split(".")[:3])
    versions = [f"{major}.{minor}.{p}" for p in range(patch, -1, -1)]
    for older_minor in range(minor - 1, max(minor - 4, -1), -1):
        versions += [f"{major}.{older_minor}.{p}" for p in (3, 2, 1, 0)]
    if major > 8:
        versions += ["8.19.3", "8.18.6", "8.17.10"]
    return {"items": versions}


_URI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[^\s/?#]+[^\s]*\Z")


# -- tags ----------------------------------------------------------------------------------------


def _tags(ctx: Ctx) -> Json:
    agents = ordered_agents(
        ctx.core, ctx.q("kuery"), ctx.q_bool("showInactive"), "enrolled_at", "desc"
    )
    # P services/agents/crud.ts getAgentTags: the aggregation's keys, sorted by lower-cased name.
    tags = {tag for agent in agents for tag in agent.tags}
    return {"items": sorted(tags, key=str.lower)}


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
    agent = agent_in_path(ctx)
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
    # Stamped with the sandbox's clock (not the wall clock), so a seeded, fixed-clock sandbox
    # answers the same bytes every time.
    stamp = ctx.core.now().timetuple()[:6]
    entry = zipfile.ZipInfo("version.txt", date_time=stamp)
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(entry, f"agent {record['agentId']}\naction {record['actionId']}\n")
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
    agent = agent_in_path(ctx)
    body = _validate.body_object(ctx.body)
    _migration_body(body)
    refusal = _migration_refusal(ctx, agent)
    if refusal is not None:
        raise KibanaError(400, refusal)
    return {"actionId": new_action(ctx.core, "MIGRATE", [agent]).id}


def _bulk_migrate(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    _migration_body(body)
    agents = [a for a in selected_agents(ctx, body) if _migration_refusal(ctx, a) is None]
    return {"actionId": new_action(ctx.core, "MIGRATE", agents).id}


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


def _setup(_ctx: Ctx) -> Json:
    return setup_result()


def register(router: Router) -> None:
    """Add the routes of this tag."""
    base = "/api/fleet/agents"
    router.add("GET", base, _list)
    router.add("POST", base, _agents_by_actions)
    router.add("GET", f"{base}/tags", _tags)
    router.add("GET", f"{base}/available_versions", _available_versions)
    router.add("GET", f"{base}/setup", _agents_setup_status)
    router.add("POST", f"{base}/setup", _setup)
    router.add("POST", f"{base}/bulk_migrate", _bulk_migrate)
    router.add("GET", f"{base}/files/{{fileId}}/{{fileName}}", _file)
    router.add("DELETE", f"{base}/files/{{fileId}}", _delete_file)
    router.add("GET", f"{base}/{{agentId}}", _get)
    router.add("PUT", f"{base}/{{agentId}}", _update)
    router.add("DELETE", f"{base}/{{agentId}}", _delete)
    router.add("POST", f"{base}/{{agentId}}/migrate", _migrate)
    router.add("GET", f"{base}/{{agentId}}/uploads", _uploads)
    router.add("GET", "/api/fleet/agent_status/data", _incoming_data)

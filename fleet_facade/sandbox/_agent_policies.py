"""``/api/fleet/agent_policies``: create, list, get, update, copy, delete, full, bulk get."""

from __future__ import annotations

import re
from typing import Any

from . import _listing, _validate
from ._catalog import semver_key
from ._clone import clone
from ._core import AGENT_POLICY_TYPE, FleetCore
from ._enrollment_keys import create_enrollment_key
from ._http import KibanaError
from ._package_policies import create_package_policy, formatted
from ._router import Ctx, Router

Json = dict[str, Any]

KQL_PREFIXES = ("ingest-agent-policies.", "fleet-agent-policies.")
KQL_FIELDS = (
    "id",
    "name",
    "namespace",
    "description",
    "is_managed",
    "is_default",
    "is_protected",
    "status",
    "revision",
    "updated_at",
    "updated_by",
    "monitoring_enabled",
    "has_fleet_server",
    "inactivity_timeout",
    "data_output_id",
    "monitoring_output_id",
    "fleet_server_host_id",
    "download_source_id",
    "is_preconfigured",
    "schema_version",
)
SCHEMA_VERSION = "1.1.1"
_ORCHESTRATED = (
    "external orchestration solution, such as Elastic Cloud, Kubernetes, etc. "
    "Please make changes using your orchestration solution."
)
_MONITORING = ("logs", "metrics", "traces")
_COPIED_FIELDS = (
    "namespace",
    "monitoring_enabled",
    "inactivity_timeout",
    "unenroll_timeout",
    "data_output_id",
    "monitoring_output_id",
    "download_source_id",
    "fleet_server_host_id",
    "agent_features",
    "overrides",
    "global_data_tags",
    "advanced_settings",
    "has_fleet_server",
)
_SERVER_FIELDS = (
    "id",
    "status",
    "revision",
    "updated_at",
    "updated_by",
    "schema_version",
    "version",
    "package_policies",
    "agents",
    "force",
    "bumpRevision",
)


def _check_unique_name(core: FleetCore, name: str, exclude: str | None = None) -> None:
    clashes = [
        p["id"]
        for p in core.state.agent_policies.values()
        if p["name"] == name and p["id"] != exclude
    ]
    if len(clashes) == 1:
        raise KibanaError(409, f"Agent Policy '{clashes[0]}' already exists with name '{name}'")
    if clashes:
        raise KibanaError(
            409, f"Agent Policies '{','.join(clashes)}' already exist with name '{name}'"
        )


_STRING_FIELDS = ("description", "data_output_id", "monitoring_output_id",
                  "download_source_id", "fleet_server_host_id", "id")

#: Body fields newer than some Kibana versions: older schemas reject them as unknown keys.
_FIELD_SINCE = {"space_ids": "9.1.0"}


def _validated_body(ctx: Ctx) -> tuple[Json, str, str]:
    body = _validate.body_object(ctx.body)
    for field, since in _FIELD_SINCE.items():
        if field in body and semver_key(ctx.core.kibana_version) < semver_key(since):
            # @kbn/config-schema's unknown-key message, as an older Kibana answers.
            raise KibanaError(400, f"[request body.{field}]: definition for this key is missing")
    name = _validate.non_empty_name(body)
    namespace = _validate.string(body, "namespace", required=True)
    assert namespace is not None
    _validate.namespace(namespace)
    monitoring = _validate.string_list(body, "monitoring_enabled") or []
    for index, value in enumerate(monitoring):
        if value not in _MONITORING:
            where = f"request body.monitoring_enabled.{index}"
            raise KibanaError(
                400,
                f"[request body.monitoring_enabled.{index}]: types that failed validation:\n"
                + "\n".join(
                    f"- [{where}.{n}]: expected value to equal [{m}]"
                    for n, m in enumerate(_MONITORING)
                ),
            )
    for key in ("is_managed", "is_protected", "has_fleet_server"):
        _validate.boolean(body, key)
    # Typed scalars of Kibana's agent policy schema (types/models/agent_policy.ts).
    _validate.optional_strings(body, _STRING_FIELDS)
    for key in ("inactivity_timeout", "unenroll_timeout"):
        _validate.number(body, key)
    overrides = body.get("overrides")
    if isinstance(overrides, dict) and any(k.startswith("inputs") for k in overrides):
        # UNVERIFIED: wording; Kibana rejects overrides of `inputs`.
        raise KibanaError(400, "[request body.overrides]: inputs overrides is not allowed")
    return body, name, namespace


def _next_package_policy_name(core: FleetCore, package: str) -> str:
    """``<pkg>-<n>`` with n one above the highest number in use (Kibana's incrementPackageName)."""
    pattern = re.compile(rf"^{re.escape(package)}-(\d+)$")
    numbers = [
        int(m.group(1))
        for p in core.state.package_policies.values()
        if (m := pattern.match(p["name"]))
    ]
    return f"{package}-{max(numbers, default=0) + 1}"


def create_agent_policy(
    core: FleetCore, body: Json, user: str, *, sys_monitoring: bool = False
) -> Json:
    """Store a new agent policy with its default enrollment key and uninstall token."""
    name, namespace = body["name"], body["namespace"]
    _check_unique_name(core, name)
    given_id = body.get("id")
    policy_id: str = given_id if isinstance(given_id, str) and given_id else core.ids.uuid()
    if policy_id in core.state.agent_policies:
        raise KibanaError(409, f"Saved object [{AGENT_POLICY_TYPE}/{policy_id}] conflict")
    stored: Json = {k: clone(v) for k, v in body.items() if k not in _SERVER_FIELDS}
    stored.update(
        id=policy_id,
        name=name,
        namespace=namespace,
        inactivity_timeout=body.get("inactivity_timeout", 1209600),
        is_managed=bool(body.get("is_managed", False)),
        status="active",
        revision=1,
        schema_version=SCHEMA_VERSION,
        is_protected=False,
    )
    core.touch(stored, user)
    core.state.agent_policies[policy_id] = stored
    token_id = core.ids.uuid()
    core.state.uninstall_tokens[token_id] = {
        "id": token_id,
        "policy_id": policy_id,
        "policy_name": name,
        "token": core.ids.secret(32).lower(),
        "created_at": core.now_iso(),
    }
    create_enrollment_key(core, policy_id, "Default", hidden=stored["is_managed"])
    if sys_monitoring:
        package = core.catalog.latest("system")
        if package is not None:
            create_package_policy(
                core,
                {
                    "name": _next_package_policy_name(core, "system"),
                    "namespace": namespace,
                    "policy_ids": [policy_id],
                    "package": {"name": "system", "version": package["version"]},
                },
                user,
                bump_revision=False,
                force=True,
            )
    return stored


def package_policies_of(core: FleetCore, policy_id: str) -> list[Json]:
    """Package policies linked to an agent policy, in creation order."""
    return [p for p in core.state.package_policies.values() if policy_id in p["policy_ids"]]


def with_package_policies(
    core: FleetCore, policy: Json, simplified: bool, agents: bool = True
) -> Json:
    """A response item: the policy plus its package policies and agent count."""
    item = clone(policy)
    item["package_policies"] = [
        formatted(p, simplified) for p in package_policies_of(core, policy["id"])
    ]
    item["agents"] = core.agent_count(policy["id"]) if agents else 0
    return item


def _create(ctx: Ctx) -> Json:
    body, _, _ = _validated_body(ctx)
    stored = create_agent_policy(
        ctx.core, body, ctx.user, sys_monitoring=ctx.q_bool("sys_monitoring")
    )
    return {"item": clone(stored)}


def _list(ctx: Ctx) -> Json:
    core = ctx.core
    simplified = _listing.simplified_format(ctx)
    full, with_count = ctx.q_bool("full"), ctx.q_bool("withAgentCount")
    no_count_false = ctx.q("noAgentCount") == "false"
    page, per_page = ctx.q_int("page", 1), ctx.q_int("perPage", 20)
    if per_page > 100 and (full or with_count or no_count_false):
        raise KibanaError(
            400,
            "[request query]: perPage should be less or equal to 100 when fetching full policies "
            "or agent count.",
        )
    query = _listing.kuery(
        ctx, prefixes=KQL_PREFIXES, fields=KQL_FIELDS, type_name=AGENT_POLICY_TYPE
    )
    items = _listing.filtered(core.state.agent_policies.values(), query)
    items = _listing.sort_items(
        items, ctx.q("sortField") or "updated_at", ctx.q("sortOrder") or "desc"
    )
    shown = []
    for policy in _listing.page_of(items, page, per_page):
        item = with_package_policies(core, policy, simplified) if full else clone(policy)
        item["agents"] = core.agent_count(policy["id"]) if (with_count or no_count_false) else 0
        shown.append(item)
    return {"items": shown, "total": len(items), "page": page, "perPage": per_page}


def _get(ctx: Ctx) -> Json:
    simplified = _listing.simplified_format(ctx)
    policy = ctx.core.agent_policy(ctx.params["agentPolicyId"])
    return {"item": with_package_policies(ctx.core, policy, simplified)}


def _update(ctx: Ctx) -> Json:
    core = ctx.core
    simplified = _listing.simplified_format(ctx)
    policy = core.agent_policy(ctx.params["agentPolicyId"])
    body, name, _ = _validated_body(ctx)
    if policy.get("is_managed") and not body.get("force"):
        changed = next(
            (k for k, v in body.items() if k not in _SERVER_FIELDS and policy.get(k) != v), None
        )
        if changed is not None:
            raise KibanaError(
                400,
                f"Cannot update {changed} in Fleet because the agent policy is managed by an "
                f"{_ORCHESTRATED}",
            )
    if policy.get("status") == "inactive":
        raise KibanaError(
            400, f"Agent policy {policy['id']} cannot be updated because it is inactive"
        )
    if name != policy["name"]:
        _check_unique_name(core, name, exclude=policy["id"])
    policy.update({k: clone(v) for k, v in body.items() if k not in _SERVER_FIELDS})
    if body.get("bumpRevision", True) is not False:
        policy["revision"] += 1
    core.touch(policy, ctx.user)
    return {"item": with_package_policies(core, policy, simplified)}


def _copy(ctx: Ctx) -> Json:
    core = ctx.core
    simplified = _listing.simplified_format(ctx)
    source = core.agent_policy(ctx.params["agentPolicyId"])
    body = _validate.body_object(ctx.body)
    name = _validate.non_empty_name(body)
    new_body: Json = {k: clone(source[k]) for k in _COPIED_FIELDS if k in source}
    new_body.update(name=name, description=body.get("description", source.get("description", "")))
    new_body["namespace"] = source["namespace"]
    new_policy = create_agent_policy(core, new_body, ctx.user)
    for package_policy in package_policies_of(core, source["id"]):
        if len(package_policy["policy_ids"]) > 1:
            continue  # shared package policies are not copied
        copy_name, number = f"{package_policy['name']} (copy)", 1
        while any(p["name"] == copy_name for p in core.state.package_policies.values()):
            number += 1
            copy_name = f"{package_policy['name']} (copy {number})"
        copied = clone(package_policy)
        copied.update(name=copy_name, policy_ids=[new_policy["id"]], policy_id=new_policy["id"])
        for key in (
            "id",
            "version",
            "revision",
            "created_at",
            "created_by",
            "updated_at",
            "updated_by",
        ):
            copied.pop(key, None)
        create_package_policy(core, copied, ctx.user, bump_revision=False, force=True)
    core.bump_agent_policy(new_policy["id"], ctx.user)
    return {"item": with_package_policies(core, new_policy, simplified)}


def delete_agent_policy(core: FleetCore, policy_id: str, force: bool) -> Json:
    """Delete a policy and what hangs off it; refuses managed policies and assigned agents."""
    policy = core.agent_policy(policy_id)
    if policy.get("is_managed") and not force:
        raise KibanaError(
            400,
            f"Cannot delete hosted agent policy {policy_id} in Fleet because the agent policy is "
            f"managed by an {_ORCHESTRATED}",
        )
    if core.agent_count(policy_id):
        raise KibanaError(
            400, "Cannot delete an agent policy that is assigned to any active or inactive agents"
        )
    for package_policy in package_policies_of(core, policy_id):
        if len(package_policy["policy_ids"]) > 1:
            package_policy["policy_ids"].remove(policy_id)
            package_policy["policy_id"] = package_policy["policy_ids"][0]
        else:
            del core.state.package_policies[package_policy["id"]]
    for key_id in [
        k for k, v in core.state.enrollment_api_keys.items() if v["policy_id"] == policy_id
    ]:
        del core.state.enrollment_api_keys[key_id]
    del core.state.agent_policies[policy_id]
    return {"id": policy_id, "name": policy["name"]}


def _delete(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    policy_id = _validate.string(body, "agentPolicyId", required=True)
    assert policy_id is not None
    return delete_agent_policy(ctx.core, policy_id, bool(body.get("force")))


def full_agent_policy(core: FleetCore, policy: Json) -> Json:
    """The policy as agents receive it (``GET /{id}/full``)."""
    outputs = core.state.outputs
    data_output = outputs.get(policy.get("data_output_id") or "") or next(
        (o for o in outputs.values() if o.get("is_default")), None
    )
    output_map = {}
    if data_output is not None:
        output_map["default"] = {
            "type": data_output["type"],
            "hosts": list(data_output.get("hosts", [])),
        }
    inputs = []
    for package_policy in package_policies_of(core, policy["id"]):
        if not package_policy["enabled"]:
            continue
        for entry in package_policy["inputs"]:
            if not entry["enabled"]:
                continue
            streams = [
                {
                    "id": s["id"],
                    "data_stream": dict(s["data_stream"]),
                    **s.get("compiled_stream", {}),
                }
                for s in entry["streams"]
                if s["enabled"]
            ]
            inputs.append(
                {
                    "id": f"{entry['type']}-{package_policy['id']}",
                    "name": package_policy["name"],
                    "revision": package_policy["revision"],
                    "type": entry["type"],
                    "data_stream": {"namespace": package_policy["namespace"]},
                    "use_output": "default",
                    "package_policy_id": package_policy["id"],
                    "meta": {
                        "package": {
                            "name": package_policy["package"]["name"],
                            "version": package_policy["package"]["version"],
                        }
                    },
                    "streams": streams,
                }
            )
    hosts = [
        h
        for host in core.state.fleet_server_hosts.values()
        if host.get("is_default")
        for h in host.get("host_urls", [])
    ]
    source = next((s for s in core.state.download_sources.values() if s.get("is_default")), None)
    monitoring = policy.get("monitoring_enabled") or []
    return {
        "id": policy["id"],
        "outputs": output_map,
        "output_permissions": {"default": {}},
        "fleet": {"hosts": hosts},
        "inputs": inputs,
        "revision": policy["revision"],
        "agent": {
            "monitoring": {
                "enabled": bool(monitoring),
                "use_output": "default",
                "namespace": policy["namespace"],
                "logs": "logs" in monitoring,
                "metrics": "metrics" in monitoring,
                "traces": "traces" in monitoring,
            },
            "download": {"sourceURI": source["host"] if source else ""},
            "features": {},
            "protection": {
                "enabled": bool(policy.get("is_protected")),
                "uninstall_token_hash": "",
                "signing_key": "",
            },
        },
    }


def _full(ctx: Ctx) -> Json:
    policy = ctx.core.state.agent_policies.get(ctx.params["agentPolicyId"])
    if policy is None:
        raise KibanaError(404, "Agent policy not found")
    return {"item": full_agent_policy(ctx.core, policy)}


def _bulk_get(ctx: Ctx) -> Json:
    simplified = _listing.simplified_format(ctx)
    body = _validate.body_object(ctx.body)
    items = []
    for policy_id in _validate.string_list(body, "ids") or []:
        if policy_id not in ctx.core.state.agent_policies and body.get("ignoreMissing"):
            continue
        policy = ctx.core.agent_policy(policy_id)
        full = ctx.q_bool("full")
        items.append(
            with_package_policies(ctx.core, policy, simplified) if full else clone(policy)
        )
    return {"items": items}


def register(router: Router) -> None:
    """Add the agent policy routes."""
    base = "/api/fleet/agent_policies"
    router.add("GET", base, _list)
    router.add("POST", base, _create)
    router.add("POST", f"{base}/_bulk_get", _bulk_get)
    router.add("POST", f"{base}/delete", _delete)
    router.add("GET", f"{base}/{{agentPolicyId}}", _get)
    router.add("PUT", f"{base}/{{agentPolicyId}}", _update)
    router.add("POST", f"{base}/{{agentPolicyId}}/copy", _copy)
    router.add("GET", f"{base}/{{agentPolicyId}}/full", _full)

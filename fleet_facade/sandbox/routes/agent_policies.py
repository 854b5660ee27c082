"""Routes of the "Elastic Agent policies" tag: ``/api/fleet/agent_policies`` (create, list, get,
update, copy, delete, full, bulk get, YAML download, outputs, auto-upgrade status) and the
Kubernetes manifests under ``/api/fleet/kubernetes``."""

from __future__ import annotations

from typing import Any

from .. import _listing, _validate
from .._agent_policies import (
    ORCHESTRATED,
    SERVER_FIELDS,
    check_unique_name,
    create_agent_policy,
    delete_agent_policy,
    full_agent_policy,
    package_policies_of,
    with_package_policies,
)
from .._catalog import semver_key
from .._clone import clone
from .._core import AGENT_POLICY_TYPE, FleetCore
from .._http import KibanaError, SandboxResponse
from .._package_policies import create_package_policy
from .._policy_manifests import (
    K8S_TEMPLATE,
    STANDALONE_ENV,
    managed_manifest,
    standalone_policy,
    to_yaml,
    yaml_response,
)
from .._router import Ctx, Router

Json = dict[str, Any]


def _policy_or_404(core: FleetCore, policy_id: str) -> Json:
    policy = core.state.agent_policies.get(policy_id)
    if policy is None:
        raise KibanaError(404, "Agent policy not found")
    return policy


def _download(ctx: Ctx) -> SandboxResponse:
    policy = _policy_or_404(ctx.core, ctx.params["agentPolicyId"])
    standalone, kubernetes = ctx.q_bool("standalone"), ctx.q_bool("kubernetes")
    ctx.q_bool("download")
    full = full_agent_policy(ctx.core, policy)
    if standalone or kubernetes:
        full = standalone_policy(full)
    text = to_yaml(full)
    if kubernetes:
        indented = "".join(f"    {line}\n" for line in text.splitlines())
        manifest = K8S_TEMPLATE.format(
            version=ctx.core.kibana_version, body=STANDALONE_ENV.format(policy=indented)
        )
        return yaml_response(manifest, "elastic-agent-standalone-kubernetes.yml")
    return yaml_response(text, "elastic-agent.yml")


# -- outputs -------------------------------------------------------------------------------------


def _output_ref(core: FleetCore, output_id: str | None, default_flag: str) -> Json:
    output = core.state.outputs.get(output_id or "") or next(
        (o for o in core.state.outputs.values() if o.get(default_flag)), None
    )
    if output is None:
        return {"id": output_id or ""}
    return {"id": output["id"], "name": output["name"]}


def policy_outputs(core: FleetCore, policy: Json) -> Json:
    """Which outputs a policy's data, monitoring and integrations use."""
    integrations = []
    for package_policy in core.state.package_policies.values():
        if policy["id"] not in package_policy.get("policy_ids", []):
            continue
        entry: Json = {
            "pkgName": package_policy["package"]["name"],
            "integrationPolicyName": package_policy["name"],
        }
        # UNVERIFIED: only integrations with their own output name it (others use the policy's).
        output = core.state.outputs.get(package_policy.get("output_id") or "")
        if output is not None:
            entry.update(id=output["id"], name=output["name"])
        integrations.append(entry)
    return {
        "agentPolicyId": policy["id"],
        "monitoring": {
            "output": _output_ref(core, policy.get("monitoring_output_id"), "is_default_monitoring")
        },
        "data": {
            "output": _output_ref(core, policy.get("data_output_id"), "is_default"),
            "integrations": integrations,
        },
    }


def _outputs(ctx: Ctx) -> Json:
    return {"item": policy_outputs(ctx.core, ctx.core.agent_policy(ctx.params["agentPolicyId"]))}


def _bulk_outputs(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    ids = _validate.string_list(body, "ids")
    if ids is None:
        raise KibanaError(
            400, "[request body.ids]: expected value of type [array] but got [undefined]"
        )
    # UNVERIFIED: ids of missing policies are left out rather than failing the request.
    return {
        "items": [
            policy_outputs(ctx.core, ctx.core.state.agent_policies[policy_id])
            for policy_id in ids
            if policy_id in ctx.core.state.agent_policies
        ]
    }


# -- auto upgrade status -------------------------------------------------------------------------


def _auto_upgrade_status(ctx: Ctx) -> Json:
    policy = ctx.core.agent_policy(ctx.params["agentPolicyId"])
    agents = [
        a for a in ctx.core.state.agents.values() if a.policy_id == policy["id"] and a.active
    ]
    current = []
    for required in policy.get("required_versions") or []:
        version = required.get("version") if isinstance(required, dict) else None
        if not isinstance(version, str):
            continue
        current.append(
            {
                "version": version,
                "agents": sum(1 for a in agents if a.version == version),
                "failedUpgradeAgents": 0,
                "failedUpgradeActionIds": [],
            }
        )
    return {"currentVersions": current, "totalAgents": len(agents)}


def _kubernetes(ctx: Ctx) -> Any:
    if ctx.q_bool("download"):
        return yaml_response(managed_manifest(ctx), "elastic-agent-managed-kubernetes.yml")
    return {"item": managed_manifest(ctx)}


def _kubernetes_download(ctx: Ctx) -> SandboxResponse:
    return yaml_response(managed_manifest(ctx), "elastic-agent-managed-kubernetes.yml")

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
            (k for k, v in body.items() if k not in SERVER_FIELDS and policy.get(k) != v), None
        )
        if changed is not None:
            raise KibanaError(
                400,
                f"Cannot update {changed} in Fleet because the agent policy is managed by an "
                f"{ORCHESTRATED}",
            )
    if policy.get("status") == "inactive":
        raise KibanaError(
            400, f"Agent policy {policy['id']} cannot be updated because it is inactive"
        )
    if name != policy["name"]:
        check_unique_name(core, name, exclude=policy["id"])
    policy.update({k: clone(v) for k, v in body.items() if k not in SERVER_FIELDS})
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


def _delete(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    policy_id = _validate.string(body, "agentPolicyId", required=True)
    assert policy_id is not None
    return delete_agent_policy(ctx.core, policy_id, bool(body.get("force")))


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
    """Add the routes of this tag."""
    base = "/api/fleet/agent_policies"
    one = f"{base}/{{agentPolicyId}}"
    router.add("GET", base, _list)
    router.add("POST", base, _create)
    router.add("POST", f"{base}/_bulk_get", _bulk_get)
    router.add("POST", f"{base}/delete", _delete)
    router.add("POST", f"{base}/outputs", _bulk_outputs)
    router.add("GET", one, _get)
    router.add("PUT", one, _update)
    router.add("POST", f"{one}/copy", _copy)
    router.add("GET", f"{one}/full", _full)
    router.add("GET", f"{one}/download", _download)
    router.add("GET", f"{one}/outputs", _outputs)
    router.add("GET", f"{one}/auto_upgrade_agents_status", _auto_upgrade_status)
    router.add("GET", "/api/fleet/kubernetes", _kubernetes)
    router.add("GET", "/api/fleet/kubernetes/download", _kubernetes_download)

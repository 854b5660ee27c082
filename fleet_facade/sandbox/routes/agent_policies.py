"""Routes of the "Elastic Agent policies" tag: ``/api/fleet/agent_policies`` (create, list, get,
update, copy, delete, full, bulk get, YAML download, outputs, auto-upgrade status) and the
Kubernetes manifests under ``/api/fleet/kubernetes``."""

from __future__ import annotations

from typing import Any

from .. import _listing, _validate
from .._agent_policies import (
    ORCHESTRATED,
    SERVER_FIELDS,
    check_output_for_policy,
    check_unique_name,
    copy_agent_policy,
    create_agent_policy,
    delete_agent_policy,
    full_agent_policy,
    has_endpoint_security,
    with_agent_counts,
    with_package_policies,
)
from .._agent_policy_rules import FIELD_SINCE, at_least, check_required_versions, checked_body
from .._clone import clone
from .._core import AGENT_POLICY_TYPE, FleetCore
from .._http import KibanaError, SandboxResponse
from .._policy_manifests import (
    managed_manifest,
    standalone_kubernetes_manifest,
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
    if kubernetes:
        manifest = standalone_kubernetes_manifest(ctx.core.kibana_version, full)
        return yaml_response(manifest, "elastic-agent-standalone-kubernetes.yml")
    return yaml_response(to_yaml(full), "elastic-agent.yml")


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
    agents = [a for a in ctx.core.state.agents.values() if a.policy_id == policy["id"] and a.active]
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


def _validated_body(ctx: Ctx) -> Json:
    """The create/update body after Fleet's rules, defaults filled (``inactivity_timeout``)."""
    return checked_body(ctx.body, ctx.core.kibana_version)


def _create(ctx: Ctx) -> Json:
    body = _validated_body(ctx)
    # The create handler takes space_ids apart (NEW routes/agent_policy/handlers.ts); with one
    # space or none the policy lives in the current space, which the sandbox does not model.
    body.pop("space_ids", None)
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
        if with_count or no_count_false:
            with_agent_counts(core, item)
        else:
            item["agents"] = 0  # the service's list sets 0 before any count
        shown.append(item)
    return {"items": shown, "total": len(items), "page": page, "perPage": per_page}


def _get(ctx: Ctx) -> Json:
    simplified = _listing.simplified_format(ctx)
    policy = ctx.core.agent_policy(ctx.params["agentPolicyId"])
    return {
        "item": with_agent_counts(ctx.core, with_package_policies(ctx.core, policy, simplified))
    }


def _with_space_ids(core: FleetCore, item: Json) -> Json:
    """Update and copy replies carry ``space_ids: []`` where the schema knows the field (Kibana's
    agent_policy.ts tests deep-equal both replies with it); the sandbox keeps no spaces."""
    if at_least(core.kibana_version, FIELD_SINCE["space_ids"]):
        item["space_ids"] = []
    return item


def _managed_change(policy: Json, changes: Json) -> str | None:
    """The first body key whose value differs from a hosted policy's (``isEqual``)."""
    return next((k for k, v in changes.items() if policy.get(k) != v), None)


def _update(ctx: Ctx) -> Json:
    """PUT: the full schema again (name and namespace required, ``inactivity_timeout`` reset
    to its default when left out); the keys sent replace the stored ones.

    Checks in the order of NEW services/agent_policy.ts ``update`` and ``_update``.
    """
    core = ctx.core
    simplified = _listing.simplified_format(ctx)
    body = _validated_body(ctx)
    policy = core.agent_policy(ctx.params["agentPolicyId"])
    force = bool(body.get("force"))
    changes = {k: v for k, v in body.items() if k not in SERVER_FIELDS}
    if changes["name"] != policy["name"]:
        check_unique_name(core, changes["name"], exclude=policy["id"])
    check_required_versions(changes["name"], changes.get("required_versions"), core.kibana_version)
    if changes.get("is_protected") and not has_endpoint_security(core, policy["id"]):
        changes["is_protected"] = False  # tamper protection needs Elastic Defend
    if policy.get("is_managed") and not force:
        changed = _managed_change(policy, changes)
        if changed is not None:
            raise KibanaError(
                400,
                f"Cannot update {changed} in Fleet because the agent policy is managed by an "
                f"{ORCHESTRATED}",
            )
    if policy.get("status") == "inactive" and changes.get("status") != "active":
        raise KibanaError(
            400, f"Agent policy {policy['id']} cannot be updated because it is inactive"
        )
    check_output_for_policy(core, changes, policy)
    policy.update(clone(changes))
    if body.get("bumpRevision", True) is not False:
        policy["revision"] += 1
    core.touch(policy, ctx.user)
    return {"item": _with_space_ids(core, with_package_policies(core, policy, simplified))}


def _copy(ctx: Ctx) -> Json:
    simplified = _listing.simplified_format(ctx)
    body = _validate.body_object(ctx.body)
    _validate.non_empty_name(body)
    _validate.optional_strings(body, ("description",))
    new_policy = copy_agent_policy(ctx.core, ctx.params["agentPolicyId"], body, ctx.user)
    return {
        "item": _with_space_ids(ctx.core, with_package_policies(ctx.core, new_policy, simplified))
    }


def _delete(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    policy_id = _validate.string(body, "agentPolicyId", required=True)
    assert policy_id is not None
    return delete_agent_policy(ctx.core, policy_id, bool(body.get("force")))


def _full(ctx: Ctx) -> Json:
    """``standalone`` strips what only Fleet-managed agents need; ``kubernetes`` answers the
    standalone Kubernetes manifest's YAML text as ``item`` instead of the policy object
    (server/routes/agent_policy/handlers.ts ``getFullAgentPolicy``, which calls
    ``getFullAgentConfigMap`` then)."""
    policy = ctx.core.state.agent_policies.get(ctx.params["agentPolicyId"])
    if policy is None:
        raise KibanaError(404, "Agent policy not found")
    standalone, kubernetes = ctx.q_bool("standalone"), ctx.q_bool("kubernetes")
    full = full_agent_policy(ctx.core, policy)
    if standalone:
        full = standalone_policy(full)
    if kubernetes:
        return {"item": standalone_kubernetes_manifest(ctx.core.kibana_version, full)}
    return {"item": full}


def _bulk_get(ctx: Ctx) -> Json:
    """``full`` and ``ignoreMissing`` come from the body (BulkGetAgentPoliciesRequestSchema);
    a missing id is the service's ``Agent policy <id> not found`` (``getByIds``)."""
    core = ctx.core
    simplified = _listing.simplified_format(ctx)
    body = _validate.body_object(ctx.body)
    ids = _validate.string_list(body, "ids")
    if ids is None:
        raise KibanaError(
            400, "[request body.ids]: expected value of type [array] but got [undefined]"
        )
    full = bool(_validate.boolean(body, "full"))
    ignore_missing = bool(_validate.boolean(body, "ignoreMissing"))
    items = []
    for policy_id in ids:
        policy = core.state.agent_policies.get(policy_id)
        if policy is None:
            if ignore_missing:
                continue
            raise KibanaError(404, f"Agent policy {policy_id} not found")
        item = with_package_policies(core, policy, simplified) if full else clone(policy)
        items.append(with_agent_counts(core, item))
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

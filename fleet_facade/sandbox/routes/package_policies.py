"""Routes of the "Fleet package policies" tag: ``/api/fleet/package_policies`` (create in both
formats, list, get, bulk get, update, delete, upgrade and its dry run)."""

from __future__ import annotations

from typing import Any

from .. import _listing, _policy_inputs, _validate
from .._catalog import semver_key
from .._clone import clone
from .._core import PACKAGE_POLICY_TYPE, FleetCore
from .._http import KibanaError
from .._package_policies import (
    build_inputs,
    check_agent_policies,
    check_name_free,
    create_package_policy,
    delete_package_policy,
    formatted,
    package_of,
    policy_ids_of,
)
from .._router import Ctx, Router

Json = dict[str, Any]

KQL_PREFIXES = ("ingest-package-policies.", "fleet-package-policies.")
KQL_FIELDS = (
    "id",
    "name",
    "namespace",
    "description",
    "enabled",
    "package",
    "policy_id",
    "policy_ids",
    "output_id",
    "revision",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "inputs",
    "vars",
)


#: Before this version the create and update bodies had only the full (array) form.
SIMPLIFIED_BODIES_SINCE = "8.5.0"


def _js_type(value: Any) -> str:
    """The name config-schema's errors give a value's type (``type-detect``)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, list):
        return "Array"
    return "string" if isinstance(value, str) else "Object"


def _refuse_simplified_before_8_5(ctx: Ctx, body: Json, *, inputs_required: bool) -> None:
    """Kibana 7.17 and 8.0-8.4 validate the body against the full form alone.

    Their schema (server/types/models/package_policy.ts) has ``inputs:
    schema.arrayOf(...)`` (required on create, ``maybe`` on update) and ``vars`` as a record
    of ``{type, value}`` objects; config-schema reports the first key that fails, ``inputs``
    before ``vars``, in its words (packages/kbn-config-schema/src/types/object_type.ts).
    """
    if semver_key(ctx.core.kibana_version) >= semver_key(SIMPLIFIED_BODIES_SINCE):
        return
    inputs = body.get("inputs")
    if not isinstance(inputs, list) and (inputs is not None or inputs_required):
        got = "undefined" if "inputs" not in body else _js_type(inputs)
        raise KibanaError(
            400, f"[request body.inputs]: expected value of type [array] but got [{got}]")
    for name, value in (body.get("vars") or {}).items():
        if isinstance(value, str):
            raise KibanaError(
                400, f"[request body.vars.{name}]: could not parse object value from json input")
        if not isinstance(value, dict):
            raise KibanaError(400, f"[request body.vars.{name}]: expected a plain object value, "
                                   f"but found [{_js_type(value)}] instead.")


def _create(ctx: Ctx) -> Json:
    simplified = _listing.simplified_format(ctx)
    body = _validate.body_object(ctx.body)
    _refuse_simplified_before_8_5(ctx, body, inputs_required=True)
    item = create_package_policy(ctx.core, body, ctx.user)
    return {"item": formatted(item, simplified)}


def _list(ctx: Ctx) -> Json:
    simplified = _listing.simplified_format(ctx)
    query = _listing.kuery(
        ctx, prefixes=KQL_PREFIXES, fields=KQL_FIELDS, type_name=PACKAGE_POLICY_TYPE
    )
    items = _listing.filtered(ctx.core.state.package_policies.values(), query)
    items = _listing.sort_items(
        items, ctx.q("sortField") or "updated_at", ctx.q("sortOrder") or "desc"
    )
    page, per_page = ctx.q_int("page", 1), ctx.q_int("perPage", 20)
    shown = _listing.page_of(items, page, per_page)
    return {
        "items": [formatted(i, simplified) for i in shown],
        "total": len(items),
        "page": page,
        "perPage": per_page,
    }


def _get(ctx: Ctx) -> Json:
    simplified = _listing.simplified_format(ctx)
    item = ctx.core.state.package_policies.get(ctx.params["packagePolicyId"])
    if item is None:
        raise KibanaError(404, f"Package policy {ctx.params['packagePolicyId']} not found")
    return {"item": formatted(item, simplified)}


def _bulk_get(ctx: Ctx) -> Json:
    simplified = _listing.simplified_format(ctx)
    body = _validate.body_object(ctx.body)
    ids = _validate.string_list(body, "ids") or []
    items = []
    for policy_id in ids:
        item = ctx.core.state.package_policies.get(policy_id)
        if item is None:
            if body.get("ignoreMissing"):
                continue
            # UNVERIFIED: message of the bulk-get not-found error.
            raise KibanaError(404, f"Package policy {policy_id} not found")
        items.append(formatted(item, simplified))
    return {"items": items}


def _update(ctx: Ctx) -> Json:
    core, simplified = ctx.core, _listing.simplified_format(ctx)
    body = _validate.body_object(ctx.body)
    _refuse_simplified_before_8_5(ctx, body, inputs_required=False)
    policy_id = ctx.params["packagePolicyId"]
    stored = core.state.package_policies.get(policy_id)
    if stored is None:
        raise KibanaError(404, "Package policy not found")
    if body.get("version") is not None and body["version"] != stored["version"]:
        # UNVERIFIED: the saved-object conflict text Kibana passes through.
        raise KibanaError(409, f"Saved object [{PACKAGE_POLICY_TYPE}/{policy_id}] conflict")
    old_policy_ids = list(stored["policy_ids"])
    new_policy_ids = (
        policy_ids_of(body) if ("policy_ids" in body or "policy_id" in body) else old_policy_ids
    )
    check_agent_policies(
        core, sorted(set(old_policy_ids) | set(new_policy_ids)), bool(body.get("force"))
    )
    given_name = _validate.string(body, "name", required=False)
    name = (given_name if given_name is not None else stored["name"]).strip()
    if name != stored["name"]:
        check_name_free(core, name, exclude=policy_id)
    package_ref = body.get("package") or stored["package"]
    package = package_of(core, {"package": package_ref})
    if "inputs" in body or "vars" in body or package["version"] != stored["package"]["version"]:
        merged = {
            "inputs": body.get("inputs", stored["inputs"]),
            "vars": body.get("vars", stored["vars"]),
        }
        inputs, top_vars = build_inputs(package, merged)
        stored["inputs"] = _policy_inputs.finalize(package, inputs, policy_id)
        stored["vars"] = top_vars
    core.install_package(package["name"], package["version"])
    stored.update(
        name=name,
        namespace=body.get("namespace", stored["namespace"]) or stored["namespace"],
        description=body.get("description", stored.get("description", "")),
        enabled=body.get("enabled", stored["enabled"]) is not False,
        policy_ids=new_policy_ids,
        policy_id=new_policy_ids[0] if new_policy_ids else None,
        package={
            "name": package["name"],
            "title": package.get("title", package["name"]),
            "version": package["version"],
        },
        revision=stored["revision"] + 1,
    )
    core.touch(stored, ctx.user)
    for agent_policy_id in sorted(set(old_policy_ids) | set(new_policy_ids)):
        core.bump_agent_policy(agent_policy_id, ctx.user)
    return {"item": formatted(stored, simplified)}


def _bulk_delete(ctx: Ctx) -> list[Json]:
    body = _validate.body_object(ctx.body)
    ids = _validate.string_list(body, "packagePolicyIds")
    if ids is None:
        raise KibanaError(
            400,
            "[request body.packagePolicyIds]: expected value of type [array] but got [undefined]",
        )
    results = [delete_package_policy(ctx.core, i, ctx.user, bool(body.get("force"))) for i in ids]
    if all(r.get("statusCode") == 404 for r in results):
        return []
    return results


def _delete_one(ctx: Ctx) -> Json:
    policy_id = ctx.params["packagePolicyId"]
    result = delete_package_policy(ctx.core, policy_id, ctx.user, ctx.q_bool("force"))
    if not result["success"] and result["statusCode"] != 404:
        raise KibanaError(result["statusCode"], result["body"]["message"])
    return {"id": policy_id}


def _upgrade_target(core: FleetCore, stored: Json, version: str | None) -> Json:
    name = stored["package"]["name"]
    installed = core.state.installed_packages.get(name)
    target_version = version or (installed["version"] if installed else None)
    if target_version is None or semver_key(target_version) <= semver_key(
        stored["package"]["version"]
    ):
        # UNVERIFIED: wording of PackagePolicyIneligibleForUpgradeError.
        raise KibanaError(
            400,
            f"Package policy {stored['id']}'s package version {stored['package']['version']} of "
            f"package {name} is up to date with the installed package. Please install the latest "
            f"version of {name}.",
        )
    package = core.catalog.get(name, target_version)
    if package is None:
        raise KibanaError(404, f"[{name}] package not installed or found in registry")
    return package


def _upgraded_inputs(package: Json, stored: Json) -> tuple[list[Json], Json]:
    """The package's defaults with the stored values kept wherever the var still exists."""
    inputs, top_vars = _policy_inputs.from_legacy(package, [], None)
    old = {(i["type"], i.get("policy_template")): i for i in stored["inputs"]}
    for item in inputs:
        previous = old.get((item["type"], item.get("policy_template")))
        if previous is None:
            continue
        item["enabled"] = previous["enabled"]
        for name, var in (previous.get("vars") or {}).items():
            if name in (item.get("vars") or {}) and "value" in var:
                item["vars"][name]["value"] = var["value"]
        old_streams = {s["data_stream"]["dataset"]: s for s in previous["streams"]}
        for stream in item["streams"]:
            before = old_streams.get(stream["data_stream"]["dataset"])
            if before is None:
                continue
            stream["enabled"] = before["enabled"]
            for name, var in (before.get("vars") or {}).items():
                if name in stream["vars"] and "value" in var:
                    stream["vars"][name]["value"] = var["value"]
    for name, var in (stored.get("vars") or {}).items():
        if name in top_vars and "value" in var:
            top_vars[name]["value"] = var["value"]
    _policy_inputs.align(inputs)
    return inputs, top_vars


def _upgrade(ctx: Ctx) -> list[Json]:
    core = ctx.core
    body = _validate.body_object(ctx.body)
    results = []
    for policy_id in _validate.string_list(body, "packagePolicyIds") or []:
        stored = core.state.package_policies.get(policy_id)
        if stored is None:
            raise KibanaError(404, f"Package policy {policy_id} not found")
        package = _upgrade_target(core, stored, None)
        inputs, top_vars = _upgraded_inputs(package, stored)
        stored["inputs"] = _policy_inputs.finalize(package, inputs, policy_id)
        stored["vars"] = top_vars
        stored["package"] = {
            "name": package["name"],
            "title": package.get("title", package["name"]),
            "version": package["version"],
        }
        stored["revision"] += 1
        core.touch(stored, ctx.user)
        for agent_policy_id in stored["policy_ids"]:
            core.bump_agent_policy(agent_policy_id, ctx.user)
        results.append({"id": policy_id, "name": stored["name"], "success": True})
    return results


def _dry_run(ctx: Ctx) -> list[Json]:
    core = ctx.core
    body = _validate.body_object(ctx.body)
    version = body.get("packageVersion")
    results = []
    for policy_id in _validate.string_list(body, "packagePolicyIds") or []:
        stored = core.state.package_policies.get(policy_id)
        if stored is None:
            results.append(
                {
                    "hasErrors": True,
                    "statusCode": 404,
                    "body": {"message": f"Package policy {policy_id} not found"},
                }
            )
            continue
        package = _upgrade_target(core, stored, version if isinstance(version, str) else None)
        inputs, top_vars = _upgraded_inputs(package, stored)
        proposed = clone(stored)
        proposed.update(
            inputs=_policy_inputs.finalize(package, inputs, policy_id),
            vars=top_vars,
            package={
                "name": package["name"],
                "title": package.get("title", package["name"]),
                "version": package["version"],
            },
        )
        results.append(
            {
                "name": stored["name"],
                "hasErrors": False,
                "diff": [clone(stored), proposed],
                "agent_diff": [[]],
            }
        )
    return results


def register(router: Router) -> None:
    """Add the routes of this tag."""
    base = "/api/fleet/package_policies"
    router.add("GET", base, _list)
    router.add("POST", base, _create)
    router.add("POST", f"{base}/_bulk_get", _bulk_get)
    router.add("POST", f"{base}/delete", _bulk_delete)
    router.add("POST", f"{base}/upgrade", _upgrade)
    router.add("POST", f"{base}/upgrade/dryrun", _dry_run)
    router.add("GET", f"{base}/{{packagePolicyId}}", _get)
    router.add("PUT", f"{base}/{{packagePolicyId}}", _update)
    router.add("DELETE", f"{base}/{{packagePolicyId}}", _delete_one)

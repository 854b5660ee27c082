"""Routes of the "Fleet package policies" tag: ``/api/fleet/package_policies`` (create in both
formats, list, get, bulk get, update, delete, upgrade and its dry run)."""

from __future__ import annotations

import json
from typing import Any

from .. import _endpoint_policy, _listing, _policy_inputs, _policy_secrets, _validate
from .._catalog import semver_key
from .._clone import clone
from .._core import AGENT_POLICY_TYPE, PACKAGE_POLICY_TYPE, FleetCore
from .._epm import ensure_installed
from .._http import KibanaError
from .._package_policies import (
    build_inputs,
    check_full_form_namespace,
    check_name_free,
    create_package_policy,
    delete_package_policy,
    formatted,
    package_of,
    package_ref,
    policy_ids_in_sync,
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
        got = "undefined" if "inputs" not in body else _validate.type_name(inputs)
        raise KibanaError(
            400, f"[request body.inputs]: expected value of type [array] but got [{got}]")
    for name, value in (body.get("vars") or {}).items():
        if isinstance(value, str):
            raise KibanaError(
                400, f"[request body.vars.{name}]: could not parse object value from json input")
        if not isinstance(value, dict):
            raise KibanaError(400, f"[request body.vars.{name}]: expected a plain object value, "
                                   f"but found [{_validate.type_name(value)}] instead.")


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
    """Kibana ``updatePackagePolicyHandler`` + ``packagePolicyService.update``: a full-form body
    takes what it leaves out from the stored policy; a simplified one is rebuilt from the
    package's defaults. Hosted agent policies are not refused here (update.ts
    ``should work with valid values on hosted policies``)."""
    core, simplified = ctx.core, _listing.simplified_format(ctx)
    body = _validate.body_object(ctx.body)
    _refuse_simplified_before_8_5(ctx, body, inputs_required=False)
    policy_id = ctx.params["packagePolicyId"]
    stored = core.state.package_policies.get(policy_id)
    if stored is None:
        raise KibanaError(404, "Package policy not found")
    check_full_form_namespace(body)
    if body.get("version") is not None and body["version"] != stored["version"]:
        # UNVERIFIED: the saved-object conflict text Kibana passes through.
        raise KibanaError(409, f"Saved object [{PACKAGE_POLICY_TYPE}/{policy_id}] conflict")
    old_policy_ids = list(stored["policy_ids"])
    if "policy_ids" in body:
        # The handler fills policy_id from the stored policy before keepPolicyIdInSync, so
        # ``policy_ids: []`` alone turns it into null.
        has_policy_id, first_policy_id, new_policy_ids = policy_ids_in_sync(
            {"policy_id": stored.get("policy_id"), **body}
        )
    elif "policy_id" in body:
        has_policy_id, first_policy_id, new_policy_ids = policy_ids_in_sync(body)
    else:
        has_policy_id, first_policy_id, new_policy_ids = (
            True,
            stored.get("policy_id"),
            old_policy_ids,
        )
    for agent_policy_id in new_policy_ids:
        core.agent_policy(agent_policy_id)
    given_name = _validate.string(body, "name", required=False)
    name = (given_name if given_name is not None else stored["name"]).strip()
    if name != stored["name"]:
        check_name_free(core, name, exclude=policy_id)
    package = package_of(core, {"package": body.get("package") or stored["package"]})
    namespace = body.get("namespace", stored["namespace"])
    body_inputs = body.get("inputs")
    if "inputs" in body and not isinstance(body_inputs, list):
        merged: Json = {"inputs": body_inputs, "vars": body.get("vars")}
    else:
        merged = {
            "inputs": body_inputs if isinstance(body_inputs, list) else stored["inputs"],
            "vars": body.get("vars", stored["vars"]),
        }
    inputs, top_vars = build_inputs(package, {**merged, "name": name, "namespace": namespace})
    if package["name"] == _endpoint_policy.PACKAGE:
        # The security solution's packagePolicyUpdate callback (fleet_integration.ts, run by
        # server/services/package_policy.ts runExternalCallbacks).
        _endpoint_policy.on_update(inputs)
    candidate: Json = {"inputs": inputs, "vars": top_vars}
    old_references = [r["id"] for r in stored.get("secret_references", [])]
    references = (
        _policy_secrets.extract(core, package, candidate)
        if _policy_secrets.storage_enabled(core)
        else []
    )
    ensure_installed(core, package["name"], package["version"])
    stored.update(
        name=name,
        namespace=namespace or "",
        description=body.get("description", stored.get("description", "")),
        enabled=body.get("enabled", stored["enabled"]) is not False,
        policy_ids=new_policy_ids,
        package=package_ref(package),
        inputs=_policy_inputs.finalize(package, candidate["inputs"], policy_id),
        vars=candidate["vars"],
        revision=stored["revision"] + 1,
    )
    if has_policy_id:
        stored["policy_id"] = first_policy_id
    stored.pop("secret_references", None)
    if references:
        stored["secret_references"] = references
    _policy_secrets.forget_unused(core, old_references)
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
    """The package a policy upgrades to (Kibana ``services/package_policies/upgrade.ts``): the
    given version, else the installed one; a target older than the policy's version is
    refused (an equal one is fine and re-applies the package)."""
    name, current = stored["package"]["name"], stored["package"]["version"]
    installed = core.state.installed_packages.get(name)
    if version is None and installed is None:
        raise KibanaError(400, f"Package {name} is not installed")
    target_version = version or installed["version"]  # type: ignore[index]
    if semver_key(target_version) < semver_key(current):
        raise KibanaError(
            400,
            f"Package policy {stored['id']}'s package version {current} of package {name} is "
            f"newer than the installed package version. Please install the latest version of "
            f"{name}.",
        )
    package = core.catalog.get(name, target_version)
    if package is None:
        raise KibanaError(404, f"{name}@{target_version} not found")
    return package


def _upgraded_inputs(package: Json, stored: Json) -> tuple[list[Json], Json]:
    """The package's defaults with the stored values kept wherever the var still exists
    (Kibana's ``updatePackageInputs``)."""
    inputs = _policy_inputs.default_inputs(package)
    top_vars = _policy_inputs.reduce_vars(package.get("vars", []))
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


def _proposed(core: FleetCore, stored: Json, version: str | None) -> tuple[Json, Json, list[Any]]:
    """``(package, proposed policy, validation errors)`` of upgrading one stored policy."""
    package = _upgrade_target(core, stored, version)
    inputs, top_vars = _upgraded_inputs(package, stored)
    proposed = clone(stored)
    proposed.update(
        inputs=_policy_inputs.finalize(package, inputs, stored["id"]),
        vars=top_vars,
        package=package_ref(package),
    )
    errors = _policy_inputs.validation_errors(
        package, inputs, top_vars, name=stored["name"], namespace_error=None
    )
    return package, proposed, errors


def _first_failure(items: list[Json]) -> None:
    """Both upgrade handlers answer the first item that failed as the whole response."""
    for item in items:
        if item.get("statusCode", 200) != 200:
            raise KibanaError(item["statusCode"], item["body"]["message"])


def _upgrade(ctx: Ctx) -> list[Json]:
    core = ctx.core
    body = _validate.body_object(ctx.body)
    results: list[Json] = []
    for policy_id in _validate.string_list(body, "packagePolicyIds") or []:
        stored = core.state.package_policies.get(policy_id)
        try:
            if stored is None:
                raise KibanaError(404, f"Package policy {policy_id} not found")
            package, proposed, errors = _proposed(core, stored, None)
            if errors:
                _policy_inputs.validate(package, proposed["inputs"], proposed["vars"])
        except KibanaError as error:
            results.append(
                {
                    "id": policy_id,
                    "success": False,
                    "statusCode": error.status,
                    "body": {"message": error.message},
                }
            )
            continue
        stored.update(inputs=proposed["inputs"], vars=proposed["vars"], package=proposed["package"])
        stored["revision"] += 1
        core.touch(stored, ctx.user)
        for agent_policy_id in stored["policy_ids"]:
            core.bump_agent_policy(agent_policy_id, ctx.user)
        results.append({"id": policy_id, "name": stored["name"], "success": True})
    _first_failure(results)
    return results


def _dry_run(ctx: Ctx) -> list[Json]:
    core = ctx.core
    body = _validate.body_object(ctx.body)
    version = body.get("packageVersion")
    results: list[Json] = []
    for policy_id in _validate.string_list(body, "packagePolicyIds") or []:
        stored = core.state.package_policies.get(policy_id)
        try:
            if stored is None:
                # Kibana's service ``get`` rebuilds the not-found error with the agent policy
                # saved-object type (services/package_policy.ts).
                raise KibanaError(404, f"Saved object [{AGENT_POLICY_TYPE}/{policy_id}] not found")
            _package, proposed, errors = _proposed(
                core, stored, version if isinstance(version, str) else None
            )
        except KibanaError as error:
            results.append(
                {
                    "hasErrors": True,
                    "statusCode": error.status,
                    "body": {"message": error.message},
                }
            )
            continue
        if errors:
            proposed["errors"] = [
                {"key": key, "message": json.dumps(messages, separators=(",", ":"))}
                for key, messages in errors
            ]
        results.append(
            {
                "name": stored["name"],
                "hasErrors": bool(errors),
                "diff": [clone(stored), proposed],
                "agent_diff": [[]],
            }
        )
    _first_failure(results)
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

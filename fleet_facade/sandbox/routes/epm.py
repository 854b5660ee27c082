"""Routes of the "Elastic Package Manager (EPM)" tag: ``/api/fleet/epm`` (package list, info,
install, uninstall, installed and limited lists, categories, stats, files, input templates, bulk
installs and their tasks, rollback, asset routes, custom integrations, archive uploads).

``/epm/packages/{pkgName}`` without the version: Kibana routes ``{pkgName}/{pkgVersion?}``, and in
8.x the deprecated ``{pkgkey}`` route serves the bare name (routes/epm/index.ts). Info then
answers the installed version, else the latest, with the package under ``response`` as well
(services/epm/packages/get.ts getPackageInfo); install takes the registry's latest; delete
and update act on the installed version.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any
from urllib.parse import unquote

import yaml

from .. import _validate
from .._catalog import is_semver, semver_key
from .._clone import clone
from .._epm import (
    bulk_install_one,
    bulk_task,
    find_package,
    install_from_registry,
    installation_info,
    installed_or_404,
    manifest,
    package_in_path,
    package_info,
    package_list,
    rollback_one,
    task_outcome,
    template_inputs,
)
from .._http import KibanaError, SandboxResponse
from .._package_archives import archive_files, custom_package, package_from_archive
from .._router import Ctx, Router

Json = dict[str, Any]


def _list(ctx: Ctx) -> Json:
    core, category = ctx.core, ctx.q("category")
    with_counts = ctx.q_bool("withPackagePoliciesCount")
    items = []
    for name in core.catalog.names():
        package = core.catalog.latest(name)
        assert package is not None
        if category and category not in package.get("categories", []):
            continue
        summary: Json = {
            k: clone(package[k])
            for k in (
                "name",
                "version",
                "title",
                "description",
                "type",
                "release",
                "categories",
                "icons",
            )
            if k in package
        }
        summary["id"] = name
        installed = core.state.installed_packages.get(name)
        summary["status"] = "installed" if installed else "not_installed"
        info = installation_info(core, name)
        if info is not None:
            summary["installationInfo"] = info
        if with_counts:
            # Kibana list.ts (withPackagePoliciesCount): package policies of the package.
            summary["packagePoliciesInfo"] = {
                "count": sum(
                    1 for p in core.state.package_policies.values() if p["package"]["name"] == name
                )
            }
        items.append(summary)
    return {"items": items}


def _get(ctx: Ctx) -> Json:
    package = find_package(ctx)  # without a version: the installed one, else the latest
    result: Json = {"item": package_info(ctx.core, package)}
    if "pkgVersion" not in ctx.params:
        # The deprecated route's answer repeats the package under its pre-8.0 key.
        result["response"] = clone(result["item"])
    if ctx.q_bool("withMetadata"):
        has_policies = any(
            p["package"]["name"] == package["name"]
            for p in ctx.core.state.package_policies.values()
        )
        result["metadata"] = {"has_policies": has_policies}
    return result


def _install(ctx: Ctx) -> Json:
    name, version = ctx.params["pkgName"], ctx.params.get("pkgVersion")
    if version is not None and not is_semver(version):
        raise KibanaError(400, "Package version is not a valid semver")
    body = ctx.body if isinstance(ctx.body, dict) else {}
    force = bool(_validate.boolean(body, "force"))
    outcome = install_from_registry(
        ctx.core, name, version, force=force, prerelease=ctx.q_bool("prerelease")
    )
    return {"items": outcome["assets"], "_meta": {"install_source": "registry", "name": name}}


def _uninstall(ctx: Ctx) -> Json:
    """Kibana ``services/epm/packages/remove.ts`` ``removeInstallation``: the installation is
    found by name (the path's version only fills the in-use message, ``undefined`` when the
    path has none); no package is protected from removal; package policies are deleted with
    the package unless their agent policies have agents, which only ``?force=true`` overrides."""
    core, name = ctx.core, ctx.params["pkgName"]
    version = ctx.params.get("pkgVersion")
    if version is not None and not is_semver(version):
        raise KibanaError(400, "Package version is not a valid semver")
    force = ctx.q_bool("force")
    installed = core.state.installed_packages.get(name)
    if installed is None:
        raise KibanaError(400, f"{name} is not installed")
    policies = [p for p in core.state.package_policies.values() if p["package"]["name"] == name]
    in_use = any(core.agent_count(ap) for p in policies for ap in p["policy_ids"])
    if in_use and not force:
        raise KibanaError(
            400,
            f"Unable to remove package {name}:{version or 'undefined'} with existing package "
            "policy(s) in use by agent(s)",
        )
    for policy in policies:
        del core.state.package_policies[policy["id"]]
        for agent_policy in policy["policy_ids"]:
            core.bump_agent_policy(agent_policy, ctx.user)
    del core.state.installed_packages[name]
    return {"items": clone(installed["installed_kibana"] + installed["installed_es"])}


def _installed(ctx: Ctx) -> Json:
    """Kibana ``getInstalledPackageSavedObjects``: filtered by ``nameQuery`` (``name*`` or the
    exact name) and ``dataStreamType``, sorted by name (``sortOrder``, ascending by default)."""
    name_query, stream_type = ctx.q("nameQuery"), ctx.q("dataStreamType")
    items = []
    for name, installed in sorted(ctx.core.state.installed_packages.items()):
        if name_query and not name.startswith(name_query):
            continue
        package = ctx.core.catalog.get(name, installed["version"]) or {}
        streams = [
            ds
            for ds in package.get("data_streams", [])
            if not stream_type or ds["type"] == stream_type
        ]
        if stream_type and not streams:
            continue
        items.append(
            {
                "name": name,
                "version": installed["version"],
                "status": installed["install_status"],
                "title": package.get("title", name),
                "dataStreams": [
                    {"name": f"{ds['type']}-{ds['dataset']}-*", "title": ds.get("title", "")}
                    for ds in streams
                ],
            }
        )
    if (ctx.q("sortOrder") or "asc") == "desc":
        items.reverse()
    per_page = ctx.q_int("perPage", 15)
    return {"items": items[:per_page], "total": len(items)}


#: Elastic's package-signing GPG key id (Kibana's default ``packageVerification.gpgKeyPath``).
VERIFICATION_KEY_ID = "d27d666cd88e42b4"  # UNVERIFIED: read from memory, not from source
_DATASET_TYPES = ("logs", "metrics", "traces", "synthetics", "profiling")
_NAME = re.compile(r"^[a-z0-9_]+\Z")


# -- catalog views -------------------------------------------------------------------------------


def _categories(ctx: Ctx) -> Json:
    ctx.q_bool("prerelease")
    counts: dict[str, int] = {}
    for name in ctx.core.catalog.names():
        package = ctx.core.catalog.latest(name) or {}
        for category in package.get("categories", []):
            counts[category] = counts.get(category, 0) + 1
    return {
        "items": [
            {"id": c, "title": c.replace("_", " ").title(), "count": n}
            for c, n in sorted(counts.items())
        ]
    }


def _limited(ctx: Ctx) -> Json:
    items = []
    for name, installed in sorted(ctx.core.state.installed_packages.items()):
        package = ctx.core.catalog.get(name, installed["version"]) or {}
        templates = package.get("policy_templates", [])
        if templates and any(t.get("multiple") is False for t in templates):
            items.append(name)
    return {"items": items}


def _stats(ctx: Ctx) -> Json:
    name = ctx.params["pkgName"]
    policies = [p for p in ctx.core.state.package_policies.values() if p["package"]["name"] == name]
    agent_policies = {i for p in policies for i in p.get("policy_ids", [])}
    return {
        "response": {
            "package_policy_count": len(policies),
            "agent_policy_count": len(agent_policies),
        }
    }


def _verification_key_id(_ctx: Ctx) -> Json:
    return {"id": VERIFICATION_KEY_ID}


_FILE_TYPES = {
    ".md": "text/markdown",
    ".yml": "text/yaml",
    ".yaml": "text/yaml",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}


def _file(ctx: Ctx) -> SandboxResponse:
    package = package_in_path(ctx)
    path = unquote(ctx.params["filePath"])
    if path == "manifest.yml":
        text = yaml.safe_dump(manifest(package), sort_keys=False)
    elif path == "docs/README.md":
        text = package.get("readme_text") or (
            f"# {package.get('title', package['name'])}\n\n{package.get('description', '')}\n"
        )
    else:
        # UNVERIFIED: the registry's not-found answer as Kibana passes it through.
        raise KibanaError(404, f"{package['name']}-{package['version']}/{path} not found")
    suffix = path[path.rfind(".") :] if "." in path else ""
    return SandboxResponse(
        status=200,
        body=text.encode(),
        headers={
            "content-type": _FILE_TYPES.get(suffix, "text/plain"),
            "cache-control": "max-age=600",
        },
    )


def _inputs_template(ctx: Ctx) -> Any:
    package = package_in_path(ctx)
    fmt = ctx.q("format") or "json"
    if fmt not in ("json", "yml", "yaml"):
        raise KibanaError(
            400,
            "[request query.format]: types that failed validation:\n"
            "- [request query.format.0]: expected value to equal [json]\n"
            "- [request query.format.1]: expected value to equal [yml]\n"
            "- [request query.format.2]: expected value to equal [yaml]",
        )
    inputs = template_inputs(package)
    if fmt == "json":
        return {"inputs": inputs}
    # UNVERIFIED: the content type of the YAML answer.
    return SandboxResponse(
        status=200,
        body=yaml.safe_dump({"inputs": inputs}, sort_keys=False).encode(),
        headers={"content-type": "text/yaml; charset=utf-8"},
    )


# -- package settings ----------------------------------------------------------------------------


def _update(ctx: Ctx) -> Json:
    # Kibana reads only the name and updates the installed package (services/epm/packages/
    # update.ts updatePackage), so the versionless route needs an installation to find.
    name = ctx.params["pkgName"]
    if "pkgVersion" in ctx.params:
        package = package_in_path(ctx)
    else:
        current = ctx.core.state.installed_packages.get(name)
        found = ctx.core.catalog.get(name, current["version"]) if current else None
        if found is None:
            raise KibanaError(404, f"Error while updating package: {name} is not installed")
        package = found
    body = _validate.body_object(ctx.body)
    keep = _validate.boolean(body, "keepPoliciesUpToDate")
    if keep is None:
        raise KibanaError(
            400,
            "[request body.keepPoliciesUpToDate]: expected value of type [boolean] but got "
            "[undefined]",
        )
    installed = ctx.core.state.installed_packages.get(package["name"])
    if installed is None:
        # UNVERIFIED: the sentence.
        raise KibanaError(404, f"Error while updating package: {package['name']} is not installed")
    installed["keep_policies_up_to_date"] = keep
    item = package_info(ctx.core, package)
    item["keepPoliciesUpToDate"] = keep
    return {"item": item}


# -- assets --------------------------------------------------------------------------------------


def _kibana_assets(ctx: Ctx) -> Json:
    package = package_in_path(ctx)
    installed_or_404(ctx.core, package["name"], package["version"])
    if ctx.method == "POST":
        body = _validate.body_object(ctx.body if ctx.body is not None else {})
        _validate.boolean(body, "force")
        spaces = _validate.string_list(body, "space_ids")
        if spaces is not None and not spaces:
            raise KibanaError(
                400,
                "[request body.space_ids]: array size is [0], but cannot be smaller than [1]",
            )
    return {"success": True}


def _rule_assets(ctx: Ctx) -> Json:
    package = package_in_path(ctx)
    installed_or_404(ctx.core, package["name"], package["version"])
    return {"success": True}


def _datastream_assets(ctx: Ctx) -> Json:
    package = package_in_path(ctx)
    installed_or_404(ctx.core, package["name"], package["version"])
    policy_id = ctx.q("packagePolicyId")
    if not policy_id:
        raise KibanaError(
            400,
            "[request query.packagePolicyId]: expected value of type [string] but got [undefined]",
        )
    policy = ctx.core.state.package_policies.get(policy_id)
    if policy is None:
        raise KibanaError(404, f"Package policy {policy_id} not found")  # UNVERIFIED
    if policy["package"]["name"] != package["name"]:
        # UNVERIFIED: the sentence.
        raise KibanaError(
            400, f"Package policy {policy_id} does not belong to package {package['name']}"
        )
    return {"success": True}


def _authorize_transforms(ctx: Ctx) -> list[Json]:
    package = package_in_path(ctx)
    installed_or_404(ctx.core, package["name"], package["version"])
    body = _validate.body_object(ctx.body)
    transforms = body.get("transforms")
    if not isinstance(transforms, list):
        raise KibanaError(
            400, "[request body.transforms]: expected value of type [array] but got [undefined]"
        )
    result = []
    for index, transform in enumerate(transforms):
        transform = _validate.body_object(transform, f"request body.transforms.{index}")
        transform_id = _validate.string(
            transform, "transformId", required=True, where=f"request body.transforms.{index}"
        )
        result.append({"transformId": transform_id, "success": True, "error": None})
    return result


def _bulk_assets(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    wanted = body.get("assetIds")
    if not isinstance(wanted, list):
        raise KibanaError(
            400, "[request body.assetIds]: expected value of type [array] but got [undefined]"
        )
    known: dict[tuple[str, str], Json] = {}
    for installed in ctx.core.state.installed_packages.values():
        for asset in installed.get("installed_kibana", []) + installed.get("installed_es", []):
            known[(asset["type"], asset["id"])] = {
                "id": asset["id"],
                "type": asset["type"],
                "updatedAt": installed["installed_at"],
                "attributes": {"title": asset["id"]},
            }
    items = []
    for ref in wanted:
        if isinstance(ref, dict) and (ref.get("type"), ref.get("id")) in known:
            items.append(known[(ref["type"], ref["id"])])
    return {"items": items}


def _bulk_install(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    packages = body.get("packages")
    if not isinstance(packages, list):
        raise KibanaError(
            400, "[request body.packages]: expected value of type [array] but got [undefined]"
        )
    if not packages:
        raise KibanaError(
            400, "[request body.packages]: array size is [0], but cannot be smaller than [1]"
        )
    force = bool(_validate.boolean(body, "force"))
    prerelease = ctx.q_bool("prerelease")
    items = []
    for entry in packages:
        if isinstance(entry, str) or (
            isinstance(entry, dict) and isinstance(entry.get("name"), str)
        ):
            items.append(bulk_install_one(ctx.core, entry, force=force, prerelease=prerelease))
    return {"items": items}


def _rollback(ctx: Ctx) -> Json:
    version = rollback_one(ctx.core, ctx.params["pkgName"])
    return {"success": True, "version": version}


def _bulk_upgrade(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    results = []
    for entry in package_list(body, version_required=False):
        name = entry["name"]
        error: KibanaError | None = None
        if name not in ctx.core.state.installed_packages:
            error = KibanaError(400, f"{name} is not installed")  # UNVERIFIED
        else:
            try:
                install_from_registry(
                    ctx.core,
                    name,
                    entry.get("version"),
                    force=bool(body.get("force")),
                    prerelease=ctx.q_bool("prerelease"),
                )
            except KibanaError as err:
                error = err
        results.append(task_outcome(name, error))
    return bulk_task(ctx, "upgrade", results)


def _bulk_uninstall(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    results = []
    for entry in package_list(body, version_required=True):
        error: KibanaError | None = None
        try:
            _uninstall(
                dataclasses.replace(
                    ctx, params={"pkgName": entry["name"], "pkgVersion": entry["version"]}
                )
            )
        except KibanaError as err:
            error = err
        results.append(task_outcome(entry["name"], error))
    return bulk_task(ctx, "uninstall", results)


def _bulk_rollback(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    results = []
    for entry in package_list(body, version_required=False):
        error: KibanaError | None = None
        try:
            rollback_one(ctx.core, entry["name"])
        except KibanaError as err:
            error = err
        results.append(task_outcome(entry["name"], error))
    return bulk_task(ctx, "rollback", results)


def _task_status(kind: str) -> Any:
    def handler(ctx: Ctx) -> Json:
        task = ctx.core.state.package_tasks.get(ctx.params["taskId"])
        if task is None or task["kind"] != kind:
            raise KibanaError(404, "Task not found")  # UNVERIFIED
        result: Json = {"status": task["status"], "results": clone(task["results"])}
        if task["status"] == "failed":
            result["error"] = {"message": "Some packages failed"}  # UNVERIFIED
        return result

    return handler


def _create_custom(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    name = _validate.string(body, "integrationName", required=True)
    assert name is not None
    datasets = body.get("datasets")
    if not isinstance(datasets, list):
        raise KibanaError(
            400, "[request body.datasets]: expected value of type [array] but got [undefined]"
        )
    for index, dataset in enumerate(datasets):
        where = f"request body.datasets.{index}"
        dataset = _validate.body_object(dataset, where)
        _validate.string(dataset, "name", required=True, where=where)
        if dataset.get("type") not in _DATASET_TYPES:
            lines = "\n".join(
                f"- [{where}.type.{n}]: expected value to equal [{t}]"
                for n, t in enumerate(_DATASET_TYPES)
            )
            raise KibanaError(400, f"[{where}.type]: types that failed validation:\n{lines}")
    if not _NAME.match(name):
        # UNVERIFIED: the sentence.
        raise KibanaError(
            400,
            "Integration name must be lowercase and may only contain letters, numbers and "
            "underscores",
        )
    if name in ctx.core.state.installed_packages or ctx.core.catalog.get(name) is not None:
        # UNVERIFIED: the sentence and status.
        raise KibanaError(
            409,
            f"Failed to create the integration as an installation with the name {name} "
            "already exists.",
        )
    ctx.core.catalog.add(custom_package(name, "1.0.0", datasets, f"# {name}\n", []))
    record = ctx.core.install_package(name, "1.0.0", source="custom")
    return {
        "items": clone(record["installed_es"]),
        "_meta": {"install_source": "custom", "name": name},
    }


def _update_custom(ctx: Ctx) -> Json:
    name = ctx.params["pkgName"]
    body = _validate.body_object(ctx.body)
    readme = _validate.string(body, "readMeData", required=True)
    categories = _validate.string_list(body, "categories")
    installed = ctx.core.state.installed_packages.get(name)
    if installed is None:
        raise KibanaError(404, f"Integration {name} not found")  # UNVERIFIED
    if installed["install_source"] != "custom":
        # UNVERIFIED: the sentence.
        raise KibanaError(400, f"Integration {name} is not a custom integration")
    current = ctx.core.catalog.get(name, installed["version"]) or {}
    major, minor, patch = (int(p) for p in installed["version"].split("-")[0].split(".")[:3])
    version = f"{major}.{minor}.{patch + 1}"
    updated = clone(current)
    updated.update(version=version, readme_text=readme or "")
    if categories is not None:
        updated["categories"] = categories
    ctx.core.catalog.add(updated)
    del ctx.core.state.installed_packages[name]
    ctx.core.install_package(name, version, source="custom")
    # UNVERIFIED: the body (the spec documents none); the new version is the useful part.
    return {"name": name, "version": version}


def _upload(ctx: Ctx) -> Json:
    content_type = ctx.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ("application/zip", "application/gzip"):
        raise KibanaError(415, "Unsupported Media Type")  # UNVERIFIED: hapi's payload refusal
    ctx.q_bool("ignoreMappingUpdateErrors")
    ctx.q_bool("skipDataStreamRollover")
    package = package_from_archive(archive_files(ctx.raw, content_type))
    ctx.core.catalog.add(package)
    installed = ctx.core.state.installed_packages.get(package["name"])
    if installed is not None:
        if installed["version"] != package["version"] and semver_key(
            installed["version"]
        ) < semver_key(package["version"]):
            ctx.core.state.previous_package_versions[package["name"]] = installed["version"]
        del ctx.core.state.installed_packages[package["name"]]
    record = ctx.core.install_package(package["name"], package["version"], source="upload")
    return {
        "items": clone(record["installed_es"]),
        "_meta": {"install_source": "upload", "name": package["name"]},
    }


def register(router: Router) -> None:
    """Add the routes of this tag."""
    epm, base = "/api/fleet/epm", "/api/fleet/epm/packages"
    one = f"{base}/{{pkgName}}/{{pkgVersion}}"
    router.add("GET", f"{epm}/categories", _categories)
    router.add("GET", f"{epm}/verification_key_id", _verification_key_id)
    router.add("POST", f"{epm}/bulk_assets", _bulk_assets)
    router.add("POST", f"{epm}/custom_integrations", _create_custom)
    router.add("PUT", f"{epm}/custom_integrations/{{pkgName}}", _update_custom)
    router.add("GET", f"{epm}/templates/{{pkgName}}/{{pkgVersion}}/inputs", _inputs_template)
    router.add("GET", base, _list)
    router.add("POST", base, _upload, raw_body=True)
    router.add("GET", f"{base}/installed", _installed)
    router.add("GET", f"{base}/limited", _limited)
    router.add("POST", f"{base}/_bulk", _bulk_install)
    for kind, start in (
        ("upgrade", _bulk_upgrade),
        ("uninstall", _bulk_uninstall),
        ("rollback", _bulk_rollback),
    ):
        router.add("POST", f"{base}/_bulk_{kind}", start)
        router.add("GET", f"{base}/_bulk_{kind}/{{taskId}}", _task_status(kind))
    router.add("GET", f"{base}/{{pkgName}}/stats", _stats)
    router.add("POST", f"{base}/{{pkgName}}/rollback", _rollback)
    for path in (f"{base}/{{pkgName}}", one):
        router.add("GET", path, _get)
        router.add("POST", path, _install)
        router.add("DELETE", path, _uninstall)
    router.add("PUT", f"{base}/{{pkgName}}", _update)
    router.add("PUT", one, _update)
    router.add("POST", f"{one}/kibana_assets", _kibana_assets)
    router.add("DELETE", f"{one}/kibana_assets", _kibana_assets)
    router.add("POST", f"{one}/rule_assets", _rule_assets)
    router.add("DELETE", f"{one}/datastream_assets", _datastream_assets)
    router.add("POST", f"{one}/transforms/authorize", _authorize_transforms)
    # Kibana's route is {filePath*}: the file path spans several segments (docs/README.md).
    router.add("GET", f"{one}/{{filePath*}}", _file)

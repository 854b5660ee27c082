"""More EPM routes: categories, limited packages, stats, files, input templates, bulk installs
and their tasks, rollback, asset routes, custom integrations, archive uploads, data streams.

Bulk upgrade/uninstall/rollback run at once in the sandbox; their task is ``success`` (or
``failed`` with per-package errors) by the time the POST answers.
"""

from __future__ import annotations

import dataclasses
import io
import re
import tarfile
import zipfile
from typing import Any
from urllib.parse import unquote

import yaml

from . import _epm, _validate
from ._catalog import is_semver, semver_key
from ._clone import clone
from ._core import FleetCore
from ._http import KibanaError, SandboxResponse
from ._router import Ctx, Router

Json = dict[str, Any]

#: Elastic's package-signing GPG key id (Kibana's default ``packageVerification.gpgKeyPath``).
VERIFICATION_KEY_ID = "d27d666cd88e42b4"  # UNVERIFIED: read from memory, not from source
_DATASET_TYPES = ("logs", "metrics", "traces", "synthetics", "profiling")
_NAME = re.compile(r"^[a-z0-9_]+\Z")


def _installed_or_404(core: FleetCore, name: str, version: str) -> Json:
    installed = core.state.installed_packages.get(name)
    if installed is None or installed["version"] != version:
        raise KibanaError(404, "Requested version is not installed")
    return installed


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
    policies = [
        p for p in ctx.core.state.package_policies.values() if p["package"]["name"] == name
    ]
    agent_policies = {i for p in policies for i in p.get("policy_ids", [])}
    return {
        "response": {
            "package_policy_count": len(policies),
            "agent_policy_count": len(agent_policies),
        }
    }


def _verification_key_id(_ctx: Ctx) -> Json:
    return {"id": VERIFICATION_KEY_ID}


def _package(ctx: Ctx) -> Json:
    name, version = ctx.params["pkgName"], ctx.params["pkgVersion"]
    if not is_semver(version):
        raise KibanaError(400, "Package version is not a valid semver")
    package = ctx.core.catalog.get(name, version)
    if package is None:
        raise KibanaError(404, f"[{name}] package not installed or found in registry")
    return package


def _manifest(package: Json) -> Json:
    return {
        k: clone(package[k])
        for k in (
            "format_version",
            "name",
            "title",
            "version",
            "description",
            "type",
            "categories",
            "conditions",
            "policy_templates",
            "owner",
        )
        if k in package
    }


_FILE_TYPES = {".md": "text/markdown", ".yml": "text/yaml", ".yaml": "text/yaml",
               ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png"}


def _file(ctx: Ctx) -> SandboxResponse:
    package = _package(ctx)
    path = unquote(ctx.params["filePath"])
    if path == "manifest.yml":
        text = yaml.safe_dump(_manifest(package), sort_keys=False)
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


def _template_inputs(package: Json) -> list[Json]:
    inputs = []
    for template in package.get("policy_templates", []):
        for input_ in template.get("inputs", []):
            streams = []
            for data_stream in package.get("data_streams", []):
                for stream in data_stream.get("streams", []):
                    if stream.get("input") != input_["type"]:
                        continue
                    entry: Json = {
                        "id": f"{input_['type']}-{data_stream['dataset']}",
                        "data_stream": {
                            "dataset": data_stream["dataset"],
                            "type": data_stream["type"],
                        },
                    }
                    for var in stream.get("vars", []):
                        if "default" in var:
                            entry[var["name"]] = clone(var["default"])
                    streams.append(entry)
            if streams:
                inputs.append(
                    {
                        "id": f"{template['name']}-{input_['type']}",
                        "type": input_["type"],
                        "streams": streams,
                    }
                )
    return inputs


def _inputs_template(ctx: Ctx) -> Any:
    package = _package(ctx)
    fmt = ctx.q("format") or "json"
    if fmt not in ("json", "yml", "yaml"):
        raise KibanaError(
            400,
            "[request query.format]: types that failed validation:\n"
            "- [request query.format.0]: expected value to equal [json]\n"
            "- [request query.format.1]: expected value to equal [yml]\n"
            "- [request query.format.2]: expected value to equal [yaml]",
        )
    inputs = _template_inputs(package)
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
    package = _package(ctx)
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
        raise KibanaError(
            404, f"Error while updating package: {package['name']} is not installed"
        )
    installed["keep_policies_up_to_date"] = keep
    item = _epm._info(ctx.core, package)
    item["keepPoliciesUpToDate"] = keep
    return {"item": item}


# -- assets --------------------------------------------------------------------------------------


def _kibana_assets(ctx: Ctx) -> Json:
    package = _package(ctx)
    _installed_or_404(ctx.core, package["name"], package["version"])
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
    package = _package(ctx)
    _installed_or_404(ctx.core, package["name"], package["version"])
    return {"success": True}


def _datastream_assets(ctx: Ctx) -> Json:
    package = _package(ctx)
    _installed_or_404(ctx.core, package["name"], package["version"])
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
    package = _package(ctx)
    _installed_or_404(ctx.core, package["name"], package["version"])
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


# -- installs ------------------------------------------------------------------------------------


def _install_one(core: FleetCore, name: str, version: str | None, force: bool) -> Json:
    package = core.catalog.get(name, version)
    if package is None:
        return {
            "name": name,
            "statusCode": 404,
            "error": f"[{name}] package not installed or found in registry",
        }
    installed = core.state.installed_packages.get(name)
    if installed is not None and installed["version"] == package["version"] and not force:
        return {
            "name": name,
            "version": package["version"],
            "result": {
                "assets": [],
                "status": "already_installed",
                "installType": "unknown",
                "installSource": installed["install_source"],
            },
        }
    install_type = "install"
    if installed is not None:
        install_type = "reinstall" if installed["version"] == package["version"] else "update"
        if install_type == "update":
            core.state.previous_package_versions[name] = installed["version"]
        del core.state.installed_packages[name]
    record = core.install_package(name, package["version"])
    return {
        "name": name,
        "version": package["version"],
        "result": {
            "assets": clone(record["installed_es"]),
            "status": "installed",
            "installType": install_type,
            "installSource": "registry",
        },
    }


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
    items = []
    for entry in packages:
        if isinstance(entry, str):
            items.append(_install_one(ctx.core, entry, None, force))
        elif isinstance(entry, dict) and isinstance(entry.get("name"), str):
            items.append(_install_one(ctx.core, entry["name"], entry.get("version"), force))
    return {"items": items}


def _rollback_one(core: FleetCore, name: str) -> str:
    installed = core.state.installed_packages.get(name)
    if installed is None:
        raise KibanaError(400, f"{name} is not installed")
    previous = core.state.previous_package_versions.get(name)
    if previous is None or core.catalog.get(name, previous) is None:
        # UNVERIFIED: the sentence.
        raise KibanaError(400, f"No previous version found for package {name}")
    del core.state.installed_packages[name]
    core.install_package(name, previous)
    del core.state.previous_package_versions[name]
    return previous


def _rollback(ctx: Ctx) -> Json:
    version = _rollback_one(ctx.core, ctx.params["pkgName"])
    return {"success": True, "version": version}


def _package_list(body: Json, *, version_required: bool) -> list[Json]:
    packages = body.get("packages")
    if not isinstance(packages, list):
        raise KibanaError(
            400, "[request body.packages]: expected value of type [array] but got [undefined]"
        )
    if not packages:
        raise KibanaError(
            400, "[request body.packages]: array size is [0], but cannot be smaller than [1]"
        )
    for index, entry in enumerate(packages):
        where = f"request body.packages.{index}"
        entry = _validate.body_object(entry, where)
        _validate.string(entry, "name", required=True, where=where)
        _validate.string(entry, "version", required=version_required, where=where)
    return packages


def _task(ctx: Ctx, kind: str, results: list[Json]) -> Json:
    task_id = ctx.core.ids.uuid()
    failed = any(not r["success"] for r in results)
    ctx.core.state.package_tasks[task_id] = {
        "kind": kind,
        "status": "failed" if failed else "success",
        "results": results,
    }
    return {"taskId": task_id}


def _outcome(name: str, error: KibanaError | None) -> Json:
    if error is None:
        return {"name": name, "success": True}
    return {"name": name, "success": False, "error": {"message": error.message}}


def _bulk_upgrade(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    results = []
    for entry in _package_list(body, version_required=False):
        name = entry["name"]
        error: KibanaError | None = None
        if name not in ctx.core.state.installed_packages:
            error = KibanaError(400, f"{name} is not installed")  # UNVERIFIED
        else:
            outcome = _install_one(ctx.core, name, entry.get("version"), bool(body.get("force")))
            if "error" in outcome:
                error = KibanaError(outcome["statusCode"], outcome["error"])
        results.append(_outcome(name, error))
    return _task(ctx, "upgrade", results)


def _bulk_uninstall(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    results = []
    for entry in _package_list(body, version_required=True):
        error: KibanaError | None = None
        try:
            _epm._uninstall(
                dataclasses.replace(
                    ctx, params={"pkgName": entry["name"], "pkgVersion": entry["version"]}
                )
            )
        except KibanaError as err:
            error = err
        results.append(_outcome(entry["name"], error))
    return _task(ctx, "uninstall", results)


def _bulk_rollback(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    results = []
    for entry in _package_list(body, version_required=False):
        error: KibanaError | None = None
        try:
            _rollback_one(ctx.core, entry["name"])
        except KibanaError as err:
            error = err
        results.append(_outcome(entry["name"], error))
    return _task(ctx, "rollback", results)


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


# -- custom integrations -------------------------------------------------------------------------


def _custom_package(name: str, version: str, datasets: list[Json], readme: str,
                    categories: list[str]) -> Json:
    return {
        "name": name,
        "version": version,
        "title": name,
        "description": "",
        "type": "integration",
        "format_version": "3.0.0",
        "release": "ga",
        "categories": categories,
        "readme_text": readme,
        "policy_templates": [],
        "vars": [],
        "data_streams": [
            {
                "type": d["type"],
                "dataset": d["name"],
                "title": d["name"],
                "path": d["name"],
                "package": name,
                "release": "ga",
                "streams": [],
            }
            for d in datasets
        ],
    }


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
    ctx.core.catalog.add(
        _custom_package(name, "1.0.0", datasets, f"# {name}\n", [])
    )
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


# -- data streams of installed packages ----------------------------------------------------------


def _epm_data_streams(ctx: Ctx) -> Json:
    kind, query = ctx.q("type"), ctx.q("datasetQuery")
    uncategorised = ctx.q_bool("uncategorisedOnly")
    names = set()
    for name, installed in ctx.core.state.installed_packages.items():
        package = ctx.core.catalog.get(name, installed["version"]) or {}
        if uncategorised and package.get("categories"):
            continue
        for data_stream in package.get("data_streams", []):
            if kind and data_stream.get("type") != kind:
                continue
            if query and query not in data_stream["dataset"]:
                continue
            names.add(data_stream["dataset"])
    ordered = sorted(names, reverse=ctx.q("sortOrder") == "desc")
    return {"items": [{"name": n} for n in ordered]}


# -- archive upload ------------------------------------------------------------------------------


def _archive_files(raw: bytes, content_type: str) -> dict[str, bytes]:
    try:
        if content_type == "application/zip":
            with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                return {n: archive.read(n) for n in archive.namelist() if not n.endswith("/")}
        with tarfile.open(fileobj=io.BytesIO(raw), mode="r:gz") as archive:
            out: dict[str, bytes] = {}
            for member in archive.getmembers():
                handle = archive.extractfile(member) if member.isfile() else None
                if handle is not None:
                    out[member.name] = handle.read()
            return out
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as err:
        raise KibanaError(
            400,
            f"Error during extraction of package: {err}. Assumed content type was "
            f"{content_type}, check if this matches the archive type.",
        ) from None


def _package_from_archive(files: dict[str, bytes]) -> Json:
    tops = {path.split("/", 1)[0] for path in files}
    manifests = [p for p in files if p.count("/") == 1 and p.endswith("/manifest.yml")]
    if len(tops) != 1 or len(manifests) != 1:
        raise KibanaError(
            400, "Package must contain a top-level manifest.yml file."  # UNVERIFIED
        )
    top = manifests[0].split("/", 1)[0]
    try:
        manifest = yaml.safe_load(files[manifests[0]])
    except yaml.YAMLError:
        manifest = None
    if not isinstance(manifest, dict):
        raise KibanaError(400, "Could not parse top-level package manifest: invalid YAML")
    name, version = manifest.get("name"), manifest.get("version")
    if not isinstance(name, str) or not isinstance(version, str) or not is_semver(version):
        raise KibanaError(
            400, "Invalid top-level package manifest: one or more fields missing of name, version"
        )
    if top != f"{name}-{version}":
        raise KibanaError(
            400,
            f"Name {name} and version {version} do not match top-level directory {top}",
        )
    data_streams = []
    for path in sorted(files):
        parts = path.split("/")
        if len(parts) == 4 and parts[1] == "data_stream" and parts[3] == "manifest.yml":
            stream_manifest = yaml.safe_load(files[path]) or {}
            data_streams.append(
                {
                    "type": stream_manifest.get("type", "logs"),
                    "dataset": stream_manifest.get("dataset", f"{name}.{parts[2]}"),
                    "title": stream_manifest.get("title", parts[2]),
                    "path": parts[2],
                    "package": name,
                    "release": "ga",
                    "streams": stream_manifest.get("streams", []),
                }
            )
    package: Json = {
        k: manifest[k]
        for k in ("title", "description", "type", "format_version", "categories", "owner")
        if k in manifest
    }
    package.update(
        name=name,
        version=version,
        policy_templates=manifest.get("policy_templates") or [],
        vars=manifest.get("vars") or [],
        data_streams=data_streams,
    )
    readme = files.get(f"{top}/docs/README.md")
    if readme is not None:
        package["readme_text"] = readme.decode("utf-8", "replace")
    return package


def _upload(ctx: Ctx) -> Json:
    content_type = ctx.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ("application/zip", "application/gzip"):
        raise KibanaError(415, "Unsupported Media Type")  # UNVERIFIED: hapi's payload refusal
    ctx.q_bool("ignoreMappingUpdateErrors")
    ctx.q_bool("skipDataStreamRollover")
    package = _package_from_archive(_archive_files(ctx.raw, content_type))
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
    """Add the routes of this module (before ``_epm``'s ``/packages/{pkgName}`` routes)."""
    epm, base = "/api/fleet/epm", "/api/fleet/epm/packages"
    router.add("GET", f"{epm}/categories", _categories)
    router.add("GET", f"{epm}/verification_key_id", _verification_key_id)
    router.add("POST", f"{epm}/bulk_assets", _bulk_assets)
    router.add("GET", f"{epm}/data_streams", _epm_data_streams)
    router.add("POST", f"{epm}/custom_integrations", _create_custom)
    router.add("PUT", f"{epm}/custom_integrations/{{pkgName}}", _update_custom)
    router.add("GET", f"{epm}/templates/{{pkgName}}/{{pkgVersion}}/inputs", _inputs_template)
    router.add("POST", base, _upload, raw_body=True)
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
    router.add("PUT", f"{base}/{{pkgName}}/{{pkgVersion}}", _update)
    one = f"{base}/{{pkgName}}/{{pkgVersion}}"
    router.add("POST", f"{one}/kibana_assets", _kibana_assets)
    router.add("DELETE", f"{one}/kibana_assets", _kibana_assets)
    router.add("POST", f"{one}/rule_assets", _rule_assets)
    router.add("DELETE", f"{one}/datastream_assets", _datastream_assets)
    router.add("POST", f"{one}/transforms/authorize", _authorize_transforms)
    # Kibana's route is {filePath*}: the file path spans several segments (docs/README.md).
    router.add("GET", f"{one}/{{filePath*}}", _file)

"""Packages as the EPM routes see them: catalog lookup, installation records, installs and
rollbacks, and the bulk tasks (which run at once in the sandbox: their task is ``success``, or
``failed`` with per-package errors, by the time the POST answers)."""

from __future__ import annotations

from typing import Any

from . import _validate
from ._catalog import is_semver
from ._clone import clone
from ._core import FleetCore
from ._http import KibanaError
from ._router import Ctx

Json = dict[str, Any]

#: Packages Kibana refuses to uninstall (installed by default).
UNREMOVABLE = frozenset({"elastic_agent", "fleet_server", "endpoint"})


def installation_info(core: FleetCore, name: str) -> Json | None:
    installed = core.state.installed_packages.get(name)
    if installed is None:
        return None
    return {
        "type": "epm-packages",
        "name": name,
        "version": installed["version"],
        "install_status": installed["install_status"],
        "install_source": installed["install_source"],
        "installed_es": clone(installed["installed_es"]),
        "installed_kibana": [],
        "verification_status": installed["verification_status"],
        "created_at": installed["installed_at"],
        "updated_at": installed["installed_at"],
    }


def package_info(core: FleetCore, package: Json) -> Json:
    item = clone(package)
    installed = core.state.installed_packages.get(package["name"])
    item["status"] = (
        "installed"
        if installed and installed["version"] == package["version"]
        else ("installed" if installed else "not_installed")
    )
    info = installation_info(core, package["name"])
    if info is not None:
        item["installationInfo"] = info
    latest = core.catalog.latest(package["name"])
    if latest is not None:
        item["latestVersion"] = latest["version"]
    return item


def find_package(ctx: Ctx) -> Json:
    name, version = ctx.params["pkgName"], ctx.params.get("pkgVersion")
    if version is not None and not is_semver(version):
        raise KibanaError(400, "Package version is not a valid semver")
    package = ctx.core.catalog.get(name, version)
    if package is None:
        raise KibanaError(404, f"[{name}] package not installed or found in registry")
    return package


def installed_or_404(core: FleetCore, name: str, version: str) -> Json:
    installed = core.state.installed_packages.get(name)
    if installed is None or installed["version"] != version:
        raise KibanaError(404, "Requested version is not installed")
    return installed


def package_in_path(ctx: Ctx) -> Json:
    name, version = ctx.params["pkgName"], ctx.params["pkgVersion"]
    if not is_semver(version):
        raise KibanaError(400, "Package version is not a valid semver")
    package = ctx.core.catalog.get(name, version)
    if package is None:
        raise KibanaError(404, f"[{name}] package not installed or found in registry")
    return package


def manifest(package: Json) -> Json:
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


def template_inputs(package: Json) -> list[Json]:
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


# -- installs ------------------------------------------------------------------------------------


def install_one(core: FleetCore, name: str, version: str | None, force: bool) -> Json:
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


def rollback_one(core: FleetCore, name: str) -> str:
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


def package_list(body: Json, *, version_required: bool) -> list[Json]:
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


def bulk_task(ctx: Ctx, kind: str, results: list[Json]) -> Json:
    task_id = ctx.core.ids.uuid()
    failed = any(not r["success"] for r in results)
    ctx.core.state.package_tasks[task_id] = {
        "kind": kind,
        "status": "failed" if failed else "success",
        "results": results,
    }
    return {"taskId": task_id}


def task_outcome(name: str, error: KibanaError | None) -> Json:
    if error is None:
        return {"name": name, "success": True}
    return {"name": name, "success": False, "error": {"message": error.message}}

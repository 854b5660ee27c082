"""Packages as the EPM routes see them: catalog lookup, installation records, installs and
rollbacks, and the bulk tasks (which run at once in the sandbox: their task is ``success``, or
``failed`` with per-package errors, by the time the POST answers)."""

from __future__ import annotations

from typing import Any

from . import _validate
from ._catalog import is_semver, semver_key
from ._clone import clone
from ._core import FleetCore
from ._http import KibanaError
from ._router import Ctx

Json = dict[str, Any]


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
    # Kibana get.ts: the latest version, or the requested one when that is newer.
    latest = core.catalog.latest(package["name"])
    if latest is not None:
        item["latestVersion"] = max(latest["version"], package["version"], key=semver_key)
    return item


def find_package(ctx: Ctx) -> Json:
    """The package a GET names: the given version, else the installed one, else the latest.

    Kibana ``services/epm/packages/get.ts`` ``getPackageInfo``: ``pkgVersion ||
    installation.install_version || latestPackage.version``, the latest asked for with the
    ``prerelease`` flag; a known name with an unknown version is the registry's
    ``<name>@<version> not found`` (``services/epm/registry/index.ts`` ``fetchInfo``).
    """
    core, name, version = ctx.core, ctx.params["pkgName"], ctx.params.get("pkgVersion")
    if version is not None and not is_semver(version):
        raise KibanaError(400, "Package version is not a valid semver")
    installed = core.state.installed_packages.get(name)
    latest = core.catalog.latest(name, prerelease=ctx.q_bool("prerelease"))
    if installed is None and latest is None:
        raise KibanaError(404, f"[{name}] package not installed or found in registry")
    if version is None:
        version = installed["version"] if installed is not None else latest["version"]  # type: ignore[index]
    package = core.catalog.get(name, version)
    if package is None:
        raise KibanaError(404, f"{name}@{version} not found")
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


def _install_type(installed: Json | None, version: str) -> str:
    """Kibana's ``getInstallType``: the sandbox keeps no separate ``install_version`` (every
    install completes), so ``reupdate`` and ``rollback`` never arise."""
    if installed is None:
        return "install"
    return "reinstall" if installed["version"] == version else "update"


def install_from_registry(
    core: FleetCore, name: str, version: str | None, *, force: bool, prerelease: bool
) -> Json:
    """Install a registry package as Kibana's ``installPackageFromRegistry`` does.

    Kibana ``services/epm/packages/install.ts``: the registry's latest version is looked up
    first (an unknown name is ``[<name>] package not found in registry``); a version older than
    the latest is refused unless forced or re-installed (``PackageOutdatedError``); the same
    version already installed answers its existing assets with status ``already_installed``.

    Returns:
        ``{"version", "assets", "status", "installType"}``.

    Raises:
        KibanaError: 404 for an unknown package or version, 400 for an out-of-date version.
    """
    latest = core.catalog.latest(name, prerelease=prerelease)
    if latest is None:
        raise KibanaError(404, f"[{name}] package not found in registry")
    version = version or latest["version"]
    installed = core.state.installed_packages.get(name)
    install_type = _install_type(installed, version)
    out_of_date_ok = force or install_type in ("reinstall", "reupdate", "rollback")
    if semver_key(version) < semver_key(latest["version"]) and not out_of_date_ok:
        raise KibanaError(
            400, f"{name}-{version} is out-of-date and cannot be installed or updated"
        )
    if installed is not None and installed["version"] == version and not force:
        return {
            "version": version,
            "assets": clone(installed["installed_es"] + installed["installed_kibana"]),
            "status": "already_installed",
            "installType": install_type,
        }
    if core.catalog.get(name, version) is None:
        raise KibanaError(404, f"{name}@{version} not found")
    if installed is not None:
        if install_type == "update":
            core.state.previous_package_versions[name] = installed["version"]
        del core.state.installed_packages[name]
    record = core.install_package(name, version)
    return {
        "version": version,
        "assets": clone(record["installed_kibana"] + record["installed_es"]),
        "status": "installed",
        "installType": install_type,
    }


def bulk_install_one(core: FleetCore, entry: str | Json, *, force: bool, prerelease: bool) -> Json:
    """One item of ``POST /epm/packages/_bulk`` (Kibana ``bulk_install_packages.ts``).

    A bare name already installed at its latest version (or later) is left alone; failures are
    items ``{name, statusCode, error}`` (``bulkInstallServiceResponseToHttpEntry``).
    """
    name = entry if isinstance(entry, str) else entry["name"]
    version = None if isinstance(entry, str) else entry.get("version")
    installed = core.state.installed_packages.get(name)
    try:
        if isinstance(entry, str) and installed is not None and not force:
            latest = core.catalog.latest(name, prerelease=prerelease)
            if latest is not None and semver_key(installed["version"]) >= semver_key(
                latest["version"]
            ):
                return {
                    "name": name,
                    "version": installed["version"],
                    "result": {
                        "assets": clone(installed["installed_es"] + installed["installed_kibana"]),
                        "status": "already_installed",
                        "installType": "unknown",
                        "installSource": installed["install_source"],
                    },
                }
        outcome = install_from_registry(core, name, version, force=force, prerelease=prerelease)
    except KibanaError as error:
        return {"name": name, "statusCode": error.status, "error": error.message}
    return {
        "name": name,
        "version": outcome["version"],
        "result": {
            "assets": outcome["assets"],
            "status": outcome["status"],
            "installType": outcome["installType"],
            "installSource": "registry",
        },
    }


def ensure_installed(core: FleetCore, name: str, version: str) -> None:
    """Install a package version a new package policy needs, as Kibana's
    ``ensureInstalledPackage`` does (``services/epm/packages/install.ts``).

    The same or a later version already installed is kept (``isPackageVersionOrLaterInstalled``),
    so a policy on an older version never downgrades the package; otherwise the version is
    installed with ``force`` ("Always force outdated packages to be installed if a later version
    isn't installed").
    """
    installed = core.state.installed_packages.get(name)
    if installed is not None and semver_key(installed["version"]) >= semver_key(version):
        return
    install_from_registry(core, name, version, force=True, prerelease=True)


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

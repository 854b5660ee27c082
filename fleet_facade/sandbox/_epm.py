"""``/api/fleet/epm/packages``: list, info, install, uninstall, installed list."""

from __future__ import annotations

from typing import Any

from . import _validate
from ._catalog import is_semver
from ._clone import clone
from ._core import FleetCore
from ._http import KibanaError
from ._router import Ctx, Router

Json = dict[str, Any]

#: Packages Kibana refuses to uninstall (installed by default).
UNREMOVABLE = frozenset({"elastic_agent", "fleet_server", "endpoint"})


def _installation_info(core: FleetCore, name: str) -> Json | None:
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


def _info(core: FleetCore, package: Json) -> Json:
    item = clone(package)
    installed = core.state.installed_packages.get(package["name"])
    item["status"] = (
        "installed"
        if installed and installed["version"] == package["version"]
        else ("installed" if installed else "not_installed")
    )
    info = _installation_info(core, package["name"])
    if info is not None:
        item["installationInfo"] = info
    latest = core.catalog.latest(package["name"])
    if latest is not None:
        item["latestVersion"] = latest["version"]
    return item


def _list(ctx: Ctx) -> Json:
    core, category = ctx.core, ctx.q("category")
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
        info = _installation_info(core, name)
        if info is not None:
            summary["installationInfo"] = info
        items.append(summary)
    return {"items": items}


def _find(ctx: Ctx) -> Json:
    name, version = ctx.params["pkgName"], ctx.params.get("pkgVersion")
    if version is not None and not is_semver(version):
        raise KibanaError(400, "Package version is not a valid semver")
    package = ctx.core.catalog.get(name, version)
    if package is None:
        raise KibanaError(404, f"[{name}] package not installed or found in registry")
    return package


def _get(ctx: Ctx) -> Json:
    package = _find(ctx)
    result: Json = {"item": _info(ctx.core, package)}
    if ctx.q_bool("withMetadata"):
        has_policies = any(
            p["package"]["name"] == package["name"]
            for p in ctx.core.state.package_policies.values()
        )
        result["metadata"] = {"has_policies": has_policies}
    return result


def _install(ctx: Ctx) -> Json:
    package = _find(ctx)
    body = ctx.body if isinstance(ctx.body, dict) else {}
    _validate.boolean(body, "force")
    already = ctx.core.state.installed_packages.get(package["name"])
    if already is not None and already["version"] == package["version"] and not body.get("force"):
        # UNVERIFIED: Kibana answers 200 with no assets for a re-install of the same version.
        return {"items": [], "_meta": {"install_source": "registry", "name": package["name"]}}
    if already is not None and body.get("force"):
        del ctx.core.state.installed_packages[package["name"]]
    installed = ctx.core.install_package(package["name"], package["version"])
    return {
        "items": clone(installed["installed_es"]),
        "_meta": {"install_source": "registry", "name": package["name"]},
    }


def _uninstall(ctx: Ctx) -> Json:
    core, name = ctx.core, ctx.params["pkgName"]
    version = ctx.params.get("pkgVersion")
    if version is not None and not is_semver(version):
        raise KibanaError(400, "Package version is not a valid semver")
    installed = core.state.installed_packages.get(name)
    if installed is None or (version is not None and installed["version"] != version):
        raise KibanaError(400, f"{name} is not installed")
    if name in UNREMOVABLE or (
        core.catalog.get(name, installed["version"])
        and (core.catalog.get(name, installed["version"]) or {}).get("removable") is False
    ):
        raise KibanaError(400, f"{name} is installed by default and cannot be removed")
    policies = [p for p in core.state.package_policies.values() if p["package"]["name"] == name]
    if any(core.agent_count(agent_policy) for p in policies for agent_policy in p["policy_ids"]):
        raise KibanaError(
            400, "Unable to remove package with existing package policy(s) in use by agent(s)"
        )
    for policy in policies:
        del core.state.package_policies[policy["id"]]
        for agent_policy in policy["policy_ids"]:
            core.bump_agent_policy(agent_policy, ctx.user)
    del core.state.installed_packages[name]
    return {"items": clone(installed["installed_es"])}


def _installed(ctx: Ctx) -> Json:
    items = []
    for name, installed in sorted(ctx.core.state.installed_packages.items()):
        package = ctx.core.catalog.get(name, installed["version"]) or {}
        items.append(
            {
                "name": name,
                "version": installed["version"],
                "status": installed["install_status"],
                "title": package.get("title", name),
                "dataStreams": [
                    {"name": f"{ds['type']}-{ds['dataset']}-*", "title": ds.get("title", "")}
                    for ds in package.get("data_streams", [])
                ],
            }
        )
    per_page = ctx.q_int("perPage", 15)
    return {"items": items[:per_page], "total": len(items)}


def register(router: Router) -> None:
    """Add the EPM routes."""
    base = "/api/fleet/epm/packages"
    router.add("GET", base, _list)
    router.add("GET", f"{base}/installed", _installed)
    router.add("GET", f"{base}/{{pkgName}}", _get)
    router.add("GET", f"{base}/{{pkgName}}/{{pkgVersion}}", _get)
    router.add("POST", f"{base}/{{pkgName}}", _install)
    router.add("POST", f"{base}/{{pkgName}}/{{pkgVersion}}", _install)
    router.add("DELETE", f"{base}/{{pkgName}}", _uninstall)
    router.add("DELETE", f"{base}/{{pkgName}}/{{pkgVersion}}", _uninstall)

"""``packages``: the integration catalog, and installing or removing a package."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from typing import Any

from ._command import Command, arguments, done, plain, rows, value
from ._connection import confirm, fleet_for, kibana_url
from ._output import Output


def installed_version(package: Any) -> str | None:
    """The installed version of a catalog item, ``None`` when it is not installed.

    A list item's ``version`` is the registry's newest; Kibana's list handler adds
    ``installationInfo`` (from the package's ``epm-packages`` saved object, whose
    ``attributes.version`` older Kibanas send as ``savedObject``) for installed packages
    (x-pack/platform/plugins/shared/fleet/server/routes/epm/handlers.ts, soToInstallationInfo).
    """
    found = value(package, "installation_info", "version")
    if found is None:
        extra = getattr(package, "additional_properties", None) or {}
        saved = extra.get("savedObject") if isinstance(extra, dict) else None
        found = value(saved, "attributes", "version") if isinstance(saved, dict) else None
    return str(found) if found is not None else None


def run_list(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        packages = fleet.packages.list().to_list()
    items = [{"name": p.name, "installed": installed_version(p), "latest": value(p, "version"),
              "status": value(p, "status"), "title": value(p, "title")} for p in packages]
    if args.installed:
        items = [item for item in items if item["installed"]]
    rows(out, items, ["name", "installed", "latest", "status", "title"], "Packages")


def run_info(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        info = plain(fleet.packages.get(name=args.name, version=args.version))
    if out.json:
        out.document(info)
        return
    installed = (info.get("installationInfo") or {}).get("version")
    out.line(f"{info.get('title')} {info.get('name')} {info.get('version')}"
             + (f" (installed: {installed})" if installed else ""))
    for template in info.get("policy_templates") or []:
        for item in template.get("inputs") or []:
            out.line(f"  input {template.get('name')}-{item.get('type')}")
    for stream in info.get("data_streams") or []:
        out.line(f"  data stream {stream.get('dataset')} ({stream.get('type')})")


def run_install(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        version = fleet.packages.resolve_version(name=args.name, version=args.version)
        confirm(args, out, f"install package {args.name} {version} on {kibana_url(fleet)}")
        fleet.packages.install(name=args.name, version=version, force=args.force or None)
    done(out, {"installed": args.name, "version": version})


def run_uninstall(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    with fleet_for(args, env) as fleet:
        version = args.version or installed_version(fleet.packages.get(name=args.name))
        shown = f"{args.name} {version}" if version else args.name
        confirm(args, out, f"uninstall package {shown} on {kibana_url(fleet)}")
        fleet.packages.uninstall(name=args.name, version=version, force=args.force or None)
    done(out, {"uninstalled": args.name, "version": version})


PACKAGES = Command("packages", "integration packages", subcommands=(
    Command("list", "list packages (installed and newest versions)", run_list,
            arguments((("--installed",), {"action": "store_true",
                                          "help": "only installed packages"}))),
    Command("info", "show a package's inputs and data streams", run_info,
            arguments((("name",), {}),
                      (("--version",), {"help": "an exact version or 'latest' (default: the "
                                                "installed version, else the latest)"}))),
    Command("install", "install a package version (default: the newest)", run_install,
            arguments((("name",), {}), (("--version",), {"default": "latest"}),
                      (("--force",), {"action": "store_true"}))),
    Command("uninstall", "remove an installed package", run_uninstall,
            arguments((("name",), {}),
                      (("--version",), {"help": "default: the installed version"}),
                      (("--force",), {"action": "store_true"}))),
))

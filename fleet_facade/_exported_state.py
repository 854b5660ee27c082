"""The state file's shape of what a Fleet holds, for ``export_state`` (no I/O here).

``fleet.export_state`` (``_async/state_export.py``) reads the objects; which of their fields a
state file carries, and which variables differ from the package's defaults, is decided here,
once for the async and the sync client.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._integration_inputs import _inputs_layout
from .workflows._diff import is_secret_reference

#: Fields kept per object kind, besides ``name`` (those a state file names and plan compares).
HOST_FIELDS = ("host_urls", "is_default", "proxy_id")
OUTPUT_FIELDS = ("type", "hosts", "is_default", "is_default_monitoring", "proxy_id",
                 "ca_trusted_fingerprint", "config_yaml")


def kept_fields(item: Mapping[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    exported = {"name": item["name"]}
    exported.update({k: item[k] for k in names if item.get(k) is not None})
    return exported


def exported_policy(policy: Mapping[str, Any],
                    integrations: list[dict[str, Any]]) -> dict[str, Any]:
    exported: dict[str, Any] = {"name": policy["name"], "namespace": policy["namespace"]}
    if policy.get("description") is not None:
        exported["description"] = policy["description"]
    if policy.get("monitoring_enabled") is not None:
        exported["monitoring_enabled"] = list(policy["monitoring_enabled"])
    if integrations:
        exported["integrations"] = integrations
    return exported


def manifest_defaults(manifest: Mapping[str, Any]) -> dict[tuple[str, ...], Any]:
    """Each variable's manifest default, keyed by (where, name) as the simplified form nests."""
    defaults: dict[tuple[str, ...], Any] = {
        ("package", str(v.get("name"))): v.get("default") for v in manifest.get("vars") or []}
    for input_id, spec in _inputs_layout(manifest).items():
        for var in spec["vars"]:
            defaults[("input", input_id, str(var.get("name")))] = var.get("default")
        for dataset, stream in spec["streams"].items():
            for var in stream.get("vars") or []:
                defaults[("stream", input_id, dataset, str(var.get("name")))] = var.get("default")
    return defaults


def exported_integration(package_policy: Mapping[str, Any],
                         defaults: Mapping[tuple[str, ...], Any]) -> dict[str, Any]:
    package = package_policy.get("package") or {}
    exported: dict[str, Any] = {"package": package["name"], "version": package["version"],
                                "name": package_policy["name"]}
    for key in ("namespace", "description"):
        if package_policy.get(key):
            exported[key] = package_policy[key]
    variables = _vars(package_policy.get("vars"), defaults, ("package",))
    if variables:
        exported["vars"] = variables
    inputs: dict[str, Any] = {}
    for input_id, spec in (package_policy.get("inputs") or {}).items():
        entry: dict[str, Any] = {"enabled": spec.get("enabled", True) is not False}
        input_vars = _vars(spec.get("vars"), defaults, ("input", input_id))
        if input_vars:
            entry["vars"] = input_vars
        streams: dict[str, dict[str, Any]] = {}
        for dataset, stream in (spec.get("streams") or {}).items():
            streams[dataset] = {"enabled": stream.get("enabled", True) is not False}
            stream_vars = _vars(stream.get("vars"), defaults, ("stream", input_id, dataset))
            if stream_vars:
                streams[dataset]["vars"] = stream_vars
        if streams:
            entry["streams"] = streams
        inputs[input_id] = entry
    if inputs:
        exported["inputs"] = inputs
    return exported


def _vars(values: Any, defaults: Mapping[tuple[str, ...], Any],
          where: tuple[str, ...]) -> dict[str, Any]:
    """Values that differ from the manifest's default (the rest is Fleet's to fill in);
    secrets cannot be read back, so they are left out."""
    if not isinstance(values, Mapping):
        return {}
    return {name: value for name, value in values.items()
            if value is not None and not is_secret_reference(value)
            and value != defaults.get((*where, name))}

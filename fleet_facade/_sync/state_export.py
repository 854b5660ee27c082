# Generated from fleet_facade/_async/state_export.py by scripts/run_unasync.py; do not edit.
"""Adoption: the desired state that describes what a Fleet already holds.

``export_state`` writes the objects ``plan``/``apply`` manage, in the state file's shape, so
that ``plan`` on its output shows every object unchanged: the way to bring a Fleet made by hand
(or by another tool) under plan/apply. What cannot round-trip is left out and said so: managed
(hosted) policies and preconfigured objects (``apply`` may not change them), secret values
(Fleet answers references, not values), and settings a state file does not carry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._endpoint import PACKAGE as ENDPOINT_PACKAGE
from .._endpoint import preset_of
from .._integration_inputs import _inputs_layout
from .._package_policy_fields import agent_policy_ids
from ..workflows._diff import is_secret_reference

if TYPE_CHECKING:
    from .agent_policies import AgentPolicies
    from .fleet_server_hosts import FleetServerHosts
    from .outputs import Outputs
    from .package_policies import PackagePolicies
    from .packages import Packages

#: Fields kept per object kind, besides ``name`` (those a state file names and plan compares).
_HOST_FIELDS = ("host_urls", "is_default", "proxy_id")
_OUTPUT_FIELDS = ("type", "hosts", "is_default", "is_default_monitoring", "proxy_id",
                  "ca_trusted_fingerprint", "config_yaml")


def _plain(model: Any) -> dict[str, Any]:
    return model.to_dict() if hasattr(model, "to_dict") else dict(model)


def _kept(item: Mapping[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    exported = {"name": item["name"]}
    exported.update({k: item[k] for k in names if item.get(k) is not None})
    return exported


class StateExportMixin:
    """``fleet.export_state()``: adopt what a Fleet holds into plan/apply.

    The client's resources it uses are declared below, so that this module does not import
    the client (``Fleet`` inherits this class and sets them in its constructor).
    """

    fleet_server_hosts: FleetServerHosts
    outputs: Outputs
    agent_policies: AgentPolicies
    package_policies: PackagePolicies
    packages: Packages

    def export_state(self) -> dict[str, Any]:
        """The desired state of what this Fleet holds, for adopting it into plan/apply.

        The result has the state file's shape (write it with ``yaml.safe_dump`` or
        ``json.dump``), and :meth:`plan` on it shows every object unchanged. Left out: managed
        (hosted) agent policies and preconfigured outputs and Fleet Server hosts (apply may not
        change them), secret values (Fleet answers references, not values), unset variables
        (Fleet's defaults apply) and agent policy settings other than namespace, description
        and monitoring. Costs 4 listing requests (more for large Fleets).

        Example:
            >>> from fleet_facade import Fleet
            >>> from fleet_facade.sandbox import FleetSandbox
            >>> def main() -> list[str]:
            ...     sb = FleetSandbox()
            ...     with Fleet("http://sandbox", api_key=sb.api_key,
            ...                           transport=sb.transport()) as fleet:
            ...         fleet.agent_policies.create(name="web", namespace="default")
            ...         state = fleet.export_state()
            ...         return [p["name"] for p in state["agent_policies"]]
            >>> main()
            ['web']

        Returns:
            ``{"agent_policies": [...], "outputs": [...], "fleet_server_hosts": [...]}``
            (a kind with nothing to export is left out).
        """
        hosts = [_plain(h) for h in self.fleet_server_hosts.list().to_list()]
        outputs = [_plain(o) for o in self.outputs.list().to_list()]
        policies = [_plain(p) for p in self.agent_policies.list().to_list()]
        package_policies = [_plain(p) for p in
                            self.package_policies.list(format="simplified").to_list()]
        by_policy: dict[str, list[dict[str, Any]]] = {}
        for package_policy in package_policies:
            owners = agent_policy_ids(package_policy)
            if owners:  # shared by several: exported once, with the first (plan attaches the rest)
                by_policy.setdefault(owners[0], []).append(package_policy)
        exported_policies = []
        for policy in policies:
            if policy.get("is_managed") is True:
                continue
            integrations = []
            for package_policy in sorted(by_policy.get(str(policy["id"]), []),
                                         key=lambda p: str(p["name"])):
                package = package_policy.get("package") or {}
                if package["name"] == ENDPOINT_PACKAGE:
                    integrations.append(_endpoint_integration(self, package_policy))
                    continue
                manifest = self.packages.manifest(name=str(package["name"]),
                                                         version=str(package["version"]))
                integrations.append(_integration(package_policy, _defaults(_plain(manifest))))
            exported_policies.append(_policy(policy, integrations))
        state: dict[str, Any] = {
            "agent_policies": exported_policies,
            "outputs": [_kept(o, _OUTPUT_FIELDS) for o in outputs if not o.get("is_preconfigured")],
            "fleet_server_hosts": [_kept(h, _HOST_FIELDS) for h in hosts
                                   if not h.get("is_preconfigured")],
        }
        return {key: value for key, value in state.items() if value}


def _endpoint_integration(fleet: StateExportMixin,
                                package_policy: Mapping[str, Any]) -> dict[str, Any]:
    """Elastic Defend as the state file writes it: its preset (read from the full form; a
    simplified read has no ``config``), not the inputs Kibana filled in."""
    exported = _integration({**package_policy, "inputs": {}}, {})
    full = _plain(fleet.package_policies.get(id=str(package_policy["id"])))
    preset = preset_of(full.get("inputs"))
    if preset is not None:
        exported["preset"] = preset
    return exported


def _policy(policy: Mapping[str, Any], integrations: list[dict[str, Any]]) -> dict[str, Any]:
    exported: dict[str, Any] = {"name": policy["name"], "namespace": policy["namespace"]}
    if policy.get("description") is not None:
        exported["description"] = policy["description"]
    if policy.get("monitoring_enabled") is not None:
        exported["monitoring_enabled"] = list(policy["monitoring_enabled"])
    if integrations:
        exported["integrations"] = integrations
    return exported


def _defaults(manifest: Mapping[str, Any]) -> dict[tuple[str, ...], Any]:
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


def _integration(package_policy: Mapping[str, Any],
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

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
from .._exported_state import (
    HOST_FIELDS,
    OUTPUT_FIELDS,
    exported_integration,
    exported_policy,
    kept_fields,
    manifest_defaults,
)
from .._model_fields import plain
from .._package_policy_fields import agent_policy_ids

if TYPE_CHECKING:
    from .agent_policies import AsyncAgentPolicies
    from .fleet_server_hosts import AsyncFleetServerHosts
    from .outputs import AsyncOutputs
    from .package_policies import AsyncPackagePolicies
    from .packages import AsyncPackages

class StateExportMixin:
    """``fleet.export_state()``: adopt what a Fleet holds into plan/apply.

    The client's resources it uses are declared below, so that this module does not import
    the client (``AsyncFleet`` inherits this class and sets them in its constructor).
    """

    fleet_server_hosts: AsyncFleetServerHosts
    outputs: AsyncOutputs
    agent_policies: AsyncAgentPolicies
    package_policies: AsyncPackagePolicies
    packages: AsyncPackages

    async def export_state(self) -> dict[str, Any]:
        """The desired state of what this Fleet holds, for adopting it into plan/apply.

        The result has the state file's shape (write it with ``yaml.safe_dump`` or
        ``json.dump``), and :meth:`plan` on it shows every object unchanged. Left out: managed
        (hosted) agent policies and preconfigured outputs and Fleet Server hosts (apply may not
        change them), secret values (Fleet answers references, not values), unset variables
        (Fleet's defaults apply) and agent policy settings other than namespace, description
        and monitoring. Costs 4 listing requests (more for large Fleets).

        Example:
            >>> from fleet_facade import AsyncFleet
            >>> from fleet_facade.sandbox import FleetSandbox
            >>> import anyio
            >>> async def main() -> list[str]:
            ...     sb = FleetSandbox()
            ...     async with AsyncFleet("http://sandbox", api_key=sb.api_key,
            ...                           transport=sb.async_transport()) as fleet:
            ...         await fleet.agent_policies.create(name="web", namespace="default")
            ...         state = await fleet.export_state()
            ...         return [p["name"] for p in state["agent_policies"]]
            >>> anyio.run(main)
            ['web']

        Returns:
            ``{"agent_policies": [...], "outputs": [...], "fleet_server_hosts": [...]}``
            (a kind with nothing to export is left out).
        """
        hosts = [plain(h) for h in await self.fleet_server_hosts.list().to_list()]
        outputs = [plain(o) for o in await self.outputs.list().to_list()]
        policies = [plain(p) for p in await self.agent_policies.list().to_list()]
        package_policies = [plain(p) for p in
                            await self.package_policies.list(format="simplified").to_list()]
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
                    integrations.append(await _endpoint_integration(self, package_policy))
                    continue
                manifest = await self.packages.manifest(name=str(package["name"]),
                                                         version=str(package["version"]))
                defaults = manifest_defaults(plain(manifest))
                integrations.append(exported_integration(package_policy, defaults))
            exported_policies.append(exported_policy(policy, integrations))
        state: dict[str, Any] = {
            "agent_policies": exported_policies,
            "outputs": [kept_fields(o, OUTPUT_FIELDS) for o in outputs
                        if not o.get("is_preconfigured")],
            "fleet_server_hosts": [kept_fields(h, HOST_FIELDS) for h in hosts
                                   if not h.get("is_preconfigured")],
        }
        return {key: value for key, value in state.items() if value}


async def _endpoint_integration(fleet: StateExportMixin,
                                package_policy: Mapping[str, Any]) -> dict[str, Any]:
    """Elastic Defend as the state file writes it: its preset (read from the full form; a
    simplified read has no ``config``), not the inputs Kibana filled in."""
    exported = exported_integration({**package_policy, "inputs": {}}, {})
    full = plain(await fleet.package_policies.get(id=str(package_policy["id"])))
    preset = preset_of(full.get("inputs"))
    if preset is not None:
        exported["preset"] = preset
    return exported

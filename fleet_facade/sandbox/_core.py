"""Shared services for the resource handlers: clock, ids, catalog, state and common rules."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ._catalog import Catalog
from ._http import KibanaError
from ._ids import Clock, IdFactory, iso
from ._state import SandboxState

Json = dict[str, Any]

AGENT_POLICY_TYPE = "ingest-agent-policies"
PACKAGE_POLICY_TYPE = "ingest-package-policies"


@dataclass
class FleetCore:
    """Everything a handler needs besides the request."""

    catalog: Catalog
    ids: IdFactory
    clock: Clock
    kibana_version: str
    action_duration: float
    state: SandboxState = field(default_factory=SandboxState)
    lock: threading.RLock = field(default_factory=threading.RLock)

    def now(self) -> datetime:
        """The current time from the injectable clock."""
        return self.clock()

    def now_iso(self) -> str:
        """The current time in Kibana's ISO form."""
        return iso(self.clock())

    def agent_policy(self, policy_id: str) -> Json:
        """A stored agent policy or the saved-object 404 Kibana answers."""
        policy = self.state.agent_policies.get(policy_id)
        if policy is None:
            # The saved-objects client's 404 (core saved-objects errors), which Fleet passes on.
            raise KibanaError(404, f"Saved object [{AGENT_POLICY_TYPE}/{policy_id}] not found")
        return policy

    def touch(self, stored: Json, user: str) -> None:
        """Set ``updated_at``/``updated_by`` and a new saved-object version."""
        stored["updated_at"] = self.now_iso()
        stored["updated_by"] = user
        stored["version"] = self.ids.so_version()

    def bump_agent_policy(self, policy_id: str, user: str) -> None:
        """Raise an agent policy's revision by one (a package policy or setting changed)."""
        policy = self.state.agent_policies.get(policy_id)
        if policy is not None:
            policy["revision"] += 1
            self.touch(policy, user)

    def bump_all_agent_policies(self, user: str) -> None:
        """Raise every agent policy's revision (outputs and settings changes)."""
        for policy_id in list(self.state.agent_policies):
            self.bump_agent_policy(policy_id, user)

    def agent_count(self, policy_id: str) -> int:
        """Active agents assigned to a policy."""
        return sum(1 for a in self.state.agents.values() if a.policy_id == policy_id and a.active)

    def install_package(self, name: str, version: str | None, *, source: str = "registry") -> Json:
        """Install (or keep installed) a catalog package; returns its installation record.

        Raises:
            KibanaError: 404 when the catalog does not hold the package.
        """
        package = self.catalog.get(name, version)
        if package is None:
            # services/epm/packages/get.ts getPackageInfo (PackageNotFoundError); apis/epm/get.ts.
            raise KibanaError(404, f"[{name}] package not installed or found in registry")
        installed = self.state.installed_packages.get(name)
        if installed is not None and installed["version"] == package["version"]:
            return installed
        assets = [
            {"id": f"logs-{ds['dataset']}", "type": "index_template"}
            for ds in package.get("data_streams", [])
        ]
        installed = {
            "name": name,
            "version": package["version"],
            "install_status": "installed",
            "install_source": source,
            "installed_at": self.now_iso(),
            "installed_es": assets,
            "installed_kibana": [],
            "verification_status": "unknown",
        }
        self.state.installed_packages[name] = installed
        return installed

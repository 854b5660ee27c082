"""The package catalog: integration packages in the shape of Kibana's package-info response."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from ._clone import clone

_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$")

#: Packages that ship with the sandbox (JSON files in ``fleet_facade/sandbox/packages``).
BUNDLED_PACKAGES = (
    "nginx-1.5.0.json",
    "nginx-1.6.0.json",
    "system-1.20.4.json",
    # Test fixture (not a real integration) for the missing-required-variable error case.
    "with_required_variables-0.1.0.json",
    # A real integration with a ``secret: true`` variable (see packages/PROVENANCE.md).
    "1password-1.28.0.json",
    # Elastic Defend: no inputs in its manifest; Kibana's security solution fills its one input
    # in when a policy is created (see packages/PROVENANCE.md and _endpoint_policy.py).
    "endpoint-8.17.1.json",
)

PackageSource = str | Path | dict[str, Any]


def is_semver(version: str) -> bool:
    """Whether ``version`` is a valid semantic version."""
    return _SEMVER.match(version) is not None


def is_prerelease(version: str) -> bool:
    """Whether ``version`` carries a pre-release part (``1.0.1-next``); build metadata does not
    count (Kibana's registry search leaves such versions out unless ``prerelease=true``)."""
    match = _SEMVER.match(version)
    return match is not None and match.group(4) is not None


def semver_key(version: str) -> tuple[int, int, int, int, str]:
    """Sort key for semantic versions; a pre-release sorts before its release."""
    match = _SEMVER.match(version)
    if match is None:
        return (0, 0, 0, 0, version)
    major, minor, patch, pre = match.groups()
    return (int(major), int(minor), int(patch), 0 if pre else 1, pre or "")


class Catalog:
    """Package infos by name and version.

    Example:
        >>> catalog = Catalog.bundled()
        >>> catalog.latest("nginx")["version"]
        '1.6.0'
    """

    def __init__(self) -> None:
        self._packages: dict[str, dict[str, dict[str, Any]]] = {}

    @classmethod
    def bundled(cls) -> Catalog:
        """A catalog holding the packages shipped with the sandbox."""
        catalog = cls()
        folder = resources.files("fleet_facade.sandbox.packages")
        for name in BUNDLED_PACKAGES:
            catalog.add(json.loads(folder.joinpath(name).read_text(encoding="utf-8")))
        return catalog

    def add(self, source: PackageSource) -> dict[str, Any]:
        """Add a package from a JSON file path or a dict (``{"item": {...}}`` or the item itself).

        Returns:
            The stored package info.

        Raises:
            ValueError: If the document has no ``name`` or no valid semver ``version``.
        """
        document = source if isinstance(source, dict) else json.loads(Path(source).read_text())
        item: dict[str, Any] = clone(document.get("item", document))
        name, version = item.get("name"), item.get("version")
        if not isinstance(name, str) or not isinstance(version, str) or not is_semver(version):
            raise ValueError("a package needs a name and a semver version")
        item.setdefault("vars", [])
        item.setdefault("policy_templates", [])
        item.setdefault("data_streams", [])
        item.setdefault("type", "integration")
        self._packages.setdefault(name, {})[version] = item
        return item

    def extend(self, sources: Iterable[PackageSource]) -> None:
        """Add several packages."""
        for source in sources:
            self.add(source)

    def names(self) -> list[str]:
        """Package names, sorted."""
        return sorted(self._packages)

    def versions(self, name: str) -> list[str]:
        """Versions of one package, oldest first."""
        return sorted(self._packages.get(name, {}), key=semver_key)

    def get(self, name: str, version: str | None = None) -> dict[str, Any] | None:
        """The package info (not a copy), the latest version when ``version`` is ``None``."""
        versions = self._packages.get(name)
        if not versions:
            return None
        found: dict[str, Any] | None
        found = versions[self.versions(name)[-1]] if version is None else versions.get(version)
        return found

    def latest(self, name: str, *, prerelease: bool = True) -> dict[str, Any] | None:
        """The newest version of a package; with ``prerelease=False`` the newest release
        (Kibana's ``fetchFindLatestPackageOrThrow`` asks the registry with ``prerelease``)."""
        versions = [v for v in self.versions(name) if prerelease or not is_prerelease(v)]
        return self._packages[name][versions[-1]] if versions else None

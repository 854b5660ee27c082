"""Kibana versions: parsing, and the minimum version of each version-dependent feature."""

from __future__ import annotations

import re
from typing import Any

from ._exceptions import InvalidPackageVersionError

_NUMBERS = re.compile(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?")

#: Feature -> first Kibana version that has it.
SPACE_IDS = "9.1.0"
AGENT_SEARCH_AFTER = "9.1.0"
FORMAT_SIMPLIFIED = "8.10.0"
SIMPLIFIED_REQUESTS = "8.5.0"
REUSABLE_PACKAGE_POLICIES = "8.15.0"  # ``policy_ids``: one package policy on several policies


#: The package version that means "the registry's newest" (see ``fleet.packages``).
LATEST = "latest"

# Kibana checks package versions with node-semver's ``valid`` (server/routes/epm/handlers.ts);
# the registry names versions in strict semver, so the ``v`` prefix semver tolerates is refused.
_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
                     r"(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$")


def check_package_version(package: str, version: str | None) -> None:
    """Refuse a package version that is neither ``None``, ``"latest"`` nor semantic.

    Raises:
        InvalidPackageVersionError: Naming the package and the version; nothing was sent.
    """
    if version is None or version == LATEST:
        return
    if not isinstance(version, str) or not _SEMVER.match(version):
        raise InvalidPackageVersionError(
            "not a semantic version such as '1.5.0', nor 'latest' (omit it for the "
            "installed version, else the latest)",
            package=package, version=version if isinstance(version, str) else repr(version),
        )


def named_version(value: Any) -> str | None:
    """A package info's version field (``version``, ``latestVersion``), if it names one."""
    return value if isinstance(value, str) and value else None


def parse_version(version: str) -> tuple[int, int, int]:
    """``"9.1.0-SNAPSHOT"`` -> ``(9, 1, 0)``; unparsable parts count as 0."""
    found = _NUMBERS.match(version.strip())
    if not found:
        return (0, 0, 0)
    major, minor, patch = (int(part) if part else 0 for part in found.groups())
    return (major, minor, patch)

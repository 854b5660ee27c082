"""Asking Kibana for a package's info (its manifest), and reading the versions it names."""

from __future__ import annotations

from typing import Any

# Kibana routes ``/epm/packages/{pkgName}/{pkgVersion?}``: without the version it answers the
# installed version if there is one, else the registry's latest, in one request
# (x-pack/platform/plugins/shared/fleet/server/services/epm/packages/get.ts getPackageInfo).
INFO = "get-fleet-epm-packages-pkgname"
INFO_OF_VERSION = "get-fleet-epm-packages-pkgname-pkgversion"


def version_text(value: Any) -> str | None:
    """A version field of the package info (``version``, ``latestVersion``), if it names one."""
    return value if isinstance(value, str) and value else None

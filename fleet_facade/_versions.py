"""Kibana versions: parsing, and the minimum version of each version-dependent feature."""

from __future__ import annotations

import re

_NUMBERS = re.compile(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?")

#: Feature -> first Kibana version that has it.
SPACE_IDS = "9.1.0"
AGENT_SEARCH_AFTER = "9.1.0"
FORMAT_SIMPLIFIED = "8.10.0"
SIMPLIFIED_REQUESTS = "8.5.0"


def parse_version(version: str) -> tuple[int, int, int]:
    """``"9.1.0-SNAPSHOT"`` -> ``(9, 1, 0)``; unparsable parts count as 0."""
    found = _NUMBERS.match(version.strip())
    if not found:
        return (0, 0, 0)
    major, minor, patch = (int(part) if part else 0 for part in found.groups())
    return (major, minor, patch)


def newest(versions: list[str]) -> str:
    """The highest semantic version among ``versions`` (pre-releases rank below releases)."""

    def key(version: str) -> tuple[tuple[int, int, int], int]:
        return parse_version(version), 0 if "-" in version else 1

    return max(versions, key=key)

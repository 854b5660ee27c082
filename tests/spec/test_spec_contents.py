"""What the committed spec says, and what it must not say."""

from __future__ import annotations

import json
from typing import Any

from .conftest import SPEC

NAME_MAPS = {"properties", "paths", "responses", "content", "schemas", "mapping"}


def _load() -> dict[str, Any]:
    return json.loads(SPEC.read_text())


def _keywords(node: Any, names: bool = False) -> set[str]:
    """OpenAPI keywords used anywhere (names of properties, paths … excluded)."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if not names:
                found.add(key)
            found |= _keywords(value, names=not names and key in NAME_MAPS)
    elif isinstance(node, list):
        for value in node:
            found |= _keywords(value)
    return found


def test_spec_has_no_upstream_prose() -> None:
    doc = _load()
    for path_item in doc["paths"].values():
        for op in path_item.values():
            for status, response in op["responses"].items():
                # The one description left: the reason phrase OpenAPI requires on a response.
                assert response.pop("description") in {"OK", "Bad Request", "Unauthorized",
                    "Forbidden", "Not Found", "Conflict", "Too Many Requests",
                    "Internal Server Error", "Bad Gateway", "Service Unavailable",
                    "Accepted", "No Content", "Response"}, status
    assert not _keywords(doc) & {"description", "examples", "example", "externalDocs"}


def test_spec_covers_128_fleet_operations() -> None:
    doc = _load()
    ops = [(m, p) for p, item in doc["paths"].items() for m in item]
    assert len(ops) == 128
    assert all(p.startswith("/api/fleet/") for _, p in ops)
    assert len({item[m]["operationId"] for p, item in doc["paths"].items() for m in item}) == 128


def test_entities_have_stable_names() -> None:
    schemas = _load()["components"]["schemas"]
    for name in ("AgentPolicy", "PackagePolicy", "PackagePolicyRequest", "EnrollmentApiKey",
                 "Agent", "Output", "FleetServerHost", "Proxy", "DownloadSource",
                 "FleetSettings", "UninstallToken", "PackageInfo", "KibanaError",
                 "AgentStatusSummary", "ActionStatus", "FullAgentPolicy"):
        assert name in schemas, name


def test_responses_tolerate_other_server_versions() -> None:
    text = SPEC.read_text()
    doc = json.loads(text)
    assert '"additionalProperties": false' not in text
    assert '"default":' not in text
    schemas = doc["components"]["schemas"]
    assert schemas["EnrollmentApiKey"].get("required", []) == ["id"]
    assert "is_protected" not in schemas["AgentPolicy"].get("required", [])

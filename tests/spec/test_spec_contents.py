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


# Upstream's 128 Fleet operations, plus the versionless form of the four package operations
# whose ``{pkgVersion}`` upstream marks optional (spec_steps.split_optional_path_parameters).
FLEET_OPERATIONS = 128 + 4


def test_spec_covers_every_fleet_operation() -> None:
    doc = _load()
    ops = [(m, p) for p, item in doc["paths"].items() for m in item]
    assert len(ops) == FLEET_OPERATIONS
    assert all(p.startswith("/api/fleet/") for _, p in ops)
    ids = {item[m]["operationId"] for p, item in doc["paths"].items() for m in item}
    assert len(ids) == FLEET_OPERATIONS


def test_package_operations_exist_with_and_without_a_version() -> None:
    paths = _load()["paths"]
    versionless = paths["/api/fleet/epm/packages/{pkgName}"]
    versioned = paths["/api/fleet/epm/packages/{pkgName}/{pkgVersion}"]
    assert sorted(versionless) == sorted(versioned) == ["delete", "get", "post", "put"]
    for method, op in versionless.items():
        assert op["operationId"] == versioned[method]["operationId"].removesuffix("-pkgversion")
        in_path = [p["name"] for p in op["parameters"] if p["in"] == "path"]
        assert in_path == ["pkgName"]
        version = [p for p in versioned[method]["parameters"] if p["name"] == "pkgVersion"]
        assert version == [{"in": "path", "name": "pkgVersion", "required": True,
                            "schema": {"type": "string"}}]
        assert op["responses"] == versioned[method]["responses"]


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

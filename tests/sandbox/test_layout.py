"""The sandbox is laid out by API area: every spec operation is routed, by the module of its tag.

The tag -> module mapping is ``fleet_facade.sandbox.routes.MODULES_BY_TAG``; its keys are the
generator's folder names (``generated/fleet_api_client/api/<tag>/``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from fleet_facade.sandbox import FleetSandbox
from fleet_facade.sandbox.routes import MODULES_BY_TAG

ROOT = Path(__file__).resolve().parents[2]
_METHODS = ("get", "post", "put", "delete", "patch", "head", "options")


def _folder(tag: str) -> str:
    """The folder openapi-python-client names after a tag (``Fleet Server hosts`` ->
    ``fleet_server_hosts``); untagged operations go to ``default``."""
    return "_".join(re.findall(r"[a-z0-9]+", tag.lower()))


def _spec_operations() -> dict[tuple[str, str], str]:
    spec = json.loads((ROOT / "spec" / "fleet-openapi.json").read_text())
    operations = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in _METHODS:
                tags = operation.get("tags") or ["default"]
                assert len(tags) == 1, (method, path, tags)
                operations[(method.upper(), path)] = _folder(tags[0])
    return operations


def test_the_mapping_names_every_generated_tag_folder() -> None:
    folders = {
        entry.name
        for entry in (ROOT / "generated" / "fleet_api_client" / "api").iterdir()
        if entry.is_dir() and not entry.name.startswith("_")
    }
    assert set(MODULES_BY_TAG) == folders
    assert set(MODULES_BY_TAG) == set(_spec_operations().values())


def test_every_spec_operation_is_routed_by_the_module_of_its_tag() -> None:
    router = FleetSandbox(seed=1)._app.router
    routed = {(route.method, route.template): route for route in router.routes}
    operations = _spec_operations()
    assert len(operations) > 100
    missing = sorted(key for key in operations if key not in routed)
    assert missing == []
    misplaced = sorted(
        (method, path, routed[(method, path)].handler.__module__, MODULES_BY_TAG[tag].__name__)
        for (method, path), tag in operations.items()
        if routed[(method, path)].handler.__module__ != MODULES_BY_TAG[tag].__name__
    )
    assert misplaced == []


def test_routes_outside_the_spec_are_few_and_known() -> None:
    router = FleetSandbox(seed=1)._app.router
    operations = _spec_operations()
    extra = sorted(
        (route.method, route.template)
        for route in router.routes
        if (route.method, route.template) not in operations
    )
    # Kibana's /api/status and its deprecated agent-status route (the versionless EPM package
    # routes are in the spec: spec_steps.split_optional_path_parameters).
    assert extra == [
        ("GET", "/api/fleet/agent-status"),
        ("GET", "/api/status"),
    ]


def test_each_route_module_routes_only_its_own_tag() -> None:
    router = FleetSandbox(seed=1)._app.router
    operations = _spec_operations()
    for tag, module in MODULES_BY_TAG.items():
        own = {
            (route.method, route.template)
            for route in router.routes
            if route.handler.__module__ == module.__name__
        }
        expected = {key for key, owner in operations.items() if owner == tag}
        # Besides its tag's operations, a module may serve only routes the spec does not list.
        assert own >= expected, tag
        assert not (own - expected) & set(operations), tag

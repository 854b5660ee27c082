"""The sandbox router ranks templates as Kibana's router (hapi) does, whatever the order.

hapi sorts its routing table so that registration order does not matter: a literal segment
beats a ``{param}``, which beats a ``{param*}`` (https://hapi.dev/api/#path-matching-order).
"""

from __future__ import annotations

import pytest

from fleet_facade.sandbox import FleetSandbox
from fleet_facade.sandbox._router import Ctx, Route, Router


def _handler(_ctx: Ctx) -> None:
    return None


def _copy(routes: list[Route]) -> Router:
    router = Router()
    for route in routes:
        # Templates with "{name*}" were registered so; the stored template lost the "*".
        template = route.template
        if route.wildcard:
            template = template[: -len("}")] + "*}"
        router.add(
            route.method,
            template,
            route.handler,
            versioned=route.versioned,
            raw_body=route.raw_body,
        )
    return router


def _sample_paths(routes: list[Route]) -> set[tuple[str, str]]:
    """Each template with its parameters filled by a plain value and by every literal that
    some other template has at that position (``installed`` for ``{pkgName}``...)."""
    literals: dict[int, set[str]] = {}
    for route in routes:
        for index, (rank, text) in enumerate(route.segments):
            if rank == 0:
                literals.setdefault(index, set()).add(text)
    paths: set[tuple[str, str]] = set()
    for route in routes:
        variants: list[list[str]] = [[]]
        for index, (rank, text) in enumerate(route.segments):
            choices = [text] if rank == 0 else ["some-id", *sorted(literals.get(index, ()))]
            if rank == 2:
                choices.append("docs/README.md")
            variants = [[*done, choice] for done in variants for choice in choices][:400]
        for parts in variants:
            paths.add((route.method, "/" + "/".join(parts)))
    return paths


def _matched(router: Router, method: str, path: str) -> tuple[str, dict[str, str]] | None:
    found = router.match(method, path)
    return None if found is None else (found[0].template, found[1])


def test_registration_order_does_not_change_any_match() -> None:
    routes = FleetSandbox(seed=1)._app.router.routes
    forward, backward = _copy(routes), _copy(list(reversed(routes)))
    paths = _sample_paths(routes)
    assert len(paths) > len(routes)
    differences = [
        (method, path, _matched(forward, method, path), _matched(backward, method, path))
        for method, path in sorted(paths)
        if _matched(forward, method, path) != _matched(backward, method, path)
    ]
    assert differences == []


@pytest.mark.parametrize("reverse", [False, True])
def test_a_literal_segment_wins_over_a_parameter(reverse: bool) -> None:
    templates = [
        "/api/fleet/epm/packages/{pkgName}",
        "/api/fleet/epm/packages/installed",
        "/api/fleet/epm/packages/{pkgName}/{pkgVersion}",
        "/api/fleet/epm/packages/{pkgName}/stats",
        "/api/fleet/epm/packages/_bulk_upgrade/{taskId}",
        "/api/fleet/epm/packages/{pkgName}/{pkgVersion}/{filePath*}",
    ]
    router = Router()
    for template in reversed(templates) if reverse else templates:
        router.add("GET", template, _handler)
    base = "/api/fleet/epm/packages"
    assert _matched(router, "GET", f"{base}/installed") == (f"{base}/installed", {})
    assert _matched(router, "GET", f"{base}/nginx") == (f"{base}/{{pkgName}}", {"pkgName": "nginx"})
    assert _matched(router, "GET", f"{base}/nginx/stats") == (
        f"{base}/{{pkgName}}/stats",
        {"pkgName": "nginx"},
    )
    assert _matched(router, "GET", f"{base}/_bulk_upgrade/t1") == (
        f"{base}/_bulk_upgrade/{{taskId}}",
        {"taskId": "t1"},
    )
    assert _matched(router, "GET", f"{base}/nginx/1.0.0") == (
        f"{base}/{{pkgName}}/{{pkgVersion}}",
        {"pkgName": "nginx", "pkgVersion": "1.0.0"},
    )
    assert _matched(router, "GET", f"{base}/nginx/1.0.0/docs/README.md/") == (
        f"{base}/{{pkgName}}/{{pkgVersion}}/{{filePath}}",
        {"pkgName": "nginx", "pkgVersion": "1.0.0", "filePath": "docs/README.md"},
    )


def test_trailing_slash_and_empty_segments() -> None:
    router = Router()
    router.add("GET", "/api/fleet/agents", _handler)
    router.add("GET", "/api/fleet/agents/{agentId}", _handler)
    assert _matched(router, "GET", "/api/fleet/agents/") == ("/api/fleet/agents", {})
    assert _matched(router, "GET", "/api/fleet/agents//") is None
    assert _matched(router, "GET", "/api/fleet/agents/%0A") == (
        "/api/fleet/agents/{agentId}",
        {"agentId": "%0A"},
    )
    assert _matched(router, "POST", "/api/fleet/agents") is None


def test_two_templates_of_one_shape_are_refused() -> None:
    router = Router()
    router.add("GET", "/api/fleet/agents/{agentId}", _handler)
    router.add("PUT", "/api/fleet/agents/{id}", _handler)
    with pytest.raises(ValueError, match="already routed"):
        router.add("GET", "/api/fleet/agents/{id}", _handler)

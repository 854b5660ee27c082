"""Workflow tests reuse the facade fixtures (sync and async clients over one sandbox)."""

from __future__ import annotations

import pytest

from fleet_facade.sandbox import FleetSandbox
from tests.facade.conftest import (  # noqa: F401  (fixtures)
    anyio_backend,
    flavor,
    fleet,
    make_fleet,
    sleeps,
)

NGINX_ACCESS_TAGS = {"nginx-logfile": {"streams": {"nginx.access": {"vars": {"tags": ["x"]}}}}}


@pytest.fixture
def sandbox() -> FleetSandbox:
    # Agent actions finish as soon as they are looked at, so waits end without real time.
    return FleetSandbox(seed=7, action_duration=0.0, validate_responses=True)


def stored(sandbox: FleetSandbox) -> dict[str, int]:
    """What a workflow could leave behind."""
    active_keys = sum(1 for k in sandbox.state.enrollment_api_keys.values() if k.get("active"))
    return {
        "agent_policies": sandbox.count("agent_policies"),
        "package_policies": sandbox.count("package_policies"),
        "active_enrollment_keys": active_keys,
    }

"""``package_policies.get_simplified``/``list_simplified``: the simplified form on every Kibana
version, read with ``?format=simplified`` from 8.10 and converted from the full form before."""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade.sandbox import FleetSandbox

from .conftest import NGINX_ACCESS_TAGS


@pytest.fixture(params=["8.9.0", "8.13.0"])
def version(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sandbox(version: str) -> FleetSandbox:
    return FleetSandbox(seed=7, kibana_version=version)


def test_both_reads_give_the_simplified_form(fleet: Any, sandbox: FleetSandbox,
                                             version: str) -> None:
    policy = fleet.agent_policies.create(name="Web", namespace="default")
    created = fleet.package_policies.create(name="nginx-web", package="nginx", version="1.5.0",
                                            policy_id=policy.id, inputs=NGINX_ACCESS_TAGS)

    assert fleet.server_version() == version  # known: before 8.10 nothing asks for the format
    one = fleet.package_policies.get_simplified(id=created.id)
    [listed] = fleet.package_policies.list_simplified()

    assert one == listed
    access = one["inputs"]["nginx-logfile"]["streams"]["nginx.access"]
    assert access["vars"]["tags"] == ["x"]
    formats = {r.query.get("format") for r in sandbox.requests
               if r.method == "GET" and r.path.startswith("/api/fleet/package_policies")}
    assert formats == ({None} if version == "8.9.0" else {"simplified"})

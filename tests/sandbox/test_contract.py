"""Responses checked against the pinned spec (validate_responses=True)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from fleet_facade.sandbox import FleetSandbox
from fleet_facade.sandbox._contract import ContractViolation, locate_spec
from fleet_facade.sandbox._http import SandboxResponse


def _spec_ready() -> bool:
    try:
        return bool(json.loads(locate_spec().read_text()).get("paths"))
    except FileNotFoundError:
        return False


pytestmark = pytest.mark.skipif(
    not _spec_ready(), reason="spec/fleet-openapi.json not generated yet"
)


def _exercise(http: httpx.Client, sandbox: FleetSandbox) -> None:
    policy = http.post(
        "/api/fleet/agent_policies",
        params={"sys_monitoring": "true"},
        json={
            "name": "Agent policy 1",
            "namespace": "default",
            "monitoring_enabled": ["logs", "metrics"],
        },
    ).json()["item"]
    inputs = {"nginx-logfile": {"streams": {"nginx.access": {"vars": {"tags": ["x"]}}}}}
    body = {
        "name": "n",
        "policy_id": policy["id"],
        "package": {"name": "nginx", "version": "1.5.0"},
    }
    http.post("/api/fleet/package_policies", json={**body, "inputs": inputs})
    http.post(
        "/api/fleet/package_policies", params={"format": "simplified"}, json={**body, "name": "m"}
    )
    sandbox.add_agents(3, policy_id=policy["id"])
    agent_id = next(iter(sandbox.state.agents))
    for path in (
        f"/api/fleet/agent_policies/{policy['id']}",
        "/api/fleet/agent_policies?full=true",
        f"/api/fleet/agent_policies/{policy['id']}/full",
        "/api/fleet/package_policies",
        "/api/fleet/enrollment_api_keys",
        "/api/fleet/outputs",
        "/api/fleet/fleet_server_hosts",
        "/api/fleet/agent_download_sources",
        "/api/fleet/settings",
        "/api/fleet/uninstall_tokens",
        "/api/fleet/epm/packages",
        "/api/fleet/epm/packages/installed",
        "/api/fleet/agents?openPit=true&pitKeepAlive=1m",
        f"/api/fleet/agents/{agent_id}",
        "/api/fleet/agent_status",
        "/api/fleet/agents/available_versions",
        "/api/fleet/agents/setup",
        "/api/fleet/agent_policies/missing",
    ):
        http.get(path)
    http.post(f"/api/fleet/agents/{agent_id}/upgrade", json={"version": "9.1.0"})
    http.get("/api/fleet/agents/action_status")
    http.post("/api/fleet/agent_policies", json={"name": "Agent policy 1", "namespace": "default"})


def test_in_process_responses_match_the_spec() -> None:
    sandbox = FleetSandbox(seed=1, validate_responses=True)
    with sandbox.client() as http:
        _exercise(http, sandbox)
    assert sandbox.contract_violations == []


def test_real_server_responses_match_the_spec() -> None:
    sandbox = FleetSandbox(seed=1, validate_responses=True)
    with sandbox, httpx.Client(base_url=sandbox.url, headers=sandbox.auth_headers()) as http:
        _exercise(http, sandbox)
    assert sandbox.contract_violations == []


def test_a_violation_raises_in_process_and_answers_500_on_the_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fleet_facade.sandbox import _crud

    def broken(ctx: object) -> SandboxResponse:
        return SandboxResponse(
            200, b'{"items": "not a list"}', {"content-type": "application/json"}
        )

    monkeypatch.setattr(_crud.CrudCollection, "list", lambda self, ctx: broken(ctx))
    sandbox = FleetSandbox(validate_responses=True)
    with sandbox.client() as http, pytest.raises(ContractViolation):
        http.get("/api/fleet/outputs")
    with sandbox, httpx.Client(base_url=sandbox.url, headers=sandbox.auth_headers()) as http:
        response = http.get("/api/fleet/outputs")
    assert response.status_code == 500
    assert "/api/fleet/outputs" in response.json()["message"]
    assert len(sandbox.contract_violations) == 2


def test_spec_is_located_in_the_repo() -> None:
    assert locate_spec().name == "fleet-openapi.json"
    assert Path(locate_spec()).is_file()

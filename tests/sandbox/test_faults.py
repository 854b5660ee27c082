"""Fault injection over both serving modes."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from fleet_facade.sandbox import FleetSandbox

PP = "/api/fleet/package_policies"


def _nginx_body(policy_id: str, name: str = "nginx-1") -> dict[str, object]:
    return {"name": name, "policy_id": policy_id, "package": {"name": "nginx", "version": "1.5.0"}}


def _policy(client: httpx.Client) -> str:
    response = client.post("/api/fleet/agent_policies", json={"name": "p", "namespace": "default"})
    return str(response.json()["item"]["id"])


def test_fail_next_two_posts_then_succeed(any_client: httpx.Client, sandbox: FleetSandbox) -> None:
    policy_id = _policy(any_client)
    rule = sandbox.faults.add(method="POST", path=PP, status=503, times=2, retry_after=1)
    statuses = [any_client.post(PP, json=_nginx_body(policy_id)).status_code for _ in range(3)]
    assert statuses == [503, 503, 200]
    assert rule.fired == 2
    assert sandbox.count("package_policies") == 1
    failed = [r for r in sandbox.requests if r.fault]
    assert [r.status for r in failed] == [503, 503]


def test_error_envelope_and_retry_after(client: httpx.Client, sandbox: FleetSandbox) -> None:
    sandbox.faults.add(path="/api/fleet/agent_policies", status=429, retry_after=2, times=1)
    response = client.get("/api/fleet/agent_policies")
    assert response.status_code == 429
    assert response.headers["retry-after"] == "2"
    assert response.json() == {
        "statusCode": 429,
        "error": "Too Many Requests",
        "message": "Too Many Requests",
    }


def test_apply_first_performs_the_create(any_client: httpx.Client, sandbox: FleetSandbox) -> None:
    policy_id = _policy(any_client)
    sandbox.faults.add(method="POST", path=PP, status=503, times=1, apply_first=True)
    assert any_client.post(PP, json=_nginx_body(policy_id)).status_code == 503
    assert sandbox.count("package_policies") == 1  # created although the client saw 503
    retry = any_client.post(PP, json=_nginx_body(policy_id))
    assert retry.status_code == 409  # the naive retry collides with its own first attempt


def test_dropped_connection_in_process(client: httpx.Client, sandbox: FleetSandbox) -> None:
    policy_id = _policy(client)
    sandbox.faults.add(method="POST", path=PP, drop=True, times=1, apply_first=True)
    with pytest.raises(httpx.RemoteProtocolError):
        client.post(PP, json=_nginx_body(policy_id))
    assert sandbox.count("package_policies") == 1
    assert sandbox.requests[-1].status == 0


def test_dropped_connection_on_real_server(
    live_client: httpx.Client, sandbox: FleetSandbox
) -> None:
    policy_id = _policy(live_client)
    sandbox.faults.add(method="POST", path=PP, drop=True, times=1)
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        live_client.post(PP, json=_nginx_body(policy_id))
    assert sandbox.count("package_policies") == 0
    assert live_client.post(PP, json=_nginx_body(policy_id)).status_code == 200


def test_latency(client: httpx.Client, sandbox: FleetSandbox) -> None:
    sandbox.faults.add(path="/api/fleet/outputs", latency=0.05)
    started = time.perf_counter()
    assert client.get("/api/fleet/outputs").status_code == 200
    assert time.perf_counter() - started >= 0.05


def test_glob_path_and_method_filter(client: httpx.Client, sandbox: FleetSandbox) -> None:
    sandbox.faults.add(method="GET", path="/api/fleet/agent_policies/*/full", status=502)
    policy_id = _policy(client)
    assert client.get(f"/api/fleet/agent_policies/{policy_id}/full").status_code == 502
    assert client.get(f"/api/fleet/agent_policies/{policy_id}").status_code == 200


def test_rate_is_seeded_and_roughly_right() -> None:
    outcomes = []
    for _ in range(2):
        sandbox = FleetSandbox(seed=3)
        sandbox.faults.add(path="/api/fleet/outputs", status=503, rate=0.3)
        with sandbox.client() as http:
            outcomes.append([http.get("/api/fleet/outputs").status_code for _ in range(200)])
    assert outcomes[0] == outcomes[1]
    assert 30 <= outcomes[0].count(503) <= 90


def test_clear_removes_rules(client: httpx.Client, sandbox: FleetSandbox) -> None:
    sandbox.faults.add(status=503)
    assert client.get("/api/fleet/outputs").status_code == 503
    sandbox.faults.clear()
    assert client.get("/api/fleet/outputs").status_code == 200


def test_async_transport_with_faults(sandbox: FleetSandbox) -> None:
    async def scenario() -> list[int]:
        sandbox.faults.add(path="/api/fleet/outputs", status=503, times=1, latency=0.01)
        async with httpx.AsyncClient(
            transport=sandbox.async_transport(),
            base_url="http://sb",
            headers=sandbox.auth_headers(),
        ) as http:
            return [(await http.get("/api/fleet/outputs")).status_code for _ in range(2)]

    assert asyncio.run(scenario()) == [503, 200]

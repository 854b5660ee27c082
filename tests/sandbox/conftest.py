"""Fixtures: a seeded sandbox, an in-process client and a client over real loopback HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from fleet_facade.sandbox import FleetSandbox


@pytest.fixture
def sandbox() -> Iterator[FleetSandbox]:
    """A fresh sandbox with reproducible ids; fails the test if a handler crashed."""
    sb = FleetSandbox(seed=7)
    yield sb
    assert sb.errors == []


@pytest.fixture
def client(sandbox: FleetSandbox) -> Iterator[httpx.Client]:
    """Plain httpx over the in-process transport, authenticated, with kbn-xsrf."""
    with httpx.Client(
        transport=sandbox.transport(), base_url="http://sandbox", headers=sandbox.auth_headers()
    ) as http:
        yield http


@pytest.fixture
def live_client(sandbox: FleetSandbox) -> Iterator[httpx.Client]:
    """Plain httpx over real loopback HTTP."""
    with sandbox, httpx.Client(base_url=sandbox.url, headers=sandbox.auth_headers()) as http:
        yield http


@pytest.fixture(params=["in-process", "loopback"])
def any_client(request: pytest.FixtureRequest, sandbox: FleetSandbox) -> Iterator[httpx.Client]:
    """Both serving modes, one after the other."""
    if request.param == "in-process":
        with httpx.Client(
            transport=sandbox.transport(), base_url="http://sandbox", headers=sandbox.auth_headers()
        ) as http:
            yield http
    else:
        with sandbox, httpx.Client(base_url=sandbox.url, headers=sandbox.auth_headers()) as http:
            yield http


@pytest.fixture
def agent_policy(client: httpx.Client) -> dict[str, object]:
    """An agent policy created through the API."""
    response = client.post(
        "/api/fleet/agent_policies", json={"name": "Policy A", "namespace": "default"}
    )
    assert response.status_code == 200, response.text
    item: dict[str, object] = response.json()["item"]
    return item

"""Errors about an answer that arrived parsed name the request by method and path."""

from __future__ import annotations

import httpx
import pytest

from fleet_facade import Fleet, UnexpectedResponseError
from fleet_facade._envelopes import item_of
from fleet_facade._ops import operation_ids, route


def test_every_operation_has_a_method_and_a_fleet_path() -> None:
    routes = {op: route(op) for op in operation_ids()}
    assert len(routes) >= 130
    assert {method for method, _ in routes.values()} == {"GET", "POST", "PUT", "DELETE"}
    # Paths come out of the generated code, with their ids as placeholders.
    assert all(path.startswith("/api/") for _, path in routes.values())
    assert route("get-fleet-agents-agentid") == ("GET", "/api/fleet/agents/{agent_id}")
    assert route("put-fleet-package-policies-packagepolicyid") == (
        "PUT", "/api/fleet/package_policies/{package_policy_id}")


def test_a_name_that_is_no_operation_is_kept_as_given() -> None:
    assert route("a listing") == ("", "a listing")


def test_an_envelope_without_its_item_names_the_route() -> None:
    with pytest.raises(UnexpectedResponseError, match="no 'item'") as caught:
        item_of({"nothing": 1}, "get-fleet-agent-policies-agentpolicyid")
    error = caught.value
    assert (error.method, error.path, error.status) == (
        "GET", "/api/fleet/agent_policies/{agent_policy_id}", 200)


def test_a_client_call_answered_without_item_raises_with_the_route() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/status":
            return httpx.Response(200, json={"version": {"number": "8.13.0"}})
        return httpx.Response(200, json={"unexpected": True})

    fleet = Fleet("http://k", api_key="k", transport=httpx.MockTransport(answer))
    with fleet, pytest.raises(UnexpectedResponseError) as caught:
        fleet.agent_policies.get(id="p1")
    assert caught.value.method == "GET"
    assert caught.value.path.startswith("/api/fleet/agent_policies/")

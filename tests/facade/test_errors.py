"""Each exception class from the sandbox's real error responses, Kibana's message preserved."""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FleetError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)


def test_bad_request(fleet: Any) -> None:
    with pytest.raises(BadRequestError) as caught:
        fleet.agent_policies.create(name="   ")
    assert caught.value.status == 400
    assert caught.value.message in str(caught.value)


def test_authentication_error_does_not_leak_the_key(make_fleet: Any) -> None:
    fleet = make_fleet(api_key="d3Jvbmc6a2V5")
    with pytest.raises(AuthenticationError) as caught:
        fleet.agent_policies.get(id="x")
    assert "unable to authenticate with provided credentials" in str(caught.value)
    assert "d3Jvbmc6a2V5" not in repr(caught.value) + str(caught.value)


def test_permission_denied(fleet: Any, sandbox: Any) -> None:
    sandbox.faults.add(path="/api/fleet/settings", status=403, message="Forbidden", times=1)
    with pytest.raises(PermissionDeniedError, match="Forbidden"):
        fleet.settings.get()


def test_not_found_and_conflict(fleet: Any) -> None:
    with pytest.raises(NotFoundError, match="Enrollment"):
        fleet.enrollment_tokens.get(id="missing")
    policy = fleet.agent_policies.create(name="a")
    fleet.enrollment_tokens.create(policy_id=policy.id, name="t")
    with pytest.raises(ConflictError) as caught:
        fleet.enrollment_tokens.create(policy_id=policy.id, name="t")
    assert "An enrollment key named t already exists" in str(caught.value)


def test_rate_limit_carries_retry_after(make_fleet: Any, sandbox: Any) -> None:
    fleet = make_fleet(max_retries=0)
    sandbox.faults.add(path="/api/fleet/agent_policies", status=429, retry_after=7, times=1)
    with pytest.raises(RateLimitError) as caught:
        fleet.agent_policies.list().to_list()
    assert caught.value.retry_after == 7


def test_server_error_from_html_proxy_page(make_fleet: Any, sandbox: Any) -> None:
    fleet = make_fleet(max_retries=0)
    sandbox.faults.add(path="/api/fleet/outputs", status=502, times=1)
    with pytest.raises(ServerError) as caught:
        fleet.outputs.list().to_list()
    assert isinstance(caught.value, APIStatusError) and isinstance(caught.value, FleetError)
    assert caught.value.status == 502


def test_html_body_on_success_is_an_unexpected_response() -> None:
    import httpx

    from fleet_facade import Fleet

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, text="<html>proxy login</html>", headers={"content-type": "text/html"}
        )

    fleet = Fleet("https://k.example", api_key="k", transport=httpx.MockTransport(handler))
    with pytest.raises(UnexpectedResponseError) as caught:
        fleet.agent_policies.get(id="p")
    assert caught.value.status == 200 and "text/html" in str(caught.value)


def test_html_error_body_is_handled() -> None:
    import httpx

    from fleet_facade import Fleet

    def handler(request: httpx.Request) -> httpx.Response:
        page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
        return httpx.Response(502, text=page, headers={"content-type": "text/html"})

    fleet = Fleet(
        "https://k.example", api_key="k", transport=httpx.MockTransport(handler), max_retries=0
    )
    with pytest.raises(ServerError, match="502 Bad Gateway"):
        fleet.agent_policies.get(id="p")

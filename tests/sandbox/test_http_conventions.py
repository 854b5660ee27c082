"""Auth, kbn-xsrf, API version header, spaces and /api/status (reference section 1)."""

from __future__ import annotations

import base64

import httpx

from fleet_facade.sandbox import FleetSandbox

from ._helpers import assert_error


def test_no_credentials_answer_401(sandbox: FleetSandbox) -> None:
    with httpx.Client(transport=sandbox.transport(), base_url="http://sb") as http:
        # Reference examples/12: {"statusCode":401,"error":"Unauthorized","message":"Unauthorized"}
        assert_error(http.get("/api/fleet/agent_policies"), 401, "Unauthorized")


def test_auth_runs_before_the_xsrf_check(sandbox: FleetSandbox) -> None:
    with httpx.Client(transport=sandbox.transport(), base_url="http://sb") as http:
        response = http.post(
            "/api/fleet/agent_policies", json={"name": "a", "namespace": "default"}
        )
    assert response.status_code == 401


def test_wrong_api_key_answers_401(sandbox: FleetSandbox) -> None:
    headers = {"Authorization": "ApiKey " + base64.b64encode(b"id:wrong").decode()}
    with httpx.Client(transport=sandbox.transport(), base_url="http://sb", headers=headers) as http:
        response = http.get("/api/fleet/agent_policies")
    assert response.status_code == 401
    assert response.json()["error"] == "Unauthorized"


def test_basic_and_bearer_auth_work(sandbox: FleetSandbox) -> None:
    for scheme in ("basic", "bearer", "apikey"):
        headers = sandbox.auth_headers(scheme)
        with httpx.Client(
            transport=sandbox.transport(), base_url="http://sb", headers=headers
        ) as http:
            assert http.get("/api/fleet/agent_policies").status_code == 200


def test_configured_credentials_are_used() -> None:
    key = base64.b64encode(b"my-id:my-secret").decode()
    sandbox = FleetSandbox(api_key=key, username="admin", password="pw")
    assert sandbox.api_key == key
    auth = httpx.BasicAuth("admin", "pw")
    with httpx.Client(transport=sandbox.transport(), base_url="http://sb", auth=auth) as http:
        assert http.get("/api/fleet/agent_policies").status_code == 200


def test_default_api_key_is_base64_of_id_and_secret(sandbox: FleetSandbox) -> None:
    key_id, _, secret = base64.b64decode(sandbox.api_key).decode().partition(":")
    assert key_id and secret


def test_missing_xsrf_header_answers_400(sandbox: FleetSandbox) -> None:
    headers = {"Authorization": f"ApiKey {sandbox.api_key}"}
    with httpx.Client(transport=sandbox.transport(), base_url="http://sb", headers=headers) as http:
        response = http.post(
            "/api/fleet/agent_policies", json={"name": "a", "namespace": "default"}
        )
        # Reference examples/01: "Request must contain a kbn-xsrf header."
        assert_error(response, 400, "Request must contain a kbn-xsrf header.")
        assert http.get("/api/fleet/agent_policies").status_code == 200  # GET is exempt
        ok = http.post(
            "/api/fleet/agent_policies",
            json={"name": "a", "namespace": "default"},
            headers={"kbn-xsrf": ""},  # only presence counts
        )
        assert ok.status_code == 200


def test_api_version_header_is_validated_and_echoed(client: httpx.Client) -> None:
    ok = client.get("/api/fleet/agent_policies", headers={"elastic-api-version": "2023-10-31"})
    assert ok.headers["elastic-api-version"] == "2023-10-31"
    bad = client.get("/api/fleet/agent_policies", headers={"elastic-api-version": "v1"})
    assert_error(
        bad,
        400,
        'Invalid version. Received "v1", expected a valid date string formatted as YYYY-MM-DD.',
    )
    unknown = client.get("/api/fleet/agent_policies", headers={"elastic-api-version": "2024-01-01"})
    assert_error(
        unknown,
        400,
        'No version "2024-01-01" available for [get] [/api/fleet/agent_policies]. '
        "Available versions are: [2023-10-31]",
    )


def test_api_version_query_parameter_is_refused(client: httpx.Client) -> None:
    response = client.get("/api/fleet/agent_policies", params={"apiVersion": "2023-10-31"})
    assert_error(
        response,
        400,
        'Use of query parameter "apiVersion" is not allowed. Please specify the API version '
        'using the "elastic-api-version" header.',
    )


def test_space_prefix_reaches_the_same_api(client: httpx.Client, sandbox: FleetSandbox) -> None:
    created = client.post(
        "/s/marketing/api/fleet/agent_policies", json={"name": "in space", "namespace": "default"}
    )
    assert created.status_code == 200
    assert sandbox.requests[-1].space == "marketing"
    listed = client.get("/s/marketing/api/fleet/agent_policies").json()
    assert listed["total"] == 1


def test_unknown_route_answers_404(client: httpx.Client) -> None:
    assert_error(client.get("/api/fleet/nothing_here"), 404, "Not Found")


def test_invalid_json_body_answers_400(client: httpx.Client) -> None:
    response = client.post(
        "/api/fleet/agent_policies", content=b"{nope", headers={"content-type": "application/json"}
    )
    assert_error(response, 400, "Invalid request payload JSON format")


def test_status_reports_the_configured_version() -> None:
    sandbox = FleetSandbox(kibana_version="8.17.2")
    with sandbox.client() as http:
        body = http.get("/api/status").json()
    assert body["version"] == {"number": "8.17.2", "build_flavor": "default"}
    assert body["status"]["overall"]["level"] == "available"


def test_request_log_never_holds_credentials(client: httpx.Client, sandbox: FleetSandbox) -> None:
    client.post("/api/fleet/agent_policies", json={"name": "logged", "namespace": "default"})
    record = sandbox.requests[-1]
    assert (record.method, record.path, record.status) == ("POST", "/api/fleet/agent_policies", 200)
    assert record.body == {"name": "logged", "namespace": "default"}
    assert sandbox.api_key not in repr(sandbox.requests)

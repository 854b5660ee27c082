"""Agents, actions and agent status (reference section 6)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from fleet_facade.sandbox import FleetSandbox

from ._helpers import assert_error

AGENTS = "/api/fleet/agents"


def test_list_pages_and_filters(client: httpx.Client, sandbox: FleetSandbox) -> None:
    sandbox.add_agents(5, tags=["a"])
    sandbox.add_agents(2, status="offline")
    sandbox.add_agents(1, status="inactive")
    body = client.get(AGENTS, params={"perPage": 3}).json()
    assert (body["total"], body["page"], body["perPage"], len(body["items"])) == (7, 1, 3, 3)
    assert client.get(AGENTS, params={"showInactive": "true"}).json()["total"] == 8
    assert client.get(AGENTS, params={"kuery": "status:offline"}).json()["total"] == 2
    assert client.get(AGENTS, params={"kuery": "fleet-agents.tags:a"}).json()["total"] == 5
    assert client.get(AGENTS, params={"kuery": "bogus:1"}).status_code == 400


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"page": 101, "perPage": 100}, "You cannot use page and perPage page over 10000 agents"),
        (
            {"openPit": "true", "pitId": "x", "pitKeepAlive": "1m"},
            "You cannot request to open a new point-in-time with an existing pitId",
        ),
        ({"openPit": "true"}, "You must provide pitKeepAlive when using point-in-time parameters"),
        ({"searchAfter": "[1]", "page": 2}, "You cannot use page parameter when using searchAfter"),
        ({"searchAfter": "[]"}, "searchAfter must be a non-empty array"),
    ],
)
def test_list_validation(client: httpx.Client, params: dict[str, Any], message: str) -> None:
    assert_error(client.get(AGENTS, params=params), 400, message)


def test_page_window_edge_is_allowed(client: httpx.Client) -> None:
    assert client.get(AGENTS, params={"page": 100, "perPage": 100}).status_code == 200


def _walk(client: httpx.Client, per_page: int) -> list[str]:
    first = client.get(
        AGENTS, params={"perPage": per_page, "openPit": "true", "pitKeepAlive": "1m"}
    ).json()
    seen = [a["id"] for a in first["items"]]
    pit, after = first["pit"], first.get("nextSearchAfter")
    while after:
        page = client.get(
            AGENTS,
            params={"perPage": per_page, "pitId": pit, "pitKeepAlive": "1m", "searchAfter": after},
        ).json()
        seen += [a["id"] for a in page["items"]]
        after = page.get("nextSearchAfter") if page["items"] else None
    return seen


def test_search_after_with_point_in_time(client: httpx.Client, sandbox: FleetSandbox) -> None:
    ids = sandbox.add_agents(25)
    seen = _walk(client, 10)
    assert sorted(seen) == sorted(ids)
    assert len(seen) == len(set(seen))


def test_point_in_time_ignores_later_agents(client: httpx.Client, sandbox: FleetSandbox) -> None:
    sandbox.add_agents(3)
    first = client.get(
        AGENTS, params={"perPage": 2, "openPit": "true", "pitKeepAlive": "1m"}
    ).json()
    sandbox.add_agents(5)
    rest = client.get(
        AGENTS,
        params={
            "perPage": 10,
            "pitId": first["pit"],
            "pitKeepAlive": "1m",
            "searchAfter": first["nextSearchAfter"],
        },
    ).json()
    assert len(rest["items"]) == 1 and rest["total"] == 3


def test_hundred_thousand_agents_in_pages_of_ten_thousand(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    ids = sandbox.add_agents(100_000)
    seen = _walk(client, 10_000)
    assert len(seen) == 100_000
    assert set(seen) == set(ids)


def test_get_update_delete(client: httpx.Client, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1, tags=["x"], version="9.0.0")
    item = client.get(f"{AGENTS}/{agent_id}").json()["item"]
    assert (item["id"], item["status"], item["agent"]["version"], item["tags"]) == (
        agent_id,
        "online",
        "9.0.0",
        ["x"],
    )
    updated = client.put(f"{AGENTS}/{agent_id}", json={"tags": ["y"]}).json()["item"]
    assert updated["tags"] == ["y"]
    assert client.delete(f"{AGENTS}/{agent_id}").json() == {"action": "deleted"}
    assert_error(client.get(f"{AGENTS}/{agent_id}"), 404, f"Agent {agent_id} not found")


def test_available_versions(client: httpx.Client) -> None:
    items = client.get(f"{AGENTS}/available_versions").json()["items"]
    assert items[0] == "9.1.0"


def test_next_search_after_is_json_array_text(client: httpx.Client, sandbox: FleetSandbox) -> None:
    sandbox.add_agents(2)
    body = client.get(AGENTS, params={"perPage": 1, "openPit": "true", "pitKeepAlive": "1m"}).json()
    assert isinstance(json.loads(body["nextSearchAfter"]), list)

MISSING = "00000000-0000-4000-8000-000000000000"


def _policy(client: httpx.Client, name: str = "p1") -> str:
    response = client.post("/api/fleet/agent_policies", json={"name": name, "namespace": "default"})
    assert response.status_code == 200, response.text
    return str(response.json()["item"]["id"])


def test_agent_routes_unknown_agent(client: httpx.Client) -> None:
    for method, suffix, body in (
        ("POST", "actions", {"action": {"type": "UNENROLL", "data": {}, "ack_data": {}}}),
        ("POST", "request_diagnostics", None),
        ("POST", "migrate", {"uri": "https://x:8220", "enrollment_token": "t"}),
        ("GET", "uploads", None),
    ):
        response = client.request(method, f"/api/fleet/agents/{MISSING}/{suffix}", json=body)
        assert_error(response, 404, f"Agent {MISSING} not found")


def test_migrate_rejects_bad_uri(client: httpx.Client, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    response = client.post(
        f"/api/fleet/agents/{agent_id}/migrate", json={"uri": "not a uri", "enrollment_token": "t"}
    )
    assert_error(response, 400, "[request body.uri]: value must be a valid URI (see RFC 3986).")


def test_migrate_refuses_protected_agent(client: httpx.Client, sandbox: FleetSandbox) -> None:
    policy_id = _policy(client)
    sandbox.state.agent_policies[policy_id]["is_protected"] = True
    (agent_id,) = sandbox.add_agents(1, policy_id=policy_id)
    response = client.post(
        f"/api/fleet/agents/{agent_id}/migrate",
        json={"uri": "https://x:8220", "enrollment_token": "t"},
    )
    assert response.status_code == 400


def test_file_not_ready_is_404(client: httpx.Client, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    client.post(f"/api/fleet/agents/{agent_id}/request_diagnostics")
    file_id = client.get(f"/api/fleet/agents/{agent_id}/uploads").json()["items"][0]["id"]
    assert client.get(f"/api/fleet/agents/files/{file_id}/x.zip").status_code == 404
    sandbox.complete_actions()
    response = client.get(f"/api/fleet/agents/files/{file_id}/x.zip")
    assert response.headers["content-type"] == "application/zip"


def test_agent_status_data_needs_agent_ids(client: httpx.Client) -> None:
    assert client.get("/api/fleet/agent_status/data").status_code == 400


def test_agents_setup_endpoints(client: httpx.Client) -> None:
    assert client.get("/api/fleet/agents/setup").json()["isReady"] is True
    assert client.post("/api/fleet/agents/setup").status_code == 200

"""Agents, actions and agent status (reference section 6)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
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


def test_reassign_and_bulk_reassign_by_kuery(
    client: httpx.Client, sandbox: FleetSandbox, agent_policy: dict[str, Any]
) -> None:
    (one,) = sandbox.add_agents(1)
    sandbox.add_agents(3, tags=["move"])
    assert (
        client.post(f"{AGENTS}/{one}/reassign", json={"policy_id": agent_policy["id"]}).json() == {}
    )
    assert sandbox.state.agents[one].policy_id == agent_policy["id"]
    action = client.post(
        f"{AGENTS}/bulk_reassign", json={"policy_id": agent_policy["id"], "agents": "tags:move"}
    )
    assert "actionId" in action.json()
    assert sandbox.count("agents") == 4
    assert all(a.policy_id == agent_policy["id"] for a in sandbox.state.agents.values())


def test_unenroll_progresses_through_actions(client: httpx.Client, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    assert client.post(f"{AGENTS}/{agent_id}/unenroll").json() == {}
    assert client.get(f"{AGENTS}/{agent_id}").json()["item"]["status"] == "unenrolling"
    status = client.get(f"{AGENTS}/action_status").json()["items"][0]
    assert (status["type"], status["status"], status["nbAgentsActionCreated"]) == (
        "UNENROLL",
        "IN_PROGRESS",
        1,
    )
    assert sandbox.complete_actions() == 1
    item = client.get(f"{AGENTS}/{agent_id}").json()["item"]
    assert (item["status"], item["active"]) == ("unenrolled", False)
    assert client.get(f"{AGENTS}/action_status").json()["items"][0]["status"] == "COMPLETE"


def test_actions_complete_over_time() -> None:
    now = [datetime(2025, 1, 1, tzinfo=UTC)]
    sandbox = FleetSandbox(clock=lambda: now[0], action_duration=5)
    (agent_id,) = sandbox.add_agents(1, version="9.0.0")
    with sandbox.client() as http:
        http.post(f"{AGENTS}/{agent_id}/upgrade", json={"version": "9.1.0"})
        assert http.get(f"{AGENTS}/action_status").json()["items"][0]["status"] == "IN_PROGRESS"
        now[0] += timedelta(seconds=6)
        assert http.get(f"{AGENTS}/action_status").json()["items"][0]["status"] == "COMPLETE"
        item = http.get(f"{AGENTS}/{agent_id}").json()["item"]
    assert (item["agent"]["version"], item["status"]) == ("9.1.0", "online")


def test_upgrade_refusals(client: httpx.Client, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1, version="9.0.0")
    assert_error(
        client.post(f"{AGENTS}/{agent_id}/upgrade", json={"version": "9.2.0"}),
        400,
        "Cannot upgrade agent to 9.2.0 because it is higher than the installed kibana "
        "version 9.1.0",
    )
    assert client.post(f"{AGENTS}/{agent_id}/upgrade", json={"version": "9.1.0"}).json() == {}
    assert_error(
        client.post(f"{AGENTS}/{agent_id}/upgrade", json={"version": "9.1.0"}),
        400,
        f"agent {agent_id} is already upgrading",
    )
    sandbox.complete_actions()
    cooldown = client.post(f"{AGENTS}/{agent_id}/upgrade", json={"version": "9.1.0"})
    assert cooldown.status_code == 429 and "retry-after" in cooldown.headers
    (gone,) = sandbox.add_agents(1, status="unenrolled")
    assert_error(
        client.post(f"{AGENTS}/{gone}/upgrade", json={"version": "9.1.0"}),
        400,
        "cannot upgrade an unenrolling or unenrolled agent",
    )


def test_bulk_upgrade_and_cancel(client: httpx.Client, sandbox: FleetSandbox) -> None:
    ids = sandbox.add_agents(3, version="9.0.0")
    action_id = client.post(
        f"{AGENTS}/bulk_upgrade", json={"agents": ids, "version": "9.1.0"}
    ).json()["actionId"]
    assert client.post(f"{AGENTS}/actions/{action_id}/cancel").status_code == 200
    assert sandbox.state.actions[action_id].status == "CANCELLED"
    assert all(a.status == "online" and a.version == "9.0.0" for a in sandbox.state.agents.values())


def test_bulk_update_tags(client: httpx.Client, sandbox: FleetSandbox) -> None:
    ids = sandbox.add_agents(2, tags=["old"])
    client.post(
        f"{AGENTS}/bulk_update_agent_tags",
        json={"agents": ids, "tagsToAdd": ["new"], "tagsToRemove": ["old"]},
    )
    assert all(a.tags == ["new"] for a in sandbox.state.agents.values())


def test_agent_status_counts(client: httpx.Client, sandbox: FleetSandbox) -> None:
    for status, count in (
        ("online", 2),
        ("error", 2),
        ("offline", 1),
        ("updating", 3),
        ("inactive", 2),
        ("unenrolled", 1),
    ):
        sandbox.add_agents(count, status=status)
    results = client.get("/api/fleet/agent_status").json()["results"]
    # Reference examples/09 (the same fleet); `total` is omitted as the newest handler does.
    expected = {
        "events": 0,
        "other": 0,
        "online": 2,
        "error": 2,
        "offline": 1,
        "updating": 3,
        "inactive": 2,
        "unenrolled": 1,
        "all": 11,
        "active": 8,
    }
    assert {k: results[k] for k in expected} == expected


def test_available_versions(client: httpx.Client) -> None:
    items = client.get(f"{AGENTS}/available_versions").json()["items"]
    assert items[0] == "9.1.0"


def test_next_search_after_is_json_array_text(client: httpx.Client, sandbox: FleetSandbox) -> None:
    sandbox.add_agents(2)
    body = client.get(AGENTS, params={"perPage": 1, "openPit": "true", "pitKeepAlive": "1m"}).json()
    assert isinstance(json.loads(body["nextSearchAfter"]), list)

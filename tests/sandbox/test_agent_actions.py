"""Agent actions: reassign, unenroll, upgrade, tags, raw actions, cancel."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from fleet_facade.sandbox import FleetSandbox

from ._helpers import assert_error

AGENTS = "/api/fleet/agents"


def test_action_with_unknown_type(client: httpx.Client, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    response = client.post(f"/api/fleet/agents/{agent_id}/actions", json={"action": {"type": "X"}})
    assert response.status_code == 400
    assert response.json()["message"].startswith("[request body.action]: types that failed")


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
    # Below 8.12 agents have no upgrade details, so Kibana's 10-minute cooldown applies to them.
    (agent_id,) = sandbox.add_agents(1, version="8.11.0")
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
    # Back on 8.11 (as if the upgrade rolled back), the recent upgraded_at holds it off.
    sandbox.state.agents[agent_id].version = "8.11.0"
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
    assert [(sandbox.state.agents[i].status, sandbox.state.agents[i].version) for i in ids] == [
        ("online", "9.0.0")
    ] * 3


def test_bulk_update_tags(client: httpx.Client, sandbox: FleetSandbox) -> None:
    ids = sandbox.add_agents(2, tags=["old"])
    client.post(
        f"{AGENTS}/bulk_update_agent_tags",
        json={"agents": ids, "tagsToAdd": ["new"], "tagsToRemove": ["old"]},
    )
    assert [sandbox.state.agents[i].tags for i in ids] == [["new"], ["new"]]

"""Agent actions: upgrade and bulk upgrade, reassign, unenroll, tags, raw actions, cancelling
and action status, as Kibana's API integration tests and Fleet's agent services state them.

Kibana's tests live under ``x-pack/platform/test/fleet_api_integration/apis/`` and Fleet's
server under ``x-pack/platform/plugins/shared/fleet/``. The sandbox plays Kibana 9.1.0; its
agents run the version they are given.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from fleet_facade.sandbox import FleetSandbox

from .._helpers import assert_error

AGENTS = "/api/fleet/agents"
HOSTED = (
    " in Fleet because the agent policy is managed by an external orchestration solution, such "
    "as Elastic Cloud, Kubernetes, etc. Please make changes using your orchestration solution."
)
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def frozen() -> Iterator[tuple[FleetSandbox, httpx.Client]]:
    """A sandbox whose clock stands still at ``NOW`` (for the upgrade cooldown)."""
    sb = FleetSandbox(seed=7, clock=lambda: NOW)
    with sb.client() as http:
        yield sb, http
    assert sb.errors == []


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _policy(client: httpx.Client, name: str, **fields: Any) -> str:
    response = client.post(
        "/api/fleet/agent_policies", json={"name": name, "namespace": "default", **fields}
    )
    assert response.status_code == 200, response.text
    policy_id: str = response.json()["item"]["id"]
    return policy_id


def _make_hosted(client: httpx.Client, policy_id: str) -> None:
    response = client.put(
        f"/api/fleet/agent_policies/{policy_id}",
        json={"name": f"hosted {policy_id}", "namespace": "default", "is_managed": True},
    )
    assert response.status_code == 200, response.text


def _upgrade(client: httpx.Client, agent_id: str, **body: Any) -> httpx.Response:
    return client.post(f"{AGENTS}/{agent_id}/upgrade", json=body)


def _latest_status(client: httpx.Client) -> dict[str, Any]:
    item: dict[str, Any] = client.get(f"{AGENTS}/action_status").json()["items"][0]
    return item


def _agent(client: httpx.Client, agent_id: str) -> dict[str, Any]:
    item: dict[str, Any] = client.get(f"{AGENTS}/{agent_id}").json()["item"]
    return item


# -- upgrade one agent ----------------------------------------------------------------------------


def test_upgrade_one_agent(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › fleet_upgrade_agent › one agent › should respond 200 to upgrade agent and update the agent SO"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, version="9.0.0")
    response = _upgrade(client, agent_id, version="9.1.0")
    assert (response.status_code, response.json()) == (200, {})
    assert isinstance(_agent(client, agent_id)["upgrade_started_at"], str)


def test_upgrade_to_the_running_version_in_snapshot_form(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should respond 400 if upgrading agent with version the same as snapshot version"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, version="9.0.0")
    assert_error(
        _upgrade(client, agent_id, version="9.0.0-SNAPSHOT"),
        400,
        f"Agent {agent_id} is not upgradeable: agent is already running on the selected version.",
    )


def test_upgrade_to_the_running_version_with_force(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should respond 200 if upgrading agent with version the same as snapshot version and force flag is passed"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, version="9.0.0")
    assert _upgrade(client, agent_id, version="9.0.0-SNAPSHOT", force=True).status_code == 200


def test_upgrade_to_a_newer_snapshot(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should respond 200 if upgrading agent with version less than kibana snapshot version"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, version="0.0.0")
    assert _upgrade(client, agent_id, version="9.1.0-SNAPSHOT").status_code == 200


def test_upgrade_refuses_a_downgrade(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should respond 400 if trying to downgrade version"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, version="9.0.0")
    assert_error(
        _upgrade(client, agent_id, version="8.0.0"),
        400,
        f"Agent {agent_id} is not upgradeable: agent does not support downgrades.",
    )


def test_upgrade_above_kibanas_minor(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should respond 400 if trying to upgrade to a version that does not match installed kibana version"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, version="9.0.0")
    assert_error(
        _upgrade(client, agent_id, version="9.2.0-SNAPSHOT"),
        400,
        "Cannot upgrade agent to 9.2.0 because it is higher than the installed kibana version "
        "9.1.0",
    )


def test_upgrade_to_a_higher_patch_of_kibanas_minor(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/routes/agent/upgrade_handler.ts checkKibanaVersion (differsOnlyInPatch)"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, version="9.0.0")
    assert _upgrade(client, agent_id, version="9.1.3").status_code == 200


def test_force_upgrade_checks_kibanas_major_and_minor(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/routes/agent/upgrade_handler.ts checkKibanaVersion (force: major and minor only)"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, version="9.0.0")
    assert_error(
        _upgrade(client, agent_id, version="9.2.0", force=True),
        400,
        "Cannot force upgrade agent to 9.2.0 because it does not satisfy the major and minor of "
        "the installed kibana version 9.1.0",
    )


def test_upgrade_above_the_fleet_server_version(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should respond 400 if trying to upgrade to a version that does not match installed kibana version (Fleet Server check)"""  # noqa: E501
    fleet_server = _policy(client, "Fleet Server", has_fleet_server=True)
    sandbox.add_agents(1, policy_id=fleet_server, version="9.0.0")
    (agent_id,) = sandbox.add_agents(1, version="8.19.0")
    assert_error(
        _upgrade(client, agent_id, version="9.1.0"),
        400,
        "cannot upgrade agent to 9.1.0 because it is higher than the latest fleet server "
        "version 9.0.0",
    )


def test_fleet_server_agent_may_pass_the_fleet_server_version(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should allow to upgrade a Fleet server agent to a version > fleet server version"""  # noqa: E501
    fleet_server = _policy(client, "Fleet Server", has_fleet_server=True)
    (server,) = sandbox.add_agents(1, policy_id=fleet_server, version="9.0.0")
    assert _upgrade(client, server, version="9.1.0").status_code == 200
    assert isinstance(_agent(client, server)["upgrade_started_at"], str)


def test_upgrade_an_unenrolling_agent(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should respond 400 if trying to upgrade an agent that is unenrolling"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, version="9.0.0")
    assert client.post(f"{AGENTS}/{agent_id}/unenroll").status_code == 200
    assert_error(
        _upgrade(client, agent_id, version="9.1.0"),
        400,
        "cannot upgrade an unenrolling or unenrolled agent",
    )


def test_upgrade_an_unenrolled_agent(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should respond 400 if trying to upgrade an agent that is unenrolled"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, version="9.0.0")
    # Kibana reads unenrolled_at, not active: the document may still say active.
    sandbox.state.agents[agent_id].unenrolled_at = _stamp(NOW)
    assert_error(
        _upgrade(client, agent_id, version="9.1.0"),
        400,
        "cannot upgrade an unenrolling or unenrolled agent",
    )


def test_upgrade_a_not_upgradeable_agent(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should respond 400 if trying to upgrade an agent that is not upgradeable"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, version="9.0.0")
    sandbox.state.agents[agent_id].upgradeable = False
    assert_error(
        _upgrade(client, agent_id, version="9.1.0"),
        400,
        f"Agent {agent_id} is not upgradeable: agent cannot be upgraded through Fleet. It may be "
        "running in a container or it is not installed as a service.",
    )


def test_upgrade_an_agent_of_a_hosted_policy(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › enrolled in a hosted agent policy should respond 400 to upgrade and not update the agent SOs"""  # noqa: E501
    policy_id = _policy(client, "Policy 1")
    (agent_id,) = sandbox.add_agents(1, policy_id=policy_id, version="9.0.0")
    _make_hosted(client, policy_id)
    assert_error(
        _upgrade(client, agent_id, version="9.1.0", force=True),
        400,
        f"Cannot upgrade agent {agent_id} in hosted agent policy {policy_id}{HOSTED}",
    )
    assert "upgrade_started_at" not in _agent(client, agent_id)


def test_upgrade_a_recently_upgraded_agent(frozen: tuple[FleetSandbox, httpx.Client]) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should respond 429 if trying to upgrade a recently upgraded agent"""  # noqa: E501
    sandbox, client = frozen
    (agent_id,) = sandbox.add_agents(1, version="8.11.0")
    sandbox.state.agents[agent_id].upgraded_at = _stamp(NOW - timedelta(minutes=9))
    assert_error(
        _upgrade(client, agent_id, version="9.1.0"),
        429,
        f"agent {agent_id} was upgraded less than 10 minutes ago. Please wait 01m00s before "
        "trying again to ensure the upgrade will not be rolled back.",
    )
    assert _upgrade(client, agent_id, version="9.1.0").headers["retry-after"] == "60"


def test_upgrade_cooldown_is_not_lifted_by_force(
    frozen: tuple[FleetSandbox, httpx.Client],
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should respond 429 if trying to upgrade a recently upgraded agent with force flag"""  # noqa: E501
    sandbox, client = frozen
    (agent_id,) = sandbox.add_agents(1, version="8.11.0")
    sandbox.state.agents[agent_id].upgraded_at = _stamp(NOW - timedelta(minutes=9))
    response = _upgrade(client, agent_id, version="9.1.0", force=True)
    assert response.status_code == 429
    assert re.search(r"please wait \d{2}m\d{2}s", response.json()["message"], re.IGNORECASE)


def test_upgrade_cooldown_lifted_by_skip_rate_limit_check(
    frozen: tuple[FleetSandbox, httpx.Client],
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should respond 200 if trying to upgrade a recently upgraded agent with skipRateLimitCheck flag"""  # noqa: E501
    sandbox, client = frozen
    (agent_id,) = sandbox.add_agents(1, version="8.11.0")
    sandbox.state.agents[agent_id].upgraded_at = _stamp(NOW - timedelta(minutes=9))
    response = _upgrade(client, agent_id, version="9.1.0", skipRateLimitCheck=True)
    assert (response.status_code, response.json()) == (200, {})


def test_upgrade_after_the_cooldown(frozen: tuple[FleetSandbox, httpx.Client]) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should respond 200 if trying to upgrade an agent that was upgraded more than 10 minutes ago"""  # noqa: E501
    sandbox, client = frozen
    (agent_id,) = sandbox.add_agents(1, version="8.11.0")
    sandbox.state.agents[agent_id].upgraded_at = _stamp(NOW - timedelta(minutes=11))
    assert _upgrade(client, agent_id, version="9.1.0").status_code == 200


def test_upgrade_cooldown_skipped_for_agents_with_upgrade_details(
    frozen: tuple[FleetSandbox, httpx.Client],
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/common/services/is_agent_upgradeable.ts getRecentUpgradeInfoForAgent (agents from 8.12.0 report upgrade details)"""  # noqa: E501
    sandbox, client = frozen
    (agent_id,) = sandbox.add_agents(1, version="8.12.0")
    sandbox.state.agents[agent_id].upgraded_at = _stamp(NOW - timedelta(minutes=1))
    assert _upgrade(client, agent_id, version="9.1.0").status_code == 200


def test_upgrade_an_already_upgrading_agent(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should respond 400 if trying to upgrade an already upgrading agent with no upgrade details"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, version="8.11.0")
    sandbox.state.agents[agent_id].upgrade_started_at = _stamp(NOW)
    assert_error(
        _upgrade(client, agent_id, version="9.1.0"), 400, f"agent {agent_id} is already upgrading"
    )


def test_upgrade_an_already_upgrading_agent_with_force(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should respond 200 if trying to upgrade an already upgrading agent with no upgrade details with force flag"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, version="8.11.0")
    sandbox.state.agents[agent_id].upgrade_started_at = _stamp(NOW)
    assert _upgrade(client, agent_id, version="9.1.0", force=True).status_code == 200


def test_upgrade_an_agent_upgrading_by_its_upgrade_details(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should respond 400 if trying to upgrade an already upgrading agent with upgrade details"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, version="9.0.0")
    sandbox.state.agents[agent_id].upgrade_details = {
        "target_version": "9.1.0",
        "action_id": "XXX",
        "state": "UPG_REQUESTED",
    }
    assert_error(
        _upgrade(client, agent_id, version="9.1.0"), 400, f"agent {agent_id} is already upgrading"
    )


def test_upgrade_after_a_failed_upgrade(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should respond 200 if trying to upgrade an agent with a failed upgrade status"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, version="9.0.0")
    sandbox.state.agents[agent_id].upgrade_started_at = _stamp(NOW)
    sandbox.state.agents[agent_id].upgrade_details = {
        "target_version": "9.1.0",
        "action_id": "XXX",
        "state": "UPG_FAILED",
        "metadata": {"error_msg": "Download failed"},
    }
    assert _upgrade(client, agent_id, version="9.1.0").status_code == 200


def test_upgrade_keeps_build_metadata(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › one agent › should write correct agent version to action doc when upgrade agent with build version"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, version="9.0.0")
    assert _upgrade(client, agent_id, version="9.1.0+build20240116").status_code == 200
    assert _latest_status(client)["version"] == "9.1.0+build20240116"


def test_upgrade_version_must_be_semver(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/rest_spec/agent.ts PostAgentUpgradeRequestSchema (version validator)"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, version="9.0.0")
    assert_error(
        _upgrade(client, agent_id, version="9.1"), 400, "[request body.version]: not a valid semver"
    )


def test_upgrade_unknown_agent(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/routes/agent/upgrade_handler.ts postAgentUpgradeHandler (getAgentById after the version check)"""  # noqa: E501
    assert_error(_upgrade(client, "agent100", version="9.1.0"), 404, "Agent agent100 not found")
    assert_error(
        _upgrade(client, "agent100", version="9.9.0"),
        400,
        "Cannot upgrade agent to 9.9.0 because it is higher than the installed kibana version "
        "9.1.0",
    )


# -- bulk upgrade ---------------------------------------------------------------------------------


def test_bulk_upgrade_skips_not_upgradeable_agents(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › multiple agents › should respond 200 to bulk upgrade upgradeable agents and update the agent SOs"""  # noqa: E501
    first, second = sandbox.add_agents(2, version="9.0.0")
    sandbox.state.agents[second].upgradeable = False
    response = client.post(
        f"{AGENTS}/bulk_upgrade", json={"agents": [first, second], "version": "9.1.0"}
    )
    assert response.status_code == 200 and "actionId" in response.json()
    assert isinstance(_agent(client, first)["upgrade_started_at"], str)
    assert "upgrade_started_at" not in _agent(client, second)


def test_bulk_upgrade_by_kuery(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › multiple agents › should allow to upgrade multiple upgradeable agents by kuery"""  # noqa: E501
    first, second = sandbox.add_agents(2, version="9.0.0")
    sandbox.state.agents[second].upgradeable = False
    response = client.post(
        f"{AGENTS}/bulk_upgrade", json={"agents": "active:true", "version": "9.1.0"}
    )
    assert response.status_code == 200
    assert isinstance(_agent(client, first)["upgrade_started_at"], str)
    assert "upgrade_started_at" not in _agent(client, second)


def test_bulk_upgrade_cooldown_written_as_an_action_error(
    frozen: tuple[FleetSandbox, httpx.Client],
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › multiple agents › should respond with error if trying to upgrade a recently upgraded agent without skipRateLimitCheck flag"""  # noqa: E501
    sandbox, client = frozen
    (agent_id,) = sandbox.add_agents(1, version="8.11.0")
    sandbox.state.agents[agent_id].upgraded_at = _stamp(NOW - timedelta(minutes=9, seconds=30))
    response = client.post(
        f"{AGENTS}/bulk_upgrade", json={"agents": [agent_id], "version": "9.1.0"}
    )
    assert response.status_code == 200
    status = _latest_status(client)
    assert (status["status"], status["nbAgentsFailed"]) == ("FAILED", 1)
    assert status["latestErrors"][0]["error"] == (
        f"Agent {agent_id} is not upgradeable: agent was upgraded 10 minutes ago, please wait 1 "
        "minutes before attempting the upgrade again."
    )


def test_bulk_upgrade_skip_rate_limit_check_has_no_errors(
    frozen: tuple[FleetSandbox, httpx.Client],
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › multiple agents › should respond with error if trying to upgrade a recently upgraded agent with skipRateLimitCheck flag"""  # noqa: E501
    sandbox, client = frozen
    (agent_id,) = sandbox.add_agents(1, version="8.11.0")
    sandbox.state.agents[agent_id].upgraded_at = _stamp(NOW - timedelta(minutes=9))
    client.post(
        f"{AGENTS}/bulk_upgrade",
        json={"agents": [agent_id], "version": "9.1.0", "skipRateLimitCheck": True},
    )
    assert _latest_status(client)["latestErrors"] == []
    assert isinstance(_agent(client, agent_id)["upgrade_started_at"], str)


def test_bulk_upgrade_recently_upgraded_skipped_even_with_force(
    frozen: tuple[FleetSandbox, httpx.Client],
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › multiple agents › should not upgrade a recently upgraded agent during bulk_upgrade even with force flag"""  # noqa: E501
    sandbox, client = frozen
    old, recent = sandbox.add_agents(2, version="8.11.0")
    sandbox.state.agents[old].upgraded_at = _stamp(NOW - timedelta(minutes=11))
    sandbox.state.agents[recent].upgraded_at = _stamp(NOW - timedelta(minutes=9))
    client.post(
        f"{AGENTS}/bulk_upgrade", json={"agents": [old, recent], "version": "9.1.0", "force": True}
    )
    assert isinstance(_agent(client, old)["upgrade_started_at"], str)
    assert "upgrade_started_at" not in _agent(client, recent)


def test_bulk_upgrade_with_nothing_eligible_still_answers_an_action(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › multiple agents › should prevent any agent to downgrade"""  # noqa: E501
    ids = sandbox.add_agents(2, version="9.0.0")
    response = client.post(f"{AGENTS}/bulk_upgrade", json={"agents": ids, "version": "8.0.0"})
    assert response.status_code == 200 and "actionId" in response.json()
    assert all("upgrade_started_at" not in _agent(client, i) for i in ids)
    status = _latest_status(client)
    assert (status["status"], status["nbAgentsActionCreated"], status["nbAgentsFailed"]) == (
        "FAILED",
        0,
        2,
    )


def test_bulk_upgrade_hosted_agents_by_id(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › multiple agents › enrolled in a hosted agent policy bulk upgrade should respond with 200 and object of results. Should not update the hosted agent SOs"""  # noqa: E501
    policy_id = _policy(client, "Policy 1")
    (hosted,) = sandbox.add_agents(1, policy_id=policy_id, version="9.0.0")
    (regular,) = sandbox.add_agents(1, version="9.0.0")
    _make_hosted(client, policy_id)
    client.post(f"{AGENTS}/bulk_upgrade", json={"agents": [hosted, regular], "version": "9.1.0"})
    assert "upgrade_started_at" not in _agent(client, hosted)
    assert isinstance(_agent(client, regular)["upgrade_started_at"], str)
    status = _latest_status(client)
    assert status["nbAgentsFailed"] == 1
    assert status["latestErrors"][0]["error"] == (
        f"Cannot upgrade agent in hosted agent policy {policy_id}{HOSTED}"
    )


def test_bulk_upgrade_hosted_agents_with_force(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › multiple agents › enrolled in a hosted agent policy bulk upgrade with force flag should respond with 200 and update the agent SOs"""  # noqa: E501
    policy_id = _policy(client, "Policy 1")
    (hosted,) = sandbox.add_agents(1, policy_id=policy_id, version="9.0.0")
    (regular,) = sandbox.add_agents(1, version="9.0.0")
    _make_hosted(client, policy_id)
    client.post(
        f"{AGENTS}/bulk_upgrade",
        json={"agents": [hosted, regular], "version": "9.1.0", "force": True},
    )
    assert all(isinstance(_agent(client, i)["upgrade_started_at"], str) for i in (hosted, regular))


def test_bulk_upgrade_force_upgrades_a_not_upgradeable_agent(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › multiple agents › should upgrade a non upgradeable agent during bulk_upgrade with force flag"""  # noqa: E501
    ids = sandbox.add_agents(3, version="9.0.0")
    sandbox.state.agents[ids[1]].version = "9.1.1"
    sandbox.state.agents[ids[2]].upgradeable = False
    client.post(f"{AGENTS}/bulk_upgrade", json={"agents": ids, "version": "9.1.0", "force": True})
    assert all(isinstance(_agent(client, i)["upgrade_started_at"], str) for i in ids)


def test_bulk_upgrade_above_kibana(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › multiple agents › should respond 400 if trying to bulk upgrade to a version that is higher than the latest installed kibana version"""  # noqa: E501
    ids = sandbox.add_agents(2, version="9.0.0")
    assert_error(
        client.post(f"{AGENTS}/bulk_upgrade", json={"agents": ids, "version": "9.2.0"}),
        400,
        "Cannot upgrade agent to 9.2.0 because it is higher than the installed kibana version "
        "9.1.0",
    )


def test_bulk_upgrade_above_fleet_server(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › multiple agents › should respond 400 if trying to bulk upgrade to a version that is higher than the latest fleet server version"""  # noqa: E501
    fleet_server = _policy(client, "Fleet Server", has_fleet_server=True)
    sandbox.add_agents(1, policy_id=fleet_server, version="8.19.0")
    ids = sandbox.add_agents(2, version="8.18.0")
    assert_error(
        client.post(f"{AGENTS}/bulk_upgrade", json={"agents": ids, "version": "9.0.0"}),
        400,
        "cannot upgrade agent to 9.0.0 because it is higher than the latest fleet server "
        "version 8.19.0",
    )


# -- reassign -------------------------------------------------------------------------------------


def test_reassign_one_agent(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/reassign.ts › fleet_reassign_agent › reassign single agent › should allow to reassign single agent"""  # noqa: E501
    policy1, policy2 = _policy(client, "Policy 1"), _policy(client, "Policy 2")
    (agent_id,) = sandbox.add_agents(1, policy_id=policy1)
    response = client.post(f"{AGENTS}/{agent_id}/reassign", json={"policy_id": policy2})
    assert (response.status_code, response.json()) == (200, {})
    assert _agent(client, agent_id)["policy_id"] == policy2


def test_reassign_to_an_unknown_policy_checked_before_the_agent(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/reassign.ts › reassign single agent › should throw an error for invalid policy id for single reassign"""  # noqa: E501
    assert_error(
        client.post(f"{AGENTS}/no-such-agent/reassign", json={"policy_id": "INVALID_ID"}),
        404,
        "Agent policy not found: INVALID_ID",
    )


def test_reassign_from_a_hosted_policy(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/reassign.ts › reassign single agent › cannot reassign from regular agent policy to hosted"""  # noqa: E501
    policy1, policy2 = _policy(client, "Policy 1"), _policy(client, "Policy 2")
    (agent_id,) = sandbox.add_agents(1, policy_id=policy1)
    _make_hosted(client, policy1)
    assert_error(
        client.post(f"{AGENTS}/{agent_id}/reassign", json={"policy_id": policy2}),
        400,
        f"Cannot reassign an agent from hosted agent policy {policy1}{HOSTED}",
    )


def test_reassign_to_a_hosted_policy(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agents/reassign.ts verifyNewAgentPolicy"""  # noqa: E501
    policy1 = _policy(client, "Policy 1")
    hosted = _policy(client, "Hosted", is_managed=True)
    (agent_id,) = sandbox.add_agents(1, policy_id=policy1)
    assert_error(
        client.post(f"{AGENTS}/{agent_id}/reassign", json={"policy_id": hosted}),
        400,
        f"Cannot reassign agents to hosted agent policy {hosted}{HOSTED}",
    )


def test_reassign_to_the_current_policy_is_fine_for_one_agent(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agents/reassign.ts reassignAgent (no already-assigned check)"""  # noqa: E501
    policy1 = _policy(client, "Policy 1")
    (agent_id,) = sandbox.add_agents(1, policy_id=policy1)
    response = client.post(f"{AGENTS}/{agent_id}/reassign", json={"policy_id": policy1})
    assert (response.status_code, response.json()) == (200, {})


def test_bulk_reassign_by_ids(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/reassign.ts › bulk reassign agents › should allow to reassign multiple agents by id"""  # noqa: E501
    policy1, policy2 = _policy(client, "Policy 1"), _policy(client, "Policy 2")
    ids = sandbox.add_agents(2, policy_id=policy1)
    response = client.post(f"{AGENTS}/bulk_reassign", json={"agents": ids, "policy_id": policy2})
    assert response.status_code == 200 and "actionId" in response.json()
    assert [_agent(client, i)["policy_id"] for i in ids] == [policy2, policy2]


def test_bulk_reassign_mix_of_valid_and_unknown_ids(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/reassign.ts › bulk reassign agents › should allow to reassign multiple agents by id -- mix valid & invalid"""  # noqa: E501
    policy1, policy2 = _policy(client, "Policy 1"), _policy(client, "Policy 2")
    agent2, agent3 = sandbox.add_agents(2, policy_id=policy1)
    agents = [agent2, "INVALID_ID", agent3, "MISSING_ID", "etc"]
    response = client.post(f"{AGENTS}/bulk_reassign", json={"agents": agents, "policy_id": policy2})
    assert response.status_code == 200
    sandbox.complete_actions()
    status = _latest_status(client)
    assert (status["status"], status["nbAgentsActionCreated"], status["nbAgentsFailed"]) == (
        "FAILED",
        2,
        3,
    )
    assert status["latestErrors"][0]["error"] == "Cannot find agent INVALID_ID"


def test_bulk_reassign_with_nothing_to_reassign(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/reassign.ts › bulk reassign agents › should return error when none of the agents can be reassigned -- mixed invalid, hosted, etc"""  # noqa: E501
    policy1, policy2 = _policy(client, "Policy 1"), _policy(client, "Policy 2")
    agent2, agent3 = sandbox.add_agents(2, policy_id=policy1)
    _make_hosted(client, policy1)
    assert_error(
        client.post(
            f"{AGENTS}/bulk_reassign",
            json={"agents": [agent2, "INVALID_ID", agent3], "policy_id": policy2},
        ),
        400,
        "No agents to reassign, already assigned or hosted agents",
    )
    assert _agent(client, agent2)["policy_id"] == policy1


def test_bulk_reassign_all_already_assigned(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agents/reassign.ts reassignBatch (already assigned agents)"""  # noqa: E501
    policy1 = _policy(client, "Policy 1")
    ids = sandbox.add_agents(2, policy_id=policy1)
    assert_error(
        client.post(f"{AGENTS}/bulk_reassign", json={"agents": ids, "policy_id": policy1}),
        400,
        "No agents to reassign, already assigned or hosted agents",
    )


def test_bulk_reassign_by_kuery(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/reassign.ts › bulk reassign agents › should allow to reassign multiple agents by kuery"""  # noqa: E501
    policy1, policy2 = _policy(client, "Policy 1"), _policy(client, "Policy 2")
    sandbox.add_agents(4, policy_id=policy1)
    response = client.post(
        f"{AGENTS}/bulk_reassign", json={"agents": "active: true", "policy_id": policy2}
    )
    assert response.status_code == 200
    body = client.get(AGENTS).json()
    assert body["total"] == 4 and {i["policy_id"] for i in body["items"]} == {policy2}


def test_bulk_reassign_to_an_unknown_policy(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/reassign.ts › bulk reassign agents › should throw an error for invalid policy id for bulk reassign"""  # noqa: E501
    ids = sandbox.add_agents(2)
    assert_error(
        client.post(f"{AGENTS}/bulk_reassign", json={"agents": ids, "policy_id": "INVALID_ID"}),
        404,
        "Agent policy not found: INVALID_ID",
    )


# -- unenroll -------------------------------------------------------------------------------------


def test_unenroll_from_a_hosted_policy(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/unenroll.ts › fleet_unenroll_agent › /agents/{agent_id}/unenroll should fail for hosted agent policy"""  # noqa: E501
    policy1 = _policy(client, "Policy 1")
    (agent_id,) = sandbox.add_agents(1, policy_id=policy1)
    _make_hosted(client, policy1)
    assert_error(
        client.post(f"{AGENTS}/{agent_id}/unenroll"),
        400,
        f"Cannot unenroll {agent_id} from a hosted agent policy {policy1}{HOSTED}",
    )


def test_unenroll_from_a_regular_policy_without_a_body(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/unenroll.ts › fleet_unenroll_agent › /agents/{agent_id}/unenroll should allow from regular agent policy"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1)
    response = client.post(f"{AGENTS}/{agent_id}/unenroll")
    assert (response.status_code, response.json()) == (200, {})


def test_unenroll_with_revoke_is_immediate(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/unenroll.ts › fleet_unenroll_agent › /agents/{agent_id}/unenroll { revoke: true } should invalidate related API keys"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1)
    assert client.post(f"{AGENTS}/{agent_id}/unenroll", json={"revoke": True}).status_code == 200
    item = _agent(client, agent_id)
    assert (item["active"], item["status"], isinstance(item["unenrolled_at"], str)) == (
        False,
        "unenrolled",
        True,
    )
    assert _latest_status(client)["type"] == "FORCE_UNENROLL"


def test_unenroll_with_force_is_not_immediate(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agents/unenroll.ts unenrollAgent (force only skips unenrollAgentIsAllowed)"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1)
    assert client.post(f"{AGENTS}/{agent_id}/unenroll", json={"force": True}).status_code == 200
    item = _agent(client, agent_id)
    assert (item["active"], item["status"], "unenrolled_at" in item) == (True, "unenrolling", False)
    assert isinstance(item["unenrollment_started_at"], str)


def test_unenroll_with_force_from_a_hosted_policy(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agents/unenroll.ts unenrollAgent (force skips the hosted check)"""  # noqa: E501
    policy1 = _policy(client, "Policy 1")
    (agent_id,) = sandbox.add_agents(1, policy_id=policy1)
    _make_hosted(client, policy1)
    assert client.post(f"{AGENTS}/{agent_id}/unenroll", json={"force": True}).status_code == 200
    assert _agent(client, agent_id)["status"] == "unenrolling"


def test_bulk_unenroll_hosted_agents(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/unenroll.ts › fleet_unenroll_agent › /agents/bulk_unenroll should not allow unenroll from hosted agent policy"""  # noqa: E501
    policy1 = _policy(client, "Policy 1")
    ids = sandbox.add_agents(2, policy_id=policy1)
    _make_hosted(client, policy1)
    response = client.post(f"{AGENTS}/bulk_unenroll", json={"agents": ids})
    assert response.status_code == 200 and "actionId" in response.json()
    for agent_id in ids:
        item = _agent(client, agent_id)
        assert (item["active"], "unenrollment_started_at" in item) == (True, False)
    status = _latest_status(client)
    assert (status["status"], status["nbAgentsFailed"]) == ("FAILED", 2)
    assert status["latestErrors"][0]["error"] == (
        f"Cannot unenroll {ids[0]} from a hosted agent policy {policy1}{HOSTED}"
    )


def test_bulk_unenroll_by_ids(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/unenroll.ts › fleet_unenroll_agent › /agents/bulk_unenroll should allow to unenroll multiple agents by id from a regular agent policy"""  # noqa: E501
    ids = sandbox.add_agents(2)
    assert client.post(f"{AGENTS}/bulk_unenroll", json={"agents": ids}).status_code == 200
    for agent_id in ids:
        item = _agent(client, agent_id)
        assert isinstance(item["unenrollment_started_at"], str) and item["active"] is True


def test_bulk_unenroll_by_kuery_with_revoke(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/unenroll.ts › fleet_unenroll_agent › /agents/bulk_unenroll should allow to unenroll multiple agents by kuery"""  # noqa: E501
    sandbox.add_agents(4)
    response = client.post(
        f"{AGENTS}/bulk_unenroll", json={"agents": "active: true", "revoke": True}
    )
    assert response.status_code == 200
    assert client.get(AGENTS).json()["total"] == 0


def test_bulk_unenroll_an_unenrolled_agent(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agents/unenroll_action_runner.ts unenrollBatch (already unenrolled)"""  # noqa: E501
    (gone,) = sandbox.add_agents(1, status="unenrolled")
    (live,) = sandbox.add_agents(1)
    client.post(f"{AGENTS}/bulk_unenroll", json={"agents": [gone, live], "revoke": True})
    status = _latest_status(client)
    assert (status["nbAgentsActionCreated"], status["nbAgentsFailed"]) == (1, 1)
    assert status["latestErrors"][0]["error"] == f"Agent {gone} already unenrolled"


# -- tags -----------------------------------------------------------------------------------------


def test_bulk_tags_swap_keeps_the_place(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/update_agent_tags.ts › fleet_update_agent_tags › bulk update agent tags › should allow to bulk update tags of multiple agents by id"""  # noqa: E501
    (agent1,) = sandbox.add_agents(1, tags=["existingTag", "tag1"])
    (agent4,) = sandbox.add_agents(1, tags=["existingTag"])
    response = client.post(
        f"{AGENTS}/bulk_update_agent_tags",
        json={
            "agents": [agent1, agent4],
            "tagsToAdd": ["newTag", "newTag"],
            "tagsToRemove": ["existingTag"],
        },
    )
    assert response.status_code == 200
    assert _agent(client, agent1)["tags"] == ["newTag", "tag1"]
    assert _agent(client, agent4)["tags"] == ["newTag"]


def test_bulk_tags_add_and_remove_several(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agents/update_agent_tags_action_runner.ts updateTagsBatch (removals, then additions)"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, tags=["a", "b", "c"])
    client.post(
        f"{AGENTS}/bulk_update_agent_tags",
        json={"agents": [agent_id], "tagsToAdd": ["x", "a"], "tagsToRemove": ["b"]},
    )
    assert _agent(client, agent_id)["tags"] == ["a", "c", "x"]


def test_bulk_tags_no_duplicate_add(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/update_agent_tags.ts › bulk update agent tags › should not add the same tag again if it exists"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, tags=["existingTag"])
    client.post(
        f"{AGENTS}/bulk_update_agent_tags",
        json={"agents": [agent_id], "tagsToAdd": ["existingTag"], "tagsToRemove": []},
    )
    assert _agent(client, agent_id)["tags"] == ["existingTag"]


def test_bulk_tags_by_kuery_add(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/update_agent_tags.ts › bulk update agent tags › should bulk update tags of multiple agents by kuery - add"""  # noqa: E501
    sandbox.add_agents(4)
    response = client.post(
        f"{AGENTS}/bulk_update_agent_tags",
        json={"agents": "active: true", "tagsToAdd": ["newTag"], "tagsToRemove": []},
    )
    assert "actionId" in response.json()
    assert _latest_status(client)["nbAgentsAck"] == 4
    assert client.get(AGENTS, params={"kuery": "fleet-agents.tags:newTag"}).json()["total"] == 4


def test_bulk_tags_by_kuery_remove_acks_changed_agents(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/update_agent_tags.ts › bulk update agent tags › should bulk update tags of multiple agents by kuery - remove"""  # noqa: E501
    sandbox.add_agents(2, tags=["existingTag"])
    sandbox.add_agents(2)
    client.post(
        f"{AGENTS}/bulk_update_agent_tags",
        json={"agents": "active: true", "tagsToAdd": [], "tagsToRemove": ["existingTag"]},
    )
    assert _latest_status(client)["nbAgentsAck"] == 2
    assert client.get(AGENTS, params={"kuery": "tags:existingTag"}).json()["total"] == 0


def test_bulk_tags_leave_hosted_agents_alone(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/update_agent_tags.ts › bulk update agent tags › should not update tags of hosted agent"""  # noqa: E501
    policy1 = _policy(client, "Policy 1")
    (hosted,) = sandbox.add_agents(1, policy_id=policy1)
    (regular,) = sandbox.add_agents(1)
    _make_hosted(client, policy1)
    client.post(
        f"{AGENTS}/bulk_update_agent_tags",
        json={"agents": [hosted, regular], "tagsToAdd": ["newTag"]},
    )
    assert (_agent(client, hosted)["tags"], _agent(client, regular)["tags"]) == ([], ["newTag"])
    status = _latest_status(client)
    assert (status["status"], status["nbAgentsAck"]) == ("COMPLETE", 1)


# -- raw actions, cancel, action status --------------------------------------------------------


def test_settings_action(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/actions.ts › fleet_agents_actions › POST /agents/{agentId}/actions › should return a 200 if this a SETTINGS action request with a valid log level"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1)
    response = client.post(
        f"{AGENTS}/{agent_id}/actions",
        json={"action": {"type": "SETTINGS", "data": {"log_level": "debug"}}},
    )
    item = response.json()["item"]
    assert (item["type"], item["data"]) == ("SETTINGS", {"log_level": "debug"})


def test_settings_action_with_an_invalid_log_level(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/actions.ts › POST /agents/{agentId}/actions › should return a 400 if this a SETTINGS action request with an invalid log level"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1)
    response = client.post(
        f"{AGENTS}/{agent_id}/actions",
        json={"action": {"type": "SETTINGS", "data": {"log_level": "thisisinvalid"}}},
    )
    assert response.status_code == 400
    message = response.json()["message"]
    assert re.search(r"\[request body.action\.[0-9]*\.data\.log_level]: types that failed", message)


def test_action_without_a_type(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/actions.ts › POST /agents/{agentId}/actions › should return a 400 when request does not have type information"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1)
    response = client.post(f"{AGENTS}/{agent_id}/actions", json={"action": {"data": {}}})
    assert response.status_code == 400
    assert re.search(
        r"\[request body.action\.[0-9]*\.type]: expected at least one defined value but got "
        r"\[undefined]",
        response.json()["message"],
    )


def test_action_for_an_unknown_agent(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/actions.ts › POST /agents/{agentId}/actions › should return a 404 when agent does not exist"""  # noqa: E501
    assert_error(
        client.post(f"{AGENTS}/agent100/actions", json={"action": {"type": "UNENROLL"}}),
        404,
        "Agent agent100 not found",
    )


def test_cancel_an_unknown_action(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/actions.ts › POST /agents/actions/{actionId}/cancel › should return a 404 if the action do not exists"""  # noqa: E501
    assert_error(client.post(f"{AGENTS}/actions/i-do-not-exist/cancel"), 404, "Action not found")


def test_cancel_creates_a_cancel_action(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/actions.ts › POST /agents/actions/{actionId}/cancel › should return a 200 and create a CANCEL action if the action exists"""  # noqa: E501
    ids = sandbox.add_agents(2, version="9.0.0")
    action_id = client.post(
        f"{AGENTS}/bulk_upgrade", json={"agents": ids, "version": "9.1.0"}
    ).json()["actionId"]
    item = client.post(f"{AGENTS}/actions/{action_id}/cancel").json()["item"]
    assert (item["type"], item["data"], sorted(item["agents"])) == (
        "CANCEL",
        {"target_id": action_id},
        sorted(ids),
    )
    assert all("upgrade_started_at" not in _agent(client, i) for i in ids)


def test_action_status_lists_a_cancelled_action_not_the_cancel(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/action_status.ts › action_status_api › GET /api/fleet/agents/action_status › should respond 200 and the action statuses (CANCELLED)"""  # noqa: E501
    ids = sandbox.add_agents(1, version="9.0.0")
    action_id = client.post(
        f"{AGENTS}/bulk_upgrade", json={"agents": ids, "version": "9.1.0"}
    ).json()["actionId"]
    client.post(f"{AGENTS}/actions/{action_id}/cancel")
    items = client.get(f"{AGENTS}/action_status").json()["items"]
    assert [(i["actionId"], i["status"]) for i in items] == [(action_id, "CANCELLED")]
    assert isinstance(items[0]["cancellationTime"], str)


def test_action_status_item_fields(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/action_status.ts › action_status_api › GET /api/fleet/agents/action_status › should respond 200 and the action statuses"""  # noqa: E501
    policy1, policy2 = _policy(client, "Policy 1"), _policy(client, "Policy 2")
    ids = sandbox.add_agents(2, policy_id=policy1, version="9.0.0")
    client.post(f"{AGENTS}/bulk_upgrade", json={"agents": ids, "version": "9.1.0"})
    client.post(f"{AGENTS}/bulk_reassign", json={"agents": ids, "policy_id": policy2})
    reassign, upgrade = client.get(f"{AGENTS}/action_status").json()["items"]
    common = {
        "actionId",
        "type",
        "status",
        "nbAgentsActionCreated",
        "nbAgentsAck",
        "nbAgentsActioned",
        "nbAgentsFailed",
        "creationTime",
        "hasRolloutPeriod",
        "latestErrors",
    }
    assert common <= set(upgrade) and common <= set(reassign)
    assert (upgrade["type"], upgrade["version"], upgrade["nbAgentsActioned"]) == (
        "UPGRADE",
        "9.1.0",
        2,
    )
    assert (reassign["type"], reassign["newPolicyId"]) == ("POLICY_REASSIGN", policy2)


def test_action_status_pages_from_zero(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/action_status.ts › action_status_api › GET /api/fleet/agents/action_status › should handle pagination"""  # noqa: E501
    ids = sandbox.add_agents(7)
    for agent_id in ids:
        client.put(f"{AGENTS}/{agent_id}", json={"tags": ["x"]})
        client.post(
            f"{AGENTS}/bulk_update_agent_tags", json={"agents": [agent_id], "tagsToAdd": ["y"]}
        )
    first = client.get(f"{AGENTS}/action_status", params={"page": 0, "perPage": 5}).json()
    second = client.get(f"{AGENTS}/action_status", params={"page": 1, "perPage": 5}).json()
    assert (len(first["items"]), len(second["items"])) == (5, 2)
    assert not {i["actionId"] for i in first["items"]} & {i["actionId"] for i in second["items"]}


def test_bulk_upgrade_rollout_window(frozen: tuple[FleetSandbox, httpx.Client]) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › multiple agents › should create a .fleet-actions document with the agents, version, and upgrade window when rollout_duration_seconds passed"""  # noqa: E501
    sandbox, client = frozen
    ids = sandbox.add_agents(2, version="9.0.0")
    client.post(
        f"{AGENTS}/bulk_upgrade",
        json={"agents": ids, "version": "9.1.0", "rollout_duration_seconds": 6000},
    )
    status = _latest_status(client)
    assert status["hasRolloutPeriod"] is True
    assert status["startTime"] == _stamp(NOW)
    assert status["expiration"] == _stamp(NOW + timedelta(seconds=12000))


def test_bulk_upgrade_start_time(frozen: tuple[FleetSandbox, httpx.Client]) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/upgrade.ts › multiple agents › should create a .fleet-actions document with the agents, version, and start_time if start_time passed"""  # noqa: E501
    sandbox, client = frozen
    ids = sandbox.add_agents(1, version="9.0.0")
    start = NOW + timedelta(hours=1)
    client.post(
        f"{AGENTS}/bulk_upgrade",
        json={"agents": ids, "version": "9.1.0", "start_time": _stamp(start)},
    )
    status = _latest_status(client)
    assert (status["hasRolloutPeriod"], status["startTime"]) == (False, _stamp(start))
    assert status["expiration"] == _stamp(start + timedelta(days=30))


def test_bulk_upgrade_start_time_must_be_a_date(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/rest_spec/agent.ts PostBulkAgentUpgradeRequestSchema (start_time validator)"""  # noqa: E501
    ids = sandbox.add_agents(1, version="9.0.0")
    assert_error(
        client.post(
            f"{AGENTS}/bulk_upgrade",
            json={"agents": ids, "version": "9.1.0", "start_time": "not a date"},
        ),
        400,
        "[request body.start_time]: not a valid date",
    )


def test_actions_expire_a_month_after_creation(
    frozen: tuple[FleetSandbox, httpx.Client],
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agents/actions.ts createAgentAction (default expiration)"""  # noqa: E501
    sandbox, client = frozen
    (agent_id,) = sandbox.add_agents(1)
    client.post(f"{AGENTS}/{agent_id}/unenroll")
    assert _latest_status(client)["expiration"] == _stamp(NOW + timedelta(days=30))


def test_diagnostics_requests_expire_after_three_hours(
    frozen: tuple[FleetSandbox, httpx.Client],
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/request_diagnostics.ts › fleet_request_diagnostics › /agents/{agent_id}/request_diagnostics should work"""  # noqa: E501
    sandbox, client = frozen
    (agent_id,) = sandbox.add_agents(1)
    assert client.post(f"{AGENTS}/{agent_id}/request_diagnostics").status_code == 200
    status = _latest_status(client)
    assert (status["type"], status["nbAgentsActionCreated"]) == ("REQUEST_DIAGNOSTICS", 1)
    assert status["expiration"] == _stamp(NOW + timedelta(hours=3))


def test_action_past_its_expiration_is_expired() -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/action_status.ts › action_status_api › GET /api/fleet/agents/action_status › should respond 200 and the action statuses (EXPIRED)"""  # noqa: E501
    now = [NOW]
    sandbox = FleetSandbox(seed=7, clock=lambda: now[0], action_duration=10 * 3600)
    (agent_id,) = sandbox.add_agents(1)
    with sandbox.client() as client:
        client.post(f"{AGENTS}/{agent_id}/request_diagnostics")
        now[0] = NOW + timedelta(hours=4)
        assert _latest_status(client)["status"] == "EXPIRED"


def test_unenroll_an_agentless_agent(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agents/unenroll.ts unenrollAgentIsAllowed (agentless policies)"""  # noqa: E501
    policy_id = _policy(client, "Agentless", supports_agentless=True)
    (agent_id,) = sandbox.add_agents(1, policy_id=policy_id)
    assert_error(
        client.post(f"{AGENTS}/{agent_id}/unenroll"),
        400,
        f"Cannot unenroll agentless agent {agent_id}",
    )


def test_action_status_cancelled_after_completion(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agents/action_status.ts getActionStatuses (a CANCEL target reads CANCELLED)"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1)
    client.post(f"{AGENTS}/{agent_id}/unenroll")
    sandbox.complete_actions()
    action_id = _latest_status(client)["actionId"]
    client.post(f"{AGENTS}/actions/{action_id}/cancel")
    assert _latest_status(client)["status"] == "CANCELLED"


def test_action_status_error_hostname_falls_back_to_the_id(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agents/action_status.ts getActionStatuses (latestErrors hostname)"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1, version="9.0.0")
    client.post(f"{AGENTS}/bulk_upgrade", json={"agents": [agent_id, "ghost"], "version": "9.1.0"})
    sandbox.complete_actions()
    status = _latest_status(client)
    assert (status["nbAgentsAck"], status["nbAgentsFailed"], status["nbAgentsActioned"]) == (
        1,
        1,
        2,
    )
    assert status["latestErrors"] == [
        {
            "agentId": "ghost",
            "error": "Agent ghost not found",
            "timestamp": status["latestErrors"][0]["timestamp"],
            "hostname": "ghost",
        }
    ]


def test_upgrade_actions_do_not_expire() -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agents/action_status.ts getActions (isExpired skips UPGRADE)"""  # noqa: E501
    now = [NOW]
    sandbox = FleetSandbox(seed=7, clock=lambda: now[0], action_duration=100 * 86400)
    (agent_id,) = sandbox.add_agents(1, version="9.0.0")
    with sandbox.client() as client:
        _upgrade(client, agent_id, version="9.1.0")
        now[0] = NOW + timedelta(days=40)
        assert _latest_status(client)["status"] == "IN_PROGRESS"

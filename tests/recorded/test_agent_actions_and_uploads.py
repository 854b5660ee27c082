"""Agent operations beyond list/update/reassign, replayed from cassettes (sync and async).

Agents cannot be enrolled through the API: these are recorded against the sandbox
(``recording.add_agents``) and skipped on a real Kibana. Their policies are not deleted
afterwards (Kibana refuses to delete a policy with agents; the sandbox is discarded).
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]


@pytest.fixture
def policy(fleet: Any, recording: Any) -> Any:
    return fleet.agent_policies.create(name=recording.name("agent-extras"))


def _agent_ids(fleet: Any, recording: Any, policy: Any, count: int, **kwargs: Any) -> list[str]:
    recording.add_agents(count, policy_id=policy.id, **kwargs)
    return [a.id for a in fleet.agents.list(kuery=f"policy_id:{policy.id}").to_list()]


def test_tags_are_aggregated(fleet: Any, recording: Any, policy: Any) -> None:
    recording.add_agents(2, policy_id=policy.id, tags=["web", "prod"])
    recording.add_agents(1, policy_id=policy.id, tags=["db"])

    assert sorted(fleet.agents.tags()) == ["db", "prod", "web"]


def test_bulk_request_diagnostics_then_agents_by_action(
    fleet: Any, recording: Any, policy: Any
) -> None:
    ids = _agent_ids(fleet, recording, policy, 2)

    action = fleet.agents.bulk_request_diagnostics(agents=ids).to_dict()

    assert sorted(fleet.agents.by_action_ids(action_ids=[action["actionId"]])) == sorted(ids)


def test_create_action_for_one_agent(fleet: Any, recording: Any, policy: Any) -> None:
    (agent_id,) = _agent_ids(fleet, recording, policy, 1)

    item = fleet.agents.create_action(
        id=agent_id, action={"type": "SETTINGS", "data": {"log_level": "debug"}}
    ).to_dict()["item"]

    assert item["type"] == "SETTINGS"
    assert item["agents"] == [agent_id]


def test_request_diagnostics_then_uploads(fleet: Any, recording: Any, policy: Any) -> None:
    (agent_id,) = _agent_ids(fleet, recording, policy, 1)

    action_id = fleet.agents.request_diagnostics(id=agent_id).action_id
    uploads = fleet.agents.uploads(id=agent_id).to_dict()["items"]

    assert [(u["actionId"], u["status"]) for u in uploads] == [(action_id, "AWAITING_UPLOAD")]


def test_upload_file_is_a_zip(fleet: Any, recording: Any, policy: Any) -> None:
    (agent_id,) = _agent_ids(fleet, recording, policy, 1)
    fleet.agents.request_diagnostics(id=agent_id)
    recording.complete_actions()
    upload = fleet.agents.uploads(id=agent_id).to_dict()["items"][0]

    content = fleet.agents.upload_file(file_id=upload["id"], file_name=upload["name"])

    assert zipfile.ZipFile(io.BytesIO(content)).namelist() == ["version.txt"]


def test_delete_upload(fleet: Any, recording: Any, policy: Any) -> None:
    (agent_id,) = _agent_ids(fleet, recording, policy, 1)
    fleet.agents.request_diagnostics(id=agent_id)
    recording.complete_actions()
    file_id = fleet.agents.uploads(id=agent_id).to_dict()["items"][0]["id"]

    deleted = fleet.agents.delete_upload(file_id=file_id).to_dict()

    assert deleted == {"id": file_id, "deleted": True}
    assert fleet.agents.uploads(id=agent_id).to_dict()["items"][0]["status"] == "DELETED"


def test_migrate_one_agent(fleet: Any, recording: Any, policy: Any) -> None:
    (agent_id,) = _agent_ids(fleet, recording, policy, 1)

    result = fleet.agents.migrate(
        id=agent_id, uri="https://other-fleet:8220", enrollment_token="placeholder"
    ).to_dict()

    assert fleet.agents.by_action_ids(action_ids=[result["actionId"]]) == [agent_id]


def test_bulk_migrate(fleet: Any, recording: Any, policy: Any) -> None:
    ids = _agent_ids(fleet, recording, policy, 2)

    result = fleet.agents.bulk_migrate(
        agents=ids, uri="https://other-fleet:8220", enrollment_token="placeholder"
    ).to_dict()

    assert sorted(fleet.agents.by_action_ids(action_ids=[result["actionId"]])) == sorted(ids)


def test_incoming_data(fleet: Any, recording: Any, policy: Any) -> None:
    ids = _agent_ids(fleet, recording, policy, 2)

    result = fleet.agents.incoming_data(agents_ids=ids).to_dict()

    assert [list(entry) for entry in result["items"]] == [[ids[0]], [ids[1]]]

"""Agent actions, diagnostics, uploads, migration, tags and incoming data through the facade
(sync and async).
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from fleet_facade.sandbox import FleetSandbox


def test_agent_tags_are_aggregated(fleet: Any, sandbox: FleetSandbox) -> None:
    sandbox.add_agents(2, tags=["web", "prod"])
    sandbox.add_agents(1, tags=["db"])
    # showInactive reveals inactive agents' tags; unenrolled agents' tags stay hidden (Kibana).
    sandbox.add_agents(1, tags=["gone"], status="inactive")
    # Kibana sorts the tag names alphabetically (services/agents/crud.ts getAgentTags).
    assert fleet.agents.tags() == ["db", "prod", "web"]
    assert "gone" in fleet.agents.tags(show_inactive=True)
    assert fleet.agents.tags(kuery="tags:db") == ["db"]


def test_agents_by_action_ids(fleet: Any, sandbox: FleetSandbox) -> None:
    agent_ids = sandbox.add_agents(2)
    action = fleet.agents.bulk_request_diagnostics(agents=agent_ids).to_dict()
    assert sorted(fleet.agents.by_action_ids(action_ids=[action["actionId"]])) == sorted(agent_ids)


def test_create_action(fleet: Any, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    item = fleet.agents.create_action(
        id=agent_id, action={"type": "SETTINGS", "data": {"log_level": "debug"}}
    ).to_dict()["item"]
    assert item["type"] == "SETTINGS"
    assert item["agents"] == [agent_id]


def test_request_diagnostics_then_uploads(fleet: Any, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    action_id = fleet.agents.request_diagnostics(id=agent_id).action_id
    uploads = fleet.agents.uploads(id=agent_id).to_dict()["items"]
    assert [(u["actionId"], u["status"]) for u in uploads] == [(action_id, "AWAITING_UPLOAD")]
    sandbox.complete_actions()
    assert fleet.agents.uploads(id=agent_id).to_dict()["items"][0]["status"] == "READY"


def test_delete_upload(fleet: Any, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    fleet.agents.request_diagnostics(id=agent_id, additional_metrics=["CPU"])
    sandbox.complete_actions()
    file_id = fleet.agents.uploads(id=agent_id).to_dict()["items"][0]["id"]
    assert fleet.agents.delete_upload(file_id=file_id).to_dict() == {"id": file_id, "deleted": True}
    assert fleet.agents.uploads(id=agent_id).to_dict()["items"][0]["status"] == "DELETED"


def test_upload_file_is_the_zip(fleet: Any, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    fleet.agents.request_diagnostics(id=agent_id)
    sandbox.complete_actions()
    upload = fleet.agents.uploads(id=agent_id).to_dict()["items"][0]
    content = fleet.agents.upload_file(file_id=upload["id"], file_name=upload["name"])
    assert zipfile.ZipFile(io.BytesIO(content)).namelist() == ["version.txt"]


def test_bulk_request_diagnostics_by_kuery(fleet: Any, sandbox: FleetSandbox) -> None:
    sandbox.add_agents(2, tags=["x"])
    sandbox.add_agents(1)
    action_id = fleet.agents.bulk_request_diagnostics(agents="tags:x").action_id
    assert len(fleet.agents.by_action_ids(action_ids=[action_id])) == 2


def test_migrate(fleet: Any, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    result = fleet.agents.migrate(
        id=agent_id, uri="https://other-fleet:8220", enrollment_token="tok"
    )
    assert fleet.agents.by_action_ids(action_ids=[result.action_id]) == [agent_id]


def test_bulk_migrate(fleet: Any, sandbox: FleetSandbox) -> None:
    agent_ids = sandbox.add_agents(3)
    result = fleet.agents.bulk_migrate(
        agents=agent_ids, uri="https://other-fleet:8220", enrollment_token="tok"
    ).to_dict()
    assert sorted(fleet.agents.by_action_ids(action_ids=[result["actionId"]])) == sorted(agent_ids)


def test_incoming_data_for_a_list_of_agents(fleet: Any, sandbox: FleetSandbox) -> None:
    agent_ids = sandbox.add_agents(2)
    result = fleet.agents.incoming_data(agents_ids=agent_ids).to_dict()
    assert [list(entry) for entry in result["items"]] == [[agent_ids[0]], [agent_ids[1]]]


def test_incoming_data_for_one_agent(fleet: Any, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    result = fleet.agents.incoming_data(agents_ids=agent_id).to_dict()  # type: ignore[arg-type]
    assert result["items"] == [{agent_id: {"data": False}}]

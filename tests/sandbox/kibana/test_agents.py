"""Agents: listing (kuery, sort, paging, searchAfter, point in time), get, update, delete, tags
and agent status, as Kibana's API integration tests and Fleet's agent services state them.

Kibana's tests live under ``x-pack/platform/test/fleet_api_integration/apis/`` and Fleet's
server under ``x-pack/platform/plugins/shared/fleet/``.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from fleet_facade.sandbox import FleetSandbox

from .._helpers import assert_error

AGENTS = "/api/fleet/agents"


def _ids(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


def _policy(client: httpx.Client, name: str, **fields: Any) -> str:
    response = client.post(
        "/api/fleet/agent_policies", json={"name": name, "namespace": "default", **fields}
    )
    assert response.status_code == 200, response.text
    policy_id: str = response.json()["item"]["id"]
    return policy_id


# -- list -----------------------------------------------------------------------------------------


def test_list_answers_page_total_and_items(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/list.ts › fleet_list_agent › should return the list of agents when requesting as admin"""  # noqa: E501
    sandbox.add_agents(4)
    body = client.get(AGENTS).json()
    assert (body["total"], body["page"], body["perPage"], len(body["items"])) == (4, 1, 20, 4)
    assert "list" not in body


def test_list_kuery_with_the_fleet_agents_prefix(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/list.ts › fleet_list_agent › should return 200 if the passed kuery is valid"""  # noqa: E501
    _, second = sandbox.add_agents(2)
    kuery = "fleet-agents.local_metadata.host.hostname:host-000002"
    assert _ids(client.get(AGENTS, params={"kuery": kuery})) == [second]


def test_list_kuery_without_the_prefix(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/list.ts › fleet_list_agent › should return 200 also if the passed kuery does not have prefix fleet-agents"""  # noqa: E501
    first, _ = sandbox.add_agents(2)
    response = client.get(AGENTS, params={"kuery": "local_metadata.host.hostname:host-000001"})
    assert _ids(response) == [first]


def test_list_kuery_unknown_prefixed_field(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/list.ts › fleet_list_agent › with enableStrictKQLValidation should return 400 if passed kuery has non existing parameters"""  # noqa: E501
    sandbox.add_agents(1)
    assert_error(
        client.get(AGENTS, params={"kuery": "fleet-agents.non_existent_parameter:healthy"}),
        400,
        "[request query.kuery]: KQLSyntaxError: This key 'fleet-agents.non_existent_parameter' "
        "does NOT exist in fleet-agents saved object index patterns",
    )


def test_list_kuery_unknown_field_without_a_dot(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/routes/utils/filter_utils.ts hasFilterKeyError (a key without a dot is a type)"""  # noqa: E501
    assert_error(
        client.get(AGENTS, params={"kuery": "non_existent:healthy"}),
        400,
        "[request query.kuery]: KQLSyntaxError: This type 'non_existent' is not allowed",
    )


def test_list_kuery_several_unknown_fields_one_line_each(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/routes/utils/filter_utils.ts validateKuery (errors joined by newlines)"""  # noqa: E501
    assert_error(
        client.get(AGENTS, params={"kuery": "fleet-agents.x:1 and y:2"}),
        400,
        "[request query.kuery]: KQLSyntaxError: This key 'fleet-agents.x' does NOT exist in "
        "fleet-agents saved object index patterns\nThis type 'y' is not allowed",
    )


def test_list_kuery_that_does_not_parse(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/list.ts › fleet_list_agent › with enableStrictKQLValidation should return a 400 when given an invalid "kuery" value"""  # noqa: E501
    response = client.get(AGENTS, params={"kuery": "status:(online"})
    assert response.status_code == 400
    # The schema's validator swallows parse errors; the service's _joinFilters words them.
    message = response.json()["message"]
    assert message.startswith("Kuery is malformed: ")
    assert "[request query" not in message and message.endswith("status:(online\n--------------^")


def test_saved_object_listing_words_a_kql_syntax_error_differently(client: httpx.Client) -> None:
    """Kibana: src/core/packages/saved-objects/api-server-internal/src/lib/apis/find.ts performFind (KQLSyntaxError as a Boom bad request)"""  # noqa: E501
    response = client.get("/api/fleet/agent_policies", params={"kuery": "name:(x"})
    assert response.status_code == 400
    message = response.json()["message"]
    assert message.startswith("KQLSyntaxError: Expected ")
    assert message.endswith(": Bad Request")


def test_list_sort_by_last_checkin_desc(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/list.ts › fleet_list_agent › should return a 200 when given sort options"""  # noqa: E501
    ids = sandbox.add_agents(4)
    for day, agent_id in enumerate(ids, start=1):
        sandbox.state.agents[agent_id].last_checkin = f"2025-01-0{day}T00:00:00.000Z"
    response = client.get(AGENTS, params={"sortField": "last_checkin", "sortOrder": "desc"})
    assert _ids(response) == ids[::-1]


def test_list_default_order_breaks_enrollment_ties_by_hostname(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/list.ts › fleet_list_agent › should return agents in enrolled_at and hostname order when default sort options and same enrollment time"""  # noqa: E501
    ids = sandbox.add_agents(4)
    agents = sandbox.state.agents
    agents[ids[3]].enrolled_at = "2030-01-01T00:00:00.000Z"
    for agent_id, name in zip(ids[:3], ("c-host", "a-host", "b-host"), strict=True):
        agents[agent_id].hostname = name
        agents[agent_id].changed()
    sandbox.add_agents(0)  # invalidate cached orderings
    expected = [ids[3], ids[1], ids[2], ids[0]]
    assert _ids(client.get(AGENTS)) == expected
    assert _ids(client.get(AGENTS)) == expected


def test_list_next_search_after_is_the_last_items_sort(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/list.ts › advanced search params › should return correct results with searchAfter parameter"""  # noqa: E501
    sandbox.add_agents(3)
    body = client.get(
        AGENTS, params={"perPage": 1, "sortField": "agent.id", "sortOrder": "desc"}
    ).json()
    assert body["page"] == 1
    assert body["nextSearchAfter"] == json.dumps(body["items"][0]["sort"], separators=(",", ":"))


def test_list_search_after_continues_with_page_zero(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/list.ts › advanced search params › should return correct results with searchAfter parameter (page 0)"""  # noqa: E501
    ids = sorted(sandbox.add_agents(3), reverse=True)
    params: dict[str, Any] = {"perPage": 1, "sortField": "agent.id", "sortOrder": "desc"}
    first = client.get(AGENTS, params=params).json()
    second = client.get(AGENTS, params={**params, "searchAfter": first["nextSearchAfter"]}).json()
    assert [first["items"][0]["id"], second["items"][0]["id"]] == ids[:2]
    assert second["page"] == 0


def test_list_open_pit_answers_a_pit_id(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/list.ts › advanced search params › should return a pit ID when openPit is true"""  # noqa: E501
    sandbox.add_agents(2)
    body = client.get(AGENTS, params={"openPit": "true", "pitKeepAlive": "1s"}).json()
    assert {"page", "total", "items", "pit"} <= set(body)
    assert isinstance(body["pit"], str) and body["pit"]


def test_list_pit_keeps_the_old_ordering(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/list.ts › advanced search params › should use pit to return correct results"""  # noqa: E501
    sandbox.add_agents(2)
    opened = client.get(AGENTS, params={"openPit": "true", "pitKeepAlive": "1m"}).json()
    sandbox.add_agents(2)
    again = client.get(AGENTS, params={"pitId": opened["pit"], "pitKeepAlive": "1m"}).json()
    assert [i["id"] for i in again["items"]] == [i["id"] for i in opened["items"]]
    assert client.get(AGENTS).json()["total"] == 4


def test_list_page_window_over_10000(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/rest_spec/agent.ts GetAgentsRequestSchema (query validate: page window)"""  # noqa: E501
    assert_error(
        client.get(AGENTS, params={"page": 101, "perPage": 100}),
        400,
        "[request query]: You cannot use page and perPage page over 10000 agents",
    )


def test_list_open_pit_with_a_pit_id(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/rest_spec/agent.ts GetAgentsRequestSchema (query validate: openPit with pitId)"""  # noqa: E501
    assert_error(
        client.get(AGENTS, params={"openPit": "true", "pitId": "x", "pitKeepAlive": "1m"}),
        400,
        "[request query]: You cannot request to open a new point-in-time with an existing pitId",
    )


def test_list_pit_without_keep_alive(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/rest_spec/agent.ts GetAgentsRequestSchema (query validate: pitKeepAlive)"""  # noqa: E501
    assert_error(
        client.get(AGENTS, params={"pitId": "x"}),
        400,
        "[request query]: You must provide pitKeepAlive when using point-in-time parameters",
    )


def test_list_point_in_time_checked_before_search_after(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/rest_spec/agent.ts GetAgentsRequestSchema (query validate order)"""  # noqa: E501
    assert_error(
        client.get(AGENTS, params={"openPit": "true", "searchAfter": "[1]", "page": 2}),
        400,
        "[request query]: You must provide pitKeepAlive when using point-in-time parameters",
    )


def test_list_search_after_with_page(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/rest_spec/agent.ts GetAgentsRequestSchema (query validate: searchAfter with page)"""  # noqa: E501
    assert_error(
        client.get(AGENTS, params={"searchAfter": "[1]", "page": 2}),
        400,
        "[request query]: You cannot use page parameter when using searchAfter",
    )


def test_list_search_after_empty(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/rest_spec/agent.ts GetAgentsRequestSchema (query validate: empty searchAfter)"""  # noqa: E501
    assert_error(
        client.get(AGENTS, params={"searchAfter": "[]"}),
        400,
        "[request query]: searchAfter must be a non-empty array",
    )


def test_list_before_9_1_has_no_search_after(kibana_at: Any) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/rest_spec/agent.ts GetAgentsRequestSchema (searchAfter and PIT keys added in 9.1)"""  # noqa: E501
    http = kibana_at("9.0.0")
    assert_error(
        http.get(AGENTS, params={"searchAfter": "[1]"}),
        400,
        "[request query.searchAfter]: definition for this key is missing",
    )
    assert_error(
        http.get(AGENTS, params={"openPit": "true", "pitKeepAlive": "1m"}),
        400,
        "[request query.openPit]: definition for this key is missing",
    )


def test_list_before_9_1_items_have_no_sort(kibana_at: Any) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agents/crud.ts getAgentsByKuery (nextSearchAfter and sort values from 9.1)"""  # noqa: E501
    http = kibana_at("8.19.0")
    http.sandbox.add_agents(2)
    body = http.get(AGENTS).json()
    assert "nextSearchAfter" not in body
    assert len(body["items"]) == 2
    assert all("sort" not in item for item in body["items"])


def test_list_show_inactive_still_hides_unenrolled(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agents/crud.ts getAgentsByKuery (ENROLLED_AGENT_CONDITION, includeUnenrolled)"""  # noqa: E501
    (online,) = sandbox.add_agents(1)
    (inactive,) = sandbox.add_agents(1, status="inactive")
    sandbox.add_agents(1, status="unenrolled")
    assert _ids(client.get(AGENTS)) == [online]
    assert set(_ids(client.get(AGENTS, params={"showInactive": "true"}))) == {online, inactive}


def test_list_kuery_naming_unenrolled_shows_them(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agents/crud.ts getAgentsByKuery (a kuery with status:unenrolled lifts the filter)"""  # noqa: E501
    sandbox.add_agents(1)
    (unenrolled,) = sandbox.add_agents(1, status="unenrolled")
    assert _ids(client.get(AGENTS, params={"kuery": "status:unenrolled"})) == [unenrolled]
    assert len(_ids(client.get(AGENTS, params={"kuery": "status:*"}))) == 2


def test_list_status_summary(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/list.ts › fleet_list_agent › should return a status summary if getStatusSummary provided"""  # noqa: E501
    sandbox.add_agents(2)
    sandbox.add_agents(1, status="offline")
    sandbox.add_agents(1, status="degraded")
    body = client.get(AGENTS, params={"getStatusSummary": "true", "perPage": 0}).json()
    assert body["items"] == []
    assert body["statusSummary"] == {
        "degraded": 1,
        "enrolling": 0,
        "error": 0,
        "inactive": 0,
        "offline": 1,
        "online": 2,
        "orphaned": 0,
        "unenrolled": 0,
        "unenrolling": 0,
        "updating": 0,
        "uninstalled": 0,
    }


def test_list_status_summary_of_upgradeable_agents(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/list.ts › fleet_list_agent › should return correct status summary if showUpgradeable is provided"""  # noqa: E501
    old = sandbox.add_agents(2, version="9.0.0")
    sandbox.add_agents(1, version="9.1.0")
    (offline,) = sandbox.add_agents(1, status="offline", version="9.0.0")
    sandbox.state.agents[old[1]].upgradeable = False
    params = {"getStatusSummary": "true", "showUpgradeable": "true"}
    body = client.get(AGENTS, params=params).json()
    assert sorted(i["id"] for i in body["items"]) == sorted([old[0], offline])
    assert (body["statusSummary"]["online"], body["statusSummary"]["offline"]) == (1, 1)


# -- get, update, delete ------------------------------------------------------------------------


def test_get_unknown_agent(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agents/crud.ts getAgentById"""
    assert_error(client.get(f"{AGENTS}/agent100"), 404, "Agent agent100 not found")


def test_update_tags(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/update.ts › fleet_agents_update › should return a 200 if this a valid update request with tags"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1)
    response = client.put(f"{AGENTS}/{agent_id}", json={"tags": ["tag1"]})
    assert response.json()["item"]["tags"] == ["tag1"]


def test_update_dedupes_tags(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/update.ts › fleet_agents_update › should dedupe tags in agent update"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1)
    response = client.put(f"{AGENTS}/{agent_id}", json={"tags": ["tag1", "tag2", "tag1"]})
    assert response.json()["item"]["tags"] == ["tag1", "tag2"]


def test_update_user_provided_metadata(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/update.ts › fleet_agents_update › should return a 200 if this a valid update request with user metadata"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1)
    response = client.put(f"{AGENTS}/{agent_id}", json={"user_provided_metadata": {"data": "test"}})
    assert response.json()["item"]["user_provided_metadata"] == {"data": "test"}


def test_delete_unknown_agent(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/delete.ts › fleet_delete_agent › should return a 404 if there is no agent to delete"""  # noqa: E501
    assert_error(client.delete(f"{AGENTS}/i-do-not-exist"), 404, "Agent i-do-not-exist not found")


def test_delete_keeps_the_document_inactive(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/delete.ts › fleet_delete_agent › should return a 200 after deleting an agent"""  # noqa: E501
    (agent_id,) = sandbox.add_agents(1)
    response = client.delete(f"{AGENTS}/{agent_id}")
    assert (response.status_code, response.json()) == (200, {"action": "deleted"})
    item = client.get(f"{AGENTS}/{agent_id}").json()["item"]
    assert item["active"] is False
    assert client.get(AGENTS).json()["total"] == 0


# -- tags ---------------------------------------------------------------------------------------


def test_tags_sorted_case_insensitively(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/list.ts › fleet_list_agent › should return tags of all agents"""  # noqa: E501
    sandbox.add_agents(3, tags=["tag1"])
    sandbox.add_agents(1, tags=["existingTag", "Beta"])
    assert client.get(f"{AGENTS}/tags").json() == {"items": ["Beta", "existingTag", "tag1"]}


def test_tags_leave_out_inactive_and_unenrolled_agents(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agents/crud.ts getAgentTags (showInactive and the unenrolled filter)"""  # noqa: E501
    sandbox.add_agents(1, tags=["live"])
    sandbox.add_agents(1, status="inactive", tags=["sleeping"])
    sandbox.add_agents(1, status="unenrolled", tags=["gone"])
    assert client.get(f"{AGENTS}/tags").json() == {"items": ["live"]}
    shown = client.get(f"{AGENTS}/tags", params={"showInactive": "true"}).json()
    assert shown == {"items": ["live", "sleeping"]}


# -- agent status -------------------------------------------------------------------------------


def test_agent_status_counts(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/status.ts › fleet_agents_status › should return the status of agents"""  # noqa: E501
    sandbox.add_agents(2, status="online")
    sandbox.add_agents(1, status="error")
    sandbox.add_agents(1, status="degraded")
    sandbox.add_agents(1, status="offline")
    sandbox.add_agents(1, status="updating")
    sandbox.add_agents(1, status="enrolling")
    sandbox.add_agents(2, status="inactive")
    sandbox.add_agents(1, status="unenrolled")
    results = client.get("/api/fleet/agent_status").json()["results"]
    expected = {"online": 2, "error": 2, "offline": 1, "updating": 2, "inactive": 2}
    assert {key: results[key] for key in expected} == expected
    assert (results["unenrolled"], results["all"], results["active"]) == (1, 10, 7)
    assert (results["events"], results["other"]) == (0, 0)


def test_agent_status_deprecated_path(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/status.ts › fleet_agents_status › should work with deprecated api"""  # noqa: E501
    sandbox.add_agents(3)
    old = client.get("/api/fleet/agent-status")
    assert old.status_code == 200
    assert old.json() == client.get("/api/fleet/agent_status").json()


def test_agent_status_kuery_without_prefix(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/status.ts › fleet_agents_status › should return 200 also if the kuery does not have prefix fleet-agents"""  # noqa: E501
    sandbox.add_agents(2)
    sandbox.add_agents(1, status="offline")
    response = client.get("/api/fleet/agent_status", params={"kuery": "status:offline"})
    assert response.json()["results"]["all"] == 1


def test_agent_status_kuery_unknown_field(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/status.ts › fleet_agents_status › with enableStrictKQLValidation should return 400 if passed kuery has non existing parameters"""  # noqa: E501
    assert_error(
        client.get("/api/fleet/agent_status", params={"kuery": "fleet-agents.nope:online"}),
        400,
        "[request query.kuery]: KQLSyntaxError: This key 'fleet-agents.nope' does NOT exist in "
        "fleet-agents saved object index patterns",
    )


def test_incoming_data_for_agents(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/status.ts › fleet_agents_status › should return incoming data status for specified agents"""  # noqa: E501
    response = client.get(
        "/api/fleet/agent_status/data", params=[("agentsIds", "agent1"), ("agentsIds", "agent2")]
    )
    assert response.json() == {
        "items": [{"agent1": {"data": False}}, {"agent2": {"data": False}}],
        "dataPreview": [],
    }


def test_list_kuery_on_a_mapped_key_field(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/agents/list.ts › fleet_list_agent › should accept a valid "kuery" value"""  # noqa: E501
    sandbox.add_agents(2)
    response = client.get(AGENTS, params={"kuery": 'fleet-agents.access_api_key_id : "api-key-2"'})
    assert (response.status_code, response.json()["total"]) == (200, 0)


def test_list_kuery_on_a_field_outside_the_mapping(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/constants/mappings.ts AGENT_MAPPINGS (policy_revision_idx is mapped, policy_revision is not)"""  # noqa: E501
    assert client.get(AGENTS, params={"kuery": "policy_revision_idx:1"}).status_code == 200
    assert_error(
        client.get(AGENTS, params={"kuery": "policy_revision:1"}),
        400,
        "[request query.kuery]: KQLSyntaxError: This type 'policy_revision' is not allowed",
    )

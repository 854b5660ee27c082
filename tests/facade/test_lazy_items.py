"""Listing pages build each item's model when it is reached (``fleet_facade._items``)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from fleet_api_client.models.agent import Agent

from fleet_facade import Fleet, UnexpectedResponseError
from fleet_facade._items import LazyItems, TakeItems, item_model
from fleet_facade._ops import operation


def _agents(count: int) -> list[dict[str, Any]]:
    return [{"id": f"a{n}", "type": "PERMANENT", "active": True} for n in range(count)]


class CountingBuild:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, data: Any) -> Agent:
        self.calls += 1
        return Agent.from_dict(data)


def test_models_are_built_on_first_access_and_kept_by_the_page() -> None:
    build = CountingBuild()
    items = LazyItems(_agents(5), build, "get-fleet-agents")
    assert len(items) == 5 and build.calls == 0
    assert items[-1].id == "a4" and items[4] is items[-1]
    assert [a.id for a in items[1:3]] == ["a1", "a2"]
    assert build.calls == 3
    assert [a.id for a in items] == ["a0", "a1", "a2", "a3", "a4"]
    assert build.calls == 5  # each item built once
    assert items == [Agent.from_dict(raw) for raw in _agents(5)]
    assert "5 items of get-fleet-agents" in repr(items)
    with pytest.raises(IndexError):
        items[5]


def test_passing_iteration_builds_without_keeping() -> None:
    build = CountingBuild()
    items = LazyItems(_agents(3), build, "get-fleet-agents")
    first = items[0]
    passed = list(items.passing())
    assert passed[0] is first  # already built: reused
    assert build.calls == 3
    assert list(items.passing())[1] is not passed[1]  # not kept: built again


def test_a_malformed_item_is_an_unexpected_response_naming_its_position() -> None:
    raw = [*_agents(2), {"type": "PERMANENT"}]  # no id: Agent requires one
    items = LazyItems(raw, Agent.from_dict, "get-fleet-agents")
    assert items[1].id == "a1"
    with pytest.raises(UnexpectedResponseError, match=r"item 2 is malformed.*KeyError") as caught:
        items[2]
    # Named by method and path like every other error, not by the operation id.
    assert (caught.value.method, caught.value.path) == ("GET", "/api/fleet/agents")


def test_item_models_are_read_from_the_generated_envelopes() -> None:
    assert item_model(operation("get-fleet-agents")) is Agent
    # Outputs are a union of output kinds: their items stay as the envelope parses them.
    assert item_model(operation("get-fleet-outputs")) is None
    take = TakeItems("get-fleet-outputs")
    data = {"items": [{"id": "o"}], "total": 1}
    take(data)
    assert data == {"items": [{"id": "o"}], "total": 1}
    assert take.items(["parsed"]) == ["parsed"]


def test_listing_yields_good_items_then_raises_at_the_malformed_one() -> None:
    pages = {
        1: {"items": _agents(2), "total": 4, "page": 1, "perPage": 2},
        2: {"items": [{"id": "a2"}, {"no": "id"}], "total": 4, "page": 2, "perPage": 2},
    }

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/status":
            return httpx.Response(200, json={"version": {"number": "8.13.0"}})
        page = int(request.url.params.get("page", "1"))
        return httpx.Response(200, content=json.dumps(pages[page]).encode())

    fleet = Fleet("http://k", api_key="k", transport=httpx.MockTransport(answer))
    seen: list[str] = []
    with pytest.raises(UnexpectedResponseError, match="item 1 is malformed"):
        for agent in fleet.agents.list(per_page=2):
            seen.append(agent.id)
    assert seen == ["a0", "a1", "a2"]


def test_pages_hand_out_lazy_items_with_the_envelope_fields(fleet: Any, sandbox: Any) -> None:
    sandbox.add_agents(5)
    pages = list(fleet.agents.list(per_page=2).pages())
    assert [len(page.items) for page in pages] == [2, 2, 1]
    assert all(isinstance(page.items, LazyItems) for page in pages)
    assert pages[0].total == 5
    assert {agent.id for page in pages for agent in page.items} == set(sandbox.state.agents)

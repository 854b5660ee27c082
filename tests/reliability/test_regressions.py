"""Facade bugs the reliability tests found, kept as regression tests.

Each test states the behaviour the facade must keep: undocumented 2xx answers, deletes whose
answer was lost, malformed inputs/vars/agent selectors, missing ids, ids too long for a URL,
and updates that must send the fields Kibana's PUT schema requires.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from fleet_facade import (
    Fleet,
    InvalidArgumentError,
    InvalidRequestError,
    UnexpectedResponseError,
)
from fleet_facade.sandbox import FleetSandbox

URL = "http://kibana.invalid"


def _fleet(sandbox: FleetSandbox, **kwargs: Any) -> Fleet:
    return Fleet(URL, api_key=sandbox.api_key, transport=sandbox.transport(), **kwargs)


def _answering(status: int, body: Any) -> Fleet:
    return Fleet(
        URL,
        api_key="k",
        transport=httpx.MockTransport(lambda _request: httpx.Response(status, json=body)),
        max_retries=0,
    )


@pytest.mark.parametrize("status", [201, 204])
def test_a_listing_answered_with_another_2xx_is_an_unexpected_response(status: int) -> None:
    with _answering(status, {"items": []}) as fleet, pytest.raises(
        UnexpectedResponseError, match=f"HTTP {status}.*unexpected status"
    ) as caught:
        fleet.outputs.list().to_list()
    assert (caught.value.method, caught.value.path) == ("GET", "/api/fleet/outputs")


def test_a_delete_whose_answer_was_lost_succeeds_on_retry() -> None:
    sandbox = FleetSandbox(seed=3)
    with _fleet(sandbox, sleep=lambda _s: None) as fleet:
        policy = fleet.agent_policies.create(name="lost-answer")
        sandbox.faults.add(
            path="/api/fleet/agent_policies/delete", drop=True, apply_first=True, times=1
        )
        fleet.agent_policies.delete(id=policy.id)

    assert sandbox.count("agent_policies") == 0


def test_package_policy_vars_that_are_not_a_mapping_are_refused_clearly() -> None:
    sandbox = FleetSandbox(seed=3)
    with _fleet(sandbox) as fleet:
        policy = fleet.agent_policies.create(name="vars")
        with pytest.raises(InvalidArgumentError, match="vars must be a mapping"):
            fleet.package_policies.create(
                name="n", package="nginx", version="1.6.0", policy_id=policy.id, vars=True
            )


def test_package_policy_inputs_that_are_not_a_mapping_are_refused_clearly() -> None:
    sandbox = FleetSandbox(seed=3)
    with _fleet(sandbox) as fleet:
        policy = fleet.agent_policies.create(name="inputs")
        with pytest.raises(InvalidArgumentError, match="inputs must be a mapping"):
            fleet.package_policies.create(
                name="n", package="nginx", version="1.6.0", policy_id=policy.id, inputs="x"
            )


def test_a_missing_agent_selector_is_refused_clearly() -> None:
    with _fleet(FleetSandbox(seed=3)) as fleet, pytest.raises(
        InvalidArgumentError, match="agents must be"
    ):
        fleet.agents.bulk_update_tags(agents=None, tags_to_add=["x"])  # type: ignore[arg-type]


def test_a_missing_id_is_refused_clearly() -> None:
    with _fleet(FleetSandbox(seed=3)) as fleet, pytest.raises(
        InvalidArgumentError, match="an id is required"
    ):
        fleet.agent_policies.get(id=None)  # type: ignore[arg-type]


def test_an_id_too_long_for_a_url_is_refused_before_sending() -> None:
    sandbox = FleetSandbox(seed=3)
    with _fleet(sandbox) as fleet, pytest.raises(InvalidRequestError, match="at most 512 bytes"):
        fleet.agent_policies.get(id="a" * 70_000)
    assert sandbox.requests == []


def test_renaming_a_download_source_sends_what_kibana_requires() -> None:
    sandbox = FleetSandbox(seed=3)
    with _fleet(sandbox) as fleet:
        source = fleet.download_sources.create(name="a", host="https://dl.example/")
        fleet.download_sources.update(id=source.id, name="b")

    body = sandbox.requests[-1].body
    assert body.get("host") == "https://dl.example/"

"""Enrollment API keys (reference section 4)."""

from __future__ import annotations

from typing import Any

import httpx

from ._helpers import assert_error

KEYS = "/api/fleet/enrollment_api_keys"


def test_duplicate_key_name_for_policy_answers_409(client: httpx.Client) -> None:
    client.post(
        "/api/fleet/agent_policies", json={"id": "policy1", "name": "p", "namespace": "default"}
    )
    first = client.post(KEYS, json={"policy_id": "policy1", "name": "something"})
    assert first.json()["action"] == "created"
    assert first.json()["item"]["name"] == f"something ({first.json()['item']['id']})"
    # Reference examples/03, verbatim.
    assert_error(
        client.post(KEYS, json={"policy_id": "policy1", "name": "something"}),
        409,
        "An enrollment key named something already exists for agent policy policy1",
    )


def test_key_for_unknown_policy_answers_404(client: httpx.Client) -> None:
    assert_error(
        client.post(KEYS, json={"policy_id": "nope"}), 404, 'Agent policy "nope" not found'
    )


def test_get_and_revoke(client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    key = client.post(KEYS, json={"policy_id": agent_policy["id"]}).json()["item"]
    assert key["name"] == key["id"]  # no name: the uuid alone
    assert client.get(f"{KEYS}/{key['id']}").json()["item"] == key
    assert client.delete(f"{KEYS}/{key['id']}").json() == {"action": "deleted"}
    assert client.get(f"{KEYS}/{key['id']}").json()["item"]["active"] is False
    assert_error(client.get(f"{KEYS}/nope"), 404, "Enrollment api key nope not found")


def test_list_paging_and_kuery(client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    for number in range(3):
        client.post(KEYS, json={"policy_id": agent_policy["id"], "name": f"k{number}"})
    body = client.get(KEYS, params={"perPage": 2}).json()
    assert (body["total"], body["page"], body["perPage"], len(body["items"])) == (4, 1, 2, 2)
    assert body["list"] == body["items"]
    active = client.get(KEYS, params={"kuery": "fleet-enrollment-api-keys.name:k1*"}).json()
    assert active["total"] == 1
    assert client.get(KEYS, params={"kuery": "nofield:1"}).status_code == 400

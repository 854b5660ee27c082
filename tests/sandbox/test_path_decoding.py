"""Path ids decoded as Kibana's router (hapi) decodes them, the same in both serving modes.

Sources: hapijs/call ``lib/index.js`` (``normalize`` decodes only unreserved escapes; each
parameter is decoded with ``decodeURIComponent`` after matching, a failure is the
``badRequest`` special route) and hapijs/hapi ``lib/request.js`` (the WHATWG URL parser
removes dot segments first).
"""

from __future__ import annotations

import httpx
import pytest

from ._helpers import assert_error

POLICIES = "/api/fleet/agent_policies"


def create(client: httpx.Client, policy_id: str) -> None:
    body = {"id": policy_id, "name": f"policy {policy_id}", "namespace": "default"}
    response = client.post(POLICIES, json=body)
    assert response.status_code == 200, response.text


@pytest.mark.parametrize(
    ("policy_id", "encoded"),
    [
        ("a b", "a%20b"),  # before: found in process, 404 over HTTP
        ("a/b", "a%2Fb"),  # %2F stays inside its segment; before: 404 in process
        ("a/b", "a%2fb"),
        ("100%", "100%25"),
        ("ü", "%C3%BC"),
        ("a+b", "a+b"),  # "+" is a plain character in a path
    ],
)
def test_ids_are_percent_decoded_after_routing(
    any_client: httpx.Client, policy_id: str, encoded: str
) -> None:
    create(any_client, policy_id)
    response = any_client.get(httpx.URL(any_client.base_url.join(f"{POLICIES}/{encoded}")))
    assert response.status_code == 200, response.text
    assert response.json()["item"]["id"] == policy_id


@pytest.mark.parametrize("encoded", ["%zz", "%", "a%2", "%FF", "%ED%A0%80"])
def test_ids_that_do_not_decode_answer_400(any_client: httpx.Client, encoded: str) -> None:
    response = any_client.get(any_client.base_url.join(f"{POLICIES}/{encoded}"))
    assert_error(response, 400, "Bad Request")


def test_escaped_unreserved_characters_match_literal_segments(any_client: httpx.Client) -> None:
    response = any_client.get(any_client.base_url.join("/api/fleet/agent%5Fpolicies"))
    assert response.status_code == 200
    assert "items" in response.json()


def test_dot_segments_are_removed_before_routing(any_client: httpx.Client) -> None:
    create(any_client, "x")
    url = any_client.base_url.join(f"{POLICIES}/x/%2e%2E/x")
    response = any_client.get(url)
    assert response.status_code == 200, response.text
    assert response.json()["item"]["id"] == "x"

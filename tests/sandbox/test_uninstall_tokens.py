"""Uninstall tokens (``/api/fleet/uninstall_tokens``)."""

from __future__ import annotations

from typing import Any

import httpx

from ._helpers import assert_error


def test_uninstall_tokens(client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    listed = client.get("/api/fleet/uninstall_tokens").json()
    assert listed["total"] == 1
    token_id = listed["items"][0]["id"]
    assert "token" not in listed["items"][0]
    item = client.get(f"/api/fleet/uninstall_tokens/{token_id}").json()["item"]
    assert item["policy_id"] == agent_policy["id"] and item["token"]
    assert_error(
        client.get("/api/fleet/uninstall_tokens", params={"policyId": "a", "search": "b"}),
        400,
        "Query parameters `policyId` and `search` cannot be used at the same time.",
    )
    assert_error(
        client.get("/api/fleet/uninstall_tokens/nope"),
        404,
        "Uninstall Token not found with id nope",
    )

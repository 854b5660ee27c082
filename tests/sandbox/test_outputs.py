"""Outputs (``/api/fleet/outputs``)."""

from __future__ import annotations

from typing import Any

import httpx

from ._helpers import assert_error


def test_output_crud_and_404(client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    created = client.post(
        "/api/fleet/outputs",
        json={"name": "ls", "type": "logstash", "hosts": ["ls:5044"], "is_default": True},
    ).json()["item"]
    outputs = {o["id"]: o for o in client.get("/api/fleet/outputs").json()["items"]}
    assert outputs["fleet-default-output"]["is_default"] is False  # only one default
    policy = client.get(f"/api/fleet/agent_policies/{agent_policy['id']}").json()["item"]
    assert policy["revision"] == 2  # default output change bumps every agent policy
    updated = client.put(f"/api/fleet/outputs/{created['id']}", json={"name": "renamed"})
    assert updated.json()["item"]["name"] == "renamed"
    assert_error(client.get("/api/fleet/outputs/nope"), 404, "Output nope not found")
    deletable = client.post(
        "/api/fleet/outputs",
        json={"name": "es2", "type": "elasticsearch", "hosts": ["http://e:9200"]},
    ).json()["item"]
    assert client.delete(f"/api/fleet/outputs/{deletable['id']}").json() == {"id": deletable["id"]}

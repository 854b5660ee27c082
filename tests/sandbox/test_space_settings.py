"""Space settings (``/api/fleet/space_settings``, the spec's untagged operations)."""

from __future__ import annotations

import httpx


def test_space_settings_reject_prefix_with_dash(client: httpx.Client) -> None:
    response = client.put("/api/fleet/space_settings", json={"allowed_namespace_prefixes": ["a-b"]})
    assert response.status_code == 400


def test_space_settings_are_per_space(client: httpx.Client) -> None:
    client.put("/s/team/api/fleet/space_settings", json={"allowed_namespace_prefixes": ["team"]})
    assert client.get("/s/team/api/fleet/space_settings").json()["item"][
        "allowed_namespace_prefixes"
    ] == ["team"]
    assert client.get("/api/fleet/space_settings").json()["item"][
        "allowed_namespace_prefixes"
    ] == []

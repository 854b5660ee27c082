"""Proxies (``/api/fleet/proxies``)."""

from __future__ import annotations

import httpx


def test_proxies_crud(client: httpx.Client) -> None:
    proxy = client.post("/api/fleet/proxies", json={"name": "p", "url": "http://proxy:3128"}).json()
    assert client.get(f"/api/fleet/proxies/{proxy['item']['id']}").status_code == 200

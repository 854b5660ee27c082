"""Fleet Server hosts (``/api/fleet/fleet_server_hosts``)."""

from __future__ import annotations

import httpx


def test_fleet_server_hosts_crud(client: httpx.Client) -> None:
    host = client.post(
        "/api/fleet/fleet_server_hosts", json={"name": "h", "host_urls": ["https://h:8220"]}
    ).json()["item"]
    assert host["is_default"] is False
    assert client.delete(f"/api/fleet/fleet_server_hosts/{host['id']}").status_code == 200
    assert client.get(f"/api/fleet/fleet_server_hosts/{host['id']}").status_code == 404

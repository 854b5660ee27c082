"""The message signing service (key pair rotation)."""

from __future__ import annotations

import httpx


def test_rotate_key_pair_needs_acknowledge(client: httpx.Client) -> None:
    response = client.post("/api/fleet/message_signing_service/rotate_key_pair")
    assert response.status_code == 400

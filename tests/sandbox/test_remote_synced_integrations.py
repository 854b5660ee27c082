"""Remote synced integrations status."""

from __future__ import annotations

import httpx

from ._helpers import assert_error

MISSING = "00000000-0000-4000-8000-000000000000"


def test_remote_status_of_unknown_output(client: httpx.Client) -> None:
    assert_error(
        client.get(f"/api/fleet/remote_synced_integrations/{MISSING}/remote_status"),
        404,
        f"Output {MISSING} not found",
    )

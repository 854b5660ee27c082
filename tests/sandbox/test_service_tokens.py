"""Fleet Server service tokens."""

from __future__ import annotations

from fleet_facade.sandbox import FleetSandbox


def test_service_token_secret_is_not_logged_elsewhere(sandbox: FleetSandbox) -> None:
    with sandbox.client() as http:
        value = http.post("/api/fleet/service_tokens").json()["value"]
    (record,) = sandbox.requests
    assert record.body is None and record.query == {}
    assert value not in repr({k: v for k, v in vars(record).items() if k != "response"})

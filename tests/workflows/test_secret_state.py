"""plan/apply over a package's secret variable: stored as a reference, no false drift, never shown.

Kibana stores ``secret: true`` variables as ``{"isSecretRef": true, "id": ...}`` from 8.10
(x-pack/platform/plugins/shared/fleet/server/services/secrets/package_policies.ts); the state
file keeps the plain value, which the server never returns.
"""

from __future__ import annotations

import json

from fleet_facade import Fleet
from fleet_facade.sandbox import FleetSandbox

TOKEN = "op-token-do-not-show-7f3a"
STATE = {
    "agent_policies": [{
        "name": "secrets", "namespace": "default",
        "integrations": [{
            "package": "1password", "version": "1.28.0", "name": "1password-secrets",
            "inputs": {"1password-httpjson": {"vars": {"token": TOKEN}}},
        }],
    }],
}


def test_a_secret_variable_applies_once_and_is_never_shown() -> None:
    sandbox = FleetSandbox(seed=3)
    with Fleet("http://sandbox", api_key=sandbox.api_key, transport=sandbox.transport()) as fleet:
        first = fleet.plan(STATE)
        assert TOKEN not in first.render() and TOKEN not in json.dumps(first.to_dict())
        fleet.apply(STATE)

        stored = next(iter(sandbox.state.package_policies.values()))
        token = stored["inputs"][0]["vars"]["token"]["value"]
        assert token["isSecretRef"] is True and TOKEN not in json.dumps(stored)
        assert [ref["id"] for ref in stored["secret_references"]] == [token["id"]]

        again = fleet.plan(STATE)
        assert again.has_changes is False, again.render()
        assert TOKEN not in again.render()

"""A package policy created on a real Kibana 8.13 answer (tests/data/recorded).

elastic-package created ``nginx-1`` with the array form; the facade sends the simplified form
(Kibana 8.5+) built from the same choices, and must read Kibana's array-form answer.
"""

from __future__ import annotations

from typing import Any

import pytest
from fleet_api_client.types import UNSET

from fleet_facade import InvalidInputsError

RECORDING = "kibana-8.13.4-policy-lifecycle-nginx"
METRICS = {
    "nginx-nginx/metrics": {
        "vars": {"hosts": ["http://127.0.0.1:80"]},
        "streams": {"nginx.stubstatus": {"vars": {"period": "10s",
                                                  "server_status_path": "/nginx_status"}}},
    }
}


def test_nginx_is_added_to_a_new_policy_without_naming_a_version(replay: Any) -> None:
    fleet, kibana = replay(RECORDING)
    policy = fleet.agent_policies.create(id="test-policy-1", name="test-policy-1",
                                         description="Test policy for one-package",
                                         namespace="eptest")
    assert (policy.id, policy.revision, policy.is_protected) == ("test-policy-1", 1, False)

    created = fleet.package_policies.create(name="nginx-1", package="nginx",
                                            policy_id="test-policy-1", namespace="eptest",
                                            description="", inputs=METRICS)
    # The version came from the versionless answer, which was also the validation manifest.
    sent = kibana.requests_to("POST", "/api/fleet/package_policies")
    assert sent == [{"name": "nginx-1", "namespace": "eptest", "description": "",
                     "policy_id": "test-policy-1",
                     "package": {"name": "nginx", "version": "999.999.999"},
                     "inputs": METRICS}]
    assert [(m, p) for m, p, _, _ in kibana.sent] == [
        ("POST", "/api/fleet/agent_policies"), ("GET", "/api/fleet/epm/packages/nginx"),
        ("POST", "/api/fleet/package_policies")]

    assert created.id == "c7057421-7442-4f24-9e10-b3c42522d436"
    assert (created.package.name, created.package.version) == ("nginx", "999.999.999")
    assert created.policy_id == "test-policy-1" and created.policy_ids is UNSET
    [metrics] = created.inputs
    assert (metrics.type_, metrics.policy_template, metrics.enabled) == (
        "nginx/metrics", "nginx", True)
    assert metrics.vars_["hosts"].value == ["http://127.0.0.1:80"]
    [stream] = metrics.streams
    assert stream.id == "nginx/metrics-nginx.stubstatus-c7057421-7442-4f24-9e10-b3c42522d436"
    assert stream.compiled_stream == {"metricsets": ["stubstatus"],
                                      "hosts": ["http://127.0.0.1:80"],
                                      "period": "10s", "server_status_path": "/nginx_status"}

    with_integration = fleet.agent_policies.get(id="test-policy-1")
    assert with_integration.revision == 2
    assert [p.name for p in with_integration.package_policies] == ["nginx-1"]
    fleet.agent_policies.delete(id="test-policy-1")
    assert kibana.requests_to("POST", "/api/fleet/agent_policies/delete") == [
        {"agentPolicyId": "test-policy-1"}]


def test_a_misspelt_stream_is_refused_against_the_real_manifest(replay: Any) -> None:
    fleet, kibana = replay(RECORDING)
    wrong = {"nginx-nginx/metrics": {"streams": {"nginx.stubstatu": {}}}}
    with pytest.raises(InvalidInputsError, match=r"nginx\.stubstatus"):
        fleet.package_policies.create(name="nginx-1", package="nginx",
                                      policy_id="test-policy-1", inputs=wrong)
    assert [(m, p) for m, p, _, _ in kibana.sent] == [("GET", "/api/fleet/epm/packages/nginx")]

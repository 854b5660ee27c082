"""Agent policies on real Kibana 8.0 and 8.13 answers (tests/data/recorded)."""

from __future__ import annotations

from typing import Any

import pytest
from fleet_api_client.models import PackagePolicyInput

from fleet_facade import NotFoundError


def test_a_full_listing_of_kibana_8_0_parses_every_policy(replay: Any) -> None:
    fleet, kibana = replay("kibana-8.0.0-agent-policies-full")
    policies = fleet.agent_policies.list(full=True).to_list()
    assert [p.name for p in policies] == [
        "Load Balancers Servers", "HTTP servers", "Fleet Server (elastic-package)",
        "Elastic-Agent (elastic-package)"]
    balancers = policies[0]
    assert balancers.revision == 2 and balancers.monitoring_enabled == ["logs", "metrics"]
    nginx = next(p for p in balancers.package_policies if p.package.name == "nginx")
    assert nginx.package.version == "1.4.0"
    # 8.0 answers the array form, and names one agent policy (no ``policy_ids`` before 8.15).
    assert nginx.policy_id == balancers.id
    assert isinstance(nginx.inputs, list) and len(nginx.inputs) == 3
    logfile = nginx.inputs[0]
    assert isinstance(logfile, PackagePolicyInput)
    assert (logfile.type_, logfile.policy_template, logfile.enabled) == ("logfile", "nginx", True)
    access = logfile.streams[0]
    assert access.data_stream.dataset == "nginx.access"
    assert access.vars_["tags"].value == ["nginx-access"]
    assert access.vars_["preserve_original_event"].type_ == "bool"
    assert access.compiled_stream["exclude_files"] == [".gz$"]
    assert kibana.sent[0][2] == {"page": "1", "perPage": "100", "full": "true"}


def test_kibana_8_0_fleet_server_policy_keeps_its_compiled_input(replay: Any) -> None:
    fleet, _ = replay("kibana-8.0.0-agent-policies-full")
    policy = fleet.agent_policies.get(id="fleet-server-policy")
    assert policy.is_default_fleet_server is True and policy.is_preconfigured is True
    server = policy.package_policies[0]
    assert server.package.name == "fleet_server"
    first = server.inputs[0]
    assert first.streams == []
    assert first.vars_["port"].value == [8220]
    assert first.compiled_input == {"server": {"port": 8220, "host": "0.0.0.0"}}


def test_kibana_8_13_get_delete_then_not_found_with_kibanas_message(replay: Any) -> None:
    fleet, kibana = replay("kibana-8.13.4-policy-lifecycle-empty")
    policy = fleet.agent_policies.get(id="test-policy-0")
    assert policy.is_protected is False and policy.package_policies == []
    assert policy.schema_version == "1.1.1"
    deleted = fleet.agent_policies.delete(id="test-policy-0")
    assert (deleted.id, deleted.name) == ("test-policy-0", "test-policy-0")
    assert kibana.requests_to("POST", "/api/fleet/agent_policies/delete") == [
        {"agentPolicyId": "test-policy-0"}]
    with pytest.raises(NotFoundError) as caught:
        fleet.agent_policies.get(id="test-policy-0")
    error = caught.value
    assert error.status == 404 and error.error == "Not Found"
    assert error.message == "Saved object [ingest-agent-policies/test-policy-0] not found"
    assert (error.method, error.path) == ("GET", "/api/fleet/agent_policies/test-policy-0")

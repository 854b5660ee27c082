"""Responses of several Kibana versions parse through the generated models."""

from __future__ import annotations

import json
from pathlib import Path

from fleet_api_client.models import (
    ActionStatus,
    AgentPolicy,
    EnrollmentApiKey,
    PackagePolicy,
    PackagePolicyInput,
    PackagePolicyResponse,
)
from fleet_api_client.types import UNSET

# Real Kibana traffic kept as test data (see its PROVENANCE.md); tests/replayed serves it whole.
RECORDED = Path(__file__).resolve().parents[1] / "data" / "recorded"

# A package policy as Kibana answers by default (legacy form), shaped like the nginx 1.5.0
# answers in Elastic's Fleet API examples.
LEGACY_PACKAGE_POLICY = {
    "id": "pp-1",
    "version": "WzI5OTAsMV0=",
    "name": "nginx-demo-123",
    "namespace": "default",
    "enabled": True,
    "package": {"name": "nginx", "title": "Nginx", "version": "1.5.0"},
    "policy_id": "ap-1",
    "policy_ids": ["ap-1"],
    "revision": 1,
    "inputs": [
        {
            "type": "logfile",
            "policy_template": "nginx",
            "enabled": True,
            "streams": [
                {
                    "id": "logfile-nginx.access-pp-1",
                    "enabled": True,
                    "data_stream": {"type": "logs", "dataset": "nginx.access"},
                    "vars": {
                        "paths": {"type": "text", "value": ["/var/log/nginx/access.log*"]},
                        "tags": {"type": "text", "value": ["x"]},
                        "processors": {"type": "yaml"},
                    },
                    "compiled_stream": {"paths": ["/var/log/nginx/access.log*"], "tags": ["x"]},
                }
            ],
        }
    ],
    "created_at": "2026-11-28T10:00:00.000Z",
    "created_by": "elastic",
    "updated_at": "2026-11-28T10:00:00.000Z",
    "updated_by": "elastic",
}

SIMPLIFIED_PACKAGE_POLICY = {
    "id": "pp-2",
    "name": "nginx-simple",
    "inputs": {
        "nginx-logfile": {
            "enabled": True,
            "streams": {"nginx.access": {"enabled": True, "vars": {"tags": ["x"]}}},
        }
    },
    "vars": {"mode": "72h"},
}


def test_package_policy_with_legacy_inputs_array() -> None:
    policy = PackagePolicyResponse.from_dict({"item": LEGACY_PACKAGE_POLICY}).item
    assert isinstance(policy.inputs, list)
    first = policy.inputs[0]
    assert isinstance(first, PackagePolicyInput)
    stream = first.streams[0]
    assert stream.compiled_stream == {"paths": ["/var/log/nginx/access.log*"], "tags": ["x"]}
    assert stream.vars_["tags"].type_ == "text"
    assert stream.vars_["tags"].value == ["x"]
    assert stream.vars_["processors"].value is UNSET
    assert policy.to_dict() == LEGACY_PACKAGE_POLICY


def test_package_policy_with_simplified_inputs_map() -> None:
    policy = PackagePolicy.from_dict(SIMPLIFIED_PACKAGE_POLICY)
    assert not isinstance(policy.inputs, list)
    stream = policy.inputs["nginx-logfile"].streams["nginx.access"]
    assert stream.enabled is True
    assert stream.vars_["tags"] == ["x"]
    assert policy.vars_["mode"] == "72h"
    assert policy.to_dict() == SIMPLIFIED_PACKAGE_POLICY


def test_enrollment_key_list_with_and_without_deprecated_list() -> None:
    from fleet_api_client.models.get_fleet_enrollment_api_keys_response_200 import (
        GetFleetEnrollmentApiKeysResponse200,
    )

    key = {"id": "k1", "api_key_id": "a", "api_key": "c2VjcmV0", "name": "Default (k1)",
           "active": True, "policy_id": "ap-1", "created_at": "2026-11-28T10:00:00Z"}
    with_list = {"items": [key], "list": [key], "total": 1, "page": 1, "perPage": 20}
    without = {"items": [key], "total": 1, "page": 1, "perPage": 20}
    for body in (with_list, without):
        parsed = GetFleetEnrollmentApiKeysResponse200.from_dict(body)
        assert parsed.items[0].name == "Default (k1)"
        assert parsed.to_dict() == body
    older = EnrollmentApiKey.from_dict({"id": "k2", "active": False})  # no api_key_id, no name
    assert older.api_key_id is UNSET


def test_agent_policy_without_is_protected() -> None:
    body = {"id": "ap-1", "name": "Agent policy 1", "namespace": "default", "status": "active",
            "revision": 1, "updated_at": "2022-06-27T15:33:59.587Z", "updated_by": "elastic",
            "is_managed": False}
    policy = AgentPolicy.from_dict(body)
    assert policy.is_protected is UNSET
    assert policy.to_dict() == body


def test_unknown_fields_are_kept_and_sent_back() -> None:
    body = {"id": "ap-1", "name": "p", "namespace": "default",
            "a_field_from_kibana_10": {"nested": [1, 2]}}
    policy = AgentPolicy.from_dict(body)
    assert policy.additional_properties == {"a_field_from_kibana_10": {"nested": [1, 2]}}
    assert policy.to_dict() == body


def test_unknown_enum_value_is_kept() -> None:
    body = {"actionId": "a1", "type": "QUANTUM_TELEPORT", "status": "SOMEWHERE_ELSE",
            "nbAgentsActionCreated": 1, "nbAgentsAck": 0, "nbAgentsFailed": 0,
            "nbAgentsActioned": 1, "creationTime": "2026-11-28T10:00:00Z"}
    status = ActionStatus.from_dict(body)
    assert status.status == "SOMEWHERE_ELSE"
    assert status.type_ == "QUANTUM_TELEPORT"
    assert status.to_dict() == body


def test_secret_fields_are_masked_in_repr() -> None:
    key = EnrollmentApiKey.from_dict({"id": "k1", "api_key": "c2VjcmV0LXZhbHVl", "active": True})
    assert "c2VjcmV0LXZhbHVl" not in repr(key)
    assert "c2VjcmV0LXZhbHVl" not in str(key)
    assert key.api_key == "c2VjcmV0LXZhbHVl"


def test_recorded_kibana_8_0_policies_round_trip() -> None:
    recording = json.loads((RECORDED / "kibana-8.0.0-agent-policies-full.json").read_text())
    listing = next(i for i in recording["interactions"] if "full=true" in i["path"])
    items = listing["response_body"]["items"]
    assert items
    for body in items:
        policy = AgentPolicy.from_dict(body)
        assert policy.package_policies, policy.name
        assert all(isinstance(p, PackagePolicy) for p in policy.package_policies)
        assert policy.to_dict() == body


def test_recorded_kibana_8_13_policy_parses() -> None:
    recording = json.loads((RECORDED / "kibana-8.13.4-policy-lifecycle-empty.json").read_text())
    got = next(i for i in recording["interactions"] if i["status"] == 200
               and i["method"] == "GET" and "agent_policies" in i["path"])
    policy = AgentPolicy.from_dict(got["response_body"]["item"])
    assert policy.is_protected is False
    assert policy.package_policies == []

"""Elastic Defend (package ``endpoint``) policies, as Kibana's security solution shapes them.

Paths: ``security/fleet_integration/`` is
``x-pack/solutions/security/plugins/security_solution/server/fleet_integration/``; ``apis/`` is
``x-pack/test/fleet_api_integration/apis/``.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest

from .._helpers import assert_error

BASE = "/api/fleet/package_policies"
PRESETS = ["NGAV", "EDREssential", "EDRComplete", "DataCollection"]


def _body(agent_policy: dict[str, Any], config: Any = None, name: str = "endpoint-1",
          ) -> dict[str, Any]:
    """The create body Kibana's own tests send (a config input, no streams)."""
    config_input: dict[str, Any] = {"type": "ENDPOINT_INTEGRATION_CONFIG", "enabled": True,
                                    "streams": []}
    if config is not None:
        config_input["config"] = {"_config": {"value": config}}
    return {"name": name, "namespace": "default", "policy_id": agent_policy["id"],
            "enabled": True, "inputs": [config_input],
            "package": {"name": "endpoint", "title": "Elastic Defend", "version": "8.17.1"}}


def _preset(preset: str) -> dict[str, Any]:
    return {"type": "endpoint", "endpointConfig": {"preset": preset}}


def _created(client: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    response = client.post(BASE, json=body)
    assert response.status_code == 200, response.text
    item: dict[str, Any] = response.json()["item"]
    return item


def test_the_endpoint_package_has_one_template_without_inputs(client: httpx.Client) -> None:
    """Kibana: elastic/endpoint-package package/endpoint/manifest.yml (one template, no inputs)
    as EPM's getPackageInfo answers it."""
    item = client.get("/api/fleet/epm/packages/endpoint").json()["item"]
    assert (item["name"], item["title"], item["version"]) == ("endpoint", "Elastic Defend",
                                                             "8.17.1")
    [template] = item["policy_templates"]
    assert template["name"] == "endpoint" and template["multiple"] is False
    assert "inputs" not in template


def test_create_replaces_the_config_input_by_one_endpoint_input(
        client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    """Kibana: security/fleet_integration/fleet_integration.ts getPackagePolicyCreateCallback
    (the inputs become one ``endpoint`` input: integration_config, artifact_manifest, policy)."""
    item = _created(client, _body(agent_policy, _preset("EDRComplete")))
    [endpoint] = item["inputs"]
    assert (endpoint["type"], endpoint["enabled"], endpoint["streams"]) == ("endpoint", True, [])
    config = endpoint["config"]
    assert config["integration_config"] == {"value": _preset("EDRComplete")}
    assert config["artifact_manifest"]["value"]["schema_version"] == "v1"
    policy = config["policy"]["value"]
    assert policy["windows"]["malware"]["mode"] == "prevent"
    assert all(policy["windows"]["events"].values())
    assert policy["meta"]["billable"] is True


@pytest.mark.parametrize("preset", ["NGAV", "EDREssential"])
def test_ngav_and_edr_essential_collect_fewer_events(
        client: httpx.Client, agent_policy: dict[str, Any], preset: str) -> None:
    """Kibana: security/fleet_integration/handlers/create_default_policy.ts
    getEndpointPolicyWithIntegrationConfig (process events only; EDREssential adds file and
    network; protections stay on)."""
    policy = _created(client, _body(agent_policy, _preset(preset)))["inputs"][0]["config"][
        "policy"]["value"]
    on = {name for name, enabled in policy["linux"]["events"].items() if enabled}
    assert on == ({"process"} if preset == "NGAV" else {"process", "file", "network"})
    assert policy["linux"]["malware"]["mode"] == "prevent"


@pytest.mark.parametrize("config", [None, _preset("DataCollection")])
def test_data_collection_and_no_config_turn_protections_off(
        client: httpx.Client, agent_policy: dict[str, Any], config: Any) -> None:
    """Kibana: security/fleet_integration/handlers/create_default_policy.ts (DataCollection, and
    no preset at all, give disableProtections of the factory policy; events stay on)."""
    item = _created(client, _body(agent_policy, config))
    policy = item["inputs"][0]["config"]["policy"]["value"]
    assert policy["windows"]["malware"]["mode"] == "off"
    assert policy["mac"]["popup"]["malware"]["enabled"] is False
    assert all(policy["windows"]["events"].values())
    assert policy["meta"]["billable"] is False
    expected = {} if config is None else {"value": config}
    assert item["inputs"][0]["config"]["integration_config"] == expected


@pytest.mark.parametrize(("config", "message"), [
    (_preset("EDRPlus"), "Invalid endpointConfig preset"),
    ({"type": "endpoint"}, "Invalid endpointConfig preset"),
    ({"type": "desktop"}, "Invalid integration config type"),
    ({"type": "cloud"}, "eventFilters is required for cloud integration"),
    ({"type": "cloud", "eventFilters": {"nonInteractiveSession": "yes"}},
     "invalid value for eventFilters nonInteractiveSession"),
])
def test_a_bad_integration_config_is_refused_with_403(
        client: httpx.Client, agent_policy: dict[str, Any], config: Any, message: str) -> None:
    """Kibana: security/fleet_integration/handlers/validate_integration_config.ts
    validateIntegrationConfig (statusCode 403, passed through by Fleet's handler)."""
    assert_error(client.post(BASE, json=_body(agent_policy, config)), 403, message)
    assert client.get(BASE).json()["total"] == 0


def test_a_cloud_config_collects_session_data_without_protections(
        client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    """Kibana: security/fleet_integration/handlers/create_default_policy.ts getCloudPolicyConfig."""
    config = {"type": "cloud", "eventFilters": {"nonInteractiveSession": True}}
    policy = _created(client, _body(agent_policy, config))["inputs"][0]["config"]["policy"][
        "value"]
    assert policy["linux"]["events"]["session_data"] is True
    assert policy["linux"]["behavior_protection"]["mode"] == "off"


def test_an_update_without_the_endpoint_policy_is_refused(
        client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    """Kibana: security/fleet_integration/handlers/validate_endpoint_package_policy.ts
    (update: inputs[0].config.policy.value and artifact_manifest.value are required, 400)."""
    item = _created(client, _body(agent_policy, _preset("NGAV")))
    body = {"name": item["name"], "package": item["package"],
            "inputs": [{"type": "endpoint", "enabled": True, "streams": []}]}
    assert_error(client.put(f"{BASE}/{item['id']}", json=body), 400,
                 "Invalid Elastic Defend security policy. 'inputs[0].config.policy.value' and "
                 "'inputs[0].config.artifact_manifest.value' are required.")


def test_an_update_keeps_the_endpoint_config_given(
        client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    """Kibana: security/fleet_integration/fleet_integration.ts getPackagePolicyUpdateCallback
    (the policy sent back is stored; meta follows the cluster's licence)."""
    item = _created(client, _body(agent_policy, _preset("EDRComplete")))
    inputs = copy.deepcopy(item["inputs"])
    inputs[0]["config"]["policy"]["value"]["linux"]["events"]["dns"] = False
    inputs[0]["config"]["policy"]["value"]["meta"]["license"] = "basic"
    response = client.put(f"{BASE}/{item['id']}", json={
        "name": item["name"], "package": item["package"], "inputs": inputs})
    assert response.status_code == 200, response.text
    policy = response.json()["item"]["inputs"][0]["config"]["policy"]["value"]
    assert policy["linux"]["events"]["dns"] is False
    assert policy["meta"]["license"] == "trial"


def test_an_update_without_inputs_keeps_the_filled_in_policy(
        client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    """Kibana: fleet/server/routes/package_policy/handlers.ts updatePackagePolicyHandler (a body
    without inputs keeps the stored ones, so the endpoint callback finds its policy)."""
    item = _created(client, _body(agent_policy, _preset("NGAV")))
    response = client.put(f"{BASE}/{item['id']}", json={"name": "renamed"})
    assert response.status_code == 200, response.text
    assert response.json()["item"]["inputs"] == item["inputs"]


def test_a_simplified_read_has_the_endpoint_input_without_its_config(
        client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    """Kibana: fleet/common/services/simplified_package_policy_helper.ts
    packagePolicyToSimplifiedPackagePolicy (inputs keep enabled, vars and streams only)."""
    item = _created(client, _body(agent_policy, _preset("NGAV")))
    simplified = client.get(f"{BASE}/{item['id']}", params={"format": "simplified"}).json()
    assert simplified["item"]["inputs"] == {"endpoint": {"enabled": True, "streams": {}}}

"""Agent policies: what Kibana's tests and Fleet's source say, stated against the sandbox.

Kibana's integration tests are x-pack/test/fleet_api_integration/apis/agent_policy/agent_policy.ts
(describe root ``fleet_agent_policies``); server rules are under
x-pack/platform/plugins/shared/fleet/server/.
"""

# Docstring first lines quote Kibana's describe/it titles whole, so they run long.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import yaml

from fleet_facade.sandbox import FleetSandbox

from .._helpers import assert_error

BASE = "/api/fleet/agent_policies"
PACKAGE_POLICIES = "/api/fleet/package_policies"
HOSTED = (
    "in Fleet because the agent policy is managed by an external orchestration solution, such "
    "as Elastic Cloud, Kubernetes, etc. Please make changes using your orchestration solution."
)
Json = dict[str, Any]


def _create(client: httpx.Client, name: str, **extra: Any) -> Json:
    body = {"name": name, "namespace": "default", **extra}
    response = client.post(BASE, json=body)
    assert response.status_code == 200, response.text
    item: Json = response.json()["item"]
    return item


def _post(client: httpx.Client, **body: Any) -> httpx.Response:
    return client.post(BASE, json=body)


def _get(client: httpx.Client, policy_id: str) -> Json:
    response = client.get(f"{BASE}/{policy_id}")
    assert response.status_code == 200, response.text
    item: Json = response.json()["item"]
    return item


def _system_policy(client: httpx.Client, name: str, policy_ids: list[str]) -> Json:
    response = client.post(
        PACKAGE_POLICIES,
        json={
            "name": name,
            "namespace": "default",
            "policy_ids": policy_ids,
            "package": {"name": "system", "version": "1.20.4"},
        },
    )
    assert response.status_code == 200, response.text
    item: Json = response.json()["item"]
    return item


def _without(item: Json, *keys: str) -> Json:
    return {k: v for k, v in item.items() if k not in keys}


# -- create ---------------------------------------------------------------------------------------


def test_create_with_minimum_body_gets_the_server_defaults(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies › should work with valid minimum required values"""
    created = _create(client, "TEST")
    item = _get(client, created["id"])
    assert (item["is_managed"], item["inactivity_timeout"], item["status"]) == (
        False,
        1209600,
        "active",
    )


def test_create_stores_the_given_is_managed(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies › sets given is_managed value"""
    hosted = _create(client, "TEST2", is_managed=True)
    regular = _create(client, "TEST3", is_managed=False)
    assert _get(client, hosted["id"])["is_managed"] is True
    assert _get(client, regular["id"])["is_managed"] is False


def test_agent_features_compile_into_the_full_policy(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies › sets given agent_features value"""
    created = _create(
        client, "test-agent-features", agent_features=[{"name": "fqdn", "enabled": True}]
    )
    assert _get(client, created["id"])["agent_features"] == [{"name": "fqdn", "enabled": True}]
    full = client.get(f"{BASE}/{created['id']}/full").json()["item"]
    assert full["agent"]["features"] == {"fqdn": {"enabled": True}}


def test_agent_features_items_take_only_name_and_enabled(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies › does not allow arbitrary config in agent_features value"""
    response = _post(
        client,
        name="test-agent-features",
        namespace="default",
        agent_features=[{"name": "fqdn", "enabled": True, "config": "I'm not allowed yet"}],
    )
    assert_error(
        response, 400, "[request body.agent_features.0.config]: definition for this key is missing"
    )


def test_empty_namespace_fails_the_minimum_length_first(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies › should return a 400 with an empty namespace"""
    assert_error(
        _post(client, name="TEST", namespace=""),
        400,
        "[request body.namespace]: value has length [0] but it must have a minimum length of [1].",
    )


def test_blank_namespace_is_required(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/common/services/is_valid_namespace.ts › isValidNamespace › blank after trim"""
    assert_error(
        _post(client, name="TEST", namespace="  "),
        400,
        "[request body.namespace]: Namespace is required",
    )


def test_name_of_spaces_only_is_an_invalid_empty_string(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies › should return a 400 with an empty name"""
    assert_error(
        _post(client, name="  ", namespace="default"),
        400,
        "[request body.name]: Invalid empty string",
    )


def test_empty_name_fails_the_minimum_length(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/models/agent_policy.ts › AgentPolicyBaseSchema › name minLength 1"""
    assert_error(
        _post(client, name="", namespace="default"),
        400,
        "[request body.name]: value has length [0] but it must have a minimum length of [1].",
    )


def test_namespace_with_capitals_is_refused(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies › should return a 400 with an invalid namespace"""
    assert_error(
        _post(client, name="TEST", namespace="InvalidNamespace"),
        400,
        "[request body.namespace]: Namespace must be lowercase",
    )


def test_namespace_with_a_hyphen_is_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/common/services/is_valid_namespace.ts › INVALID_NAMESPACE_CHARACTERS › hyphen"""
    assert_error(
        _post(client, name="TEST", namespace="my-ns"),
        400,
        "[request body.namespace]: Namespace contains invalid characters",
    )


def test_namespace_with_a_tab_is_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/common/services/is_valid_namespace.ts › INVALID_NAMESPACE_CHARACTERS › whitespace"""
    assert_error(
        _post(client, name="TEST", namespace="my\tns"),
        400,
        "[request body.namespace]: Namespace contains invalid characters",
    )


def test_namespace_with_a_star_is_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/common/services/is_valid_namespace.ts › INVALID_NAMESPACE_CHARACTERS › star"""
    assert_error(
        _post(client, name="TEST", namespace="logs*"),
        400,
        "[request body.namespace]: Namespace contains invalid characters",
    )


def test_namespace_over_100_bytes_is_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/common/services/is_valid_namespace.ts › isValidEntity › more than 100 bytes"""
    # 51 two-byte characters: 51 characters, 102 bytes.
    assert_error(
        _post(client, name="TEST", namespace="é" * 51),
        400,
        "[request body.namespace]: Namespace cannot be more than 100 bytes",
    )


def test_duplicate_name_answers_409(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies › should return a 409 if policy already exists with name given"""
    first = _create(client, "Name 1")
    assert_error(
        _post(client, name="Name 1", namespace="default"),
        409,
        f"Agent Policy '{first['id']}' already exists with name 'Name 1'",
    )


def test_name_uniqueness_ignores_the_namespace(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › PUT /api/fleet/agent_policies/{agentPolicyId} › should return a 409 if policy already exists with name given"""
    first = _create(client, "Initial name", description="Initial description")
    response = _post(
        client, name="Initial name", description="Initial description", namespace="different"
    )
    assert_error(
        response, 409, f"Agent Policy '{first['id']}' already exists with name 'Initial name'"
    )


def test_create_with_an_explicit_id_then_the_same_id_conflicts(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies › should create policy with provided id and return 409 the second time"""
    assert _create(client, "TEST ID", id="test-id")["id"] == "test-id"
    assert_error(
        _post(client, id="test-id", name="TEST 2 ID", namespace="default"),
        409,
        "Saved object [ingest-agent-policies/test-id] conflict",
    )


def test_sys_monitoring_names_the_system_policy_above_the_highest_number(
    client: httpx.Client,
) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies › should allow to create policy with the system integration policy and increment correctly the name"""
    holder = _create(client, "holder")
    _system_policy(client, "system-456", [holder["id"]])
    _system_policy(client, "system-123", [holder["id"]])
    created = client.post(
        BASE,
        params={"sys_monitoring": "true"},
        json={"name": "Policy with system monitoring", "namespace": "default"},
    ).json()["item"]
    assert [p["name"] for p in _get(client, created["id"])["package_policies"]] == ["system-457"]


def test_sys_monitoring_keeps_the_new_policy_at_revision_1(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies › should create .fleet-policies document with inputs"""
    created = client.post(
        BASE,
        params={"sys_monitoring": "true"},
        json={"name": "test-policy-with-system", "namespace": "default", "force": True},
    ).json()["item"]
    item = _get(client, created["id"])
    assert item["revision"] == 1
    assert [p["package"]["name"] for p in item["package_policies"]] == ["system"]


def test_create_starts_without_tamper_protection(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agent_policy.ts › prepareAsNewSo › is_protected false"""
    assert _create(client, "protected at birth", is_protected=True)["is_protected"] is False


def test_full_policy_of_a_missing_policy_is_404(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/routes/agent_policy/handlers.ts › getFullAgentPolicy › Agent policy not found"""
    assert_error(client.get(f"{BASE}/nope/full"), 404, "Agent policy not found")


# -- global data tags -----------------------------------------------------------------------------


def test_global_data_tags_are_stored_and_added_to_every_input(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies › should create policy with global data tags given valid tags"""
    tags = [{"name": "testName", "value": "testValue"}, {"name": "testName2", "value": 123}]
    created = client.post(
        BASE,
        params={"sys_monitoring": "true"},
        json={"name": "global data tag test", "namespace": "default", "global_data_tags": tags},
    ).json()["item"]
    assert _get(client, created["id"])["global_data_tags"] == tags
    inputs = client.get(f"{BASE}/{created['id']}/full").json()["item"]["inputs"]
    assert inputs
    processor = {
        "add_fields": {"fields": {"testName": "testValue", "testName2": 123}, "target": ""}
    }
    assert all(i["processors"] == [processor] for i in inputs)


def test_global_data_tags_with_duplicate_names_are_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/models/agent_policy.ts › validateGlobalDataTagInput › duplicate names"""
    tags = [{"name": "a", "value": "1"}, {"name": "a", "value": "2"}]
    assert_error(
        _post(client, name="tags", namespace="default", global_data_tags=tags),
        400,
        "[request body.global_data_tags]: Found duplicate tag names: ['a'], duplicate tag names "
        "are not allowed.",
    )


def test_global_data_tags_with_spaces_in_names_are_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/models/agent_policy.ts › validateGlobalDataTagInput › names with spaces"""
    assert_error(
        _post(
            client,
            name="tags",
            namespace="default",
            global_data_tags=[{"name": "a b", "value": "1"}],
        ),
        400,
        "[request body.global_data_tags]: Found tag names with spaces: ['a b'], tag names with "
        "spaces are not allowed.",
    )


def test_global_data_tags_report_both_problems_in_one_message(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/models/agent_policy.ts › validateGlobalDataTagInput › errors joined"""
    tags = [{"name": "a b", "value": 1}, {"name": "a b", "value": 2}]
    assert_error(
        _post(client, name="tags", namespace="default", global_data_tags=tags),
        400,
        "[request body.global_data_tags]: Found duplicate tag names: ['a b'], duplicate tag names "
        "are not allowed. Found tag names with spaces: ['a b', 'a b'], tag names with spaces are "
        "not allowed.",
    )


def test_global_data_tag_values_are_strings_or_numbers(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/models/agent_policy.ts › global_data_tags › value oneOf string or number"""
    assert_error(
        _post(
            client,
            name="tags",
            namespace="default",
            global_data_tags=[{"name": "a", "value": True}],
        ),
        400,
        "[request body.global_data_tags.0.value]: types that failed validation:\n"
        "- [request body.global_data_tags.0.value.0]: expected value of type [string] but got "
        "[boolean]\n"
        "- [request body.global_data_tags.0.value.1]: expected value of type [number] but got "
        "[boolean]",
    )


def test_update_replaces_the_global_data_tags(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › PUT /api/fleet/agent_policies/{agentPolicyId} › should overwrite global data tags if provided with valid input"""
    tags = [{"name": "testName", "value": "testValue"}, {"name": "testName2", "value": 123}]
    created = _create(client, "tags to replace", global_data_tags=tags)
    response = client.put(
        f"{BASE}/{created['id']}",
        json={
            "name": "tags to replace",
            "namespace": "default",
            "global_data_tags": [{"name": "newTag", "value": "newValue"}],
        },
    )
    assert response.json()["item"]["global_data_tags"] == [{"name": "newTag", "value": "newValue"}]


# -- monitoring -----------------------------------------------------------------------------------

ADVANCED_MONITORING: Json = {
    "monitoring_pprof_enabled": True,
    "monitoring_http": {"host": "localhost", "port": 6791, "enabled": True},
    "monitoring_diagnostics": {
        "limit": {"interval": "1m", "burst": 1},
        "uploader": {"max_retries": 10, "init_dur": "1s", "max_dur": "10m"},
    },
}


def test_advanced_monitoring_options_are_stored_and_compiled(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies › should create policy with advanced monitoring options"""
    created = client.post(
        BASE,
        params={"sys_monitoring": "true"},
        json={"name": "advanced monitoring", "namespace": "default", **ADVANCED_MONITORING},
    ).json()["item"]
    item = _get(client, created["id"])
    assert {k: item[k] for k in ADVANCED_MONITORING} == ADVANCED_MONITORING
    full = client.get(f"{BASE}/{created['id']}/full").json()["item"]
    assert full["agent"]["monitoring"] == {
        "enabled": True,
        "logs": False,
        "metrics": False,
        "traces": False,
        "pprof": {"enabled": True},
        "http": {"enabled": True, "host": "localhost", "port": 6791},
        "diagnostics": ADVANCED_MONITORING["monitoring_diagnostics"],
    }


# -- list and get ---------------------------------------------------------------------------------


def test_list_by_kuery_with_agent_count_item_shape(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › GET /api/fleet/agent_policies › should get a list of agent policies by kuery"""
    _create(client, "TEST")
    _create(client, "OTHER")
    body = client.get(
        BASE, params={"kuery": "ingest-agent-policies.name:TEST", "withAgentCount": "true"}
    ).json()
    assert len(body["items"]) == 1
    assert _without(body["items"][0], "id", "updated_at", "version") == {
        "agents": 0,
        "inactivity_timeout": 1209600,
        "is_managed": False,
        "is_protected": False,
        "name": "TEST",
        "namespace": "default",
        "revision": 1,
        "schema_version": "1.1.1",
        "status": "active",
        "unprivileged_agents": 0,
        "updated_by": "elastic",
    }


def test_list_kuery_without_the_type_prefix(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › GET /api/fleet/agent_policies › should return 200 even if the passed kuery does not have prefix ingest-agent-policies"""
    _create(client, "TEST-1")
    _create(client, "TEST-2")
    response = client.get(BASE, params={"kuery": "name:TEST-1"})
    assert response.status_code == 200
    assert [i["name"] for i in response.json()["items"]] == ["TEST-1"]


def test_list_with_a_kuery_on_an_unknown_field_is_refused(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › GET /api/fleet/agent_policies › with enableStrictKQLValidation should return 400 if passed kuery is not correct"""
    response = client.get(
        BASE, params={"kuery": "ingest-agent-policies.non_existent_parameter:test"}
    )
    assert response.status_code == 400


def test_get_counts_inactive_agents(client: httpx.Client, sandbox: FleetSandbox) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies/delete › should prevent policies having inactive agents from being deleted"""
    created = _create(client, "inactive agents")
    sandbox.add_agents(1, policy_id=created["id"], status="inactive")
    item = _get(client, created["id"])
    assert (item["agents"], item["unprivileged_agents"]) == (1, 0)


def test_get_of_a_missing_policy_is_the_saved_object_404(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agent_policy.ts › get › createGenericNotFoundError"""
    assert_error(
        client.get(f"{BASE}/nope"), 404, "Saved object [ingest-agent-policies/nope] not found"
    )


# -- update ---------------------------------------------------------------------------------------


def test_update_response_has_package_policies_and_no_agent_counts(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › PUT /api/fleet/agent_policies/{agentPolicyId} › should work with valid values"""
    created = _create(client, "Initial name", description="Initial description")
    response = client.put(
        f"{BASE}/{created['id']}",
        json={
            "name": "Updated name",
            "description": "Updated description",
            "namespace": "default",
            "is_protected": False,
        },
    )
    assert _without(response.json()["item"], "id", "updated_at", "version") == {
        "status": "active",
        "name": "Updated name",
        "description": "Updated description",
        "namespace": "default",
        "is_managed": False,
        "revision": 2,
        "schema_version": "1.1.1",
        "updated_by": "elastic",
        "inactivity_timeout": 1209600,
        "package_policies": [],
        "is_protected": False,
        "space_ids": [],
    }


def test_empty_space_ids_are_accepted_on_create_and_update(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › PUT /api/fleet/agent_policies/{agentPolicyId} › should support empty space_ids"""
    created = _create(client, "spaces", space_ids=[])
    response = client.put(
        f"{BASE}/{created['id']}", json={"name": "spaces", "namespace": "default", "space_ids": []}
    )
    assert response.status_code == 200, response.text


def test_space_ids_are_an_unknown_key_before_9_1(kibana_at: Callable[..., httpx.Client]) -> None:
    """Kibana: x-pack/plugins/fleet/server/types/models/agent_policy.ts › AgentPolicyBaseSchema (9.0, no space_ids)"""
    client = kibana_at("9.0.0")
    assert_error(
        _post(client, name="spaces", namespace="default", space_ids=[]),
        400,
        "[request body.space_ids]: definition for this key is missing",
    )


def test_update_resets_inactivity_timeout_when_left_out(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/models/agent_policy.ts › inactivity_timeout defaultValue TWO_WEEKS_SECONDS"""
    created = _create(client, "timeout", inactivity_timeout=123)
    response = client.put(
        f"{BASE}/{created['id']}", json={"name": "timeout", "namespace": "default"}
    )
    assert response.json()["item"]["inactivity_timeout"] == 1209600


def test_update_keeps_fields_the_body_leaves_out(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agent_policy.ts › _update › soClient.update merges the body"""
    created = _create(client, "keep", description="kept", monitoring_enabled=["logs"])
    item = client.put(
        f"{BASE}/{created['id']}", json={"name": "kept", "namespace": "default"}
    ).json()["item"]
    assert (item["description"], item["monitoring_enabled"]) == ("kept", ["logs"])


def test_update_of_a_managed_policy_without_force_is_refused(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › PUT /api/fleet/agent_policies/{agentPolicyId} › should return a 400 if trying to update a managed policy"""
    created = _create(client, "Managed policy", description="Initial description", is_managed=True)
    response = client.put(
        f"{BASE}/{created['id']}",
        json={"name": "Updated name", "description": "Initial description", "namespace": "default"},
    )
    assert_error(response, 400, f"Cannot update name {HOSTED}")


def test_managed_policy_update_that_resets_inactivity_timeout_is_refused(
    client: httpx.Client,
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agent_policy.ts › update › hosted policy: every body key compared with isEqual"""
    created = _create(client, "Managed timeout", is_managed=True, inactivity_timeout=123)
    response = client.put(
        f"{BASE}/{created['id']}",
        json={"name": "Managed timeout", "namespace": "default", "is_managed": True},
    )
    assert_error(response, 400, f"Cannot update inactivity_timeout {HOSTED}")


def test_is_managed_goes_back_to_false_with_force(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › PUT /api/fleet/agent_policies/{agentPolicyId} › sets given is_managed value"""
    created = _create(client, "TEST2")
    url = f"{BASE}/{created['id']}"
    client.put(url, json={"name": "TEST2", "namespace": "default", "is_managed": True})
    assert _get(client, created["id"])["is_managed"] is True
    response = client.put(
        url, json={"name": "TEST2", "namespace": "default", "is_managed": False, "force": True}
    )
    assert response.status_code == 200, response.text
    assert _get(client, created["id"])["is_managed"] is False


def test_overrides_are_stored_and_merged_into_the_full_policy(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › PUT /api/fleet/agent_policies/{agentPolicyId} › should allow to set overrides"""
    created = _create(client, "overrides")
    overrides = {"agent": {"logging": {"level": "debug"}}}
    response = client.put(
        f"{BASE}/{created['id']}",
        json={"name": "overrides", "namespace": "default", "overrides": overrides},
    )
    assert response.json()["item"]["overrides"] == overrides
    full = client.get(f"{BASE}/{created['id']}/full").json()["item"]
    assert full["agent"]["logging"] == {"level": "debug"}
    assert full["agent"]["download"]["sourceURI"]  # merged, not replaced


def test_overrides_of_inputs_are_refused(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › PUT /api/fleet/agent_policies/{agentPolicyId} › should not allow to set inputs inside overrides"""
    created = _create(client, "overrides")
    response = client.put(
        f"{BASE}/{created['id']}",
        json={"name": "overrides", "namespace": "default", "overrides": {"inputs": []}},
    )
    assert_error(
        response,
        400,
        "[request body.overrides]: types that failed validation:\n"
        "- [request body.overrides.0]: expected value to equal [null]\n"
        "- [request body.overrides.1]: inputs overrides is not allowed",
    )


def test_required_versions_are_stored(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › PUT /api/fleet/agent_policies/{agentPolicyId} › should allow to set required_versions"""
    created = _create(client, "upgrades")
    required = [{"version": "9.0.0", "percentage": 10}]
    response = client.put(
        f"{BASE}/{created['id']}",
        json={"name": "upgrades", "namespace": "default", "required_versions": required},
    )
    assert response.json()["item"]["required_versions"] == required


def test_required_versions_over_100_percent_are_refused(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › PUT /api/fleet/agent_policies/{agentPolicyId} › should not allow to set invalid required_versions"""
    created = _create(client, "upgrades")
    required = [{"version": "9.0.0", "percentage": 50}, {"version": "9.1.0", "percentage": 60}]
    response = client.put(
        f"{BASE}/{created['id']}",
        json={"name": "upgrades", "namespace": "default", "required_versions": required},
    )
    assert_error(
        response,
        400,
        'Policy "upgrades" failed required_versions validation: sum of percentages cannot '
        "exceed 100",
    )


def test_required_versions_with_a_duplicate_version_are_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/common/services/agent_utils.ts › checkTargetVersionsValidity › duplicate versions"""
    required = [{"version": "9.0.0", "percentage": 10}, {"version": "9.0.0", "percentage": 20}]
    assert_error(
        _post(client, name="upgrades", namespace="default", required_versions=required),
        400,
        'Policy "upgrades" failed required_versions validation: duplicate versions not allowed',
    )


def test_required_versions_with_an_invalid_semver_are_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/common/services/agent_utils.ts › checkTargetVersionsValidity › invalid semver"""
    required = [{"version": "9.0", "percentage": 10}]
    assert_error(
        _post(client, name="upgrades", namespace="default", required_versions=required),
        400,
        'Policy "upgrades" failed required_versions validation: invalid semver version 9.0',
    )


def test_update_of_an_inactive_policy_is_refused(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agent_policy.ts › _update › inactive policy"""
    created = _create(client, "inactive")
    sandbox.state.agent_policies[created["id"]]["status"] = "inactive"  # no API sets it
    response = client.put(
        f"{BASE}/{created['id']}", json={"name": "inactive", "namespace": "default"}
    )
    assert_error(
        response, 400, f"Agent policy {created['id']} cannot be updated because it is inactive"
    )


def test_is_protected_without_elastic_defend_is_forced_back_to_false(
    client: httpx.Client,
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agent_policy.ts › update › is_protected without policyHasEndpointSecurity"""
    created = _create(client, "protected")
    response = client.put(
        f"{BASE}/{created['id']}",
        json={"name": "protected", "namespace": "default", "is_protected": True},
    )
    assert response.status_code == 200, response.text
    assert response.json()["item"]["is_protected"] is False


def test_unknown_body_keys_are_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/models/agent_policy.ts › NewAgentPolicySchema › unknown keys"""
    assert_error(
        _post(client, name="x", namespace="default", foo=1),
        400,
        "[request body.foo]: definition for this key is missing",
    )


def test_inactivity_timeout_must_be_an_integer(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/models/agent_policy.ts › isInteger › inactivity_timeout"""
    assert_error(
        _post(client, name="x", namespace="default", inactivity_timeout=1.5),
        400,
        "[request body.inactivity_timeout]: 1.5 is not a valid integer",
    )


def test_unenroll_timeout_must_be_an_integer(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/models/agent_policy.ts › isInteger › unenroll_timeout"""
    assert_error(
        _post(client, name="x", namespace="default", unenroll_timeout=2.5),
        400,
        "[request body.unenroll_timeout]: 2.5 is not a valid integer",
    )


def test_inactivity_timeout_must_not_be_negative(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/models/agent_policy.ts › inactivity_timeout min 0"""
    assert_error(
        _post(client, name="x", namespace="default", inactivity_timeout=-1),
        400,
        "[request body.inactivity_timeout]: Value must be equal to or greater than [0].",
    )


# -- copy -----------------------------------------------------------------------------------------


def test_copy_response_shape_and_revision_2(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies/{agentPolicyId}/copy › should work with valid values"""
    source = _create(client, "policy1", monitoring_enabled=["logs", "metrics"])
    response = client.post(
        f"{BASE}/{source['id']}/copy", json={"name": "Copied policy", "description": "Test"}
    )
    assert _without(response.json()["item"], "id", "updated_at", "version") == {
        "name": "Copied policy",
        "status": "active",
        "description": "Test",
        "is_managed": False,
        "namespace": "default",
        "monitoring_enabled": ["logs", "metrics"],
        "inactivity_timeout": 1209600,
        "revision": 2,
        "schema_version": "1.1.1",
        "updated_by": "elastic",
        "package_policies": [],
        "is_protected": False,
        "space_ids": [],
    }


def test_copy_takes_the_description_only_from_the_body(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agent_policy.ts › copy › description is not among the copied fields"""
    source = _create(client, "described", description="source text")
    copied = client.post(f"{BASE}/{source['id']}/copy", json={"name": "undescribed"}).json()["item"]
    assert "description" not in copied


def test_copy_of_a_hosted_policy_is_not_hosted(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agent_policy.ts › copy › is_managed is not among the copied fields"""
    source = _create(client, "hosted source", is_managed=True)
    copied = client.post(f"{BASE}/{source['id']}/copy", json={"name": "hosted copy"}).json()["item"]
    assert copied["is_managed"] is False


def test_copy_keeps_the_inactivity_timeout(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies/{agentPolicyId}/copy › should copy inactivity timeout"""
    source = _create(client, "timeout source", inactivity_timeout=123, is_managed=True)
    copied = client.post(f"{BASE}/{source['id']}/copy", json={"name": "timeout copy"}).json()[
        "item"
    ]
    assert copied["inactivity_timeout"] == 123


def test_copy_keeps_the_global_data_tags(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies/{agentPolicyId}/copy › should copy global data tags"""
    tags = [{"name": "testName", "value": "testValue"}]
    source = _create(client, "tags source", global_data_tags=tags)
    copied = client.post(f"{BASE}/{source['id']}/copy", json={"name": "tags copy"}).json()["item"]
    assert copied["global_data_tags"] == tags


def test_copy_keeps_the_advanced_monitoring_options(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies/{agentPolicyId}/copy › should copy advanced monitoring options"""
    source = _create(client, "monitoring source", **ADVANCED_MONITORING)
    copied = client.post(f"{BASE}/{source['id']}/copy", json={"name": "monitoring copy"}).json()[
        "item"
    ]
    assert {k: copied[k] for k in ADVANCED_MONITORING} == ADVANCED_MONITORING


def test_copy_increments_package_policy_copy_names(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies/{agentPolicyId}/copy › should increment package policy copy names"""
    source = client.post(
        BASE, params={"sys_monitoring": "true"}, json={"name": "source", "namespace": "default"}
    ).json()["item"]
    url = f"{BASE}/{source['id']}/copy"
    first = client.post(url, json={"name": "copy 1"}).json()["item"]
    second = client.post(url, json={"name": "copy 2"}).json()["item"]
    third = client.post(f"{BASE}/{second['id']}/copy", json={"name": "copy 3"}).json()["item"]
    names = [p["name"] for item in (first, second, third) for p in item["package_policies"]]
    assert names == [
        "system-1 (copy)",
        "system-1 (copy 2)",
        "system-1 (copy 3)",
    ]


def test_copy_links_shared_package_policies_to_the_copy(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agent_policy.ts › copy › Link shared package policies to new agent policy"""
    one, two = _create(client, "one"), _create(client, "two")
    shared = _system_policy(client, "shared system", [one["id"], two["id"]])
    copied = client.post(f"{BASE}/{one['id']}/copy", json={"name": "one copy"}).json()["item"]
    assert [p["id"] for p in copied["package_policies"]] == [shared["id"]]
    stored = client.get(f"{PACKAGE_POLICIES}/{shared['id']}").json()["item"]
    assert stored["policy_ids"] == [one["id"], two["id"], copied["id"]]


def test_copy_of_a_missing_policy_is_404(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies/{agentPolicyId}/copy › should return a 404 with invalid source policy"""
    assert_error(
        client.post(
            f"{BASE}/INVALID_POLICY_ID/copy", json={"name": "Copied policy", "description": ""}
        ),
        404,
        "Saved object [ingest-agent-policies/INVALID_POLICY_ID] not found",
    )


def test_copy_without_a_name_is_refused(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies/{agentPolicyId}/copy › should return a 400 with invalid payload"""
    source = _create(client, "source")
    assert_error(
        client.post(f"{BASE}/{source['id']}/copy", json={}),
        400,
        "[request body.name]: expected value of type [string] but got [undefined]",
    )


def test_copy_with_an_empty_name_is_refused(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies/{agentPolicyId}/copy › should return a 400 with invalid name"""
    source = _create(client, "source")
    assert_error(
        client.post(f"{BASE}/{source['id']}/copy", json={"name": ""}),
        400,
        "[request body.name]: value has length [0] but it must have a minimum length of [1].",
    )


def test_copy_to_a_taken_name_is_409(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies/{agentPolicyId}/copy › should return a 409 if policy already exists with name given"""
    source = _create(client, "source")
    assert_error(
        client.post(f"{BASE}/{source['id']}/copy", json={"name": "source"}),
        409,
        f"Agent Policy '{source['id']}' already exists with name 'source'",
    )


# -- delete ---------------------------------------------------------------------------------------


def test_delete_of_a_hosted_policy_without_force_is_refused(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies/delete › should prevent hosted policies being deleted"""
    hosted = _create(client, "Hosted policy", is_managed=True)
    assert_error(
        client.post(f"{BASE}/delete", json={"agentPolicyId": hosted["id"]}),
        400,
        f"Cannot delete hosted agent policy {hosted['id']} {HOSTED}",
    )


def test_delete_answers_id_and_name(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies/delete › should allow regular policies being deleted"""
    regular = _create(client, "Regular policy")
    response = client.post(f"{BASE}/delete", json={"agentPolicyId": regular["id"]})
    assert response.json() == {"id": regular["id"], "name": "Regular policy"}


def test_delete_of_a_hosted_policy_with_force(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies/delete › should allow hosted policy delete with force flag"""
    hosted = _create(client, "Hosted policy", is_managed=True)
    response = client.post(f"{BASE}/delete", json={"agentPolicyId": hosted["id"], "force": True})
    assert response.status_code == 200, response.text
    assert client.get(f"{BASE}/{hosted['id']}").status_code == 404


def test_delete_of_a_policy_with_inactive_agents_is_refused(
    client: httpx.Client, sandbox: FleetSandbox
) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies/delete › should prevent policies having inactive agents from being deleted"""
    created = _create(client, "busy")
    sandbox.add_agents(1, policy_id=created["id"], status="inactive")
    assert_error(
        client.post(f"{BASE}/delete", json={"agentPolicyId": created["id"], "force": True}),
        400,
        "Cannot delete an agent policy that is assigned to any active or inactive agents",
    )


def test_delete_of_a_missing_policy_is_the_saved_object_404(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agent_policy.ts › delete › this.get first"""
    assert_error(
        client.post(f"{BASE}/delete", json={"agentPolicyId": "nope"}),
        404,
        "Saved object [ingest-agent-policies/nope] not found",
    )


def test_delete_removes_the_policys_enrollment_keys(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/api_keys/enrollment_api_key.ts › deleteEnrollmentApiKeyForAgentPolicyId › forceDelete and includeHidden"""
    created = _create(client, "with keys", is_managed=True)
    keys = "/api/fleet/enrollment_api_keys"
    listed = client.get(keys, params={"kuery": f'policy_id:"{created["id"]}"'}).json()["items"]
    assert len(listed) == 1 and listed[0]["hidden"] is True
    client.post(f"{BASE}/delete", json={"agentPolicyId": created["id"], "force": True})
    assert client.get(f"{keys}/{listed[0]['id']}").status_code == 404


# -- bulk get -------------------------------------------------------------------------------------


def test_bulk_get_valid_ids_with_agent_counts(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies/_bulk_get › should allow to get valid ids"""
    created = _create(client, "bulk")
    items = client.post(f"{BASE}/_bulk_get", json={"ids": [created["id"]]}).json()["items"]
    assert [(i["id"], i["agents"], i["unprivileged_agents"]) for i in items] == [
        (created["id"], 0, 0)
    ]
    assert "package_policies" not in items[0]


def test_bulk_get_reads_full_from_the_body(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies/_bulk_get › should populate package_policies if called with ?full=true"""
    created = client.post(
        BASE, params={"sys_monitoring": "true"}, json={"name": "bulk", "namespace": "default"}
    ).json()["item"]
    items = client.post(f"{BASE}/_bulk_get", json={"ids": [created["id"]], "full": True}).json()[
        "items"
    ]
    assert items[0]["package_policies"][0]["package"]["name"] == "system"


def test_bulk_get_with_an_unknown_id_is_404(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies/_bulk_get › should return a 404 with invalid ids"""
    created = _create(client, "bulk")
    assert_error(
        client.post(f"{BASE}/_bulk_get", json={"ids": [created["id"], "i-am-not-a-valid-policy"]}),
        404,
        "Agent policy i-am-not-a-valid-policy not found",
    )


def test_bulk_get_ignore_missing_skips_unknown_ids(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies/_bulk_get › should allow to get valid ids if ids is a mixed of valid and invalid ids and ignoreMissing is provided"""
    created = _create(client, "bulk")
    response = client.post(
        f"{BASE}/_bulk_get",
        json={"ids": [created["id"], "i-am-not-a-valid-policy"], "ignoreMissing": True},
    )
    assert [i["id"] for i in response.json()["items"]] == [created["id"]]


# -- outputs --------------------------------------------------------------------------------------


def _logstash(client: httpx.Client) -> str:
    response = client.post(
        "/api/fleet/outputs",
        json={"name": "logstash", "type": "logstash", "hosts": ["logstash.example:5044"]},
    )
    assert response.status_code == 200, response.text
    return str(response.json()["item"]["id"])


def test_agentless_policy_cannot_send_to_logstash(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › POST /api/fleet/agent_policies › should return 400 if setting data output to non-local ES for agentless policy"""
    output_id = _logstash(client)
    response = client.post(
        BASE,
        params={"sys_monitoring": "false"},
        json={
            "name": "test-agentless-policy",
            "namespace": "default",
            "supports_agentless": True,
            "data_output_id": output_id,
        },
    )
    assert_error(
        response,
        400,
        'Output of type "logstash" is not usable with policy "test-agentless-policy".',
    )


def test_agentless_policy_update_to_logstash_is_refused(client: httpx.Client) -> None:
    """Kibana: agent_policy.ts › PUT /api/fleet/agent_policies/{agentPolicyId} › should return 400 if setting data output to non-local ES for agentless policy"""
    output_id = _logstash(client)
    created = _create(client, "test-agentless-policy", supports_agentless=True)
    response = client.put(
        f"{BASE}/{created['id']}",
        json={
            "name": "test-agentless-policy",
            "namespace": "default",
            "supports_agentless": True,
            "data_output_id": output_id,
        },
    )
    assert_error(
        response,
        400,
        'Output of type "logstash" is not usable with policy "test-agentless-policy".',
    )


def test_a_regular_policy_may_send_to_logstash(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/common/services/output_helpers.ts › getAllowedOutputTypesForAgentPolicy › no package policies: every type"""
    output_id = _logstash(client)
    assert _create(client, "to logstash", data_output_id=output_id)["data_output_id"] == output_id


# -- versions -------------------------------------------------------------------------------------


def test_keep_monitoring_alive_is_an_unknown_key_before_8_12(
    kibana_at: Callable[..., httpx.Client],
) -> None:
    """Kibana: x-pack/plugins/fleet/server/types/models/agent_policy.ts › AgentPolicyBaseSchema (keep_monitoring_alive from 8.12, elastic/kibana#168865)"""
    client = kibana_at("8.11.4")
    assert_error(
        _post(client, name="alive", namespace="default", keep_monitoring_alive=True),
        400,
        "[request body.keep_monitoring_alive]: definition for this key is missing",
    )


def test_global_data_tags_are_an_unknown_key_before_8_15(
    kibana_at: Callable[..., httpx.Client],
) -> None:
    """Kibana: x-pack/plugins/fleet/server/types/models/agent_policy.ts › AgentPolicyBaseSchema (global_data_tags from 8.15, elastic/kibana#183563)"""
    client = kibana_at("8.14.3")
    assert_error(
        _post(
            client, name="tags", namespace="default", global_data_tags=[{"name": "a", "value": 1}]
        ),
        400,
        "[request body.global_data_tags]: definition for this key is missing",
    )


def test_advanced_monitoring_options_are_unknown_keys_before_8_16(
    kibana_at: Callable[..., httpx.Client],
) -> None:
    """Kibana: x-pack/plugins/fleet/server/types/models/agent_policy.ts › AgentPolicyBaseSchema (monitoring_http/pprof/diagnostics from 8.16, elastic/kibana#193361)"""
    client = kibana_at("8.15.3")
    assert_error(
        _post(client, name="http", namespace="default", monitoring_http={"enabled": True}),
        400,
        "[request body.monitoring_http]: definition for this key is missing",
    )


def test_traces_monitoring_is_refused_before_8_16(kibana_at: Callable[..., httpx.Client]) -> None:
    """Kibana: x-pack/plugins/fleet/server/types/models/agent_policy.ts › monitoring_enabled oneOf logs, metrics (traces from 8.16, elastic/kibana#189908)"""
    client = kibana_at("8.15.3")
    assert_error(
        _post(client, name="traces", namespace="default", monitoring_enabled=["traces"]),
        400,
        "[request body.monitoring_enabled.0]: types that failed validation:\n"
        "- [request body.monitoring_enabled.0.0]: expected value to equal [logs]\n"
        "- [request body.monitoring_enabled.0.1]: expected value to equal [metrics]",
    )


def test_required_versions_are_an_unknown_key_before_9_0(
    kibana_at: Callable[..., httpx.Client],
) -> None:
    """Kibana: x-pack/plugins/fleet/server/types/models/agent_policy.ts › AgentPolicyBaseSchema (required_versions from 9.0, elastic/kibana#206600)"""
    client = kibana_at("8.18.0")
    required = [{"version": "8.18.0", "percentage": 10}]
    assert_error(
        _post(client, name="upgrades", namespace="default", required_versions=required),
        400,
        "[request body.required_versions]: definition for this key is missing",
    )


def test_required_versions_need_automatic_upgrades_in_9_0(
    kibana_at: Callable[..., httpx.Client],
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agent_policies/required_versions.ts › validateRequiredVersions › enableAutomaticAgentUpgrades off"""
    client = kibana_at("9.0.0")
    required = [{"version": "9.0.0", "percentage": 10}]
    assert_error(
        _post(client, name="upgrades", namespace="default", required_versions=required),
        400,
        'Policy "upgrades" failed validation: required_versions are not allowed when automatic '
        "upgrades feature is disabled",
    )


def test_agent_counts_before_8_15_leave_out_inactive_agents(
    kibana_at: Callable[..., httpx.Client],
) -> None:
    """Kibana: x-pack/plugins/fleet/server/routes/agent_policy/handlers.ts › populateAssignedAgentsCount (showInactive false before elastic/kibana#184517, no unprivileged_agents before #183077)"""
    client = kibana_at("8.13.4")
    created = _create(client, "counted")
    sandbox: FleetSandbox = client.sandbox  # type: ignore[attr-defined]
    sandbox.add_agents(2, policy_id=created["id"])
    sandbox.add_agents(1, policy_id=created["id"], status="inactive")
    item = _get(client, created["id"])
    assert item["agents"] == 2
    assert "unprivileged_agents" not in item


def test_full_policy_with_kubernetes_answers_the_config_map_manifest_as_text(
    client: httpx.Client,
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/routes/agent_policy/handlers.ts getFullAgentPolicy (kubernetes=true: item is agentPolicyService.getFullAgentConfigMap, server/services/agent_policy.ts)"""
    created = _create(client, "k8s")
    response = client.get(f"{BASE}/{created['id']}/full", params={"kubernetes": "true"})
    assert response.status_code == 200, response.text
    text = response.json()["item"]
    assert isinstance(text, str)
    # The ConfigMap comes first, its policy a literal block; the standalone manifest follows.
    assert text.startswith("apiVersion: v1\nkind: ConfigMap\n")
    assert "  agent.yml: |-\n" in text
    config_map, *workloads = list(yaml.safe_load_all(text))
    assert config_map["metadata"] == {
        "name": "agent-node-datastreams",
        "namespace": "kube-system",
        "labels": {"k8s-app": "elastic-agent"},
    }
    assert yaml.safe_load(config_map["data"]["agent.yml"])["id"] == created["id"]
    assert "DaemonSet" in [doc["kind"] for doc in workloads]


def test_full_policy_for_kubernetes_is_standalone_only_when_asked(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/routes/agent_policy/handlers.ts getFullAgentPolicy (getFullAgentConfigMap gets standalone: query.standalone === true)"""
    created = _create(client, "k8s")

    def agent_yml(**query: str) -> Json:
        response = client.get(f"{BASE}/{created['id']}/full", params={"kubernetes": "true", **query})
        assert response.status_code == 200, response.text
        config_map = next(yaml.safe_load_all(response.json()["item"]))
        policy: Json = yaml.safe_load(config_map["data"]["agent.yml"])
        return policy

    assert "fleet" in agent_yml()
    assert "fleet" not in agent_yml(standalone="true")


def test_full_policy_with_kubernetes_of_a_missing_policy_is_404(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/agent_policies/full_agent_policy.ts getFullAgentPolicy (a missing policy throws AgentPolicyNotFoundError before the config map is built)"""
    response = client.get(f"{BASE}/missing/full", params={"kubernetes": "true"})
    assert response.status_code == 404

"""Conformance: outputs (``/api/fleet/outputs``), stated from Kibana's ``outputs/crud.ts``."""

# The first docstring line of each test is Kibana's own test title, unwrapped.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from fleet_facade.sandbox import FleetSandbox

from .._helpers import assert_error

Json = dict[str, Any]
CRUD = "x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts"
DEFAULT = "fleet-default-output"
RESERVED = (
    "preset cannot be balanced when config_yaml contains one of bulk_max_size, "
    "compression_level, connection_idle_timeout, queue.mem.events, queue.mem.flush.min_events, "
    "queue.mem.flush.timeout, worker"
)


def _create(client: httpx.Client, body: Json) -> Json:
    response = client.post("/api/fleet/outputs", json=body)
    assert response.status_code == 200, response.text
    item: Json = response.json()["item"]
    return item


def _es(client: httpx.Client, name: str = "My output", **extra: Any) -> Json:
    return _create(
        client, {"name": name, "type": "elasticsearch", "hosts": ["https://test.fr"], **extra}
    )


def _policy(client: httpx.Client, name: str, **extra: Any) -> Json:
    response = client.post(
        "/api/fleet/agent_policies", json={"name": name, "namespace": "default", **extra}
    )
    assert response.status_code == 200, response.text
    item: Json = response.json()["item"]
    return item


def _revision(client: httpx.Client, policy_id: str) -> int:
    revision: int = client.get(f"/api/fleet/agent_policies/{policy_id}").json()["item"]["revision"]
    return revision


def _without_id(item: Json) -> Json:
    return {k: v for k, v in item.items() if k != "id"}


def test_list_holds_every_output_default_first(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › GET /outputs › should list all the outputs"""
    _es(client)
    items = client.get("/api/fleet/outputs").json()["items"]
    assert len(items) == 2
    assert items[0]["id"] == DEFAULT and items[0]["is_default"] is True


def test_get_default_output_has_its_keys(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › GET /outputs/{outputId} › should allow return the default output"""
    item = client.get(f"/api/fleet/outputs/{DEFAULT}").json()["item"]
    assert {"id", "name", "type", "is_default", "hosts"} <= set(item)
    assert item["is_default"] is True


def test_update_sets_the_port_on_es_hosts(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › PUT /outputs/{outputId} › should explicitly set port on ES hosts"""
    response = client.put(f"/api/fleet/outputs/{DEFAULT}", json={"hosts": ["https://test.fr"]})
    assert response.status_code == 200
    assert client.get(f"/api/fleet/outputs/{DEFAULT}").json()["item"]["hosts"] == [
        "https://test.fr:443"
    ]


def test_update_of_unknown_output_is_404(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › PUT /outputs/{outputId} › should return a 404 when updating a non existing output"""
    response = client.put("/api/fleet/outputs/idonotexists", json={"name": "new name"})
    assert_error(response, 404, "Output idonotexists not found")


def test_default_es_output_used_by_fleet_server_cannot_become_logstash(
    client: httpx.Client,
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › PUT /outputs/{outputId} › should not allow to update a default ES output to logstash"""
    _policy(client, "Fleet Server policy 1", has_fleet_server=True)
    response = client.put(
        f"/api/fleet/outputs/{DEFAULT}",
        json={"name": "My Logstash Output", "type": "logstash", "hosts": ["test.fr:443"]},
    )
    assert_error(
        response,
        400,
        "Logstash output cannot be used with Fleet Server integration in Fleet Server policy 1. "
        "Please create a new Elasticsearch output.",
    )


def test_default_es_output_used_by_fleet_server_cannot_become_kafka(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › PUT /outputs/{outputId} › should not allow to update a default ES output to Kafka"""
    _policy(client, "Fleet Server policy 1", has_fleet_server=True)
    response = client.put(
        f"/api/fleet/outputs/{DEFAULT}",
        json={"name": "My Kafka Output", "type": "kafka", "hosts": ["test.fr:2000"]},
    )
    assert_error(
        response,
        400,
        "Kafka output cannot be used with Fleet Server integration in Fleet Server policy 1. "
        "Please create a new Elasticsearch output.",
    )
    assert client.get(f"/api/fleet/outputs/{DEFAULT}").json()["item"]["type"] == "elasticsearch"


def test_default_es_output_may_stay_es(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › PUT /outputs/{outputId} › should allow to update a default ES output if keeping it ES"""
    _policy(client, "Fleet Server policy 1", has_fleet_server=True)
    response = client.put(
        f"/api/fleet/outputs/{DEFAULT}",
        json={"name": "Updated", "type": "elasticsearch", "hosts": ["https://test.fr:9200"]},
    )
    assert response.status_code == 200
    assert response.json()["item"]["name"] == "Updated"


def test_update_with_unknown_preset_is_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › PUT /outputs/{outputId} › should respond 400 when setting an unknown preset"""
    response = client.put(
        f"/api/fleet/outputs/{DEFAULT}", json={"preset": "some_unknown_preset"}
    )
    assert response.status_code == 400


def test_preset_goes_from_custom_to_balanced_and_back(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › PUT /outputs/{outputId} › should allow changing the preset from balanced to custom and back"""
    output = _es(client)
    url = f"/api/fleet/outputs/{output['id']}"
    custom = client.put(url, json={"preset": "custom", "config_yaml": "some_random_field: foo"})
    assert custom.json()["item"]["preset"] == "custom"
    balanced = client.put(
        url, json={"preset": "balanced", "config_yaml": "some_random_field: foo"}
    )
    assert balanced.status_code == 200
    assert balanced.json()["item"]["preset"] == "balanced"


def test_balanced_preset_with_reserved_key_is_refused_on_update(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › PUT /outputs/{outputId} › should respond 400 when changing the preset from custom to balanced with reserved key"""
    output = _es(client, preset="custom", config_yaml="bulk_max_size: 1000")
    response = client.put(
        f"/api/fleet/outputs/{output['id']}",
        json={"preset": "balanced", "config_yaml": "bulk_max_size: 1000"},
    )
    assert_error(response, 400, RESERVED)


def test_non_default_es_output_becomes_kafka_with_its_defaults(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › PUT /outputs/{outputId} › should allow to update a non-default ES output to kafka"""
    output = _es(client)
    response = client.put(
        f"/api/fleet/outputs/{output['id']}", json={"name": "Kafka", "type": "kafka"}
    )
    assert response.status_code == 200
    item = response.json()["item"]
    assert {k: item[k] for k in ("type", "version", "compression", "compression_level",
                                 "client_id", "partition", "timeout", "broker_timeout",
                                 "required_acks")} == {
        "type": "kafka", "version": "1.0.0", "compression": "gzip", "compression_level": 4,
        "client_id": "Elastic", "partition": "hash", "timeout": 30, "broker_timeout": 10,
        "required_acks": 1,
    }


def test_shipper_values_are_dropped_when_the_shipper_is_off(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should discard the shipper values when shipper is disabled"""
    item = _create(
        client,
        {"name": "ls", "type": "logstash", "hosts": ["test.fr:443"],
         "shipper": {"disk_queue_enabled": True}},
    )
    assert item.get("shipper") is None
    assert item["name"] == "ls"


def test_updating_a_non_default_output_bumps_only_the_policies_using_it(
    client: httpx.Client,
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › PUT /outputs/{outputId} › should bump all policies in all spaces if updating non-default output"""
    output = _es(client)
    on_default = _policy(client, "policy1")
    on_output = _policy(client, "policy2", data_output_id=output["id"])
    client.put(f"/api/fleet/outputs/{output['id']}", json={"name": "renamed"})
    assert _revision(client, on_default["id"]) == 1
    assert _revision(client, on_output["id"]) == 2


def test_updating_the_default_output_bumps_every_policy(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › PUT /outputs/{outputId} › should bump all policies in all spaces if updating the default output"""
    output = _es(client)
    on_default = _policy(client, "policy1")
    on_output = _policy(client, "policy2", data_output_id=output["id"])
    client.put(f"/api/fleet/outputs/{DEFAULT}", json={"name": "renamed default"})
    assert _revision(client, on_default["id"]) == 2
    assert _revision(client, on_output["id"]) == 2


def test_created_es_output_is_echoed_with_port_and_balanced_preset(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should allow to create an ES output"""
    item = _es(client)
    assert _without_id(item) == {
        "name": "My output",
        "type": "elasticsearch",
        "hosts": ["https://test.fr:443"],
        "is_default": False,
        "is_default_monitoring": False,
        "preset": "balanced",
    }


def test_created_es_output_keeps_a_custom_preset(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should allow creating a new ES output with preset: custom"""
    item = _es(client, preset="custom", config_yaml="some_random_key: foo")
    assert _without_id(item) == {
        "name": "My output",
        "type": "elasticsearch",
        "hosts": ["https://test.fr:443"],
        "is_default": False,
        "is_default_monitoring": False,
        "preset": "custom",
        "config_yaml": "some_random_key: foo",
    }


def test_balanced_preset_with_reserved_key_is_refused_on_create(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should respond with 400 when creating a new ES output with preset: balanced and a reserved key in config_yaml"""
    response = client.post(
        "/api/fleet/outputs",
        json={"name": "My output", "type": "elasticsearch", "hosts": ["https://test.fr"],
              "preset": "balanced", "config_yaml": "bulk_max_size: 1000"},
    )
    assert_error(response, 400, RESERVED)


def test_es_output_without_preset_gets_custom_from_reserved_yaml(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/output.ts create (getDefaultPresetForEsOutput)"""
    item = _es(client, config_yaml="queue:\n  mem:\n    events: 4096\n")
    assert item["preset"] == "custom"


def test_new_default_es_output_takes_the_default(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should allow to create a new default ES output"""
    item = _es(client, "Default ES output", is_default=True)
    assert _without_id(item) == {
        "name": "Default ES output",
        "type": "elasticsearch",
        "hosts": ["https://test.fr:443"],
        "is_default": True,
        "is_default_monitoring": False,
        "preset": "balanced",
    }
    assert client.get(f"/api/fleet/outputs/{DEFAULT}").json()["item"]["is_default"] is False


def test_created_logstash_output_has_no_preset(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should allow to create a new logstash output"""
    ssl = {"certificate": "CERT", "key": "KEY", "certificate_authorities": ["CA1", "CA2"]}
    item = _create(
        client, {"name": "My Logstash Output", "type": "logstash", "hosts": ["test.fr:443"],
                 "ssl": ssl}
    )
    assert _without_id(item) == {
        "name": "My Logstash Output",
        "type": "logstash",
        "hosts": ["test.fr:443"],
        "is_default": False,
        "is_default_monitoring": False,
        "ssl": ssl,
    }


def test_new_default_logstash_output_leaves_fleet_server_on_the_es_output(
    client: httpx.Client,
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should allow to create a new logstash default output and fleet server policies should not change"""
    fleet_server = _policy(client, "Fleet Server policy 1", has_fleet_server=True)
    _create(client, {"name": "ls", "type": "logstash", "hosts": ["test.fr:443"],
                     "is_default": True})
    policy = client.get(f"/api/fleet/agent_policies/{fleet_server['id']}").json()["item"]
    assert policy["data_output_id"] == DEFAULT


def test_logstash_host_with_a_scheme_is_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should not allow to create a logstash output with http hosts"""
    response = client.post(
        "/api/fleet/outputs",
        json={"name": "ls", "type": "logstash", "hosts": ["https://test.fr:443"]},
    )
    assert response.status_code == 400
    assert "Host address must begin with a domain name or IP address" in response.json()["message"]


def test_created_kafka_output_gets_kafka_defaults(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should allow to create a new kafka output"""
    body = {"name": "My Kafka Output", "type": "kafka", "hosts": ["test.fr:2000"],
            "auth_type": "user_pass", "username": "user", "password": "pass",
            "topic": "topic1"}
    item = _create(client, body)
    assert _without_id(item) == {
        **body,
        "is_default": False,
        "is_default_monitoring": False,
        "broker_timeout": 10,
        "required_acks": 1,
        "client_id": "Elastic",
        "compression": "gzip",
        "compression_level": 4,
        "sasl": {"mechanism": "PLAIN"},
        "timeout": 30,
        "partition": "hash",
        "version": "1.0.0",
    }


def test_kafka_host_must_be_host_and_port(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/models/output.ts KafkaSchema hosts"""
    response = client.post(
        "/api/fleet/outputs",
        json={"name": "k", "type": "kafka", "hosts": ["https://test.fr:2000"],
              "auth_type": "none", "topic": "t"},
    )
    assert_error(
        response,
        400,
        '[request body.hosts.0]: Invalid format. Expected "host:port" without protocol',
    )


def test_a_new_default_output_takes_the_flag_from_the_previous_one(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should toggle the default output when creating a new one"""
    _es(client, "first", is_default=True)
    second = _es(client, "second", is_default=True)
    defaults = [o["id"] for o in client.get("/api/fleet/outputs").json()["items"]
                if o["is_default"]]
    assert defaults == [second["id"]]


def test_a_new_default_monitoring_output_takes_the_flag(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should toggle default monitoring output when creating a new default monitoring output"""
    _es(client, "first", is_default_monitoring=True)
    second = _es(client, "second", is_default_monitoring=True)
    monitoring = [o["id"] for o in client.get("/api/fleet/outputs").json()["items"]
                  if o["is_default_monitoring"]]
    assert monitoring == [second["id"]]


def test_ssl_key_and_its_secret_together_are_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should not allow ssl.key and secrets.ssl.key to be set for logstash output"""
    response = client.post(
        "/api/fleet/outputs",
        json={"name": "ls", "type": "logstash", "hosts": ["test.fr:443"],
              "ssl": {"certificate": "CERT", "key": "KEY"},
              "secrets": {"ssl": {"key": "KEY"}}},
    )
    assert_error(response, 400, "Cannot specify both ssl.key and secrets.ssl.key")


def test_kafka_password_and_its_secret_together_are_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should not allow password and secrets.password to be set for kafka output"""
    response = client.post(
        "/api/fleet/outputs",
        json={"name": "k", "type": "kafka", "hosts": ["test.fr:2000"], "auth_type": "user_pass",
              "username": "user", "password": "pass", "topic": "t",
              "secrets": {"password": "pass"}},
    )
    assert_error(response, 400, "Cannot specify both password and secrets.password")


def test_ssl_key_secret_is_stored_as_a_reference(
    sandbox: FleetSandbox, client: httpx.Client
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should create ssl.key secret correctly"""
    item = _create(
        client,
        {"name": "ls", "type": "logstash", "hosts": ["test.fr:443"],
         "ssl": {"certificate": "CERT"}, "secrets": {"ssl": {"key": "KEY"}}},
    )
    secret_id = item["secrets"]["ssl"]["key"]["id"]
    assert sandbox.state.secrets[secret_id] == "KEY"
    assert item["ssl"] == {"certificate": "CERT"}


def test_kafka_password_secret_is_stored_as_a_reference(
    sandbox: FleetSandbox, client: httpx.Client
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should create ssl.password secret correctly"""
    item = _create(
        client,
        {"name": "k", "type": "kafka", "hosts": ["test.fr:2000"], "auth_type": "user_pass",
         "username": "user", "topic": "t", "secrets": {"password": "PASS"}},
    )
    assert sandbox.state.secrets[item["secrets"]["password"]["id"]] == "PASS"
    assert "password" not in item


def test_secrets_are_kept_plain_below_fleet_server_8_12(
    kibana_at: Callable[..., httpx.Client],
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should not store secrets if fleet server does not meet minimum version"""
    client = kibana_at("8.11.0")
    item = _create(
        client,
        {"name": "ls", "type": "logstash", "hosts": ["test.fr:443"],
         "ssl": {"certificate": "CERT"}, "secrets": {"ssl": {"key": "KEY"}}},
    )
    assert "secrets" not in item
    assert item["ssl"] == {"certificate": "CERT", "key": "KEY"}
    assert client.sandbox.state.secrets == {}  # type: ignore[attr-defined]


def test_updated_secret_gets_a_new_document_and_the_old_one_goes(
    sandbox: FleetSandbox, client: httpx.Client
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › PUT /outputs/{outputId} › should allow secrets to be updated + delete unused secret"""
    item = _create(
        client,
        {"name": "k", "type": "kafka", "hosts": ["test.fr:2000"], "auth_type": "ssl",
         "topic": "t", "ssl": {"certificate": "CERT"},
         "secrets": {"ssl": {"key": "KEY"}}},
    )
    old_id = item["secrets"]["ssl"]["key"]["id"]
    updated = client.put(
        f"/api/fleet/outputs/{item['id']}",
        json={"name": "k", "type": "kafka", "hosts": ["test.fr:2000"], "auth_type": "ssl",
              "topic": "t", "ssl": {"certificate": "CERT"},
              "secrets": {"ssl": {"key": "NEW_KEY"}}},
    ).json()["item"]
    new_id = updated["secrets"]["ssl"]["key"]["id"]
    assert new_id != old_id
    assert sandbox.state.secrets == {new_id: "NEW_KEY"}


def test_default_output_cannot_be_deleted(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › DELETE /outputs/{outputId} › should return a 400 when deleting a default output"""
    _es(client, "data", is_default=True)
    data = next(o for o in client.get("/api/fleet/outputs").json()["items"] if o["is_default"])
    response = client.delete(f"/api/fleet/outputs/{data['id']}")
    assert_error(response, 400, f"Default output {data['id']} cannot be deleted.")


def test_default_monitoring_output_cannot_be_deleted(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/output.ts delete (default monitoring output)"""
    monitoring = _es(client, "monitoring", is_default_monitoring=True)
    response = client.delete(f"/api/fleet/outputs/{monitoring['id']}")
    assert_error(response, 400, f"Default monitoring output {monitoring['id']} cannot be deleted.")


def test_delete_of_unknown_output_is_404(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › DELETE /outputs/{outputId} › should return a 404 when deleting a non existing output"""
    assert_error(
        client.delete("/api/fleet/outputs/idonotexists"), 404, "Output idonotexists not found"
    )


def test_deleted_output_answers_its_id_and_leaves_its_policies(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › DELETE /outputs/{outputId} › should allow to delete an output"""
    output = _es(client)
    policy = _policy(client, "uses it", data_output_id=output["id"])
    assert client.delete(f"/api/fleet/outputs/{output['id']}").json() == {"id": output["id"]}
    stored = client.get(f"/api/fleet/agent_policies/{policy['id']}").json()["item"]
    assert stored.get("data_output_id") is None
    assert stored["revision"] == 2  # removeOutputFromAll updates (and bumps) the policy


def test_default_flag_cannot_be_unset_by_hand(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/output.ts update (is_default=false)"""
    response = client.put(f"/api/fleet/outputs/{DEFAULT}", json={"is_default": False})
    assert_error(
        response,
        400,
        f"Default output {DEFAULT} cannot be set to is_default=false or "
        "is_default_monitoring=false manually. Make another output the default first.",
    )


def test_delete_refused_when_the_fallback_logstash_default_would_reach_fleet_server(
    client: httpx.Client,
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › DELETE /outputs/{outputId} › should not modify agent policies when cannot delete an output due to default logstash"""
    es_output = _es(client, "ES output")
    fleet_server = _policy(client, "Fleet Server policy 2", has_fleet_server=True,
                           data_output_id=es_output["id"], monitoring_output_id=es_output["id"])
    _create(client, {"name": "ls", "type": "logstash", "hosts": ["test.fr:443"],
                     "is_default": True})
    response = client.delete(f"/api/fleet/outputs/{es_output['id']}")
    assert_error(
        response,
        400,
        'Output of type "logstash" is not usable with policy "Fleet Server policy 2".',
    )
    policy = client.get(f"/api/fleet/agent_policies/{fleet_server['id']}").json()["item"]
    assert (policy["data_output_id"], policy["monitoring_output_id"]) == (
        es_output["id"], es_output["id"])


def test_preconfigured_output_fields_cannot_be_edited(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/output.ts _validateFieldsAreEditable"""
    output = _es(client, "preconfigured", is_preconfigured=True)
    response = client.put(f"/api/fleet/outputs/{output['id']}", json={"name": "renamed"})
    assert_error(
        response,
        400,
        f"Preconfigured output {output['id']} name cannot be updated outside of kibana config "
        "file.",
    )


def test_preconfigured_output_cannot_be_deleted(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/output.ts delete (preconfigured)"""
    output = _es(client, "preconfigured", is_preconfigured=True)
    assert_error(
        client.delete(f"/api/fleet/outputs/{output['id']}"),
        400,
        f"Preconfigured output {output['id']} cannot be deleted outside of kibana config file.",
    )


def test_outputs_before_8_12_have_no_preset(kibana_at: Callable[..., httpx.Client]) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/common/services/output_helpers.ts getDefaultPresetForEsOutput (presets since 8.12)"""
    item = _es(kibana_at("8.11.0"))
    assert "preset" not in item
    assert item["hosts"] == ["https://test.fr:443"]


def test_remote_es_service_token_secret_is_stored_as_a_reference(
    sandbox: FleetSandbox, client: httpx.Client
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should create service_token secret correctly"""
    item = _create(client, {"name": "remote", "type": "remote_elasticsearch",
                            "hosts": ["https://remote-es:9200"],
                            "secrets": {"service_token": "TOKEN"}})
    assert sandbox.state.secrets[item["secrets"]["service_token"]["id"]] == "TOKEN"
    assert item["hosts"] == ["https://remote-es:9200"]


def test_kafka_output_turned_es_loses_its_kafka_fields(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/output.ts update (removeKafkaFields)"""
    kafka = _create(client, {"name": "k", "type": "kafka", "hosts": ["test.fr:2000"],
                             "auth_type": "none", "topic": "t"})
    item = client.put(f"/api/fleet/outputs/{kafka['id']}",
                      json={"type": "elasticsearch", "hosts": ["https://es.fr"]}).json()["item"]
    kafka_only = {"version", "compression", "client_id", "topic", "partition", "auth_type"}
    assert not kafka_only & set(item)
    assert (item["hosts"], item["preset"]) == (["https://es.fr:443"], "balanced")


def test_health_of_an_output_without_reports_is_unknown(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › GET /outputs/{outputId}/health › should not return output health if older than output last updated time"""
    assert client.get(f"/api/fleet/outputs/{DEFAULT}/health").json() == {
        "state": "UNKNOWN", "message": "", "timestamp": ""}


def test_health_of_an_unknown_output_is_the_saved_object_404(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/output.ts getOutputLastUpdateTime"""
    response = client.get("/api/fleet/outputs/idonotexists/health")
    assert_error(
        response,
        404,
        "Saved object [ingest-outputs/d0478fdf-91db-545b-94b6-4e7af3c073c9] not found",
    )


def test_kafka_ssl_key_and_its_secret_together_are_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should not allow ssl.key and secrets.ssl.key to be set for kafka output"""
    response = client.post(
        "/api/fleet/outputs",
        json={"name": "k", "type": "kafka", "hosts": ["test.fr:2000"], "auth_type": "ssl",
              "topic": "t", "ssl": {"certificate": "CERT", "key": "KEY"},
              "secrets": {"ssl": {"key": "KEY"}}},
    )
    assert_error(response, 400, "Cannot specify both ssl.key and secrets.ssl.key")


def test_new_default_kafka_output_leaves_fleet_server_on_the_es_output(
    client: httpx.Client,
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/outputs/crud.ts › POST /outputs › should allow to create a new kafka default output and fleet server policies should not change"""
    fleet_server = _policy(client, "Fleet Server policy 1", has_fleet_server=True)
    plain = _policy(client, "plain policy")
    _create(client, {"name": "k", "type": "kafka", "hosts": ["test.fr:2000"],
                     "auth_type": "none", "topic": "t", "is_default": True})
    pinned = client.get(f"/api/fleet/agent_policies/{fleet_server['id']}").json()["item"]
    other = client.get(f"/api/fleet/agent_policies/{plain['id']}").json()["item"]
    assert pinned["data_output_id"] == DEFAULT
    assert other.get("data_output_id") is None


def test_logstash_output_made_default_leaves_fleet_server_on_the_es_output(
    client: httpx.Client,
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/output.ts validateTypeChanges (updateAgentPoliciesDataOutputId)"""
    fleet_server = _policy(client, "Fleet Server policy 1", has_fleet_server=True)
    logstash = _create(client, {"name": "ls", "type": "logstash", "hosts": ["test.fr:443"]})
    client.put(f"/api/fleet/outputs/{logstash['id']}", json={"is_default": True})
    policy = client.get(f"/api/fleet/agent_policies/{fleet_server['id']}").json()["item"]
    assert policy["data_output_id"] == DEFAULT



def test_reserved_keys_count_only_as_leaves(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/common/services/output_helpers.ts outputYmlIncludesReservedPerformanceKey"""
    nested = _es(client, "nested", config_yaml="worker:\n  threads: 2\n")
    dotted = _es(client, "dotted", config_yaml="queue.mem.events: 1000\n")
    assert (nested["preset"], dotted["preset"]) == ("balanced", "custom")

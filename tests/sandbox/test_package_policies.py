"""Package policies (reference section 3)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from fleet_facade.sandbox import FleetSandbox

from ._helpers import assert_error

BASE = "/api/fleet/package_policies"


def _nginx(
    policy_id: object, name: str = "nginx-1", inputs: Any = None, **extra: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": name,
        "namespace": "default",
        "policy_id": policy_id,
        "package": {"name": "nginx", "version": "1.5.0"},
        **extra,
    }
    if inputs is not None:
        body["inputs"] = inputs
    return body


def test_defaults_compile_like_the_real_nginx_policy(
    client: httpx.Client, agent_policy: dict[str, Any]
) -> None:
    item = client.post(BASE, json=_nginx(agent_policy["id"])).json()["item"]
    streams = {
        s["data_stream"]["dataset"] + "/" + i["type"]: s
        for i in item["inputs"]
        for s in i["streams"]
    }
    # Reference templates.md, "Compiled with default values (matches the real output)".
    assert streams["nginx.access/logfile"]["compiled_stream"] == {
        "exclude_files": [".gz$"],
        "ignore_older": "72h",
        "paths": ["/var/log/nginx/access.log*"],
        "processors": [{"add_locale": None}],
        "tags": ["nginx-access"],
    }
    assert streams["nginx.error/logfile"]["compiled_stream"] == {
        "exclude_files": [".gz$"],
        "ignore_older": "72h",
        "multiline": {"pattern": "^\\d{4}\\/\\d{2}\\/\\d{2} ", "negate": True, "match": "after"},
        "paths": ["/var/log/nginx/error.log*"],
        "processors": [{"add_locale": None}],
        "tags": ["nginx-error"],
    }
    assert streams["nginx.stubstatus/nginx/metrics"]["compiled_stream"] == {
        "hosts": ["http://127.0.0.1:80"],
        "metricsets": ["stubstatus"],
        "period": "10s",
        "server_status_path": "/nginx_status",
    }
    # httpjson streams are disabled by the package, so they have no compiled stream.
    assert streams["nginx.access/httpjson"]["enabled"] is False
    assert "compiled_stream" not in streams["nginx.access/httpjson"]
    assert item["revision"] == 1 and item["version"]


def test_template_logic_follows_vars(client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    inputs = {
        "nginx-logfile": {
            "streams": {
                "nginx.access": {
                    "vars": {
                        "preserve_original_event": True,
                        "tags": ["forwarded"],
                        "processors": "- drop_fields:\n    fields: [a]\n",
                        "ignore_older": "",
                    }
                }
            }
        }
    }
    item = client.post(BASE, json=_nginx(agent_policy["id"], inputs=inputs)).json()["item"]
    access = item["inputs"][0]["streams"][0]
    assert access["compiled_stream"] == {
        "paths": ["/var/log/nginx/access.log*"],
        "tags": ["preserve_original_event", "forwarded"],
        "publisher_pipeline.disable_host": True,
        "exclude_files": [".gz$"],
        "processors": [{"drop_fields": {"fields": ["a"]}}, {"add_locale": None}],
    }


def test_simplified_response_on_request(client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    inputs = {"nginx-logfile": {"streams": {"nginx.access": {"vars": {"tags": ["x"]}}}}}
    response = client.post(
        BASE, params={"format": "simplified"}, json=_nginx(agent_policy["id"], inputs=inputs)
    )
    item = response.json()["item"]
    assert item["inputs"]["nginx-logfile"]["streams"]["nginx.access"] == {
        "enabled": True,
        "vars": {
            "paths": ["/var/log/nginx/access.log*"],
            "tags": ["x"],
            "preserve_original_event": False,
            "ignore_older": "72h",
        },
    }


def test_required_variables_fixture_simplified(
    client: httpx.Client, agent_policy: dict[str, Any]
) -> None:
    # Reference examples/08.
    body = {
        "name": "create-simplified-package-policy-required-variables-1",
        "description": "",
        "namespace": "default",
        "policy_id": agent_policy["id"],
        "inputs": {
            "with_required_variables-test_input": {
                "streams": {
                    "with_required_variables.log": {"vars": {"test_var_required": "I am required"}}
                }
            }
        },
        "package": {"name": "with_required_variables", "version": "0.1.0"},
    }
    response = client.post(BASE, params={"format": "simplified"}, json=body)
    assert response.json()["item"]["inputs"] == {
        "with_required_variables-test_input": {
            "enabled": True,
            "streams": {
                "with_required_variables.log": {
                    "enabled": True,
                    "vars": {"test_var_required": "I am required"},
                }
            },
        }
    }


def test_missing_required_variable(client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    body = {
        "name": "req",
        "policy_id": agent_policy["id"],
        "package": {"name": "with_required_variables", "version": "0.1.0"},
        "inputs": {
            "with_required_variables-test_input": {"streams": {"with_required_variables.log": {}}}
        },
    }
    response = client.post(BASE, json=body)
    assert response.status_code == 400
    # Reference 3: the Kibana test asserts the substring 'Package policy is invalid'.
    assert response.json()["message"].startswith("Package policy is invalid")


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        ({"nginx-nope": {}}, "Input not found: nginx-nope"),
        (
            {"nginx-logfile": {"streams": {"nginx.nope": {}}}},
            "Stream not found nginx-logfile: nginx.nope",
        ),
        (
            {"nginx-logfile": {"streams": {"nginx.access": {"vars": {"nope": 1}}}}},
            "Variable nginx-logfile nginx.access:nope not found",
        ),
        (
            {"nginx-nginx/metrics": {"vars": {"nope": 1}}},
            "Variable nginx-nginx/metrics:nope not found",
        ),
    ],
)
def test_simplified_validation_messages(
    client: httpx.Client, agent_policy: dict[str, Any], inputs: Any, message: str
) -> None:
    assert_error(client.post(BASE, json=_nginx(agent_policy["id"], inputs=inputs)), 400, message)


def test_unknown_package_level_variable(client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    response = client.post(BASE, json=_nginx(agent_policy["id"], inputs={}, vars={"nope": 1}))
    assert_error(response, 400, "Variable :nope not found")


def test_verbatim_kibana_unknown_variable_message(
    client: httpx.Client, agent_policy: dict[str, Any]
) -> None:
    body = {
        "name": "x",
        "policy_id": agent_policy["id"],
        "package": {"name": "with_required_variables", "version": "0.1.0"},
        "inputs": {
            "with_required_variables-test_input": {
                "streams": {"with_required_variables.log": {"vars": {"var_id_do_exists": "x"}}}
            }
        },
    }
    assert_error(
        client.post(BASE, json=body),
        400,
        "Variable with_required_variables-test_input "
        "with_required_variables.log:var_id_do_exists not found",
    )


def test_duplicate_name_answers_409(client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    client.post(BASE, json=_nginx(agent_policy["id"]))
    assert_error(
        client.post(BASE, json=_nginx(agent_policy["id"])),
        409,
        "An integration policy with the name nginx-1 already exists. "
        "Please rename it or choose a different name.",
    )


def test_create_installs_package_and_bumps_revision(
    client: httpx.Client, sandbox: FleetSandbox, agent_policy: dict[str, Any]
) -> None:
    assert "nginx" not in sandbox.state.installed_packages
    client.post(BASE, json=_nginx(agent_policy["id"]))
    assert sandbox.state.installed_packages["nginx"]["version"] == "1.5.0"
    assert (
        client.get(f"/api/fleet/agent_policies/{agent_policy['id']}").json()["item"]["revision"]
        == 2
    )


def test_legacy_array_request(client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    """Inputs whose first entry has ``streams`` are kept as given (Kibana's
    ``enrichPolicyWithDefaultsFromPackage``): the stream's vars are not filled from the package,
    so a required var left out is refused, and the given values are compiled."""
    stream = {
        "enabled": True,
        "data_stream": {"type": "logs", "dataset": "nginx.access"},
        "vars": {"paths": {"value": ["/tmp/a.log"], "type": "text"}},
    }
    inputs = [{"type": "logfile", "policy_template": "nginx", "enabled": True, "streams": [stream]}]
    refused = client.post(BASE, json=_nginx(agent_policy["id"], inputs=inputs))
    assert refused.status_code == 400
    assert refused.json()["message"] == (
        "Package policy is invalid: "
        'inputs.logfile.streams.nginx.access.vars.tags: ["Tags is required"]\n'
        'inputs.logfile.streams.nginx.access.vars.preserve_original_event: '
        '["Preserve original event is required"]'
    )
    stream["vars"].update(
        tags={"value": ["nginx-access"], "type": "text"},
        preserve_original_event={"value": False, "type": "bool"},
    )
    item = client.post(BASE, json=_nginx(agent_policy["id"], inputs=inputs)).json()["item"]
    assert len(item["inputs"]) == 1
    stored = item["inputs"][0]["streams"][0]
    assert stored["compiled_stream"]["paths"] == ["/tmp/a.log"]
    assert stored["vars"]["tags"] == {"type": "text", "value": ["nginx-access"]}


def test_get_update_with_optimistic_version(
    client: httpx.Client, agent_policy: dict[str, Any]
) -> None:
    item = client.post(BASE, json=_nginx(agent_policy["id"])).json()["item"]
    got = client.get(f"{BASE}/{item['id']}").json()["item"]
    assert got == item
    updated = client.put(
        f"{BASE}/{item['id']}", json={"description": "new", "version": item["version"]}
    )
    assert updated.json()["item"]["revision"] == 2
    stale = client.put(
        f"{BASE}/{item['id']}", json={"description": "newer", "version": item["version"]}
    )
    assert stale.status_code == 409
    assert (
        client.get(f"/api/fleet/agent_policies/{agent_policy['id']}").json()["item"]["revision"]
        == 3
    )


def test_missing_package_policy_messages(client: httpx.Client) -> None:
    assert_error(client.get(f"{BASE}/nope"), 404, "Package policy nope not found")
    assert_error(client.put(f"{BASE}/nope", json={"name": "x"}), 404, "Package policy not found")
    assert client.delete(f"{BASE}/nope").json() == {"id": "nope"}


def test_bulk_delete_items(client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    item = client.post(BASE, json=_nginx(agent_policy["id"])).json()["item"]
    assert client.post(f"{BASE}/delete", json={"packagePolicyIds": ["nope"]}).json() == []
    result = client.post(f"{BASE}/delete", json={"packagePolicyIds": [item["id"], "nope"]}).json()
    assert result[0] == {
        "id": item["id"],
        "name": "nginx-1",
        "success": True,
        "package": {"name": "nginx", "title": "Nginx", "version": "1.5.0"},
        "policy_id": agent_policy["id"],
        "policy_ids": [agent_policy["id"]],
    }
    assert result[1] == {
        "id": "nope",
        "success": False,
        "statusCode": 404,
        "body": {"message": "Saved object [ingest-package-policies/nope] not found"},
    }


def test_upgrade_and_dry_run(client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    item = client.post(BASE, json=_nginx(agent_policy["id"])).json()["item"]
    # Upgrading to the version the policy already has is allowed (Kibana upgrade.ts).
    assert (
        client.post(f"{BASE}/upgrade", json={"packagePolicyIds": [item["id"]]}).status_code == 200
    )
    client.post("/api/fleet/epm/packages/nginx/1.6.0", json={})
    dry = client.post(f"{BASE}/upgrade/dryrun", json={"packagePolicyIds": [item["id"]]}).json()
    assert dry[0]["hasErrors"] is False
    assert dry[0]["diff"][1]["package"]["version"] == "1.6.0"
    result = client.post(f"{BASE}/upgrade", json={"packagePolicyIds": [item["id"]]}).json()
    assert result == [{"id": item["id"], "name": "nginx-1", "success": True}]
    assert client.get(f"{BASE}/{item['id']}").json()["item"]["package"]["version"] == "1.6.0"


def test_list_and_bulk_get(client: httpx.Client, agent_policy: dict[str, Any]) -> None:
    one = client.post(BASE, json=_nginx(agent_policy["id"], name="a")).json()["item"]
    client.post(BASE, json=_nginx(agent_policy["id"], name="b"))
    body = client.get(BASE, params={"kuery": "ingest-package-policies.name:a"}).json()
    assert [i["name"] for i in body["items"]] == ["a"] and body["total"] == 1
    bulk = client.post(f"{BASE}/_bulk_get", json={"ids": [one["id"]]}).json()
    assert bulk["items"][0]["id"] == one["id"]
    assert client.get(BASE, params={"format": "weird"}).status_code == 400


def _client_of(sandbox: FleetSandbox) -> httpx.Client:
    return httpx.Client(transport=sandbox.transport(), base_url="http://sandbox",
                        headers=sandbox.auth_headers())


@pytest.mark.parametrize("kibana", ["7.17.0", "8.0.0", "8.4.0"])
def test_before_8_5_a_simplified_body_is_refused_by_the_schema(kibana: str) -> None:
    """The body schema had only the array form (server/types/models/package_policy.ts);
    config-schema names the first key that fails (kbn-config-schema object_type.ts)."""
    sandbox = FleetSandbox(seed=7, kibana_version=kibana)
    with _client_of(sandbox) as client:
        policy = client.post("/api/fleet/agent_policies",
                             json={"name": "p", "namespace": "default"}).json()["item"]
        simplified = {"nginx-logfile": {"streams": {"nginx.access": {"enabled": True}}}}
        assert_error(client.post(BASE, json=_nginx(policy["id"], inputs=simplified)), 400,
                     "[request body.inputs]: expected value of type [array] but got [Object]")
        assert_error(client.post(BASE, json=_nginx(policy["id"])), 400,
                     "[request body.inputs]: expected value of type [array] but got [undefined]")
        assert_error(client.post(BASE, json=_nginx(policy["id"], inputs=[], vars={"a": "72h"})),
                     400, "[request body.vars.a]: could not parse object value from json input")
        assert_error(client.post(BASE, json=_nginx(policy["id"], inputs=[], vars={"a": 5})),
                     400, "[request body.vars.a]: expected a plain object value, but found "
                          "[number] instead.")
        created = client.post(BASE, json=_nginx(policy["id"], inputs=[])).json()["item"]
        assert isinstance(created["inputs"], list)
        path = f"{BASE}/{created['id']}"
        assert_error(client.put(path, json={"inputs": {}}), 400,
                     "[request body.inputs]: expected value of type [array] but got [Object]")
        assert client.put(path, json={"description": "kept inputs"}).status_code == 200
    assert sandbox.count("package_policies") == 1


def test_from_8_5_a_simplified_body_is_taken() -> None:
    sandbox = FleetSandbox(seed=7, kibana_version="8.5.0")
    with _client_of(sandbox) as client:
        policy = client.post("/api/fleet/agent_policies",
                             json={"name": "p", "namespace": "default"}).json()["item"]
        response = client.post(BASE, json=_nginx(policy["id"], inputs={}))
        assert response.status_code == 200, response.text

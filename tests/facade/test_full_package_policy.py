"""The full (array) form built from simplified inputs, for Kibana 7.17 and 8.0-8.4.

The rules are Kibana's own conversion (common/services/simplified_package_policy_helper.ts,
package_to_package_policy.ts); the checks use real manifests.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fleet_facade import InvalidInputsError
from fleet_facade._full_package_policy import full_inputs, full_request_body
from fleet_facade.sandbox._catalog import Catalog

RECORDED = Path(__file__).resolve().parents[1] / "data" / "recorded"


def _recording(name: str) -> list[dict[str, Any]]:
    return list(json.loads((RECORDED / f"{name}.json").read_text())["interactions"])


def _nginx_999() -> tuple[dict[str, Any], dict[str, Any]]:
    """Kibana 8.13's manifest of nginx 999.999.999, and elastic-package's array request."""
    interactions = _recording("kibana-8.13.4-policy-lifecycle-nginx")
    manifest = interactions[1]["response_body"]["item"]
    request = next(i["request_body"] for i in interactions
                   if i["method"] == "POST" and i["path"] == "/api/fleet/package_policies")
    return manifest, request


def test_the_metrics_input_matches_what_elastic_package_sent_to_kibana_8_13() -> None:
    manifest, request = _nginx_999()
    simplified = {"nginx-nginx/metrics": {
        "vars": {"hosts": ["http://127.0.0.1:80"]},
        "streams": {"nginx.stubstatus": {"vars": {"period": "10s",
                                                  "server_status_path": "/nginx_status"}}}}}
    inputs, package_vars = full_inputs(manifest, simplified, None)
    [sent] = request["inputs"]
    for stream in sent["streams"]:
        stream.pop("id")  # elastic-package names its streams; Kibana assigns ids otherwise
    assert [i for i in inputs if i["type"] == "nginx/metrics"] == [sent]
    assert package_vars is None


def test_defaults_follow_the_manifest() -> None:
    manifest, _ = _nginx_999()
    inputs, _ = full_inputs(manifest, None, None)
    summary = [(i["policy_template"], i["type"], i["enabled"],
                [(s["data_stream"]["dataset"], s["enabled"]) for s in i["streams"]])
               for i in inputs]
    # httpjson's streams say enabled: false in the manifest, so the input is off too.
    assert summary == [
        ("nginx", "logfile", True, [("nginx.access", True), ("nginx.error", True)]),
        ("nginx", "httpjson", False, [("nginx.access", False), ("nginx.error", False)]),
        ("nginx", "nginx/metrics", True, [("nginx.stubstatus", True)]),
    ]
    logfile = inputs[0]["streams"][0]["vars"]
    assert logfile["paths"] == {"type": "text", "value": ["/var/log/nginx/access.log*"]}
    # A variable without a default has no value; a multi one gets an empty list.
    assert logfile["processors"] == {"type": "yaml", "value": None}
    bare = {"name": "p", "policy_templates": [{"name": "p", "inputs": [
        {"type": "t", "vars": [{"name": "hosts", "type": "text", "multi": True}]}]}]}
    assert full_inputs(bare, None, None)[0] == [{
        "type": "t", "policy_template": "p", "enabled": True, "streams": [],
        "vars": {"hosts": {"type": "text", "value": []}}}]
    assert inputs[1]["streams"][0]["vars"]["tags"]["value"] == ["forwarded", "nginx-access"]


def test_named_inputs_and_streams_are_enabled_unless_they_say_otherwise() -> None:
    manifest, _ = _nginx_999()
    inputs, _ = full_inputs(manifest, {
        "nginx-httpjson": {"streams": {"nginx.access": {}}},
        "nginx-logfile": {"enabled": False, "streams": {"nginx.error": {"enabled": False}}},
    }, None)
    by_type = {i["type"]: i for i in inputs}
    assert by_type["httpjson"]["enabled"] is True
    assert [s["enabled"] for s in by_type["httpjson"]["streams"]] == [True, False]
    assert by_type["logfile"]["enabled"] is False
    # Kibana leaves a stream of a disabled input as it was unless it is named.
    assert [s["enabled"] for s in by_type["logfile"]["streams"]] == [True, False]


def test_unknown_names_are_refused_as_kibana_refuses_them() -> None:
    manifest, _ = _nginx_999()
    with pytest.raises(InvalidInputsError) as caught:
        full_inputs(manifest, {"nginx-logfil": {},
                               "nginx-logfile": {"vars": {"x": 1},
                                                 "streams": {"nginx.acces": {}}}}, {"mode": 1})
    assert caught.value.problems == [
        "variable 'mode' not found in the package",
        "input 'nginx-logfil' not found",
        "variable 'x' not found in input 'nginx-logfile'",
        "stream 'nginx.acces' not found in input 'nginx-logfile'",
    ]


def test_package_variables_and_an_input_package_template() -> None:
    catalog = Catalog.bundled()
    required = catalog.get("with_required_variables", "0.1.0")
    inputs, _ = full_inputs(required, {"with_required_variables-test_input": {"streams": {
        "with_required_variables.log": {"vars": {"test_var_required": "set"}}}}}, None)
    [stream] = inputs[0]["streams"]
    assert stream["vars"]["test_var_required"] == {"type": "string", "value": "set"}

    sql = next(i["response_body"]["item"]
               for i in _recording("kibana-8.12.2-package-lifecycle-sql_input")
               if i["status"] == 200 and i["path"] == "/api/fleet/epm/packages/sql_input")
    [query] = full_inputs(sql, None, None)[0]
    assert (query["type"], query["policy_template"], query["enabled"]) == (
        "sql/metrics", "sql_query", True)
    [stream] = query["streams"]
    assert stream["data_stream"] == {"type": "metrics", "dataset": "sql_input.sql_query"}
    assert stream["vars"]["data_stream.dataset"] == {"type": "text",
                                                     "value": "sql_input.sql_query"}


def test_the_body_carries_what_kibana_7_17_requires() -> None:
    manifest, _ = _nginx_999()
    body = {"name": "n", "package": {"name": "nginx", "version": "999.999.999"},
            "policy_ids": ["ap"], "inputs": {}, "description": ""}
    full = full_request_body(body, manifest, namespace="eptest", policy_id="ap")
    assert {k: v for k, v in full.items() if k != "inputs"} == {
        "name": "n", "description": "", "namespace": "eptest", "policy_id": "ap",
        "enabled": True, "output_id": "",
        "package": {"name": "nginx", "title": "Nginx", "version": "999.999.999"}}
    assert [i["type"] for i in full["inputs"]] == ["logfile", "httpjson", "nginx/metrics"]

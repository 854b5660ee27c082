"""Kibana's request validation (``@kbn/config-schema`` behind Core's RouteValidator).

Each test names the config-schema or Core source (elastic/kibana) whose message it states:
``CS`` = ``src/platform/packages/shared/kbn-config-schema/src``,
``CORE`` = ``src/core/packages/http/router-server-internal/src``.
"""

from __future__ import annotations

import json

import httpx
import pytest

from fleet_facade.sandbox import FleetSandbox
from fleet_facade.sandbox._http import KibanaError
from fleet_facade.sandbox._request_schema import RequestSchemas, locate_requests, schemas_for

from ._helpers import assert_error

POLICIES = "/api/fleet/agent_policies"
VALID = {"name": "Policy A", "namespace": "default"}


def test_unknown_body_key_is_refused_and_nothing_is_stored(client: httpx.Client) -> None:
    """CS/types/object_type.ts ``object.unknown`` (the issue's example)."""
    response = client.post(POLICIES, json={**VALID, "monitoring_enable": ["logs"]})
    assert_error(
        response, 400, "[request body.monitoring_enable]: definition for this key is missing"
    )
    assert client.get(POLICIES).json()["total"] == 0


def test_unknown_nested_key_names_its_path(client: httpx.Client) -> None:
    """CS/types/object_type.ts: nested objects forbid unknown keys too."""
    response = client.post(POLICIES, json={**VALID, "monitoring_http": {"enabled": True, "x": 1}})
    assert_error(
        response, 400, "[request body.monitoring_http.x]: definition for this key is missing"
    )


def test_unknown_query_key_is_refused(client: httpx.Client) -> None:
    """CS/types/object_type.ts on the query object; CORE/request.ts names it ``request query``."""
    response = client.get(POLICIES, params={"foo": "1"})
    assert_error(response, 400, "[request query.foo]: definition for this key is missing")


def test_wrong_type(client: httpx.Client) -> None:
    """CS/types/string_type.ts ``expected value of type [string] but got [number]``."""
    response = client.post(POLICIES, json={"name": 5, "namespace": "default"})
    assert_error(
        response, 400, "[request body.name]: expected value of type [string] but got [number]"
    )


def test_missing_required_key(client: httpx.Client) -> None:
    """CS/types/string_type.ts ``any.required``: ``but got [undefined]``."""
    response = client.post(POLICIES, json={"namespace": "default"})
    assert_error(
        response, 400, "[request body.name]: expected value of type [string] but got [undefined]"
    )


def test_null_is_not_absent(client: httpx.Client) -> None:
    """CS/types/maybe_type.ts: ``maybe`` admits undefined only; null reaches the inner type."""
    response = client.post(POLICIES, json={**VALID, "description": None})
    assert_error(
        response, 400, "[request body.description]: expected value of type [string] but got [null]"
    )


def test_min_length(client: httpx.Client) -> None:
    """CS/types/string_type.ts ``minLength``."""
    response = client.post(POLICIES, json={"name": "", "namespace": "default"})
    assert_error(
        response,
        400,
        "[request body.name]: value has length [0] but it must have a minimum length of [1].",
    )


def test_max_length_in_query(client: httpx.Client) -> None:
    """CS/types/string_type.ts ``maxLength`` (uninstall tokens: ``policyId`` at most 50)."""
    response = client.get("/api/fleet/uninstall_tokens", params={"policyId": "p" * 51})
    assert_error(
        response,
        400,
        "[request query.policyId]: value has length [51] but it must have a maximum length of "
        "[50].",
    )


def test_number_limits(client: httpx.Client) -> None:
    """CS/types/number_type.ts ``number.min`` / ``number.max``."""
    low = client.post(POLICIES, json={**VALID, "inactivity_timeout": -1})
    assert_error(
        low, 400, "[request body.inactivity_timeout]: Value must be equal to or greater than [0]."
    )
    high = client.post(POLICIES, json={**VALID, "monitoring_http": {"port": 70000}})
    assert_error(
        high,
        400,
        "[request body.monitoring_http.port]: Value must be equal to or lower than [65353].",
    )


def test_query_numbers_and_booleans_are_coerced_from_text(client: httpx.Client) -> None:
    """CS/internals/index.ts: numbers from numeric text, booleans from true/false in any case."""
    assert client.get(POLICIES, params={"perPage": "5", "full": "TRUE"}).status_code == 200
    assert_error(
        client.get(POLICIES, params={"perPage": "five"}),
        400,
        "[request query.perPage]: expected value of type [number] but got [string]",
    )
    assert_error(
        client.get(POLICIES, params={"perPage": ""}),
        400,
        "[request query.perPage]: expected value of type [number] but got [string]",
    )
    assert_error(
        client.get(POLICIES, params={"full": "yes"}),
        400,
        "[request query.full]: expected value of type [boolean] but got [string]",
    )


def test_repeated_query_key_is_an_array(client: httpx.Client) -> None:
    """hapi gives a repeated key as a list; a number schema then sees ``[Array]``."""
    response = client.get(f"{POLICIES}?perPage=1&perPage=2")
    assert_error(
        response, 400, "[request query.perPage]: expected value of type [number] but got [Array]"
    )


def test_single_value_for_an_array_query_key_is_wrapped(client: httpx.Client) -> None:
    """CORE/validator.ts ``preprocessQueryData``: one value for an ``arrayOf`` key is a list."""
    response = client.get("/api/fleet/epm/packages/installed", params={"searchAfter": "abc"})
    assert response.status_code == 200, response.text


def test_body_numbers_are_coerced_before_the_handler(client: httpx.Client) -> None:
    """CS/internals/index.ts: the handler sees the validated value (``"60"`` -> ``60``)."""
    response = client.post(POLICIES, json={**VALID, "inactivity_timeout": "60"})
    assert response.status_code == 200, response.text
    assert response.json()["item"]["inactivity_timeout"] == 60


def test_enum_in_array_lists_each_literal(client: httpx.Client) -> None:
    """CS/types/union_type.ts ``alternatives.match`` with CS/types/literal_type.ts members."""
    response = client.post(POLICIES, json={**VALID, "monitoring_enabled": ["logs", "bogus"]})
    assert_error(
        response,
        400,
        "[request body.monitoring_enabled.1]: types that failed validation:\n"
        "- [request body.monitoring_enabled.1.0]: expected value to equal [logs]\n"
        "- [request body.monitoring_enabled.1.1]: expected value to equal [metrics]\n"
        "- [request body.monitoring_enabled.1.2]: expected value to equal [traces]",
    )


def test_enum_in_query(client: httpx.Client) -> None:
    """CS/types/union_type.ts over literals, on ``?format=``."""
    response = client.get("/api/fleet/package_policies", params={"format": "bogus"})
    assert_error(
        response,
        400,
        "[request query.format]: types that failed validation:\n"
        "- [request query.format.0]: expected value to equal [simplified]\n"
        "- [request query.format.1]: expected value to equal [legacy]",
    )


def test_arrays(client: httpx.Client) -> None:
    """CS/types/array_type.ts ``array.base`` and ``array.parse`` (text is read as JSON)."""
    assert_error(
        client.post(POLICIES, json={**VALID, "monitoring_enabled": 5}),
        400,
        "[request body.monitoring_enabled]: expected value of type [array] but got [number]",
    )
    assert_error(
        client.post(POLICIES, json={**VALID, "monitoring_enabled": "logs"}),
        400,
        "[request body.monitoring_enabled]: could not parse array value from json input",
    )
    parsed = client.post(POLICIES, json={**VALID, "monitoring_enabled": '["logs"]'})
    assert parsed.status_code == 200, parsed.text
    assert parsed.json()["item"]["monitoring_enabled"] == ["logs"]


def test_array_size(client: httpx.Client) -> None:
    """CS/types/array_type.ts ``array.min`` (Fleet server hosts need one URL)."""
    response = client.post("/api/fleet/fleet_server_hosts", json={"name": "x", "host_urls": []})
    assert_error(
        response, 400, "[request body.host_urls]: array size is [0], but cannot be smaller than [1]"
    )


def test_nullable_record(client: httpx.Client) -> None:
    """CS/types/record_type.ts ``record.base`` inside a null-or-value union
    (``overrides: schema.maybe(schema.oneOf([schema.literal(null), schema.recordOf(...)]))``,
    Fleet ``server/types/models/agent_policy.ts``)."""
    response = client.post(POLICIES, json={**VALID, "overrides": 5})
    assert_error(
        response,
        400,
        "[request body.overrides]: types that failed validation:\n"
        "- [request body.overrides.0]: expected value to equal [null]\n"
        "- [request body.overrides.1]: expected value of type [object] but got [number]",
    )
    assert client.post(POLICIES, json={**VALID, "overrides": None}).status_code == 200


def test_uri(client: httpx.Client) -> None:
    """CS/types/uri_type.ts ``string.uri`` (RFC 3986, as Joi's ``string().uri()``)."""
    response = client.post(
        "/api/fleet/agent_download_sources", json={"name": "d", "host": "not a uri"}
    )
    assert_error(response, 400, "[request body.host]: value must be a valid URI (see RFC 3986).")


@pytest.mark.parametrize(
    ("content", "found"), [(b"", "null"), (b"null", "null"), (b"[]", "Array"), (b"3", "number")]
)
def test_body_must_be_a_plain_object(client: httpx.Client, content: bytes, found: str) -> None:
    """CS/types/object_type.ts ``object.base``; an empty body is null (hapi @hapi/subtext)."""
    response = client.post(
        POLICIES, content=content, headers={"content-type": "application/json"}
    )
    message = f"[request body]: expected a plain object value, but found [{found}] instead."
    assert_error(response, 400, message)


def test_nullable_body_may_be_empty(client: httpx.Client) -> None:
    """A ``schema.nullable(schema.object(...))`` body (agent unenroll) accepts no body: the
    handler answers (404 for an unknown agent), not validation."""
    response = client.post("/api/fleet/agents/nope/unenroll")
    assert response.status_code == 404, response.text


def test_union_body_lists_each_member(client: httpx.Client) -> None:
    """CS/types/union_type.ts: outputs are ``schema.oneOf`` of four objects
    (Fleet ``server/types/models/output.ts``); each member reports its first failure."""
    body = {"name": "o", "type": "elasticsearch", "hosts": ["http://es:9200"], "bogus": 1}
    response = client.post("/api/fleet/outputs", json=body)
    assert_error(
        response,
        400,
        "[request body]: types that failed validation:\n"
        "- [request body.0.bogus]: definition for this key is missing\n"
        "- [request body.1.type]: expected value to equal [remote_elasticsearch]\n"
        "- [request body.2.type]: expected value to equal [logstash]\n"
        "- [request body.3.type]: expected value to equal [kafka]",
    )


def test_package_policy_accepts_both_input_forms(client: httpx.Client) -> None:
    """Fleet ``server/types/rest_spec/package_policy.ts``: body is ``oneOf([full, simplified])``."""
    policy = client.post(POLICIES, json=VALID).json()["item"]
    package = {"name": "nginx", "version": "1.5.0"}
    simplified = {"name": "s", "policy_ids": [policy["id"]], "package": package, "inputs": {}}
    assert client.post("/api/fleet/package_policies", json=simplified).status_code == 200
    full = {"name": "f", "policy_ids": [policy["id"]], "package": package, "inputs": []}
    created = client.post("/api/fleet/package_policies", json=full)
    assert created.status_code == 200, created.text
    neither = client.post("/api/fleet/package_policies", json={"name": "n"})
    assert_error(
        neither,
        400,
        "[request body]: types that failed validation:\n"
        "- [request body.0.inputs]: expected value of type [array] but got [undefined]\n"
        "- [request body.1.package.name]: expected value of type [string] but got [undefined]",
    )


def test_record_value_failure_keeps_member_paths_relative(client: httpx.Client) -> None:
    """CS/types/record_type.ts validates each value on its own and moves only the outer
    failure under ``<path>.<key>``; the union's member lines (CS/types/union_type.ts) keep
    paths relative to the value. Simplified ``vars`` are
    ``recordOf(string, nullable(oneOf([...])))`` (Fleet ``server/types/models/package_policy.ts``).
    DERIVED from those sources, not from a Kibana test."""
    body = {"name": "n", "package": {"name": "nginx", "version": "1.5.0"}, "vars": {"a": {}}}
    response = client.post("/api/fleet/package_policies", json=body)
    assert_error(
        response,
        400,
        "[request body]: types that failed validation:\n"
        "- [request body.0.inputs]: expected value of type [array] but got [undefined]\n"
        "- [request body.1.vars.a]: types that failed validation:\n"
        " - [request body.0]: types that failed validation:\n"
        "  - [request body.0]: expected value of type [boolean] but got [Object]\n"
        "  - [request body.1]: expected value of type [string] but got [Object]\n"
        "  - [request body.2]: expected value of type [number] but got [Object]\n"
        "  - [request body.3]: expected value of type [array] but got [Object]\n"
        "  - [request body.4]: expected value of type [array] but got [Object]\n"
        "  - [request body.5.id]: expected value of type [string] but got [undefined]\n"
        " - [request body.1]: expected value to equal [null]",
    )


def test_first_error_in_kibanas_order(client: httpx.Client) -> None:
    """CORE/request.ts: params, query, then body; Joi lib/types/keys.js: declared keys (required
    first, in schema order) before unknown keys; abortEarly: one message."""
    both = client.post(POLICIES, params={"foo": "1"}, json={"name": 5})
    assert_error(both, 400, "[request query.foo]: definition for this key is missing")
    declared_first = client.post(POLICIES, json={"zzz": 1, "name": 5, "namespace": "default"})
    assert_error(
        declared_first, 400, "[request body.name]: expected value of type [string] but got [number]"
    )
    required_order = client.post(POLICIES, json={})
    assert_error(
        required_order,
        400,
        "[request body.name]: expected value of type [string] but got [undefined]",
    )


def test_versionless_package_path_is_validated(client: httpx.Client) -> None:
    """Upstream ``/epm/packages/{pkgName}/{pkgVersion}`` has an optional version segment."""
    response = client.get("/api/fleet/epm/packages/nginx", params={"bogus": "1"})
    assert_error(response, 400, "[request query.bogus]: definition for this key is missing")


def test_internal_origin_query_key_is_not_validated(client: httpx.Client) -> None:
    """CORE/request.ts ``sanitizeRequest`` drops ``elasticInternalOrigin`` first."""
    response = client.get(POLICIES, params={"elasticInternalOrigin": "true"})
    assert response.status_code == 200, response.text


# --- the message renderer against config-schema's own test snapshots --------------------------


def _schemas(body: dict[str, object]) -> RequestSchemas:
    return RequestSchemas({"operations": {"POST /x": {"body": body}}, "components": {}})


def _message(schemas: RequestSchemas, body: object) -> str:
    """The 400's message."""
    with pytest.raises(KibanaError) as caught:
        schemas.validate("POST", "/x", {}, {}, body)
    assert caught.value.status == 400, repr(caught.value)
    return caught.value.message


def test_nested_unions_indent_one_space_per_level() -> None:
    """CS/types/union_type.test.ts 'fails if nested union type fail' with a namespace
    (CS/errors/validation_error.ts): inner member paths keep their own indexes."""
    schemas = _schemas({"anyOf": [
        {"type": "boolean"},
        {"anyOf": [{"anyOf": [{"type": "object", "properties": {}}, {"type": "number"}]}]},
    ]})
    assert _message(schemas, "aaa") == (
        "[request body]: types that failed validation:\n"
        "- [request body.0]: expected value of type [boolean] but got [string]\n"
        "- [request body.1]: types that failed validation:\n"
        " - [request body.0]: could not parse object value from json input\n"
        " - [request body.1]: expected value of type [number] but got [string]"
    )


def test_single_member_union_reports_the_member() -> None:
    """CS/types/union_type.test.ts 'use shorter error messages when defining only one type'."""
    schemas = _schemas({"anyOf": [{"type": "object", "properties": {"age": {"type": "number"}}}]})
    assert _message(schemas, {"age": "foo"}) == (
        "[request body.age]: expected value of type [number] but got [string]"
    )


def test_js_key_order_decides_which_unknown_key_is_reported() -> None:
    """Joi reports the first unknown key of ``Object.keys``: integer-like keys come first."""
    schemas = _schemas({"type": "object", "additionalProperties": False, "properties": {}})
    assert _message(schemas, {"b": 1, "10": 1, "2": 1}) == (
        "[request body.2]: definition for this key is missing"
    )


def test_number_text_that_loses_precision_is_unsafe() -> None:
    """Joi ``lib/types/number.js`` ``number.unsafe`` (no case in CS/types/number_type.ts, so
    Joi's own message with its label)."""
    schemas = _schemas({"type": "object", "properties": {"n": {"type": "number"}}})
    assert _message(schemas, {"n": "12345678901234567890"}) == (
        '[request body.n]: "n" must be a safe number'
    )
    schemas.validate("POST", "/x", {}, {}, {"n": " 007.50 "})


def test_every_operation_compiles_and_every_fleet_route_has_schemas(
    sandbox: FleetSandbox,
) -> None:
    """Each ``METHOD template`` of spec/fleet-requests.json compiles, and each sandbox route
    under /api/fleet finds its schemas (only the legacy ``/agent-status`` alias has none)."""
    schemas = schemas_for("9.1.0")
    operations = json.loads(locate_requests().read_text(encoding="utf-8"))["operations"]
    assert len(operations) > 100
    for key in operations:
        method, template = key.split(" ", 1)
        assert schemas.operation(method, template) is not None, key
    routes = {
        f"{route.method} {route.template}"
        for route in sandbox._app.router.routes
        if route.template.startswith("/api/fleet/")
    }
    assert routes - set(operations) == {"GET /api/fleet/agent-status"}

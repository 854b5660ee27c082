"""Request bodies read as Kibana reads them (hapi's payload step), in both serving modes.

Sources: Kibana ``http_config.ts`` (``maxPayload`` 1048576) and ``http_server.test.ts`` ("body
options": 413 and 415 envelopes); @hapi/subtext ``internals.object`` (which media types parse
and how) and its JSON message; @hapi/bourne (``__proto__`` refused).
"""

from __future__ import annotations

import httpx
import pytest

from fleet_facade.sandbox import FleetSandbox

from ._helpers import assert_error

POLICIES = "/api/fleet/agent_policies"
INVALID_JSON = "Invalid request payload JSON format"


def post(
    client: httpx.Client, body: bytes, content_type: str | None = "application/json"
) -> httpx.Response:
    headers = {} if content_type is None else {"content-type": content_type}
    return client.post(POLICIES, content=body, headers=headers)


def test_a_body_over_max_payload_answers_413(any_client: httpx.Client) -> None:
    body = b'{"name": "big", "namespace": "default", "description": "' + b"x" * 1_048_576 + b'"}'
    response = post(any_client, body)
    assert response.status_code == 413
    assert response.json() == {
        "statusCode": 413,
        "error": "Request Entity Too Large",
        "message": "Payload content length greater than maximum allowed: 1048576",
    }


def test_a_body_at_max_payload_is_read(any_client: httpx.Client) -> None:
    prefix = b'{"name": "at the limit", "namespace": "default", "description": "'
    body = prefix + b"x" * (1_048_576 - len(prefix) - 2) + b'"}'
    assert post(any_client, body).status_code == 200


@pytest.mark.parametrize(
    "content_type", ["application/xml", "image/png", "multipart/mixed; boundary=x"]
)
def test_media_types_hapi_cannot_parse_answer_415(
    any_client: httpx.Client, content_type: str
) -> None:
    response = post(any_client, b"<policy/>", content_type)
    assert response.status_code == 415
    assert response.json() == {
        "statusCode": 415,
        "error": "Unsupported Media Type",
        "message": "Unsupported Media Type",
    }


def test_text_bodies_reach_validation_as_strings(any_client: httpx.Client) -> None:
    # subtext hands a text/* payload over as a string; config-schema's object type then
    # coerces JSON text into the object (kbn-config-schema src/internals/index.ts), and
    # refuses other text.
    accepted = post(any_client, b'{"name": "x", "namespace": "default"}', "text/plain")
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["item"]["name"] == "x"
    refused = post(any_client, b"name=x", "text/plain")
    assert_error(refused, 400, "[request body]: could not parse object value from json input")


@pytest.mark.parametrize(
    "content_type", [None, "application/json; charset=utf-8", "application/vnd.x+json"]
)
def test_json_media_types_and_none_parse_as_json(
    any_client: httpx.Client, content_type: str | None
) -> None:
    response = post(any_client, b'{"name": "json", "namespace": "default"}', content_type)
    assert response.status_code == 200, response.text


def test_a_content_type_that_is_not_a_media_type_answers_400(any_client: httpx.Client) -> None:
    assert_error(post(any_client, b"{}", "json"), 400, "Invalid content-type header")


@pytest.mark.parametrize(
    "body",
    [
        b"{nope",
        b" ",
        b'{"name": NaN, "namespace": "default"}',
        b'{"name": "x", "namespace": "default", "__proto__": {"admin": true}}',
    ],
)
def test_bodies_json_parse_refuses_answer_400(any_client: httpx.Client, body: bytes) -> None:
    assert_error(post(any_client, body), 400, INVALID_JSON)


@pytest.mark.parametrize("depth", [101, 900, 100_000])
def test_deeply_nested_bodies_answer_400_inside_the_pipeline(
    any_client: httpx.Client, sandbox: FleetSandbox, depth: int
) -> None:
    """Before: ``RecursionError`` escaped the error handler (a 500 and ``sb.errors``, or a
    dropped connection from the request log)."""
    body = b'{"name": "deep", "namespace": "default", "x": ' + b"[" * depth + b"]" * depth + b"}"
    response = post(any_client, body)
    assert_error(
        response, 400, f"{INVALID_JSON}: nested deeper than 100 levels (a limit of the sandbox)"
    )
    assert sandbox.errors == []
    assert sandbox.requests[-1].status == 400


def test_nesting_up_to_the_limit_is_parsed(any_client: httpx.Client) -> None:
    nested = b"[" * 99 + b"]" * 99  # 100 levels with the outer object
    response = post(any_client, b'{"name": "nested", "namespace": "default", "x": ' + nested + b"}")
    assert "nested deeper" not in response.text


def test_a_lone_surrogate_is_answered_escaped(
    any_client: httpx.Client, sandbox: FleetSandbox
) -> None:
    response = post(any_client, b'{"name": "odd \\ud800", "namespace": "default"}')
    assert response.status_code == 200, response.text
    assert b'"odd \\ud800"' in response.content  # escaped, as JSON.stringify writes it
    assert sandbox.errors == []


def test_get_bodies_are_not_read(any_client: httpx.Client) -> None:
    response = any_client.request(
        "GET", POLICIES, content=b"{nope", headers={"content-type": "application/xml"}
    )
    assert response.status_code == 200

"""Enrollment API keys: what Kibana's tests and Fleet's source say, stated against the sandbox.

Kibana's integration tests are x-pack/test/fleet_api_integration/apis/enrollment_api_keys/crud.ts
(describe root ``fleet_enrollment_api_keys_crud``); server rules are in
x-pack/platform/plugins/shared/fleet/server/ (routes/enrollment_api_key/handler.ts,
services/api_keys/enrollment_api_key.ts, types/rest_spec/enrollment_api_key.ts).
"""

# Docstring first lines quote Kibana's describe/it titles whole, so they run long.
# ruff: noqa: E501

from __future__ import annotations

import base64
import re
from typing import Any

import httpx
import pytest

from fleet_facade.sandbox import FleetSandbox

from .._helpers import assert_error

KEYS = "/api/fleet/enrollment_api_keys"
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
Json = dict[str, Any]


@pytest.fixture
def policy1(client: httpx.Client) -> str:
    """The archive's agent policy ``policy1`` (crud.ts loads it from fleet/agents)."""
    response = client.post(
        "/api/fleet/agent_policies",
        json={"id": "policy1", "name": "policy 1", "namespace": "default"},
    )
    assert response.status_code == 200, response.text
    return "policy1"


def _key(client: httpx.Client, **body: Any) -> Json:
    response = client.post(KEYS, json=body)
    assert response.status_code == 200, response.text
    item: Json = response.json()["item"]
    return item


# -- list -----------------------------------------------------------------------------------------


def test_list_has_items_the_deprecated_list_and_paging(client: httpx.Client, policy1: str) -> None:
    """Kibana: enrollment_api_keys/crud.ts › GET /fleet/enrollment_api_keys › should list existing api keys"""
    _key(client, policy_id=policy1)
    body = client.get(KEYS).json()
    assert (body["total"], body["page"], body["perPage"]) == (2, 1, 20)  # Default key + one
    assert {"id", "api_key_id", "name"} <= set(body["items"][0])
    assert body["list"] == body["items"]


def test_list_is_newest_first(client: httpx.Client, policy1: str) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/api_keys/enrollment_api_key.ts › listEnrollmentApiKeys › sort created_at desc"""
    newest = _key(client, policy_id=policy1, name="newest")
    assert client.get(KEYS).json()["items"][0]["id"] == newest["id"]


def test_list_kuery_with_the_type_prefix(client: httpx.Client, policy1: str) -> None:
    """Kibana: enrollment_api_keys/crud.ts › GET /fleet/enrollment_api_keys › should return 200 if the passed kuery is correct"""
    response = client.get(KEYS, params={"kuery": "fleet-enrollment-api-keys.policy_id:policy1"})
    assert response.status_code == 200
    assert [i["policy_id"] for i in response.json()["items"]] == [policy1]


def test_list_kuery_without_the_type_prefix(client: httpx.Client, policy1: str) -> None:
    """Kibana: enrollment_api_keys/crud.ts › GET /fleet/enrollment_api_keys › should return 200 if the passed kuery does not have prefix fleet-enrollment-api-keys"""
    client.post("/api/fleet/agent_policies", json={"name": "other", "namespace": "default"})
    response = client.get(KEYS, params={"kuery": "policy_id:policy1"})
    assert response.status_code == 200
    assert [i["policy_id"] for i in response.json()["items"]] == [policy1]


def test_list_kuery_on_an_unknown_field_is_refused(client: httpx.Client) -> None:
    """Kibana: enrollment_api_keys/crud.ts › GET /fleet/enrollment_api_keys › should return 400 if the passed kuery is not correct"""
    response = client.get(
        KEYS, params={"kuery": "fleet-enrollment-api-keys.non_existent_parameter:test"}
    )
    assert response.status_code == 400


def test_list_with_an_invalid_kuery_is_refused(client: httpx.Client) -> None:
    """Kibana: enrollment_api_keys/crud.ts › GET /fleet/enrollment_api_keys › should return 400 if the passed kuery is invalid"""
    assert client.get(KEYS, params={"kuery": "'test:'"}).status_code == 400


# -- get and delete -------------------------------------------------------------------------------


def test_get_one_key(client: httpx.Client, policy1: str) -> None:
    """Kibana: enrollment_api_keys/crud.ts › GET /fleet/enrollment_api_keys/{id} › should allow to retrieve existing api keys"""
    created = _key(client, policy_id=policy1)
    item = client.get(f"{KEYS}/{created['id']}").json()["item"]
    assert item == {**created, "hidden": False}


def test_get_of_a_missing_key_is_404(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/api_keys/enrollment_api_key.ts › getEnrollmentAPIKey › EnrollmentKeyNotFoundError"""
    assert_error(client.get(f"{KEYS}/nope"), 404, "Enrollment api key nope not found")


def test_delete_revokes_and_keeps_the_key(client: httpx.Client, policy1: str) -> None:
    """Kibana: enrollment_api_keys/crud.ts › DELETE /fleet/enrollment_api_keys/{id} › should invalide an existing api keys"""
    created = _key(client, policy_id=policy1)
    response = client.delete(f"{KEYS}/{created['id']}")
    assert response.json() == {"action": "deleted"}
    assert client.get(f"{KEYS}/{created['id']}").json()["item"]["active"] is False


def test_delete_of_a_missing_key_is_404(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/api_keys/enrollment_api_key.ts › deleteEnrollmentApiKey › getEnrollmentAPIKey first"""
    assert_error(client.delete(f"{KEYS}/nope"), 404, "Enrollment api key nope not found")


# -- create ---------------------------------------------------------------------------------------


def test_create_with_bad_parameters_is_refused(client: httpx.Client) -> None:
    """Kibana: enrollment_api_keys/crud.ts › POST /fleet/enrollment_api_keys › should not accept bad parameters"""
    assert_error(
        client.post(KEYS, json={"raoul": "raoul"}),
        400,
        "[request body.policy_id]: expected value of type [string] but got [undefined]",
    )


def test_create_with_an_unknown_key_is_refused(client: httpx.Client, policy1: str) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/rest_spec/enrollment_api_key.ts › PostEnrollmentAPIKeyRequestSchema › unknown keys"""
    assert_error(
        client.post(KEYS, json={"policy_id": policy1, "raoul": "raoul"}),
        400,
        "[request body.raoul]: definition for this key is missing",
    )


def test_create_for_an_unknown_policy_is_404(client: httpx.Client) -> None:
    """Kibana: enrollment_api_keys/crud.ts › POST /fleet/enrollment_api_keys › should return a 404 if the policy_id does not exist"""
    assert_error(
        client.post(KEYS, json={"policy_id": "idonotexists"}),
        404,
        'Agent policy "idonotexists" not found',
    )


def test_create_with_only_a_policy(client: httpx.Client, policy1: str) -> None:
    """Kibana: enrollment_api_keys/crud.ts › POST /fleet/enrollment_api_keys › should allow to create an enrollment api key with only an agent policy"""
    response = client.post(KEYS, json={"policy_id": policy1})
    body = response.json()
    assert body["action"] == "created"
    item = body["item"]
    assert set(item) == {"id", "api_key_id", "api_key", "name", "active", "policy_id", "created_at"}
    assert (item["name"], item["policy_id"], item["active"]) == (item["id"], policy1, True)
    key_id, _, secret = base64.b64decode(item["api_key"]).decode().partition(":")
    assert (key_id, bool(secret)) == (item["api_key_id"], True)


def test_a_name_already_used_on_the_policy_is_409(client: httpx.Client, policy1: str) -> None:
    """Kibana: enrollment_api_keys/crud.ts › POST /fleet/enrollment_api_keys › should allow to create an enrollment api key with agent policy and unique name"""
    assert re.fullmatch(
        rf"something \({UUID}\)", _key(client, policy_id=policy1, name="something")["name"]
    )
    _key(client, policy_id=policy1, name="something else")
    for name in ("something", "something else"):
        response = client.post(KEYS, json={"policy_id": policy1, "name": name})
        assert response.status_code == 409
        assert response.json() == {
            "statusCode": 409,
            "error": "Conflict",
            "message": f"An enrollment key named {name} already exists for agent policy policy1",
        }


def test_the_same_name_on_another_policy_is_free(client: httpx.Client, policy1: str) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/api_keys/enrollment_api_key.ts › getQueryForExistingKeyNameOnPolicy › policy_id filter"""
    other = client.post(
        "/api/fleet/agent_policies", json={"name": "other", "namespace": "default"}
    ).json()["item"]
    _key(client, policy_id=policy1, name="shared name")
    assert _key(client, policy_id=other["id"], name="shared name")["policy_id"] == other["id"]


def test_a_name_that_only_starts_another_keys_name_is_free(
    client: httpx.Client, policy1: str
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/api_keys/enrollment_api_key.ts › generateEnrollmentAPIKey › uuidRegex prevents prefix false positives"""
    _key(client, policy_id=policy1, name="web (prod")
    # "web (prod (<uuid>)" minus "web" leaves "(prod (<uuid>)": not a clash for "web".
    assert _key(client, policy_id=policy1, name="web")["name"].startswith("web (")


def test_an_expiration_that_is_not_a_duration_is_refused(
    client: httpx.Client, sandbox: FleetSandbox, policy1: str
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/rest_spec/enrollment_api_key.ts › PostEnrollmentAPIKeyRequestSchema › expiration ES_DURATION_REGEX"""
    before = len(sandbox.state.enrollment_api_keys)
    assert_error(
        client.post(KEYS, json={"policy_id": policy1, "expiration": "7 days"}),
        400,
        "[request body.expiration]: expiration must be a valid duration (e.g. 7d, 24h, 30m, 60s)",
    )
    assert len(sandbox.state.enrollment_api_keys) == before  # the schema runs first


def test_an_expiration_over_20_characters_is_refused(
    client: httpx.Client, sandbox: FleetSandbox, policy1: str
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/rest_spec/enrollment_api_key.ts › PostEnrollmentAPIKeyRequestSchema › expiration maxLength 20"""
    before = len(sandbox.state.enrollment_api_keys)
    assert_error(
        client.post(KEYS, json={"policy_id": policy1, "expiration": "1" * 21 + "d"}),
        400,
        "[request body.expiration]: value has length [22] but it must have a maximum length of [20].",
    )
    assert len(sandbox.state.enrollment_api_keys) == before


def test_a_bad_expiration_for_an_unknown_policy_is_the_schema_error(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/routes/enrollment_api_key/handler.ts › postEnrollmentApiKeyHandler › body validated before the policy lookup"""
    assert_error(
        client.post(KEYS, json={"policy_id": "idonotexists", "expiration": "soon"}),
        400,
        "[request body.expiration]: expiration must be a valid duration (e.g. 7d, 24h, 30m, 60s)",
    )


def test_a_valid_expiration_is_accepted_and_not_echoed(client: httpx.Client, policy1: str) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/api_keys/enrollment_api_key.ts › generateEnrollmentAPIKey › reply fields"""
    item = _key(client, policy_id=policy1, expiration="7d")
    assert "expiration" not in item and "expire_at" not in item


def test_keys_of_a_hosted_policy_are_hidden(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/api_keys/enrollment_api_key.ts › generateEnrollmentAPIKey › hidden for supports_agentless or is_managed"""
    hosted = client.post(
        "/api/fleet/agent_policies",
        json={"name": "hosted", "namespace": "default", "is_managed": True},
    ).json()["item"]
    _key(client, policy_id=hosted["id"], name="extra")
    listed = client.get(KEYS, params={"kuery": f'policy_id:"{hosted["id"]}"'}).json()["items"]
    assert [i["hidden"] for i in listed] == [True, True]  # the Default key and "extra"


def test_every_new_agent_policy_gets_a_default_key(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/api_keys/enrollment_api_key.ts › ensureDefaultEnrollmentAPIKeyForAgentPolicy"""
    policy = client.post(
        "/api/fleet/agent_policies", json={"name": "fresh", "namespace": "default"}
    ).json()["item"]
    items = client.get(KEYS, params={"kuery": f'policy_id:"{policy["id"]}"'}).json()["items"]
    assert [
        (bool(re.fullmatch(rf"Default \({UUID}\)", i["name"])), i["active"]) for i in items
    ] == [(True, True)]

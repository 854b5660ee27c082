"""Conformance: Fleet settings (``/api/fleet/settings``), space settings and setup, stated from
Kibana's ``settings/*.ts`` and ``fleet_setup.ts`` tests and the settings handlers."""

# The first docstring line of each test is Kibana's own test title, unwrapped.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from fleet_facade.sandbox import FleetSandbox

from .._helpers import assert_error

Json = dict[str, Any]
SETTINGS = "/api/fleet/settings"


def test_get_answers_the_settings(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/settings/get.ts › Settings - get › should respond return settings"""
    response = client.get(SETTINGS)
    assert response.status_code == 200
    assert response.json()["item"]["id"] == "fleet-default-settings"


def test_prerelease_flag_is_saved_without_a_policy_bump(
    client: httpx.Client, agent_policy: Json
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/settings/global_settings.ts › Global Settings › should allow to save settings"""
    response = client.put(SETTINGS, json={"prerelease_integrations_enabled": True})
    assert response.status_code == 200
    assert client.get(SETTINGS).json()["item"]["prerelease_integrations_enabled"] is True
    policy = client.get(f"/api/fleet/agent_policies/{agent_policy['id']}").json()["item"]
    assert policy["revision"] == agent_policy["revision"]


def test_unknown_settings_key_is_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/rest_spec/settings.ts PutSettingsRequestSchema"""
    assert_error(
        client.put(SETTINGS, json={"unknown_setting": True}),
        400,
        "[request body.unknown_setting]: definition for this key is missing",
    )


def test_mistyped_settings_value_is_refused(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/rest_spec/settings.ts PutSettingsRequestSchema (has_seen_add_data_notice)"""
    assert_error(
        client.put(SETTINGS, json={"has_seen_add_data_notice": "yes"}),
        400,
        "[request body.has_seen_add_data_notice]: expected value of type [boolean] but got "
        "[string]",
    )


def test_add_data_notice_flag_round_trips(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/routes/settings/settings_handler.ts putSettingsHandler"""
    client.put(SETTINGS, json={"has_seen_add_data_notice": False})
    assert client.get(SETTINGS).json()["item"]["has_seen_add_data_notice"] is False


def test_kibana_8_4_settings_carry_normalised_fleet_server_hosts_and_bump(
    kibana_at: Callable[..., httpx.Client],
) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/settings/update.ts › Settings - update › should explicitly set port on fleet_server_hosts"""
    client = kibana_at("8.4.0")
    policy = client.post("/api/fleet/agent_policies",
                         json={"name": "p", "namespace": "default"}).json()["item"]
    client.put(SETTINGS, json={"fleet_server_hosts": ["https://test.fr"]})
    assert client.get(SETTINGS).json()["item"]["fleet_server_hosts"] == ["https://test.fr:443"]
    stored = client.get(f"/api/fleet/agent_policies/{policy['id']}").json()["item"]
    assert stored["revision"] == 2


def test_missing_settings_are_404(sandbox: FleetSandbox, client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/routes/settings/settings_handler.ts getSettingsHandler"""
    sandbox.state.settings.clear()
    assert_error(client.get(SETTINGS), 404, "Settings not found")
    assert_error(client.put(SETTINGS, json={"prerelease_integrations_enabled": True}), 404,
                 "Settings not found")


def test_settings_record_that_output_secrets_are_supported(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/services/secrets/outputs.ts isOutputSecretStorageEnabled"""
    item = client.get(SETTINGS).json()["item"]
    assert item["output_secret_storage_requirements_met"] is True
    assert item["secret_storage_requirements_met"] is True


def test_settings_below_8_12_do_not_claim_output_secrets(
    kibana_at: Callable[..., httpx.Client],
) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/common/constants/secrets.ts OUTPUT_SECRETS_MINIMUM_FLEET_SERVER_VERSION"""
    item = kibana_at("8.11.0").get(SETTINGS).json()["item"]
    assert "output_secret_storage_requirements_met" not in item
    assert item["secret_storage_requirements_met"] is True


def test_space_settings_prefix_must_not_contain_a_dash(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/rest_spec/settings.ts PutSpaceSettingsRequestSchema"""
    response = client.put("/api/fleet/space_settings",
                          json={"allowed_namespace_prefixes": ["a-b"]})
    assert_error(response, 400, "[request body.allowed_namespace_prefixes.0]: Must not contain -")


def test_space_settings_answer_the_saved_prefixes(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/routes/settings/settings_handler.ts putSpaceSettingsHandler"""
    response = client.put("/api/fleet/space_settings",
                          json={"allowed_namespace_prefixes": ["team_a", "Prod.1"]})
    assert response.json() == {"item": {"allowed_namespace_prefixes": ["team_a", "Prod.1"]}}


def test_setup_answers_initialized(client: httpx.Client) -> None:
    """Kibana: x-pack/platform/test/fleet_api_integration/apis/fleet_setup.ts › fleet_setup › should install default packages"""
    response = client.post("/api/fleet/setup")
    assert response.json() == {"isInitialized": True, "nonFatalErrors": []}

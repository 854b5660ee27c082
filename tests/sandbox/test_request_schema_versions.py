"""The per-version request schema edits: each one's bounds, and one compiled copy per edit set."""

from __future__ import annotations

import httpx
import pytest

from fleet_facade.sandbox import FleetSandbox
from fleet_facade.sandbox._request_schema import schemas_for
from fleet_facade.sandbox._request_schema_versions import EDITS, edits_for
from fleet_facade.sandbox._sandbox import DEFAULT_KIBANA_VERSION

from ._helpers import assert_error


def _client(version: str) -> httpx.Client:
    sandbox = FleetSandbox(seed=7, kibana_version=version)
    return httpx.Client(transport=sandbox.transport(), base_url="http://sandbox",
                        headers=sandbox.auth_headers())


def test_the_default_version_validates_with_the_pinned_document_unedited() -> None:
    assert edits_for(DEFAULT_KIBANA_VERSION) == ()
    assert edits_for("9.3.0") == ()


def test_versions_with_the_same_edits_share_one_compiled_copy() -> None:
    assert schemas_for("8.0.0") is schemas_for("8.4.0")
    assert schemas_for("8.5.0") is schemas_for(DEFAULT_KIBANA_VERSION)
    assert schemas_for("8.4.0") is not schemas_for("8.5.0")
    assert schemas_for("9.4.0") is not schemas_for("9.3.0")


def test_every_edit_applies_to_some_version() -> None:
    versions = ["7.17.0", "8.4.0", "8.5.0", "9.1.0", "9.3.0", "9.4.0"]
    assert {i for v in versions for i in edits_for(v)} == set(range(len(EDITS)))


@pytest.mark.parametrize("version", ["8.5.0", DEFAULT_KIBANA_VERSION])
def test_from_8_5_settings_refuse_fleet_server_hosts(version: str) -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/rest_spec/settings.ts PutSettingsRequestSchema (no fleet_server_hosts since 8.5)"""  # noqa: E501
    with _client(version) as client:
        response = client.put("/api/fleet/settings",
                              json={"fleet_server_hosts": ["https://test.fr"]})
        assert_error(response, 400,
                     "[request body.fleet_server_hosts]: definition for this key is missing")


def test_before_9_4_download_sources_refuse_auth() -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/models/download_sources.ts (auth came with 9.4)"""  # noqa: E501
    with _client("9.3.0") as client:
        response = client.post("/api/fleet/agent_download_sources", json={
            "name": "s", "host": "https://s.fr", "auth": {"username": "u", "password": "p"}})
        assert_error(response, 400, "[request body.auth]: definition for this key is missing")
        response = client.post("/api/fleet/agent_download_sources", json={
            "name": "s", "host": "https://s.fr", "secrets": {"auth": {"password": "p"}}})
        assert_error(response, 400,
                     "[request body.secrets.auth]: definition for this key is missing")


def test_from_9_4_a_null_download_source_auth_is_taken() -> None:
    """Kibana: x-pack/platform/plugins/shared/fleet/server/types/models/download_sources.ts (auth: null or an object)"""  # noqa: E501
    with _client("9.4.0") as client:
        response = client.post("/api/fleet/agent_download_sources",
                               json={"name": "s", "host": "https://s.fr", "auth": None})
        assert response.status_code == 200, response.text
        response = client.post("/api/fleet/agent_download_sources", json={
            "name": "t", "host": "https://t.fr", "auth": {"headers": [{"key": "k"}]}})
        assert_error(response, 400, "[request body.auth]: types that failed validation:\n"
                     "- [request body.auth.0]: expected value to equal [null]\n"
                     "- [request body.auth.1.headers.0.value]: expected value of type [string] "
                     "but got [undefined]")

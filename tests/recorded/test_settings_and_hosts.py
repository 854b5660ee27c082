"""Outputs, Fleet Server hosts, proxies, download sources, settings, uninstall tokens and admin
operations, replayed from cassettes (sync and async)."""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade import NotFoundError

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]

# A rename sends only the new name; where Kibana's PUT schema requires more (``host`` of a
# download source, the nullable ``proxy_id`` and certificate fields), the facade reads the
# current object first, so those cassettes hold a GET before the PUT.
CRUD = [
    ("outputs", {"type": "logstash", "hosts": ["ls.example:5044"]}),
    ("fleet_server_hosts", {"host_urls": ["https://fleet.example:8220"]}),
    ("proxies", {"url": "http://proxy.example:3128"}),
    ("download_sources", {"host": "https://artifacts.example/downloads/"}),
]


@pytest.mark.parametrize(("resource", "fields"), CRUD, ids=[c[0] for c in CRUD])
def test_create_get_list_update_delete(
    fleet: Any,
    recording: Any,
    cleanup: Any,
    resource: str,
    fields: dict[str, Any],
) -> None:
    client = getattr(fleet, resource)
    made = client.create(name=recording.name(resource), **fields)
    cleanup(client.delete, id=made.id)

    fetched = client.get(id=made.id)
    listed = {item.id for item in client.list()}
    renamed = client.update(id=made.id, name=recording.name(f"{resource}-renamed"))
    client.delete(id=made.id)

    assert fetched.name == recording.name(resource)
    assert made.id in listed
    assert renamed.name == recording.name(f"{resource}-renamed")
    with pytest.raises(NotFoundError):
        client.get(id=made.id)


def test_settings_update_is_read_back(fleet: Any) -> None:
    before = fleet.settings.get()

    updated = fleet.settings.update(prerelease_integrations_enabled=True)
    fleet.settings.update(prerelease_integrations_enabled=before.prerelease_integrations_enabled)

    assert updated.prerelease_integrations_enabled is True


def test_every_new_policy_has_an_uninstall_token(fleet: Any, recording: Any, cleanup: Any) -> None:
    policy = fleet.agent_policies.create(name=recording.name("protected"))
    cleanup(fleet.agent_policies.delete, id=policy.id)

    metas = fleet.uninstall_tokens.list(policy_id=policy.id).to_list()
    token = fleet.uninstall_tokens.get_for_policy(policy_id=policy.id)

    assert [m.policy_id for m in metas] == [policy.id]
    assert token.policy_id == policy.id
    assert token.token


def test_a_missing_uninstall_token_is_not_found(fleet: Any) -> None:
    with pytest.raises(NotFoundError, match="Uninstall Token not found"):
        fleet.uninstall_tokens.get(id="no-such-token")


def test_setup_and_health_check(fleet: Any) -> None:
    host = fleet.fleet_server_hosts.list().to_list()[0]

    setup = fleet.admin.setup()
    health = fleet.admin.health_check(id=host.id)

    assert setup.is_initialized is True
    assert health is not None


def test_server_version_is_read_from_status(fleet: Any) -> None:
    assert fleet.server_version().count(".") == 2

"""Agents, outputs, hosts, proxies, download sources, settings and uninstall tokens."""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade import NotFoundError, UnsupportedByServerError


@pytest.fixture
def policy(fleet: Any) -> Any:
    return fleet.agent_policies.create(name="agents-policy")


def test_agents_list_get_tags_reassign_unenroll(fleet: Any, sandbox: Any, policy: Any) -> None:
    ids = sandbox.add_agents(5, policy_id=policy.id, tags=["a"])
    listing = fleet.agents.list(per_page=2)
    assert sorted(a.id for a in listing) == sorted(ids)
    assert listing.total == 5
    agent = fleet.agents.get(id=ids[0])
    assert agent.policy_id == policy.id
    assert fleet.agents.update_tags(id=ids[0], tags=["b"]).tags == ["b"]
    other = fleet.agent_policies.create(name="other")
    fleet.agents.reassign(id=ids[0], policy_id=other.id)
    assert fleet.agents.get(id=ids[0]).policy_id == other.id
    fleet.agents.unenroll(id=ids[1], revoke=True)
    summary = fleet.agents.status_summary(policy_id=policy.id)
    assert summary.online >= 1


def test_agents_bulk_forms_and_actions(fleet: Any, sandbox: Any, policy: Any) -> None:
    ids = sandbox.add_agents(3, policy_id=policy.id, version="9.0.0")
    other = fleet.agent_policies.create(name="other")
    result = fleet.agents.bulk_reassign(agents=f"policy_id:{policy.id}", policy_id=other.id)
    assert result.action_id
    fleet.agents.bulk_update_tags(agents=ids, tags_to_add=["x"])
    upgrade = fleet.agents.bulk_upgrade(agents=ids, version="9.1.0")
    statuses = fleet.agents.action_status()
    assert any(s.action_id == upgrade.action_id for s in statuses)
    fleet.agents.cancel_action(action_id=upgrade.action_id)
    fleet.agents.bulk_unenroll(agents=ids[:1])


def test_agents_beyond_ten_thousand_use_point_in_time(fleet: Any, sandbox: Any) -> None:
    sandbox.add_agents(10_050)
    pages = fleet.agents.list(per_page=5000).pages()
    assert sum(len(p.items) for p in pages) == 10_050
    assert any(r.query.get("openPit") == "true" for r in sandbox.requests)
    assert any("searchAfter" in r.query for r in sandbox.requests)


def test_old_server_refuses_more_than_ten_thousand_agents() -> None:
    from fleet_facade.sandbox import FleetSandbox

    old = FleetSandbox(kibana_version="8.17.0")
    old.add_agents(10_001)
    from fleet_facade import Fleet

    fleet = Fleet("http://fleet-sandbox", api_key=old.api_key, transport=old.transport())
    with pytest.raises(UnsupportedByServerError, match=r"9\.1\.0"):
        sum(1 for _ in fleet.agents.list(per_page=5000))


def test_space_ids_needs_kibana_9_1() -> None:
    from fleet_facade import Fleet
    from fleet_facade.sandbox import FleetSandbox

    old = FleetSandbox(kibana_version="8.17.0")
    fleet = Fleet("http://fleet-sandbox", api_key=old.api_key, transport=old.transport())
    with pytest.raises(UnsupportedByServerError):
        fleet.agent_policies.create(name="p", space_ids=["default", "team-a"])


@pytest.mark.parametrize(
    ("resource", "fields"),
    [
        ("outputs", {"type": "logstash", "hosts": ["ls:5044"]}),
        ("fleet_server_hosts", {"host_urls": ["https://fleet.example:8220"]}),
        ("proxies", {"url": "http://proxy.example:3128"}),
        ("download_sources", {"host": "https://artifacts.example/downloads/"}),
    ],
)
def test_crud_resources(fleet: Any, resource: str, fields: dict[str, Any]) -> None:
    client = getattr(fleet, resource)
    made = client.create(name=f"{resource}-1", **fields)
    assert client.get(id=made.id).name == f"{resource}-1"
    assert made.id in {item.id for item in client.list()}
    assert client.update(id=made.id, name=f"{resource}-2").name == f"{resource}-2"
    client.delete(id=made.id)
    with pytest.raises(NotFoundError):
        client.get(id=made.id)


def test_settings_and_uninstall_tokens(fleet: Any, policy: Any) -> None:
    settings = fleet.settings.get()
    assert fleet.settings.update(
        prerelease_integrations_enabled=True
    ).prerelease_integrations_enabled
    assert settings.id
    metas = list(fleet.uninstall_tokens.list(policy_id=policy.id))
    assert metas and metas[0].policy_id == policy.id
    token = fleet.uninstall_tokens.get(id=metas[0].id)
    assert token.token and token.token not in repr(token)
    with pytest.raises(NotFoundError, match="Uninstall Token not found"):
        fleet.uninstall_tokens.get(id="missing")

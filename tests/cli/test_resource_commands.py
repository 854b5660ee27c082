"""outputs, fleet-server-hosts, package-policies, agents unenroll/reassign/tags, packages."""

from __future__ import annotations

import json
from typing import Any

import pytest

from fleet_facade import Fleet
from fleet_facade.cli._output import MASK
from fleet_facade.sandbox import FleetSandbox

from .conftest import cli


def _json(env: dict[str, str], *args: str) -> Any:
    result = cli("-o", "json", "--yes", *args, env=env)
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def fleet(kibana: FleetSandbox) -> Any:
    with Fleet(kibana.url, api_key=kibana.api_key) as client:
        yield client


def test_outputs_list_get_delete(env: dict[str, str], fleet: Fleet) -> None:
    created = fleet.outputs.create(name="cli logstash", type="logstash", hosts=["ls:5044"],
                                   ssl={"certificate": "CERT", "key": "PRIVATE KEY"})
    listed = {o["id"]: o for o in _json(env, "outputs", "list")}
    assert listed[created.id]["type"] == "logstash"
    assert listed[created.id]["hosts"] == ["ls:5044"]
    shown = _json(env, "outputs", "get", created.id)
    assert shown["name"] == "cli logstash"
    assert shown["ssl"]["key"] == MASK and shown["ssl"]["certificate"] == "CERT"
    revealed = _json(env, "--show-secrets", "outputs", "get", created.id)
    assert revealed["ssl"]["key"] == "PRIVATE KEY"
    assert _json(env, "outputs", "delete", created.id) == {"deleted": created.id}
    assert created.id not in {o["id"] for o in _json(env, "outputs", "list")}


def test_fleet_server_hosts_list_get_delete(env: dict[str, str], fleet: Fleet) -> None:
    host = fleet.fleet_server_hosts.create(name="cli fleet server",
                                           host_urls=["https://fleet.example:8220"])
    listed = {h["id"]: h for h in _json(env, "fleet-server-hosts", "list")}
    assert listed[host.id]["host_urls"] == ["https://fleet.example:8220"]
    assert _json(env, "fleet-server-hosts", "get", host.id)["name"] == "cli fleet server"
    table = cli("fleet-server-hosts", "list", env=env).stdout.splitlines()
    assert table[0] == "id\tname\thost_urls\tis_default"
    _json(env, "fleet-server-hosts", "delete", host.id)
    assert host.id not in {h["id"] for h in _json(env, "fleet-server-hosts", "list")}


def test_package_policies_list_get_upgrade_delete(env: dict[str, str], fleet: Fleet) -> None:
    done = _json(env, "onboard", "--policy", "cli-package-policies", "-i", "nginx@1.5.0")
    policy_id = done["agent_policy"]["id"]
    package_policy_id = done["package_policies"][0]["id"]
    listed = _json(env, "package-policies", "list", "--policy", policy_id)
    assert [(p["id"], p["package"], p["version"]) for p in listed] == [
        (package_policy_id, "nginx", "1.5.0")]
    simplified = _json(env, "package-policies", "get", package_policy_id, "--format",
                       "simplified")
    assert "nginx-logfile" in simplified["inputs"]

    fleet.packages.install(name="nginx", version="1.6.0")
    dry = cli("package-policies", "upgrade", package_policy_id, "--dry-run", env=env)
    assert dry.code == 0, dry.stderr
    assert dry.stdout == f"{package_policy_id} (nginx-cli-package-policies): 1.5.0 -> 1.6.0\n"
    assert fleet.package_policies.get(id=package_policy_id).package.version == "1.5.0"
    upgraded = _json(env, "package-policies", "upgrade", package_policy_id)
    assert upgraded[0]["success"] is True
    assert fleet.package_policies.get(id=package_policy_id).package.version == "1.6.0"

    assert _json(env, "package-policies", "delete", package_policy_id) == {
        "deleted": package_policy_id}
    assert _json(env, "package-policies", "list", "--policy", policy_id) == []


def test_a_failed_package_policy_upgrade_is_exit_1(env: dict[str, str]) -> None:
    result = cli("--yes", "package-policies", "upgrade", "no-such-package-policy", env=env)
    assert result.code == 1
    assert "Package policy no-such-package-policy not found" in result.stderr
    as_json = cli("-o", "json", "--yes", "package-policies", "upgrade",
                  "no-such-package-policy", env=env)
    assert json.loads(as_json.stdout)["error"]["status"] == 404  # one document on stdout


def test_packages_list_shows_the_installed_version(env: dict[str, str], fleet: Fleet) -> None:
    fleet.packages.install(name="nginx", version="1.5.0", force=True)
    by_name = {p["name"]: p for p in _json(env, "packages", "list")}
    # The catalog's newest is 1.6.0; what is installed is 1.5.0.
    assert (by_name["nginx"]["installed"], by_name["nginx"]["latest"]) == ("1.5.0", "1.6.0")
    assert by_name["system"]["installed"] is None
    installed = {p["name"] for p in _json(env, "packages", "list", "--installed")}
    assert "nginx" in installed and "system" not in installed


def test_packages_install_and_uninstall(env: dict[str, str], fleet: Fleet) -> None:
    assert _json(env, "packages", "install", "system") == {"installed": "system",
                                                           "version": "1.20.4"}
    assert fleet.packages.get(name="system").installation_info.version == "1.20.4"
    assert _json(env, "packages", "uninstall", "system") == {"uninstalled": "system",
                                                             "version": "1.20.4"}
    assert {p["name"]: p for p in _json(env, "packages", "list")}["system"]["installed"] is None


def _agents(env: dict[str, str], kibana: FleetSandbox, name: str, count: int) -> tuple[
        str, list[str]]:
    policy = _json(env, "onboard", "--policy", name)["agent_policy"]["id"]
    kibana.add_agents(count, policy_id=policy)
    ids = [a["id"] for a in _json(env, "agents", "list", "--policy", policy)]
    return policy, ids


def test_agents_tags_add_remove_and_list(env: dict[str, str], kibana: FleetSandbox) -> None:
    policy, ids = _agents(env, kibana, "cli-tags", 3)
    added = _json(env, "agents", "tags", "--policy", policy, "--add", "web", "--add", "edge",
                  "--wait")
    assert added["agents"] == 3 and added["action_id"] and added["status"] == "COMPLETE"
    removed = _json(env, "agents", "tags", ids[0], "--remove", "edge")
    assert removed["agents"] == 1
    tags = {a["id"]: a["tags"] for a in _json(env, "agents", "list", "--policy", policy)}
    assert tags[ids[0]] == ["web"] and tags[ids[1]] == ["web", "edge"]
    assert {t["tag"] for t in _json(env, "agents", "tags")} >= {"web", "edge"}


def test_agents_reassign_and_unenroll(env: dict[str, str], kibana: FleetSandbox) -> None:
    source, ids = _agents(env, kibana, "cli-reassign-from", 2)
    target = _json(env, "onboard", "--policy", "cli-reassign-to")["agent_policy"]["id"]
    moved = _json(env, "agents", "reassign", "--policy", source, "--to", target, "--wait")
    assert moved["agents"] == 2
    assert {a["policy_id"] for a in _json(env, "agents", "list", "--policy", target)} == {
        target}
    gone = _json(env, "agents", "unenroll", ids[0], "--revoke", "--wait")
    assert gone["agents"] == 1 and gone["action_id"]
    remaining = {a["id"] for a in _json(env, "agents", "list", "--policy", target)
                 if a["status"] not in ("unenrolled", "unenrolling", "inactive")}
    assert ids[0] not in remaining and ids[1] in remaining


def test_agent_selection_is_exactly_one_kind(env: dict[str, str]) -> None:
    both = cli("--yes", "agents", "unenroll", "some-id", "--policy", "p", env=env)
    assert both.code == 2 and "agent ids, --policy or --kuery (one of them)" in both.stderr
    none = cli("--yes", "agents", "reassign", "--to", "p", env=env)
    assert none.code == 2


def test_nothing_selected_changes_nothing(env: dict[str, str], kibana: FleetSandbox) -> None:
    writes = len([r for r in kibana.requests if r.method != "GET"])
    result = _json(env, "agents", "unenroll", "--kuery", 'policy_id:"no-such-policy"')
    assert result == {"action": "unenroll", "agents": 0, "action_id": None, "status": None}
    assert len([r for r in kibana.requests if r.method != "GET"]) == writes

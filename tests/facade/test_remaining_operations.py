"""The facade methods over the Fleet operations the sandbox implemented last, sync and async.

Methods that parse Kibana's answer wrongly are tested for the correct behaviour and marked
regression tests now that those facade bugs are fixed.
"""

from __future__ import annotations

import io
import tarfile
import zipfile
from typing import Any

import yaml

from fleet_facade.sandbox import FleetSandbox


def _plain(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


def _policy(fleet: Any, name: str = "p1", **fields: Any) -> str:
    return str(fleet.agent_policies.create(name=name, namespace="default", **fields).id)


def _tar_gz(name: str, version: str, *, title: str = "Mini") -> bytes:
    top = f"{name}-{version}"
    files = {
        f"{top}/manifest.yml": yaml.safe_dump(
            {"format_version": "3.0.0", "name": name, "title": title, "version": version,
             "type": "integration", "description": "A tiny test package"}
        ),
        f"{top}/docs/README.md": f"# {title}\n",
        f"{top}/data_stream/log/manifest.yml": yaml.safe_dump({"title": "Log", "type": "logs"}),
    }
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for path, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(path)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _zip(name: str, version: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            f"{name}-{version}/manifest.yml",
            yaml.safe_dump({"format_version": "3.0.0", "name": name, "title": name,
                            "version": version, "type": "integration"}),
        )
    return buffer.getvalue()


# -- admin -----------------------------------------------------------------------------------------


def test_check_permissions_succeeds(fleet: Any) -> None:
    assert _plain(fleet.admin.check_permissions())["success"] is True
    assert _plain(fleet.admin.check_permissions(fleet_server_setup=True))["success"] is True


def test_service_token_is_generated_each_time(fleet: Any) -> None:
    first = _plain(fleet.admin.create_service_token())
    second = _plain(fleet.admin.create_service_token(remote=True))
    assert first["name"].startswith("token-")
    assert first["value"] and second["value"] and first["value"] != second["value"]


def test_rotate_message_signing_key(fleet: Any) -> None:
    assert "rotated" in _plain(fleet.admin.rotate_message_signing_key())["message"]


def test_data_streams_follow_package_policies_with_agents(
    fleet: Any, sandbox: FleetSandbox
) -> None:
    assert fleet.admin.data_streams() == []
    policy_id = _policy(fleet)
    fleet.package_policies.create(name="nginx-1", package="nginx", policy_id=policy_id)
    sandbox.add_agents(1, policy_id=policy_id)
    names = {_plain(s)["index"] for s in fleet.admin.data_streams()}
    assert "logs-nginx.access-default" in names


def test_remote_synced_integrations_status(fleet: Any) -> None:
    assert _plain(fleet.admin.remote_synced_integrations_status())["integrations"] == []


def test_remote_synced_integrations_status_of_remote_output(fleet: Any) -> None:
    output = fleet.outputs.create(
        name="remote", type="remote_elasticsearch", hosts=["https://remote:9200"],
        sync_integrations=True,
    )
    fleet.packages.install(name="nginx")
    status = _plain(fleet.admin.remote_synced_integrations_status(output_id=output.id))
    assert [i["package_name"] for i in status["integrations"]] == ["nginx"]


def test_agentless_policy_create_and_delete(fleet: Any, sandbox: FleetSandbox) -> None:
    created = fleet.agentless_policies.create(
        name="cspm-1", package={"name": "nginx", "version": "1.6.0"}
    )
    item = _plain(created)["item"]
    assert item["name"] == "cspm-1"
    assert sandbox.count("package_policies") == 1
    assert sandbox.count("agent_policies") == 1
    fleet.agentless_policies.delete(id=item["id"])
    assert sandbox.count("package_policies") == 0
    assert sandbox.count("agent_policies") == 0


# -- cloud connectors ----------------------------------------------------------------------------


def test_cloud_connector_crud(fleet: Any) -> None:
    created = fleet.cloud_connectors.create(
        name="aws-1", cloudProvider="aws", vars={"role_arn": "arn:aws:iam::1:role/x"}
    )
    assert _plain(fleet.cloud_connectors.get(id=created.id))["name"] == "aws-1"
    updated = fleet.cloud_connectors.update(id=created.id, name="aws-2")
    assert _plain(updated)["name"] == "aws-2"
    assert [_plain(c)["id"] for c in fleet.cloud_connectors.list()] == [created.id]
    fleet.cloud_connectors.delete(id=created.id)
    assert fleet.cloud_connectors.list().to_list() == []


def test_cloud_connector_list_filters_by_kuery(fleet: Any) -> None:
    fleet.cloud_connectors.create(name="a", cloudProvider="aws", vars={})
    fleet.cloud_connectors.create(name="g", cloudProvider="gcp", vars={})
    found = fleet.cloud_connectors.list(kuery="cloudProvider:gcp").to_list()
    assert [_plain(c)["name"] for c in found] == ["g"]


# -- settings ------------------------------------------------------------------------------------


def test_space_settings_are_stored(fleet: Any) -> None:
    assert _plain(fleet.settings.get_space())["allowed_namespace_prefixes"] == []
    fleet.settings.update_space(allowed_namespace_prefixes=["team_a"])
    assert _plain(fleet.settings.get_space())["allowed_namespace_prefixes"] == ["team_a"]


# -- outputs -------------------------------------------------------------------------------------


def test_output_health_without_reports_is_unknown(fleet: Any) -> None:
    assert _plain(fleet.outputs.health(id="fleet-default-output"))["state"] == "UNKNOWN"


def test_logstash_api_key(fleet: Any) -> None:
    key = _plain(fleet.outputs.create_logstash_api_key())["api_key"]
    key_id, _, secret = key.partition(":")
    assert key_id and secret


# -- agent policies ------------------------------------------------------------------------------


def test_agent_policy_download_is_yaml(fleet: Any) -> None:
    policy_id = _policy(fleet)
    text = fleet.agent_policies.download(id=policy_id)
    assert yaml.safe_load(text)["id"] == policy_id


def test_agent_policy_outputs(fleet: Any) -> None:
    policy_id = _policy(fleet)
    item = _plain(fleet.agent_policies.outputs(id=policy_id))
    assert item["data"]["output"]["id"] == "fleet-default-output"
    assert item["monitoring"]["output"]["id"] == "fleet-default-output"


def test_agent_policy_outputs_for_several(fleet: Any) -> None:
    first, second = _policy(fleet, "a"), _policy(fleet, "b")
    items = [_plain(i) for i in fleet.agent_policies.outputs_for(ids=[first, second])]
    assert [i["agentPolicyId"] for i in items] == [first, second]


def test_auto_upgrade_agents_status(fleet: Any, sandbox: FleetSandbox) -> None:
    policy_id = _policy(fleet, required_versions=[{"version": "9.1.0", "percentage": 50}])
    sandbox.add_agents(2, policy_id=policy_id, version="9.1.0")
    sandbox.add_agents(1, policy_id=policy_id, version="9.0.0")
    status = _plain(fleet.agent_policies.auto_upgrade_agents_status(id=policy_id))
    assert status["totalAgents"] == 3
    assert status["currentVersions"][0]["version"] == "9.1.0"
    assert status["currentVersions"][0]["agents"] == 2


def test_kubernetes_manifest(fleet: Any) -> None:
    result = _plain(fleet.agent_policies.kubernetes_manifest(fleet_server="https://fs:8220"))
    assert "https://fs:8220" in result["item"]
    assert "kind: DaemonSet" in result["item"]


def test_kubernetes_manifest_download(fleet: Any) -> None:
    text = fleet.agent_policies.kubernetes_manifest(download=True, fleet_server="https://fs:8220")
    assert "https://fs:8220" in text


# -- agents --------------------------------------------------------------------------------------


def test_agent_tags_are_aggregated(fleet: Any, sandbox: FleetSandbox) -> None:
    sandbox.add_agents(2, tags=["web", "prod"])
    sandbox.add_agents(1, tags=["db"])
    # showInactive reveals inactive agents' tags; unenrolled agents' tags stay hidden (Kibana).
    sandbox.add_agents(1, tags=["gone"], status="inactive")
    # Kibana sorts the tag names alphabetically (services/agents/crud.ts getAgentTags).
    assert fleet.agents.tags() == ["db", "prod", "web"]
    assert "gone" in fleet.agents.tags(show_inactive=True)
    assert fleet.agents.tags(kuery="tags:db") == ["db"]


def test_agents_by_action_ids(fleet: Any, sandbox: FleetSandbox) -> None:
    agent_ids = sandbox.add_agents(2)
    action = _plain(fleet.agents.bulk_request_diagnostics(agents=agent_ids))
    assert sorted(fleet.agents.by_action_ids(action_ids=[action["actionId"]])) == sorted(agent_ids)


def test_create_action(fleet: Any, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    item = _plain(fleet.agents.create_action(
        id=agent_id, action={"type": "SETTINGS", "data": {"log_level": "debug"}}
    ))["item"]
    assert item["type"] == "SETTINGS"
    assert item["agents"] == [agent_id]


def test_request_diagnostics_then_uploads(fleet: Any, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    action_id = _plain(fleet.agents.request_diagnostics(id=agent_id))["actionId"]
    uploads = _plain(fleet.agents.uploads(id=agent_id))["items"]
    assert [(u["actionId"], u["status"]) for u in uploads] == [(action_id, "AWAITING_UPLOAD")]
    sandbox.complete_actions()
    assert _plain(fleet.agents.uploads(id=agent_id))["items"][0]["status"] == "READY"


def test_delete_upload(fleet: Any, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    fleet.agents.request_diagnostics(id=agent_id, additional_metrics=["CPU"])
    sandbox.complete_actions()
    file_id = _plain(fleet.agents.uploads(id=agent_id))["items"][0]["id"]
    assert _plain(fleet.agents.delete_upload(file_id=file_id)) == {"id": file_id, "deleted": True}
    assert _plain(fleet.agents.uploads(id=agent_id))["items"][0]["status"] == "DELETED"


def test_upload_file_is_the_zip(fleet: Any, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    fleet.agents.request_diagnostics(id=agent_id)
    sandbox.complete_actions()
    upload = _plain(fleet.agents.uploads(id=agent_id))["items"][0]
    content = fleet.agents.upload_file(file_id=upload["id"], file_name=upload["name"])
    assert zipfile.ZipFile(io.BytesIO(content)).namelist() == ["version.txt"]


def test_bulk_request_diagnostics_by_kuery(fleet: Any, sandbox: FleetSandbox) -> None:
    sandbox.add_agents(2, tags=["x"])
    sandbox.add_agents(1)
    action_id = _plain(fleet.agents.bulk_request_diagnostics(agents="tags:x"))["actionId"]
    assert len(fleet.agents.by_action_ids(action_ids=[action_id])) == 2


def test_migrate(fleet: Any, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    result = _plain(fleet.agents.migrate(
        id=agent_id, uri="https://other-fleet:8220", enrollment_token="tok"
    ))
    assert fleet.agents.by_action_ids(action_ids=[result["actionId"]]) == [agent_id]


def test_bulk_migrate(fleet: Any, sandbox: FleetSandbox) -> None:
    agent_ids = sandbox.add_agents(3)
    result = _plain(fleet.agents.bulk_migrate(
        agents=agent_ids, uri="https://other-fleet:8220", enrollment_token="tok"
    ))
    assert sorted(fleet.agents.by_action_ids(action_ids=[result["actionId"]])) == sorted(agent_ids)


def test_incoming_data_for_a_list_of_agents(fleet: Any, sandbox: FleetSandbox) -> None:
    agent_ids = sandbox.add_agents(2)
    result = _plain(fleet.agents.incoming_data(agents_ids=agent_ids))
    assert [list(entry) for entry in result["items"]] == [[agent_ids[0]], [agent_ids[1]]]


def test_incoming_data_for_one_agent(fleet: Any, sandbox: FleetSandbox) -> None:
    (agent_id,) = sandbox.add_agents(1)
    result = _plain(fleet.agents.incoming_data(agents_ids=agent_id))  # type: ignore[arg-type]
    assert result["items"] == [{agent_id: {"data": False}}]


# -- packages ------------------------------------------------------------------------------------


def test_limited_packages(fleet: Any, sandbox: FleetSandbox) -> None:
    sandbox.catalog.add({"name": "solo", "version": "1.0.0", "title": "Solo",
                         "policy_templates": [{"name": "solo", "multiple": False}]})
    assert _plain(fleet.packages.limited())["items"] == []
    fleet.packages.install(name="solo", version="1.0.0")
    assert _plain(fleet.packages.limited())["items"] == ["solo"]


def test_categories_count_catalog_packages(fleet: Any, sandbox: FleetSandbox) -> None:
    before = {c["id"]: c["count"] for c in _plain(fleet.packages.categories())["items"]}
    sandbox.catalog.add({"name": "web1", "version": "1.0.0", "categories": ["web"]})
    sandbox.catalog.add({"name": "web2", "version": "1.0.0", "categories": ["web", "security"]})
    items = {c["id"]: c["count"] for c in _plain(fleet.packages.categories())["items"]}
    # The bundled 1password package is in "security" and "credential_management" already.
    assert items == {**before, "security": before.get("security", 0) + 1, "web": 2}


def test_package_stats(fleet: Any) -> None:
    policy_id = _policy(fleet)
    fleet.package_policies.create(name="nginx-1", package="nginx", policy_id=policy_id)
    stats = _plain(fleet.packages.stats(name="nginx"))["response"]
    assert stats == {"package_policy_count": 1, "agent_policy_count": 1}


def test_package_file(fleet: Any) -> None:
    text = fleet.packages.file(name="nginx", version="1.6.0", file_path="manifest.yml")
    assert yaml.safe_load(text)["name"] == "nginx"


def test_inputs_template_json(fleet: Any) -> None:
    result = _plain(fleet.packages.inputs_template(name="nginx", version="1.6.0"))
    ids = [i["id"] for i in result["inputs"]]
    assert "nginx-logfile" in ids


def test_inputs_template_yaml(fleet: Any) -> None:
    text = fleet.packages.inputs_template(name="nginx", version="1.6.0", format="yml")
    assert "nginx-logfile" in text


def test_verification_key_id(fleet: Any) -> None:
    assert _plain(fleet.packages.verification_key_id())["id"]


def test_update_keep_policies_up_to_date(fleet: Any) -> None:
    fleet.packages.install(name="nginx", version="1.6.0")
    result = fleet.packages.update(name="nginx", version="1.6.0", keep_policies_up_to_date=True)
    assert _plain(result)["item"]["keepPoliciesUpToDate"] is True


def test_bulk_install(fleet: Any) -> None:
    result = _plain(fleet.packages.bulk_install(packages=["nginx", "nope"]))
    by_name = {i["name"]: i for i in result["items"]}
    assert by_name["nginx"]["result"]["status"] == "installed"
    assert by_name["nope"]["statusCode"] == 404


def test_bulk_upgrade_task(fleet: Any, sandbox: FleetSandbox) -> None:
    fleet.packages.install(name="nginx", version="1.5.0", force=True)  # out of date
    task_id = _plain(fleet.packages.bulk_upgrade(packages=[{"name": "nginx"}]))["taskId"]
    status = _plain(fleet.packages.bulk_task(kind="upgrade", task_id=task_id))
    assert status["status"] == "success"
    assert sandbox.state.installed_packages["nginx"]["version"] == "1.6.0"


def test_bulk_uninstall_task(fleet: Any, sandbox: FleetSandbox) -> None:
    fleet.packages.install(name="nginx", version="1.6.0")
    task_id = _plain(fleet.packages.bulk_uninstall(
        packages=[{"name": "nginx", "version": "1.6.0"}]
    ))["taskId"]
    status = _plain(fleet.packages.bulk_task(kind="uninstall", task_id=task_id))
    assert status["results"] == [{"name": "nginx", "success": True}]
    assert "nginx" not in sandbox.state.installed_packages


def test_bulk_rollback_task_reports_failures(fleet: Any) -> None:
    fleet.packages.install(name="nginx", version="1.6.0")
    task_id = _plain(fleet.packages.bulk_rollback(packages=[{"name": "nginx"}]))["taskId"]
    status = _plain(fleet.packages.bulk_task(kind="rollback", task_id=task_id))
    assert status["status"] == "failed"
    assert status["results"][0]["success"] is False


def test_rollback_after_upgrade(fleet: Any, sandbox: FleetSandbox) -> None:
    fleet.packages.install(name="nginx", version="1.5.0", force=True)  # out of date
    fleet.packages.bulk_install(packages=[{"name": "nginx", "version": "1.6.0"}])
    assert _plain(fleet.packages.rollback(name="nginx")) == {"success": True, "version": "1.5.0"}
    assert sandbox.state.installed_packages["nginx"]["version"] == "1.5.0"


def test_kibana_assets_install_and_delete(fleet: Any) -> None:
    fleet.packages.install(name="nginx", version="1.6.0")
    assert _plain(fleet.packages.reinstall_kibana_assets(name="nginx", version="1.6.0")) == {
        "success": True
    }
    assert _plain(fleet.packages.delete_kibana_assets(name="nginx", version="1.6.0")) == {
        "success": True
    }


def test_datastream_assets_delete(fleet: Any) -> None:
    policy_id = _policy(fleet)
    package_policy = fleet.package_policies.create(
        name="nginx-1", package="nginx", version="1.6.0", policy_id=policy_id
    )
    result = fleet.packages.delete_datastream_assets(
        name="nginx", version="1.6.0", package_policy_id=package_policy.id
    )
    assert _plain(result) == {"success": True}


def test_rule_assets(fleet: Any) -> None:
    fleet.packages.install(name="nginx", version="1.6.0")
    assert _plain(fleet.packages.install_rule_assets(name="nginx", version="1.6.0")) == {
        "success": True
    }


def test_authorize_transforms(fleet: Any) -> None:
    fleet.packages.install(name="nginx", version="1.6.0")
    result = fleet.packages.authorize_transforms(
        name="nginx", version="1.6.0", transforms=[{"transformId": "t1"}]
    )
    assert [_plain(r) for r in result] == [{"transformId": "t1", "success": True, "error": None}]


def test_bulk_assets(fleet: Any) -> None:
    fleet.packages.install(name="nginx", version="1.6.0")
    result = _plain(fleet.packages.bulk_assets(
        asset_ids=[{"id": "logs-nginx.access", "type": "index_template"},
                   {"id": "missing", "type": "dashboard"}]
    ))
    assert [i["id"] for i in result["items"]] == ["logs-nginx.access"]


def test_custom_integration_create_and_update(fleet: Any, sandbox: FleetSandbox) -> None:
    result = _plain(fleet.packages.create_custom_integration(
        integration_name="my_logs", datasets=[{"name": "my_logs.app", "type": "logs"}]
    ))
    assert result["_meta"] == {"install_source": "custom", "name": "my_logs"}
    fleet.packages.update_custom_integration(name="my_logs", readMeData="# Mine")
    assert sandbox.state.installed_packages["my_logs"]["version"] == "1.0.1"


def test_epm_data_streams_by_dataset_query(fleet: Any) -> None:
    fleet.packages.install(name="nginx", version="1.6.0")
    result = _plain(fleet.packages.data_streams(dataset_query="stub"))
    assert result["items"] == [{"name": "nginx.stubstatus"}]


def test_epm_data_streams_by_type(fleet: Any) -> None:
    fleet.packages.install(name="nginx", version="1.6.0")
    result = _plain(fleet.packages.data_streams(type_="metrics"))
    assert result["items"] == [{"name": "nginx.stubstatus"}]


def test_upload_tar_gz_installs(fleet: Any, sandbox: FleetSandbox) -> None:
    result = _plain(fleet.packages.upload(archive=_tar_gz("mini", "0.1.0")))
    assert result["_meta"] == {"install_source": "upload", "name": "mini"}
    assert sandbox.state.installed_packages["mini"]["install_source"] == "upload"


def test_upload_zip_installs(fleet: Any) -> None:
    result = _plain(fleet.packages.upload(archive=_zip("zipped", "0.1.0")))
    assert result["_meta"]["name"] == "zipped"

"""Package (EPM) operations beyond get/install: limited lists, stats, files, input templates,
bulk tasks, rollback, assets, custom integrations, data streams and archive uploads, through
the facade (sync and async).
"""

from __future__ import annotations

import io
import tarfile
import zipfile
from typing import Any

import pytest
import yaml

from fleet_facade import InvalidValueError
from fleet_facade.sandbox import FleetSandbox


def _policy(fleet: Any, name: str = "p1", **fields: Any) -> str:
    return str(fleet.agent_policies.create(name=name, namespace="default", **fields).id)


def _tar_gz(name: str, version: str, *, title: str = "Mini") -> bytes:
    top = f"{name}-{version}"
    files = {
        f"{top}/manifest.yml": yaml.safe_dump(
            {
                "format_version": "3.0.0",
                "name": name,
                "title": title,
                "version": version,
                "type": "integration",
                "description": "A tiny test package",
            }
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
            yaml.safe_dump(
                {
                    "format_version": "3.0.0",
                    "name": name,
                    "title": name,
                    "version": version,
                    "type": "integration",
                }
            ),
        )
    return buffer.getvalue()


def test_limited_packages(fleet: Any, sandbox: FleetSandbox) -> None:
    sandbox.catalog.add(
        {
            "name": "solo",
            "version": "1.0.0",
            "title": "Solo",
            "policy_templates": [{"name": "solo", "multiple": False}],
        }
    )
    assert fleet.packages.limited() == []
    fleet.packages.install(name="solo", version="1.0.0")
    assert fleet.packages.limited() == ["solo"]


def test_categories_count_catalog_packages(fleet: Any, sandbox: FleetSandbox) -> None:
    before = {c["id"]: c["count"] for c in fleet.packages.categories().to_dict()["items"]}
    sandbox.catalog.add({"name": "web1", "version": "1.0.0", "categories": ["web"]})
    sandbox.catalog.add({"name": "web2", "version": "1.0.0", "categories": ["web", "security"]})
    items = {c["id"]: c["count"] for c in fleet.packages.categories().to_dict()["items"]}
    # The bundled 1password package is in "security" and "credential_management" already.
    assert items == {**before, "security": before.get("security", 0) + 1, "web": 2}


def test_package_stats(fleet: Any) -> None:
    policy_id = _policy(fleet)
    fleet.package_policies.create(name="nginx-1", package="nginx", policy_id=policy_id)
    stats = fleet.packages.stats(name="nginx").response.to_dict()
    assert stats == {"package_policy_count": 1, "agent_policy_count": 1}


def test_package_file(fleet: Any) -> None:
    text = fleet.packages.file(name="nginx", version="1.6.0", file_path="manifest.yml")
    assert yaml.safe_load(text)["name"] == "nginx"


def test_inputs_template_json(fleet: Any) -> None:
    result = fleet.packages.inputs_template(name="nginx", version="1.6.0").to_dict()
    ids = [i["id"] for i in result["inputs"]]
    assert "nginx-logfile" in ids


def test_inputs_template_yaml(fleet: Any) -> None:
    text = fleet.packages.inputs_template(name="nginx", version="1.6.0", format="yml")
    assert "nginx-logfile" in text


def test_verification_key_id(fleet: Any) -> None:
    assert fleet.packages.verification_key_id().id


def test_update_keep_policies_up_to_date(fleet: Any) -> None:
    fleet.packages.install(name="nginx", version="1.6.0")
    result = fleet.packages.update(name="nginx", version="1.6.0", keep_policies_up_to_date=True)
    assert result.to_dict()["item"]["keepPoliciesUpToDate"] is True


def test_bulk_install(fleet: Any) -> None:
    result = fleet.packages.bulk_install(packages=["nginx", "nope"]).to_dict()
    by_name = {i["name"]: i for i in result["items"]}
    assert by_name["nginx"]["result"]["status"] == "installed"
    assert by_name["nope"]["statusCode"] == 404


def test_bulk_upgrade_task(fleet: Any, sandbox: FleetSandbox) -> None:
    fleet.packages.install(name="nginx", version="1.5.0", force=True)  # out of date
    task_id = fleet.packages.bulk_upgrade(packages=[{"name": "nginx"}]).task_id
    status = fleet.packages.bulk_task(kind="upgrade", task_id=task_id).to_dict()
    assert status["status"] == "success"
    assert sandbox.state.installed_packages["nginx"]["version"] == "1.6.0"


def test_bulk_uninstall_task(fleet: Any, sandbox: FleetSandbox) -> None:
    fleet.packages.install(name="nginx", version="1.6.0")
    packages = [{"name": "nginx", "version": "1.6.0"}]
    task_id = fleet.packages.bulk_uninstall(packages=packages).task_id
    status = fleet.packages.bulk_task(kind="uninstall", task_id=task_id).to_dict()
    assert status["results"] == [{"name": "nginx", "success": True}]
    assert "nginx" not in sandbox.state.installed_packages


def test_bulk_rollback_task_reports_failures(fleet: Any) -> None:
    fleet.packages.install(name="nginx", version="1.6.0")
    task_id = fleet.packages.bulk_rollback(packages=[{"name": "nginx"}]).task_id
    status = fleet.packages.bulk_task(kind="rollback", task_id=task_id).to_dict()
    assert status["status"] == "failed"
    assert status["results"][0]["success"] is False


def test_rollback_after_upgrade(fleet: Any, sandbox: FleetSandbox) -> None:
    fleet.packages.install(name="nginx", version="1.5.0", force=True)  # out of date
    fleet.packages.bulk_install(packages=[{"name": "nginx", "version": "1.6.0"}])
    assert fleet.packages.rollback(name="nginx").to_dict() == {"success": True, "version": "1.5.0"}
    assert sandbox.state.installed_packages["nginx"]["version"] == "1.5.0"


def test_kibana_assets_install_and_delete(fleet: Any) -> None:
    fleet.packages.install(name="nginx", version="1.6.0")
    assert fleet.packages.reinstall_kibana_assets(name="nginx", version="1.6.0").to_dict() == {
        "success": True
    }
    assert fleet.packages.delete_kibana_assets(name="nginx", version="1.6.0").to_dict() == {
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
    assert result.to_dict() == {"success": True}


def test_rule_assets(fleet: Any) -> None:
    fleet.packages.install(name="nginx", version="1.6.0")
    assert fleet.packages.install_rule_assets(name="nginx", version="1.6.0").to_dict() == {
        "success": True
    }


def test_authorize_transforms(fleet: Any) -> None:
    fleet.packages.install(name="nginx", version="1.6.0")
    result = fleet.packages.authorize_transforms(
        name="nginx", version="1.6.0", transforms=[{"transformId": "t1"}]
    )
    assert [r.to_dict() for r in result] == [{"transformId": "t1", "success": True, "error": None}]


def test_bulk_assets(fleet: Any) -> None:
    fleet.packages.install(name="nginx", version="1.6.0")
    result = fleet.packages.bulk_assets(
        asset_ids=[
            {"id": "logs-nginx.access", "type": "index_template"},
            {"id": "missing", "type": "dashboard"},
        ]
    ).to_dict()
    assert [i["id"] for i in result["items"]] == ["logs-nginx.access"]


def test_custom_integration_create_and_update(fleet: Any, sandbox: FleetSandbox) -> None:
    result = fleet.packages.create_custom_integration(
        integration_name="my_logs", datasets=[{"name": "my_logs.app", "type": "logs"}]
    ).to_dict()
    assert result["_meta"] == {"install_source": "custom", "name": "my_logs"}
    fleet.packages.update_custom_integration(name="my_logs", readMeData="# Mine")
    assert sandbox.state.installed_packages["my_logs"]["version"] == "1.0.1"


def _nginx_written(fleet: Any, sandbox: FleetSandbox) -> None:
    """nginx on an agent policy with an agent, so that its data streams exist."""
    policy = fleet.agent_policies.create(name="web", namespace="default")
    fleet.package_policies.create(name="nginx-1", package="nginx", version="1.6.0",
                                  policy_id=policy.id)
    sandbox.add_agents(1, policy_id=policy.id)


def test_epm_data_streams_by_dataset_query(fleet: Any, sandbox: FleetSandbox) -> None:
    _nginx_written(fleet, sandbox)
    result = fleet.data_streams.matching(dataset_query="stub").to_list()
    assert [stream.name for stream in result] == ["metrics-nginx.stubstatus-default"]


def test_epm_data_streams_by_type(fleet: Any, sandbox: FleetSandbox) -> None:
    _nginx_written(fleet, sandbox)
    result = fleet.data_streams.matching(type="logs", sort_order="desc").to_list()
    assert [stream.name for stream in result] == [
        "logs-nginx.error-default", "logs-nginx.access-default"]


def test_upload_tar_gz_installs(fleet: Any, sandbox: FleetSandbox) -> None:
    result = fleet.packages.upload(archive=_tar_gz("mini", "0.1.0")).to_dict()
    assert result["_meta"] == {"install_source": "upload", "name": "mini"}
    assert sandbox.state.installed_packages["mini"]["install_source"] == "upload"


def test_upload_zip_installs(fleet: Any) -> None:
    result = fleet.packages.upload(archive=_zip("zipped", "0.1.0")).to_dict()
    assert result["_meta"]["name"] == "zipped"


def test_an_archive_that_is_neither_zip_nor_gzip_is_refused_before_sending(
    fleet: Any, sandbox: FleetSandbox
) -> None:
    before = len(sandbox.requests)
    with pytest.raises(InvalidValueError, match=r"\.zip or \.tar\.gz"):
        fleet.packages.upload(archive=b"not an archive")
    assert len(sandbox.requests) == before

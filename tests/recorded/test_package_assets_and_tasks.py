"""Package (EPM) operations beyond install/get (lists, files, templates, bulk tasks, rollback,
assets, custom integrations, uploads), replayed from cassettes (sync and async)."""

from __future__ import annotations

import gzip
import io
import tarfile
from typing import Any

import pytest
import yaml

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]


def _tar_gz(name: str, version: str) -> bytes:
    """A tiny package archive whose bytes do not depend on the clock (stable request bodies)."""
    top = f"{name}-{version}"
    files = {
        f"{top}/manifest.yml": yaml.safe_dump(
            {"format_version": "3.0.0", "name": name, "title": "Mini", "version": version,
             "type": "integration", "description": "A tiny test package"}
        ),
        f"{top}/docs/README.md": "# Mini\n",
        f"{top}/data_stream/log/manifest.yml": yaml.safe_dump({"title": "Log", "type": "logs"}),
    }
    tar_buffer = io.BytesIO()
    with tarfile.open(fileobj=tar_buffer, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        for path, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(path)
            info.size = len(data)
            info.mtime = 0
            archive.addfile(info, io.BytesIO(data))
    gz_buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=gz_buffer, mode="wb", mtime=0) as compressed:
        compressed.write(tar_buffer.getvalue())
    return gz_buffer.getvalue()


@pytest.fixture
def nginx(fleet: Any, cleanup: Any) -> str:
    fleet.packages.install(name="nginx", version="1.6.0")
    cleanup(fleet.packages.uninstall, name="nginx")
    return "nginx"


def test_limited_lists_single_policy_packages(fleet: Any, recording: Any, cleanup: Any) -> None:
    if recording.mode == "kibana":
        pytest.skip("adds a package to the sandbox catalog")
    if recording.sandbox is not None:
        recording.sandbox.catalog.add({"name": "solo", "version": "1.0.0", "title": "Solo",
                                       "policy_templates": [{"name": "solo", "multiple": False}]})
    fleet.packages.install(name="solo", version="1.0.0")
    cleanup(fleet.packages.uninstall, name="solo")

    assert fleet.packages.limited() == ["solo"]


def test_stats_count_package_policies(fleet: Any, recording: Any, cleanup: Any) -> None:
    policy = fleet.agent_policies.create(name=recording.name("stats"))
    cleanup(fleet.agent_policies.delete, id=policy.id)
    fleet.package_policies.create(name=recording.name("nginx-stats"), package="nginx",
                                  policy_id=policy.id)

    stats = fleet.packages.stats(name="nginx").response.to_dict()

    assert stats == {"package_policy_count": 1, "agent_policy_count": 1}


def test_file_returns_the_manifest(fleet: Any) -> None:
    text = fleet.packages.file(name="nginx", version="1.6.0", file_path="manifest.yml")

    assert yaml.safe_load(text)["name"] == "nginx"


def test_inputs_template_as_json(fleet: Any) -> None:
    result = fleet.packages.inputs_template(name="nginx", version="1.6.0").to_dict()

    assert "nginx-logfile" in [i["id"] for i in result["inputs"]]


def test_update_keeps_policies_up_to_date(fleet: Any, nginx: str) -> None:
    result = fleet.packages.update(name=nginx, version="1.6.0", keep_policies_up_to_date=True)

    assert result.to_dict()["item"]["keepPoliciesUpToDate"] is True


def test_bulk_install_reports_each_package(fleet: Any, cleanup: Any) -> None:
    cleanup(fleet.packages.uninstall, name="nginx")
    result = fleet.packages.bulk_install(packages=["nginx", "nope"]).to_dict()
    by_name = {i["name"]: i for i in result["items"]}

    assert by_name["nginx"]["result"]["status"] == "installed"
    assert by_name["nope"]["statusCode"] == 404


def test_bulk_upgrade_task_succeeds(fleet: Any, cleanup: Any) -> None:
    fleet.packages.install(name="nginx", version="1.5.0", force=True)  # out of date
    cleanup(fleet.packages.uninstall, name="nginx")

    task_id = fleet.packages.bulk_upgrade(packages=[{"name": "nginx"}]).task_id
    status = fleet.packages.bulk_task(kind="upgrade", task_id=task_id).to_dict()

    assert status["status"] == "success"
    assert fleet.packages.get(name="nginx").version == "1.6.0"


def test_bulk_uninstall_task_succeeds(fleet: Any) -> None:
    fleet.packages.install(name="nginx", version="1.6.0")
    task_id = fleet.packages.bulk_uninstall(
        packages=[{"name": "nginx", "version": "1.6.0"}]
    ).task_id
    status = fleet.packages.bulk_task(kind="uninstall", task_id=task_id).to_dict()

    assert status["results"] == [{"name": "nginx", "success": True}]


def test_bulk_rollback_without_a_previous_version_fails(fleet: Any, nginx: str) -> None:
    task_id = fleet.packages.bulk_rollback(packages=[{"name": nginx}]).task_id
    status = fleet.packages.bulk_task(kind="rollback", task_id=task_id).to_dict()

    assert status["status"] == "failed"
    assert status["results"][0]["success"] is False


def test_rollback_after_an_upgrade(fleet: Any, cleanup: Any) -> None:
    fleet.packages.install(name="nginx", version="1.5.0", force=True)  # out of date
    cleanup(fleet.packages.uninstall, name="nginx")
    fleet.packages.bulk_install(packages=[{"name": "nginx", "version": "1.6.0"}])

    assert fleet.packages.rollback(name="nginx").to_dict() == {"success": True, "version": "1.5.0"}


def test_kibana_assets_reinstall_and_delete(fleet: Any, nginx: str) -> None:
    reinstalled = fleet.packages.reinstall_kibana_assets(name=nginx, version="1.6.0").to_dict()
    deleted = fleet.packages.delete_kibana_assets(name=nginx, version="1.6.0").to_dict()

    assert reinstalled == {"success": True}
    assert deleted == {"success": True}


def test_datastream_assets_delete(fleet: Any, recording: Any, cleanup: Any) -> None:
    policy = fleet.agent_policies.create(name=recording.name("ds-assets"))
    cleanup(fleet.agent_policies.delete, id=policy.id)
    package_policy = fleet.package_policies.create(
        name=recording.name("nginx-ds"), package="nginx", version="1.6.0", policy_id=policy.id
    )

    result = fleet.packages.delete_datastream_assets(
        name="nginx", version="1.6.0", package_policy_id=package_policy.id
    )

    assert result.to_dict() == {"success": True}


def test_rule_assets_install(fleet: Any, nginx: str) -> None:
    result = fleet.packages.install_rule_assets(name=nginx, version="1.6.0").to_dict()

    assert result == {"success": True}


def test_authorize_transforms(fleet: Any, nginx: str) -> None:
    result = fleet.packages.authorize_transforms(
        name=nginx, version="1.6.0", transforms=[{"transformId": "t1"}]
    )

    assert [r.to_dict() for r in result] == [{"transformId": "t1", "success": True, "error": None}]


@pytest.mark.usefixtures("nginx")
def test_bulk_assets_returns_existing_ones(fleet: Any) -> None:
    result = fleet.packages.bulk_assets(
        asset_ids=[{"id": "logs-nginx.access", "type": "index_template"},
                   {"id": "missing", "type": "dashboard"}]
    ).to_dict()

    assert [i["id"] for i in result["items"]] == ["logs-nginx.access"]


def test_custom_integration_create_and_update(fleet: Any, recording: Any, cleanup: Any) -> None:
    name = recording.name("logs").replace("-", "_")
    created = fleet.packages.create_custom_integration(
        integration_name=name, datasets=[{"name": f"{name}.app", "type": "logs"}]
    ).to_dict()
    cleanup(fleet.packages.uninstall, name=name)
    fleet.packages.update_custom_integration(name=name, readMeData="# Mine")

    assert created["_meta"] == {"install_source": "custom", "name": name}
    assert fleet.packages.get(name=name).version == "1.0.1"


def test_epm_data_streams_by_type(fleet: Any, recording: Any) -> None:
    # Data streams exist once an agent writes to them, and agents cannot be enrolled through the
    # API: recorded against the sandbox only. Nothing is deleted afterwards (Kibana refuses to
    # delete a policy with agents; the sandbox is discarded).
    if recording.mode == "kibana":
        pytest.skip("needs enrolled agents; record against the sandbox")
    policy = fleet.agent_policies.create(name=recording.name("streams"), namespace="default")
    fleet.package_policies.create(
        name=recording.name("nginx-streams"), package="nginx", version="1.6.0", policy_id=policy.id
    )
    recording.add_agents(1, policy_id=policy.id)

    result = fleet.data_streams.matching(type="metrics").to_list()

    assert [stream.name for stream in result] == ["metrics-nginx.stubstatus-default"]


def test_upload_a_tar_gz_installs_it(fleet: Any, cleanup: Any) -> None:
    result = fleet.packages.upload(archive=_tar_gz("mini", "0.1.0")).to_dict()
    cleanup(fleet.packages.uninstall, name="mini")

    assert result["_meta"] == {"install_source": "upload", "name": "mini"}

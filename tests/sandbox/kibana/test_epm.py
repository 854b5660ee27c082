"""EPM (package get, install, uninstall, lists) as Kibana's API tests and services describe it.

Paths: ``apis/`` is ``x-pack/test/fleet_api_integration/apis/``; ``fleet/server/`` is
``x-pack/platform/plugins/shared/fleet/server/``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from fleet_facade.sandbox import FleetSandbox

from .._helpers import assert_error

EPM = "/api/fleet/epm/packages"


def _package(name: str, version: str, **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "title": name.replace("_", " ").title(),
        "version": version,
        "data_streams": [{"type": "logs", "dataset": f"{name}.log", "path": "log", "streams": []}],
        **extra,
    }


# Stand-ins for Kibana's test packages (apis/fixtures/test_packages).
FIXTURES = [
    _package("multiple_versions", "0.1.0"),
    _package("multiple_versions", "0.2.0"),
    _package("multiple_versions", "0.3.0"),
    _package("prerelease", "0.1.0-dev.0+abc"),
    _package("prerelease", "1.0.0"),
    _package("prerelease", "1.0.1-next"),
    _package("elastic_agent", "0.0.7"),
    _package(
        "experimental",
        "0.1.0",
        data_streams=[
            {"type": "metrics", "dataset": "experimental.metrics", "path": "m", "streams": []}
        ],
    ),
]


@pytest.fixture
def kibana(kibana_at: Callable[..., httpx.Client]) -> httpx.Client:
    """Kibana 9.1 with the test packages."""
    return kibana_at("9.1.0", packages=FIXTURES)


def _installed(http: httpx.Client) -> dict[str, str]:
    sandbox: FleetSandbox = http.sandbox  # type: ignore[attr-defined]
    return {name: record["version"] for name, record in sandbox.state.installed_packages.items()}


def _nginx_policy(http: httpx.Client, *, agents: int = 0) -> str:
    policy_id = http.post(
        "/api/fleet/agent_policies", json={"name": "A", "namespace": "default"}
    ).json()["item"]["id"]
    body = {
        "name": "nginx-1",
        "namespace": "default",
        "policy_id": policy_id,
        "package": {"name": "nginx", "version": "1.6.0"},
        "inputs": {},
    }
    response = http.post("/api/fleet/package_policies", json=body)
    assert response.status_code == 200, response.text
    if agents:
        http.sandbox.add_agents(agents, policy_id=policy_id)  # type: ignore[attr-defined]
    return str(response.json()["item"]["id"])


# -- get ------------------------------------------------------------------------------------


def test_get_without_version_answers_installed_version(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/get.ts › EPM - get › returns package info in item field when calling without version"""  # noqa: E501
    kibana.post(f"{EPM}/nginx/1.5.0", json={"force": True})
    item = kibana.get(f"{EPM}/nginx").json()["item"]
    # getPackageInfo: pkgVersion || installation.install_version || latestPackage.version
    assert (item["name"], item["version"], item["latestVersion"]) == ("nginx", "1.5.0", "1.6.0")


def test_get_without_version_answers_latest_when_not_installed(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/epm/packages/get.ts › getPackageInfo › latestPackage.version"""
    assert kibana.get(f"{EPM}/nginx").json()["item"]["version"] == "1.6.0"


def test_get_without_version_skips_prereleases(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/epm/packages/get.ts › getPackageInfo › fetchFindLatestPackageOrUndefined prerelease"""  # noqa: E501
    assert kibana.get(f"{EPM}/prerelease").json()["item"]["version"] == "1.0.0"
    with_pre = kibana.get(f"{EPM}/prerelease", params={"prerelease": "true"}).json()
    assert with_pre["item"]["version"] == "1.0.1-next"


def test_get_other_version_than_installed(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/get.ts › EPM - get › returns package info from the registry if it was installed from the registry"""  # noqa: E501
    kibana.post(f"{EPM}/nginx/1.6.0")
    item = kibana.get(f"{EPM}/nginx/1.5.0").json()["item"]
    assert item["version"] == "1.5.0"
    # The installation described is the package's, at the installed version.
    assert item["installationInfo"]["version"] == "1.6.0"
    assert item["status"] == "installed"


def test_get_unknown_package(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/get.ts › EPM - get › returns a 404 for a package that do not exists"""
    assert_error(
        kibana.get(f"{EPM}/notexists/99.99.99"),
        404,
        "[notexists] package not installed or found in registry",
    )


def test_get_unknown_version_of_known_package(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/epm/registry/index.ts › fetchInfo › PackageNotFoundError"""
    assert_error(kibana.get(f"{EPM}/nginx/99.0.0"), 404, "nginx@99.0.0 not found")


def test_get_with_bad_semver(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/get.ts › EPM - get › returns a 400 for a package key without a proper semver version"""  # noqa: E501
    assert_error(
        kibana.get(f"{EPM}/endpoint/0.1.0.1.2.3"), 400, "Package version is not a valid semver"
    )


def test_get_with_metadata(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/routes/epm/handlers.ts › getInfoHandler › withMetadata"""
    assert "metadata" not in kibana.get(f"{EPM}/nginx/1.6.0").json()
    assert kibana.get(f"{EPM}/nginx/1.6.0", params={"withMetadata": "true"}).json()["metadata"] == {
        "has_policies": False
    }
    _nginx_policy(kibana)
    assert kibana.get(f"{EPM}/nginx/1.6.0", params={"withMetadata": "true"}).json()["metadata"] == {
        "has_policies": True
    }


# -- install --------------------------------------------------------------------------------


def test_install_unknown_package(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/install_update.ts › installing and updating scenarios › should return 404 if package does not exist"""  # noqa: E501
    assert_error(
        kibana.post(f"{EPM}/nonexistent/0.1.0"), 404, "[nonexistent] package not found in registry"
    )
    assert _installed(kibana) == {}


def test_install_out_of_date_version(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/install_update.ts › installing and updating scenarios › should return 400 if trying to install an out-of-date package"""  # noqa: E501
    assert_error(
        kibana.post(f"{EPM}/multiple_versions/0.1.0"),
        400,
        "multiple_versions-0.1.0 is out-of-date and cannot be installed or updated",
    )
    assert _installed(kibana) == {}


def test_force_install_out_of_date_version(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/install_update.ts › installing and updating scenarios › should return 200 if trying to force install an out-of-date package"""  # noqa: E501
    response = kibana.post(f"{EPM}/multiple_versions/0.1.0", json={"force": True})
    assert response.status_code == 200
    assert _installed(kibana) == {"multiple_versions": "0.1.0"}


def test_reinstall_out_of_date_version(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/install_update.ts › installing and updating scenarios › should return 200 if trying to reinstall an out-of-date package"""  # noqa: E501
    kibana.post(f"{EPM}/multiple_versions/0.1.0", json={"force": True})
    assert kibana.post(f"{EPM}/multiple_versions/0.1.0").status_code == 200


def test_update_to_out_of_date_version(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/install_update.ts › installing and updating scenarios › should return 400 if trying to update to an out-of-date package"""  # noqa: E501
    kibana.post(f"{EPM}/multiple_versions/0.1.0", json={"force": True})
    assert_error(
        kibana.post(f"{EPM}/multiple_versions/0.2.0"),
        400,
        "multiple_versions-0.2.0 is out-of-date and cannot be installed or updated",
    )
    assert _installed(kibana) == {"multiple_versions": "0.1.0"}


def test_force_update_to_out_of_date_version(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/install_update.ts › installing and updating scenarios › should return 200 if trying to force update to an out-of-date package"""  # noqa: E501
    kibana.post(f"{EPM}/multiple_versions/0.1.0", json={"force": True})
    assert kibana.post(f"{EPM}/multiple_versions/0.2.0", json={"force": True}).status_code == 200
    assert _installed(kibana) == {"multiple_versions": "0.2.0"}


def test_update_to_latest_version(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/install_update.ts › installing and updating scenarios › should return 200 if trying to update to the latest package"""  # noqa: E501
    kibana.post(f"{EPM}/multiple_versions/0.1.0", json={"force": True})
    assert kibana.post(f"{EPM}/multiple_versions/0.3.0").status_code == 200
    assert _installed(kibana) == {"multiple_versions": "0.3.0"}


def test_install_installed_version_again(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/epm/packages/install.ts › installPackageFromRegistry › already_installed"""  # noqa: E501
    first = kibana.post(f"{EPM}/nginx/1.6.0").json()
    again = kibana.post(f"{EPM}/nginx/1.6.0").json()
    assert first["items"] and again["items"] == first["items"]
    assert again["_meta"] == {"install_source": "registry", "name": "nginx"}


def test_versionless_install_takes_the_ga_version(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/install_prerelease.ts › installs package that has a prerelease version › should install the GA package when no version is provided - deprecated endpoint"""  # noqa: E501
    assert kibana.post(f"{EPM}/prerelease", json={"force": True}).status_code == 200
    assert _installed(kibana) == {"prerelease": "1.0.0"}


def test_versionless_install_with_prerelease(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/install_prerelease.ts › installs package that has a prerelease version › should install the beta package when no version is provided and prerelease is true - deprecated endpoint"""  # noqa: E501
    response = kibana.post(f"{EPM}/prerelease", params={"prerelease": "true"}, json={"force": True})
    assert response.status_code == 200
    assert _installed(kibana) == {"prerelease": "1.0.1-next"}


def test_install_version_with_build_metadata(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/install_prerelease.ts › installs package that has a prerelease version › should install the package correctly"""  # noqa: E501
    response = kibana.post(f"{EPM}/prerelease/0.1.0-dev.0+abc", json={"force": True})
    assert response.status_code == 200
    assert _installed(kibana) == {"prerelease": "0.1.0-dev.0+abc"}


def test_bulk_install_takes_ga_versions(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/install_prerelease.ts › installs package that has a prerelease version › should bulk install the GA packages when prerelease is not set"""  # noqa: E501
    body = {"packages": ["prerelease"], "force": True}
    items = kibana.post(f"{EPM}/_bulk", json=body).json()["items"]
    assert items[0]["version"] == "1.0.0"


def test_bulk_install_with_prerelease(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/install_prerelease.ts › installs package that has a prerelease version › should bulk install the beta packages when prerelease is true"""  # noqa: E501
    body = {"packages": ["prerelease"], "force": True}
    items = kibana.post(f"{EPM}/_bulk", params={"prerelease": "true"}, json=body).json()["items"]
    assert items[0]["version"] == "1.0.1-next"


def test_bulk_install_out_of_date_item(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/bulk_install.ts › bulk package install api › should reject installing an older version if force is false"""  # noqa: E501
    body = {"packages": [{"name": "multiple_versions", "version": "0.1.0"}]}
    response = kibana.post(f"{EPM}/_bulk", params={"prerelease": "true"}, json=body)
    assert response.status_code == 200
    assert response.json()["items"] == [
        {
            "name": "multiple_versions",
            "statusCode": 400,
            "error": "multiple_versions-0.1.0 is out-of-date and cannot be installed or updated",
        }
    ]


def test_bulk_force_install_out_of_date_item(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/bulk_install.ts › bulk package install api › should install an older version if force is true"""  # noqa: E501
    body = {"packages": [{"name": "multiple_versions", "version": "0.1.0"}], "force": True}
    items = kibana.post(f"{EPM}/_bulk", params={"prerelease": "true"}, json=body).json()["items"]
    assert items[0]["version"] == "0.1.0"
    assert _installed(kibana) == {"multiple_versions": "0.1.0"}


def test_bulk_install_latest_by_default(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/bulk_install.ts › bulk package install api › should install the latest version by default"""  # noqa: E501
    body = {"packages": ["multiple_versions"]}
    items = kibana.post(f"{EPM}/_bulk", params={"prerelease": "true"}, json=body).json()["items"]
    assert items[0]["version"] == "0.3.0"


def test_bulk_force_install_older_over_installed_latest(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/bulk_install.ts › bulk package install api › should install an older version if force is true when package is already installed"""  # noqa: E501
    kibana.post(
        f"{EPM}/_bulk", params={"prerelease": "true"}, json={"packages": ["multiple_versions"]}
    )
    body = {"packages": [{"name": "multiple_versions", "version": "0.1.0"}], "force": True}
    items = kibana.post(f"{EPM}/_bulk", params={"prerelease": "true"}, json=body).json()["items"]
    assert items[0]["version"] == "0.1.0"
    assert _installed(kibana) == {"multiple_versions": "0.1.0"}


# -- uninstall ------------------------------------------------------------------------------


def test_uninstall_package_not_installed(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/epm/packages/remove.ts › removeInstallation › is not installed"""  # noqa: E501
    assert_error(kibana.delete(f"{EPM}/nginx/1.6.0"), 400, "nginx is not installed")


def test_uninstall_ignores_the_path_version(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/epm/packages/remove.ts › removeInstallation › getInstallation by name"""  # noqa: E501
    kibana.post(f"{EPM}/nginx/1.6.0")
    assert kibana.delete(f"{EPM}/nginx/1.5.0").status_code == 200
    assert _installed(kibana) == {}


def test_uninstall_required_package(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/delete.ts › delete and force delete scenarios › should return 200 if trying to uninstall a required package"""  # noqa: E501
    kibana.post(f"{EPM}/elastic_agent/0.0.7")
    assert kibana.delete(f"{EPM}/elastic_agent/0.0.7").status_code == 200
    assert _installed(kibana) == {}


def test_uninstall_deletes_unused_package_policies(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/epm/packages/remove.ts › removeInstallation › package policies without agents"""  # noqa: E501
    policy_id = _nginx_policy(kibana)
    assert kibana.delete(f"{EPM}/nginx/1.6.0").status_code == 200
    assert kibana.get(f"/api/fleet/package_policies/{policy_id}").status_code == 404


def test_uninstall_with_policies_in_use(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/epm/packages/remove.ts › removeInstallation › in use by agent(s)"""  # noqa: E501
    _nginx_policy(kibana, agents=1)
    assert_error(
        kibana.delete(f"{EPM}/nginx/1.6.0"),
        400,
        "Unable to remove package nginx:1.6.0 with existing package policy(s) in use by agent(s)",
    )
    assert _installed(kibana) == {"nginx": "1.6.0"}


def test_force_uninstall_with_policies_in_use(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/epm/packages/remove.ts › removeInstallation › force"""
    policy_id = _nginx_policy(kibana, agents=1)
    assert kibana.delete(f"{EPM}/nginx/1.6.0", params={"force": "true"}).status_code == 200
    assert kibana.get(f"/api/fleet/package_policies/{policy_id}").status_code == 404


def test_uninstall_answers_the_removed_assets(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/routes/epm/handlers.ts › deletePackageHandler"""
    installed = kibana.post(f"{EPM}/nginx/1.6.0").json()["items"]
    removed = kibana.delete(f"{EPM}/nginx/1.6.0").json()["items"]
    assert sorted(a["id"] for a in removed) == sorted(a["id"] for a in installed)


# -- lists ----------------------------------------------------------------------------------


def test_installed_list_sorted_and_limited(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/get.ts › Installed Packages › Can be sorted"""
    kibana.post(f"{EPM}/nginx/1.6.0")
    kibana.post(f"{EPM}/experimental/0.1.0")
    names = [i["name"] for i in kibana.get(f"{EPM}/installed").json()["items"]]
    assert names == ["experimental", "nginx"]
    desc = kibana.get(f"{EPM}/installed", params={"sortOrder": "desc", "perPage": 1}).json()
    assert [i["name"] for i in desc["items"]] == ["nginx"] and desc["total"] == 2


def test_installed_list_filtered_by_name(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/get.ts › Installed Packages › Can be filtered by name"""
    kibana.post(f"{EPM}/nginx/1.6.0")
    kibana.post(f"{EPM}/experimental/0.1.0")
    items = kibana.get(f"{EPM}/installed", params={"nameQuery": "experimental"}).json()["items"]
    assert [i["name"] for i in items] == ["experimental"]


def test_installed_list_by_data_stream_type(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/get.ts › Installed Packages › Can be queried by dataStreamType"""
    kibana.post(f"{EPM}/nginx/1.6.0")
    kibana.post(f"{EPM}/experimental/0.1.0")
    items = kibana.get(f"{EPM}/installed", params={"dataStreamType": "metrics"}).json()["items"]
    assert items
    for item in items:
        assert item["dataStreams"], item["name"]
        assert all(ds["name"].startswith("metrics-") for ds in item["dataStreams"])
    assert {i["name"] for i in items} == {"experimental", "nginx"}


def test_list_with_package_policy_counts(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/list.ts › EPM - list › Allow to retrieve package policies count"""
    _nginx_policy(kibana)
    items = kibana.get(EPM, params={"withPackagePoliciesCount": "true"}).json()["items"]
    counts = {i["name"]: i["packagePoliciesInfo"]["count"] for i in items}
    assert counts["nginx"] == 1 and counts["system"] == 0


def test_package_stats(kibana: httpx.Client) -> None:
    """Kibana: apis/epm/list.ts › EPM - list › Allow to retrieve package policies count"""
    _nginx_policy(kibana)
    assert kibana.get(f"{EPM}/nginx/stats").json() == {
        "response": {"package_policy_count": 1, "agent_policy_count": 1}
    }


def test_force_reinstall_of_installed_version(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/epm/packages/install.ts › installPackageFromRegistry › force reinstalls"""  # noqa: E501
    sandbox: FleetSandbox = kibana.sandbox  # type: ignore[attr-defined]
    kibana.post(f"{EPM}/nginx/1.6.0")
    first = sandbox.state.installed_packages["nginx"]
    response = kibana.post(f"{EPM}/nginx/1.6.0", json={"force": True})
    assert response.status_code == 200 and response.json()["items"]
    assert sandbox.state.installed_packages["nginx"] is not first

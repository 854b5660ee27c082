"""EPM packages (reference section 5): info, install, uninstall, files, bulk tasks, uploads."""

from __future__ import annotations

import io
import tarfile

import httpx
import yaml

from fleet_facade.sandbox import FleetSandbox

from ._helpers import assert_error

MISSING = "00000000-0000-4000-8000-000000000000"
EPM = "/api/fleet/epm/packages"


def test_package_asset_routes_need_installed_version(client: httpx.Client) -> None:
    for method, suffix in (
        ("POST", "kibana_assets"),
        ("DELETE", "kibana_assets"),
        ("POST", "rule_assets"),
    ):
        response = client.request(method, f"/api/fleet/epm/packages/nginx/1.6.0/{suffix}")
        assert_error(response, 404, "Requested version is not installed")


def test_package_file_unknown_path(client: httpx.Client) -> None:
    response = client.get("/api/fleet/epm/packages/nginx/1.6.0/docs/missing.md")
    assert response.status_code == 404


def test_package_readme_is_markdown(client: httpx.Client) -> None:
    response = client.get("/api/fleet/epm/packages/nginx/1.6.0/docs/README.md")
    assert response.headers["content-type"] == "text/markdown"
    assert response.text.startswith("# ")


def test_bulk_task_unknown_id(client: httpx.Client) -> None:
    response = client.get(f"/api/fleet/epm/packages/_bulk_upgrade/{MISSING}")
    assert_error(response, 404, "Task not found")


def test_bulk_upgrade_needs_packages(client: httpx.Client) -> None:
    assert_error(
        client.post("/api/fleet/epm/packages/_bulk_upgrade", json={"packages": []}),
        400,
        "[request body.packages]: array size is [0], but cannot be smaller than [1]",
    )


def test_rollback_without_previous_version(client: httpx.Client) -> None:
    client.post("/api/fleet/epm/packages/nginx/1.6.0")
    assert_error(
        client.post("/api/fleet/epm/packages/nginx/rollback"),
        400,
        "No previous version found for package nginx",
    )


def test_update_package_not_installed(client: httpx.Client) -> None:
    response = client.put(
        "/api/fleet/epm/packages/nginx/1.6.0", json={"keepPoliciesUpToDate": True}
    )
    assert_error(response, 404, "Error while updating package: nginx is not installed")


def test_custom_integration_name_taken(client: httpx.Client) -> None:
    body = {"integrationName": "nginx", "datasets": [{"name": "nginx.x", "type": "logs"}]}
    assert client.post("/api/fleet/epm/custom_integrations", json=body).status_code == 409


def test_upload_wrong_media_type(client: httpx.Client) -> None:
    response = client.post(
        "/api/fleet/epm/packages", content=b"x", headers={"content-type": "text/plain"}
    )
    assert response.status_code == 415


def test_upload_garbage_archive(client: httpx.Client) -> None:
    response = client.post(
        "/api/fleet/epm/packages", content=b"not gzip", headers={"content-type": "application/gzip"}
    )
    assert response.status_code == 400
    assert "Assumed content type was application/gzip" in response.json()["message"]


def test_upload_top_directory_must_match(client: httpx.Client) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        data = yaml.safe_dump({"name": "mini", "version": "0.1.0"}).encode()
        info = tarfile.TarInfo("other-1.0.0/manifest.yml")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    response = client.post(
        "/api/fleet/epm/packages",
        content=buffer.getvalue(),
        headers={"content-type": "application/gzip"},
    )
    assert response.status_code == 400


def test_inputs_template_bad_version(client: httpx.Client) -> None:
    assert_error(
        client.get("/api/fleet/epm/templates/nginx/latest/inputs"),
        400,
        "Package version is not a valid semver",
    )


def test_package_info_and_latest(client: httpx.Client) -> None:
    latest = client.get(f"{EPM}/nginx").json()["item"]
    assert (latest["name"], latest["version"], latest["status"]) == (
        "nginx",
        "1.6.0",
        "not_installed",
    )
    older = client.get(f"{EPM}/nginx/1.5.0").json()["item"]
    assert older["version"] == "1.5.0"
    assert older["policy_templates"][0]["name"] == "nginx"
    assert_error(client.get(f"{EPM}/nginx/abc"), 400, "Package version is not a valid semver")
    # Reference recorded 8.12.2.
    assert_error(
        client.get(f"{EPM}/sql_input"),
        404,
        "[sql_input] package not installed or found in registry",
    )


def test_without_a_version_info_answers_the_installed_version(client: httpx.Client) -> None:
    """services/epm/packages/get.ts getPackageInfo: installed version, else the latest."""
    client.post(f"{EPM}/nginx/1.5.0", json={"force": True})  # out of date: forced
    body = client.get(f"{EPM}/nginx").json()
    item = body["item"]
    assert (item["version"], item["status"], item["latestVersion"]) == (
        "1.5.0", "installed", "1.6.0")
    # The 8.x deprecated {pkgkey} route that serves the URL repeats it (recorded 8.12, 8.13).
    assert body["response"] == item
    assert "response" not in client.get(f"{EPM}/nginx/1.5.0").json()
    assert client.get(f"{EPM}/system").json()["item"]["version"] == "1.20.4"


def test_without_a_version_update_changes_the_installed_package(client: httpx.Client) -> None:
    assert_error(client.put(f"{EPM}/nginx", json={"keepPoliciesUpToDate": True}), 404,
                 "Error while updating package: nginx is not installed")
    client.post(f"{EPM}/nginx/1.5.0", json={"force": True})  # out of date: forced
    item = client.put(f"{EPM}/nginx", json={"keepPoliciesUpToDate": True}).json()["item"]
    assert (item["version"], item["keepPoliciesUpToDate"]) == ("1.5.0", True)


def test_list_install_uninstall(client: httpx.Client, sandbox: FleetSandbox) -> None:
    names = {i["name"] for i in client.get(EPM).json()["items"]}
    assert {"nginx", "system", "with_required_variables"} <= names
    # 1.5.0 is older than the latest 1.6.0: Kibana installs it only when forced.
    installed = client.post(f"{EPM}/nginx/1.5.0", json={"force": True})
    assert installed.json()["_meta"] == {"install_source": "registry", "name": "nginx"}
    assert (
        client.get(f"{EPM}/nginx/1.5.0").json()["item"]["installationInfo"]["install_status"]
        == "installed"
    )
    assert [i["name"] for i in client.get(f"{EPM}/installed").json()["items"]] == ["nginx"]
    assert client.delete(f"{EPM}/nginx/1.5.0").status_code == 200
    assert_error(client.delete(f"{EPM}/nginx"), 400, "nginx is not installed")
    assert "nginx" not in sandbox.state.installed_packages


def test_uninstall_refused_while_agents_use_it(client: httpx.Client, sandbox: FleetSandbox) -> None:
    policy = client.post(
        "/api/fleet/agent_policies",
        params={"sys_monitoring": "true"},
        json={"name": "p", "namespace": "default"},
    ).json()["item"]
    sandbox.add_agents(1, policy_id=policy["id"])
    assert_error(
        client.delete(f"{EPM}/system"),
        400,
        # Kibana remove.ts names <pkgName>:<pkgVersion of the path>, undefined without one.
        "Unable to remove package system:undefined with existing package policy(s) in use by "
        "agent(s)",
    )


def test_packages_given_at_construction_and_added_to_the_catalog_are_served() -> None:
    package = {
        "item": {"name": "tiny", "version": "0.0.1", "title": "Tiny", "policy_templates": []}
    }
    sandbox = FleetSandbox(packages=[package])
    sandbox.catalog.add({"name": "tiny", "version": "0.0.2", "title": "Tiny"})
    with sandbox.client() as http:
        assert http.get(f"{EPM}/tiny").json()["item"]["version"] == "0.0.2"

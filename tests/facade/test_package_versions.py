"""What a package version means everywhere, and what resolving it costs (against the sandbox).

No version: the installed version if installed, else the latest, from one GET of the
versionless route (x-pack/platform/plugins/shared/fleet/server/services/epm/packages/get.ts
getPackageInfo), whose answer is also the manifest inputs are validated against.
``"latest"``: the registry's newest (that answer's ``latestVersion``). Never a catalog listing.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from fleet_facade import (
    Fleet,
    Integration,
    InvalidPackageVersionError,
    NotFoundError,
    PackageLookupError,
    PackageNotFoundError,
)
from fleet_facade.sandbox import FleetSandbox

EPM = "/api/fleet/epm/packages"
NGINX_INPUTS = {"nginx-logfile": {"streams": {"nginx.access": {"vars": {"tags": ["x"]}}}}}


def sent(sandbox: FleetSandbox, since: int = 0) -> list[tuple[str, str]]:
    return [(r.method, r.path) for r in sandbox.requests[since:]]


def test_get_without_a_version_is_one_request_for_the_installed_version(
    fleet: Any, sandbox: FleetSandbox
) -> None:
    fleet.packages.install(name="nginx", version="1.5.0", force=True)  # out of date: force
    before = len(sandbox.requests)
    info = fleet.packages.get(name="nginx")
    assert (info.version, info.latest_version, info.status) == ("1.5.0", "1.6.0", "installed")
    assert sent(sandbox, before) == [("GET", f"{EPM}/nginx")]


def test_get_without_a_version_of_a_package_not_installed_is_the_latest(
    fleet: Any, sandbox: FleetSandbox
) -> None:
    assert fleet.packages.get(name="nginx").version == "1.6.0"
    assert sent(sandbox) == [("GET", f"{EPM}/nginx")]


def test_latest_is_the_registrys_newest_even_when_an_older_one_is_installed(
    fleet: Any, sandbox: FleetSandbox
) -> None:
    fleet.packages.install(name="nginx", version="1.5.0", force=True)  # out of date: force
    before = len(sandbox.requests)
    assert fleet.packages.get(name="nginx", version="latest").version == "1.6.0"
    assert sent(sandbox, before) == [("GET", f"{EPM}/nginx"), ("GET", f"{EPM}/nginx/1.6.0")]
    assert fleet.packages.latest_version(name="nginx") == "1.6.0"
    assert fleet.packages.resolve_version(name="nginx", version=None) == "1.5.0"
    assert fleet.packages.resolve_version(name="nginx", version="1.5.0") == "1.5.0"


def test_a_package_policy_without_a_version_keeps_the_installed_one(
    fleet: Any, sandbox: FleetSandbox
) -> None:
    """The defect of issue 12: no version used to mean the registry's newest, upgrading."""
    fleet.packages.install(name="nginx", version="1.5.0", force=True)  # out of date: force
    policy = fleet.agent_policies.create(name="p", namespace="default")
    before = len(sandbox.requests)
    created = fleet.package_policies.create(name="n", package="nginx", policy_id=policy.id,
                                            inputs=NGINX_INPUTS)
    assert created.package.version == "1.5.0"
    assert sandbox.state.installed_packages["nginx"]["version"] == "1.5.0"
    # One GET is both the version and the manifest the inputs were checked against.
    assert sent(sandbox, before) == [
        ("GET", f"{EPM}/nginx"), ("POST", "/api/fleet/package_policies")]


def test_a_package_policy_with_latest_upgrades_to_the_newest(fleet: Any) -> None:
    fleet.packages.install(name="nginx", version="1.5.0", force=True)  # out of date: force
    policy = fleet.agent_policies.create(name="p", namespace="default")
    created = fleet.package_policies.create(name="n", package="nginx", policy_id=policy.id,
                                            version="latest")
    assert created.package.version == "1.6.0"


def test_install_without_a_version_keeps_the_installed_one(
    fleet: Any, sandbox: FleetSandbox
) -> None:
    fleet.packages.install(name="nginx", version="1.5.0", force=True)  # out of date: force
    before = len(sandbox.requests)
    fleet.packages.install(name="nginx")
    assert sandbox.state.installed_packages["nginx"]["version"] == "1.5.0"
    assert sent(sandbox, before) == [("GET", f"{EPM}/nginx"), ("POST", f"{EPM}/nginx/1.5.0")]


def test_install_latest_is_one_request_to_the_versionless_install_route(
    fleet: Any, sandbox: FleetSandbox
) -> None:
    fleet.packages.install(name="nginx", version="1.5.0", force=True)  # out of date: force
    before = len(sandbox.requests)
    fleet.packages.install(name="nginx", version="latest")
    assert sandbox.state.installed_packages["nginx"]["version"] == "1.6.0"
    assert sent(sandbox, before) == [("POST", f"{EPM}/nginx")]


def test_uninstall_and_update_without_a_version_act_on_the_installed_one(
    fleet: Any, sandbox: FleetSandbox
) -> None:
    fleet.packages.install(name="nginx", version="1.5.0", force=True)  # out of date: force
    before = len(sandbox.requests)
    updated = fleet.packages.update(name="nginx", keep_policies_up_to_date=True)
    assert (updated.item.version, updated.item.keep_policies_up_to_date) == ("1.5.0", True)
    fleet.packages.uninstall(name="nginx")
    assert "nginx" not in sandbox.state.installed_packages
    assert sent(sandbox, before) == [("PUT", f"{EPM}/nginx"), ("DELETE", f"{EPM}/nginx")]
    with pytest.raises(InvalidPackageVersionError, match="uninstall removes the installed"):
        fleet.packages.uninstall(name="nginx", version="latest")


@pytest.mark.parametrize("version", ["1.5", "v1.5.0", "01.5.0", "newest", "", " 1.5.0"])
def test_a_version_that_is_not_semver_is_refused_before_anything_is_sent(
    fleet: Any, sandbox: FleetSandbox, version: str
) -> None:
    policy = fleet.agent_policies.create(name="p", namespace="default")
    before = len(sandbox.requests)
    for call in (lambda: fleet.packages.get(name="nginx", version=version),
                 lambda: fleet.package_policies.create(name="n", package="nginx",
                                                       policy_id=policy.id, version=version),
                 lambda: fleet.packages.install(name="nginx", version=version)):
        with pytest.raises(InvalidPackageVersionError) as caught:
            call()
        assert (caught.value.package, caught.value.version) == ("nginx", version)
        assert isinstance(caught.value, ValueError)
        assert f"package 'nginx', version {version!r}" in str(caught.value)
    with pytest.raises(InvalidPackageVersionError):
        Integration("nginx", version=version)
    assert sent(sandbox, before) == []


def test_a_package_kibana_does_not_have_is_named_and_nothing_is_created(
    fleet: Any, sandbox: FleetSandbox
) -> None:
    policy = fleet.agent_policies.create(name="p", namespace="default")
    for version in (None, "latest", "1.0.0"):
        with pytest.raises(PackageNotFoundError) as caught:
            fleet.package_policies.create(name="n", package="nginxx", policy_id=policy.id,
                                          version=version, inputs={})
        error = caught.value
        assert isinstance(error, NotFoundError) and error.status == 404
        assert (error.package, error.version) == ("nginxx", version)
        assert "[nginxx] package not installed or found in registry" in error.message
    assert sandbox.count("package_policies") == 0
    with pytest.raises(PackageNotFoundError, match=r"'1\.9\.9'"):
        fleet.packages.get(name="nginx", version="1.9.9")


def test_a_kibana_answering_neither_package_route_is_a_typed_error() -> None:
    """An older Kibana reads ``/epm/packages/nginx`` as a ``{pkgkey}`` and refuses it."""

    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={
            "statusCode": 400, "error": "Bad Request",
            "message": "Package key parsing failed: package version was not a valid semver"})

    with Fleet("http://kibana", api_key="k", transport=httpx.MockTransport(refuse),
               max_retries=0) as fleet, pytest.raises(PackageLookupError) as caught:
        fleet.package_policies.create(name="n", package="nginx", policy_id="p")
    error = caught.value
    assert not isinstance(error, PackageNotFoundError)
    assert (error.package, error.version, error.status) == ("nginx", None, 400)
    assert error.path == "/api/fleet/epm/packages/nginx"
    assert "Package key parsing failed" in str(error)


def _onboard_requests(make_fleet: Any, sandbox: FleetSandbox, version: str | None) -> list[Any]:
    fleet = make_fleet()
    before = len(sandbox.requests)
    done = fleet.onboard(policy_name=f"policy {version}", integrations=[
        Integration("nginx", version=version, inputs=NGINX_INPUTS,
                    name=f"nginx-{version}")])
    assert done.package_versions == {f"nginx-{version}": "1.6.0"}
    assert done.package_policies[0].package.version == "1.6.0"
    return sent(sandbox, before)


def test_onboard_costs_the_same_with_and_without_a_version(
    make_fleet: Any, sandbox: FleetSandbox
) -> None:
    explicit = _onboard_requests(make_fleet, sandbox, "1.6.0")
    implicit = _onboard_requests(make_fleet, sandbox, None)
    assert len(implicit) == len(explicit) == 9  # 5, and 4 for the install instructions
    assert implicit[0] == ("GET", f"{EPM}/nginx")
    assert explicit[0] == ("GET", f"{EPM}/nginx/1.6.0")
    assert implicit[1:] == explicit[1:]
    assert ("GET", EPM) not in implicit + explicit  # no catalog listing

"""Packages on real Kibana 8.12 and 8.13 answers (tests/data/recorded).

Kibana answers ``GET /api/fleet/epm/packages/{name}`` with the installed version if there is
one, else the registry's latest (x-pack/platform/plugins/shared/fleet/server/services/epm/
packages/get.ts getPackageInfo); in 8.x the deprecated ``{pkgkey}`` route serves that URL and
adds the same package under ``response``.
"""

from __future__ import annotations

from typing import Any

import pytest
from fleet_api_client.types import UNSET

from fleet_facade import (
    InvalidInputsError,
    NotFoundError,
    PackageLookupError,
    PackageNotFoundError,
    validate_simplified_inputs,
)

SQL_INPUT = "/api/fleet/epm/packages/sql_input"
NGINX = "/api/fleet/epm/packages/nginx"


def test_a_package_kibana_does_not_know_is_a_typed_error_naming_it(replay: Any) -> None:
    fleet, kibana = replay("kibana-8.12.2-package-lifecycle-sql_input")
    with pytest.raises(PackageNotFoundError) as caught:
        fleet.packages.get(name="sql_input")
    error = caught.value
    assert isinstance(error, NotFoundError) and isinstance(error, PackageLookupError)
    assert (error.package, error.version, error.status) == ("sql_input", None, 404)
    assert error.message == ("package 'sql_input', version no version (the installed one, "
                             "else the latest): [sql_input] package not installed or found "
                             "in registry")
    assert (error.method, error.path) == ("GET", SQL_INPUT)
    assert [(m, p) for m, p, _, _ in kibana.sent] == [("GET", SQL_INPUT)]


def test_the_sql_input_package_lifecycle_of_kibana_8_12(replay: Any) -> None:
    fleet, kibana = replay("kibana-8.12.2-package-lifecycle-sql_input")
    with pytest.raises(PackageNotFoundError):
        fleet.packages.get(name="sql_input")
    installed = fleet.packages.upload(archive=b"PK\x03\x04 (the recording keeps no archive)")
    assert installed.items == [] and installed.field_meta.install_source == "upload"
    info = fleet.packages.get(name="sql_input")
    # An input package: one policy template with ``input``, no data streams of its own.
    assert (info.name, info.version, info.type_, info.status) == (
        "sql_input", "0.2.0", "input", "installed")
    assert info.latest_version == "0.2.0"
    assert info.installation_info.install_source == "upload"
    # The spec leaves policy templates and data streams free-form: keys read like a mapping.
    assert info.policy_templates[0]["input"] == "sql/metrics"
    assert info.data_streams is UNSET
    removed = fleet.packages.uninstall(name="sql_input", version="0.2.0")
    assert removed.items == []
    with pytest.raises(PackageNotFoundError):
        fleet.packages.get(name="sql_input")
    assert [(m, p) for m, p, _, _ in kibana.sent] == [
        ("GET", SQL_INPUT), ("POST", "/api/fleet/epm/packages"), ("GET", SQL_INPUT),
        ("DELETE", f"{SQL_INPUT}/0.2.0"), ("GET", SQL_INPUT)]


def test_the_versionless_route_answers_the_installed_manifest_in_one_request(
    replay: Any,
) -> None:
    fleet, kibana = replay("kibana-8.13.4-policy-lifecycle-nginx")
    info = fleet.packages.get(name="nginx")
    assert (info.version, info.status, info.latest_version) == (
        "999.999.999", "installed", "999.999.999")
    assert [t["name"] for t in info.policy_templates] == ["nginx"]
    assert [s["dataset"] for s in info.data_streams] == [
        "nginx.access", "nginx.error", "nginx.stubstatus"]
    assert info.installation_info.version == "999.999.999"
    assert [(m, p) for m, p, _, _ in kibana.sent] == [("GET", NGINX)]


def test_latest_costs_no_second_request_when_the_installed_version_is_newest(
    replay: Any,
) -> None:
    fleet, kibana = replay("kibana-8.13.4-policy-lifecycle-nginx")
    assert fleet.packages.get(name="nginx", version="latest").version == "999.999.999"
    assert fleet.packages.latest_version(name="nginx") == "999.999.999"
    assert [(m, p) for m, p, _, _ in kibana.sent] == [("GET", NGINX), ("GET", NGINX)]


def test_an_input_packages_simplified_inputs_are_checked_against_its_template(
    replay: Any,
) -> None:
    fleet, _ = replay("kibana-8.12.2-package-lifecycle-sql_input")
    with pytest.raises(PackageNotFoundError):
        fleet.packages.get(name="sql_input")
    fleet.packages.upload(archive=b"PK\x03\x04 (the recording keeps no archive)")
    info = fleet.packages.get(name="sql_input")
    # One input, keyed <template>-<input>; one stream, keyed <package>.<template>.
    query = {"vars": {"hosts": ["tcp(127.0.0.1:3306)/"], "driver": "mysql"}}
    validate_simplified_inputs(info, {"sql_query-sql/metrics": {
        "streams": {"sql_input.sql_query": query}}}, None)
    with pytest.raises(InvalidInputsError) as caught:
        validate_simplified_inputs(info, {"sql_query-sql/metrics": {
            "streams": {"sql_input.sql_query": {"vars": {"driverr": "mysql", "period": 10}}}}},
            None)
    assert caught.value.problems == [
        "unknown variable 'driverr' in stream 'sql_input.sql_query' of input "
        "'sql_query-sql/metrics'; did you mean 'driver'? valid: data_stream.dataset, driver, "
        "hosts, period, sql_query, sql_response_format",
        "variable 'period' in stream 'sql_input.sql_query' of input 'sql_query-sql/metrics' "
        "takes str (text), got int"]

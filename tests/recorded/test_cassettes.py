"""Checks over the committed cassettes themselves: spec conformance, no credentials, coverage.

Each check comes with a test proving it fails on a bad cassette.
"""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

import httpx
import pytest
import vcr
import yaml
from vcr.errors import CannotOverwriteExistingCassetteException

from .cassette_tools import (
    MATCH_ON,
    MATCHERS,
    RECORDED_HOST,
    REDACTED,
    Interaction,
    cassette_files,
    covered_operations,
    find_credentials,
    interactions,
    spec_operations,
    spec_violations,
)

#: Raise when more operations are recorded; lowering it needs a reason in review.
MIN_COVERED_OPERATIONS = 130


@pytest.fixture(scope="module")
def recorded() -> list[Interaction]:
    return [item for path in cassette_files() for item in interactions(path)]


def test_there_are_cassettes_to_check(recorded: list[Interaction]) -> None:
    assert len(cassette_files()) >= 80
    assert len(recorded) >= 300


def test_every_recorded_request_and_response_matches_the_spec(
    recorded: list[Interaction],
) -> None:
    assert spec_violations(recorded) == []


def test_no_cassette_holds_a_credential() -> None:
    leaks = {
        path.name: found
        for path in cassette_files()
        if (found := find_credentials(path.read_text(encoding="utf-8")))
    }
    assert leaks == {}


def test_every_recorded_url_uses_the_fixed_host(recorded: list[Interaction]) -> None:
    assert {item.uri.split("/api/")[0] for item in recorded} == {RECORDED_HOST}


def test_recorded_operations_cover_the_facade(recorded: list[Interaction]) -> None:
    covered = covered_operations(recorded)
    assert len(spec_operations()) == 132
    assert len(covered) >= MIN_COVERED_OPERATIONS, sorted(covered)


# -- the checks catch what they are meant to catch ---------------------------------------------


def _copy_of_a_cassette(tmp_path: Path, name: str) -> Path:
    source = next(p for p in cassette_files() if p.name == name)
    target = tmp_path / source.name
    shutil.copy(source, target)
    return target


ENROLL = "test_create_get_and_find_by_name[sync].yaml"
CREATE = "test_create_then_get_returns_the_same_policy[sync].yaml"


def test_the_scanner_finds_an_authorization_header_put_back(tmp_path: Path) -> None:
    cassette = _copy_of_a_cassette(tmp_path, CREATE)
    text = cassette.read_text(encoding="utf-8")
    # A real-looking key, built here so that no credential-shaped text sits in the repository.
    header = "ApiKey " + base64.b64encode(b"VuaCfGcBCdbkQm:ui2lp2axTNmsyakw9tvNnw").decode()
    leaked = text.replace(f"'{REDACTED}'", header, 1)

    assert find_credentials(text) == []
    assert find_credentials(leaked) == [header]


def test_the_scanner_finds_an_unscrubbed_enrollment_key(tmp_path: Path) -> None:
    cassette = _copy_of_a_cassette(tmp_path, ENROLL)
    text = cassette.read_text(encoding="utf-8")
    leaked = text.replace(f'"api_key":"{REDACTED}"', '"api_key":"Zm9vOmJhcg-real-looking"', 1)

    assert leaked != text
    assert find_credentials(leaked) == ['"api_key":"Zm9vOmJhcg-real-looking"']


def test_the_scanner_finds_a_kubernetes_manifest_token_put_back() -> None:
    [cassette] = [p for p in cassette_files()
                  if p.name == "test_agent_install_reads_what_kibanas_flyout_reads[sync].yaml"]
    text = cassette.read_text(encoding="utf-8")
    leaked = text.replace('value: \\"**REDACTED**\\"', 'value: \\"Zm9vOmJhcg-real\\"', 1)

    assert find_credentials(text) == []
    assert leaked != text
    assert len(find_credentials(leaked)) == 1


def test_validation_fails_a_response_that_no_longer_matches_the_spec(tmp_path: Path) -> None:
    cassette = _copy_of_a_cassette(tmp_path, CREATE)
    data = yaml.safe_load(cassette.read_text(encoding="utf-8"))
    response = data["interactions"][0]["response"]["body"]
    response["string"] = response["string"].replace('"revision":1', '"revision":"one"')
    cassette.write_text(yaml.safe_dump(data), encoding="utf-8")

    violations = spec_violations(list(interactions(cassette)))

    assert len(violations) == 1
    assert "POST /api/fleet/agent_policies -> 200" in violations[0]
    assert "revision" in violations[0]


def test_validation_fails_a_request_body_the_spec_refuses(tmp_path: Path) -> None:
    cassette = _copy_of_a_cassette(tmp_path, CREATE)
    data = yaml.safe_load(cassette.read_text(encoding="utf-8"))
    request = data["interactions"][0]["request"]
    request["body"] = request["body"].replace('"namespace":"default",', "")
    cassette.write_text(yaml.safe_dump(data), encoding="utf-8")

    violations = spec_violations(list(interactions(cassette)))

    assert len(violations) == 1
    assert "request POST /api/fleet/agent_policies" in violations[0]
    assert "namespace" in violations[0]


def test_a_request_missing_from_the_cassette_fails(tmp_path: Path) -> None:
    cassette = _copy_of_a_cassette(tmp_path, CREATE)
    replayer = vcr.VCR(record_mode="none", match_on=MATCH_ON)
    for name, matcher in MATCHERS.items():
        replayer.register_matcher(name, matcher)

    with (
        replayer.use_cassette(str(cassette)),
        httpx.Client(base_url=RECORDED_HOST) as http,
        pytest.raises(CannotOverwriteExistingCassetteException),
    ):
        http.get("/api/fleet/outputs", headers={"kbn-xsrf": "true"})

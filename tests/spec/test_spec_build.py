"""The spec pipeline: pinned input, byte-for-byte rebuild, the raw-upstream path."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from .conftest import ROOT, SPEC

REQUESTS = ROOT / "spec" / "fleet-requests.json"

FIXTURE = Path(__file__).parent / "fixtures" / "raw-kibana-mini.yaml"


def test_build_from_locked_input_reproduces_committed_spec(build_spec: ModuleType) -> None:
    lock = build_spec.load_lock()
    source = build_spec.default_input(lock)
    build_spec.verify_input(source, lock)
    assert build_spec.build(source) == SPEC.read_text()


def test_the_locked_input_is_committed_compressed(build_spec: ModuleType) -> None:
    lock = build_spec.load_lock()
    source = build_spec.default_input(lock)
    assert source.is_relative_to(ROOT / "spec" / "upstream") and source.suffix == ".gz"
    assert source.read_bytes()[:2] == b"\x1f\x8b"
    # The lock's checksum is of the unpacked document (the one upstream publishes).
    assert hashlib.sha256(gzip.decompress(source.read_bytes())).hexdigest() == lock["sha256"]
    provenance = (source.parent / "PROVENANCE.md").read_text()
    assert source.name in provenance and lock["sha256"] in provenance


def test_compressed_and_plain_inputs_read_the_same(build_spec: ModuleType, tmp_path: Path) -> None:
    plain = tmp_path / "doc.yaml"
    plain.write_bytes(b"openapi: 3.0.3\npaths: {}\n")
    packed = tmp_path / "doc.yaml.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes(), mtime=0))
    assert build_spec.read_input(packed) == build_spec.read_input(plain)
    assert build_spec.sha256_of(packed) == build_spec.sha256_of(plain)


def test_input_with_other_sha256_is_refused(build_spec: ModuleType, tmp_path: Path) -> None:
    lock = build_spec.load_lock()
    altered = tmp_path / "kibana.yaml"
    altered.write_bytes(build_spec.read_input(build_spec.default_input(lock)))
    with altered.open("a") as handle:
        handle.write("\n# one more line\n")
    with pytest.raises(build_spec.InputMismatch, match="does not match the lock"):
        build_spec.verify_input(altered, lock)
    output = tmp_path / "out.json"
    code = build_spec.main(["--input", str(altered), "--output", str(output)])
    assert code == 1
    assert not output.exists()


def test_check_mode_reports_a_stale_spec(build_spec: ModuleType, tmp_path: Path) -> None:
    stale = tmp_path / "fleet-openapi.json"
    stale.write_text(SPEC.read_text().replace('"Kibana Fleet API"', '"Something else"'))
    assert build_spec.main(["--check", "--output", str(stale)]) == 1
    assert build_spec.main(["--check"]) == 0


def test_check_mode_reports_stale_request_schemas(build_spec: ModuleType, tmp_path: Path) -> None:
    current = REQUESTS.read_text()
    stale = tmp_path / "fleet-requests.json"
    stale.write_text(current.replace('"minLength": 1', '"minLength": 2', 1))
    assert stale.read_text() != current
    assert build_spec.main(["--check", "--requests-output", str(stale)]) == 1
    missing = tmp_path / "absent.json"
    assert build_spec.main(["--check", "--requests-output", str(missing)]) == 1


def test_request_schemas_are_built_from_the_same_input(build_spec: ModuleType) -> None:
    lock = build_spec.load_lock()
    spec, requests = build_spec.build_both(build_spec.default_input(lock))
    assert spec == SPEC.read_text()
    assert requests == REQUESTS.read_text()


def _normalized_fixture(build_spec: ModuleType) -> dict:
    return build_spec.normalize(yaml.safe_load(FIXTURE.read_text()))


def test_raw_upstream_form_is_normalized(build_spec: ModuleType) -> None:
    doc = _normalized_fixture(build_spec)
    text = json.dumps(doc)
    assert "Elastic-Api-Version" not in text
    assert list(doc["paths"]) == [
        "/api/fleet/agent_policies/{agentPolicyId}",
        "/api/fleet/package_policies",
        "/api/fleet/package_policies/{packagePolicyId}",
    ]
    create = doc["paths"]["/api/fleet/package_policies"]["post"]
    assert create["parameters"] == []  # both were headers (kbn-xsrf, elastic-api-version)
    assert "Unrelated_schema" not in doc["components"]["schemas"]
    assert "kbn-xsrf" not in text and "CSRF" not in text and "prose" not in text


def test_raw_upstream_request_schemas_keep_what_kibana_validates(build_spec: ModuleType) -> None:
    requests = build_spec.request_schemas.build(yaml.safe_load(FIXTURE.read_text()))
    ops = requests["operations"]
    assert list(ops) == [
        "GET /api/fleet/agent_policies/{agentPolicyId}",
        "GET /api/fleet/package_policies/{packagePolicyId}",
        "POST /api/fleet/package_policies",
    ]
    create = ops["POST /api/fleet/package_policies"]
    assert set(create) == {"body"}  # kbn-xsrf / elastic-api-version are not request parts
    assert create["body"]["additionalProperties"] is False
    assert create["body"]["required"] == ["name", "package"]
    assert create["body"]["properties"]["policy_id"] == {"type": "string", "nullable": True}
    get_one = ops["GET /api/fleet/package_policies/{packagePolicyId}"]
    assert get_one["params"]["required"] == ["packagePolicyId"]
    assert get_one["query"]["properties"] == {
        "format": {"type": "string", "enum": ["simplified", "legacy"]}
    }
    assert get_one["query"]["required"] == []
    assert get_one["query"]["x-key-order"] == ["format"]
    assert "prose" not in json.dumps(requests)


def test_optional_path_segments_give_both_path_forms(build_spec: ModuleType) -> None:
    params = [
        {"in": "path", "name": "pkgName", "required": True, "schema": {"type": "string"}},
        {"in": "path", "name": "pkgVersion", "required": False, "schema": {"type": "string"}},
    ]
    upstream = {
        "paths": {
            "/api/fleet/epm/packages/{pkgName}/{pkgVersion}": {
                "delete": {"parameters": params, "responses": {}}
            }
        }
    }
    ops = build_spec.request_schemas.build(upstream)["operations"]
    assert list(ops) == [
        "DELETE /api/fleet/epm/packages/{pkgName}",
        "DELETE /api/fleet/epm/packages/{pkgName}/{pkgVersion}",
    ]
    assert ops["DELETE /api/fleet/epm/packages/{pkgName}"]["params"]["required"] == ["pkgName"]


def test_raw_upstream_entities_get_stable_names(build_spec: ModuleType) -> None:
    schemas = _normalized_fixture(build_spec)["components"]["schemas"]
    assert {"AgentPolicy", "PackagePolicy", "PackagePolicyRequest", "KibanaError"} <= set(schemas)
    # Kept as a property name even though prose ``description`` keys are stripped.
    assert "description" in schemas["AgentPolicy"]["properties"]
    assert "default" not in schemas["AgentPolicy"]["properties"]["inactivity_timeout"]
    assert schemas["AgentPolicy"]["required"] == ["id"]
    inputs = schemas["PackagePolicy"]["properties"]["inputs"]["anyOf"]
    assert inputs[0]["type"] == "array" and inputs[1]["type"] == "object"


def test_raw_upstream_fixture_generates_without_warnings(
    build_spec: ModuleType, regenerate: ModuleType, tmp_path: Path
) -> None:
    spec = tmp_path / "mini.json"
    spec.write_text(build_spec.render(_normalized_fixture(build_spec)))
    out = tmp_path / "fleet_api_client"
    regenerate.generate(out, spec)  # raises on any generator warning
    assert (out / "api").is_dir()
    assert (out / "models" / "package_policy.py").is_file()


def test_lock_names_upstream_provenance(build_spec: ModuleType) -> None:
    lock = build_spec.load_lock()
    for key in ("repo", "path", "commit", "kibana_commit", "sha256"):
        assert lock[key], key
    assert len(lock["sha256"]) == 64
    assert (ROOT / "spec" / "generator-config.yaml").is_file()


def _package_op(method: str) -> dict:
    return {
        "operationId": f"{method}-fleet-epm-packages-pkgname-pkgversion",
        "parameters": [
            {"in": "path", "name": "pkgName", "required": True},
            {"in": "path", "name": "pkgVersion", "required": False},
            {"in": "query", "name": "prerelease"},
        ],
        "responses": {"200": {"description": "OK"}},
    }


def test_an_optional_path_parameter_gives_two_paths() -> None:
    import spec_steps

    doc = {
        "paths": {
            "/api/fleet/epm/packages": {"get": {"operationId": "list"}},
            "/api/fleet/epm/packages/{pkgName}/{pkgVersion}": {
                m: _package_op(m) for m in ("get", "delete")
            },
        }
    }
    spec_steps.split_optional_path_parameters(doc)
    assert list(doc["paths"]) == [
        "/api/fleet/epm/packages",
        "/api/fleet/epm/packages/{pkgName}",
        "/api/fleet/epm/packages/{pkgName}/{pkgVersion}",
    ]
    short = doc["paths"]["/api/fleet/epm/packages/{pkgName}"]
    long = doc["paths"]["/api/fleet/epm/packages/{pkgName}/{pkgVersion}"]
    assert short["get"]["operationId"] == "get-fleet-epm-packages-pkgname"
    assert short["delete"]["operationId"] == "delete-fleet-epm-packages-pkgname"
    assert [p["name"] for p in short["get"]["parameters"]] == ["pkgName", "prerelease"]
    assert long["get"]["parameters"][1] == {"in": "path", "name": "pkgVersion", "required": True}


def test_an_optional_parameter_inside_the_path_is_refused() -> None:
    import spec_steps

    op = _package_op("get")
    doc = {"paths": {"/api/fleet/epm/packages/{pkgName}/{pkgVersion}/files": {"get": op}}}
    with pytest.raises(ValueError, match="not the last segment"):
        spec_steps.split_optional_path_parameters(doc)

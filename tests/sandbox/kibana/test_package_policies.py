"""Package policies as Kibana's API tests and services describe them.

Paths: ``apis/`` is ``x-pack/test/fleet_api_integration/apis/``; ``fleet/server/`` is
``x-pack/platform/plugins/shared/fleet/server/``; ``fleet/common/`` likewise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from fleet_facade.sandbox import FleetSandbox

from .._helpers import assert_error

BASE = "/api/fleet/package_policies"
EPM = "/api/fleet/epm/packages"
HOSTED_SUFFIX = (
    " in Fleet because the agent policy is managed by an external orchestration solution, such "
    "as Elastic Cloud, Kubernetes, etc. Please make changes using your orchestration solution."
)
REQUIRED_KEY = "inputs.test_input.streams.with_required_variables.log.vars.test_var_required"


# Stand-ins for Kibana's test packages (apis/fixtures/test_packages), as much of them as the
# expectations below read.
def _upgrade_package(version: str, *, new_required: bool = False) -> dict[str, Any]:
    stream_vars: list[dict[str, Any]] = [
        {"name": "test_var", "type": "text", "title": "Test Var", "default": "Test Var"}
    ]
    if new_required:
        stream_vars.append(
            {
                "name": "test_var_required",
                "type": "text",
                "title": "Test Var Required",
                "required": True,
            }
        )
    else:
        stream_vars.append(
            {
                "name": "test_var_new",
                "type": "text",
                "title": "Test Var New",
                "default": "Test Var New",
            }
        )
    return {
        "name": "package_policy_upgrade",
        "title": "Package Policy Upgrade",
        "version": version,
        "policy_templates": [
            {
                "name": "package_policy_upgrade",
                "title": "Upgrade",
                "inputs": [{"type": "test_input"}],
            }
        ],
        "data_streams": [
            {
                "type": "logs",
                "dataset": "package_policy_upgrade.test_stream",
                "path": "test_stream",
                "streams": [{"input": "test_input", "title": "Test stream", "vars": stream_vars}],
            }
        ],
    }


LIMITED = {
    "name": "endpoint",
    "title": "Elastic Defend",
    "version": "8.5.0",
    "policy_templates": [
        {
            "name": "endpoint",
            "title": "Endpoint",
            "multiple": False,
            "inputs": [{"type": "endpoint"}],
        }
    ],
}
SINGLE_INPUT_NO_STREAMS = {
    "name": "single_input_no_streams",
    "title": "Single input, no streams",
    "version": "0.1.0",
    "policy_templates": [
        {"name": "single_input", "title": "Single input", "inputs": [{"type": "single_input"}]}
    ],
}
CONTENT = {"name": "good_content", "title": "Good content", "version": "0.1.0", "type": "content"}
FIXTURES = [
    LIMITED,
    SINGLE_INPUT_NO_STREAMS,
    CONTENT,
    _upgrade_package("0.1.0"),
    _upgrade_package("0.2.0"),
    _upgrade_package("0.3.0", new_required=True),
]


@pytest.fixture
def kibana(kibana_at: Callable[..., httpx.Client]) -> httpx.Client:
    """Kibana 9.1 with the test packages."""
    return kibana_at("9.1.0", packages=FIXTURES)


def _agent_policy(http: httpx.Client, name: str = "Policy A", **extra: Any) -> str:
    response = http.post(
        "/api/fleet/agent_policies", json={"name": name, "namespace": "default", **extra}
    )
    assert response.status_code == 200, response.text
    return str(response.json()["item"]["id"])


def _full(policy_id: str | None, name: str = "filetest-1", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": name,
        "description": "",
        "namespace": "default",
        "enabled": True,
        "inputs": [],
        "package": {"name": "nginx", "title": "Nginx", "version": "1.6.0"},
    }
    if policy_id is not None:
        body["policy_id"] = policy_id
    body.update(extra)
    return body


def _required(policy_id: str, vars_: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "name": "with-required-1",
        "namespace": "default",
        "policy_id": policy_id,
        "package": {"name": "with_required_variables", "version": "0.1.0"},
        "inputs": [
            {
                "type": "test_input",
                "enabled": True,
                "streams": [
                    {
                        "data_stream": {"dataset": "with_required_variables.log", "type": "logs"},
                        "enabled": True,
                        "vars": vars_,
                    }
                ],
            }
        ],
        **extra,
    }


def _simplified(policy_id: str, **extra: Any) -> dict[str, Any]:
    return {
        "name": "simplified-1",
        "description": "",
        "namespace": "default",
        "policy_id": policy_id,
        "package": {"name": "with_required_variables", "version": "0.1.0"},
        "inputs": {
            "with_required_variables-test_input": {
                "streams": {
                    "with_required_variables.log": {"vars": {"test_var_required": "I am required"}}
                }
            }
        },
        **extra,
    }


def _upgrade_policy(http: httpx.Client, version: str = "0.1.0") -> str:
    http.post(f"{EPM}/package_policy_upgrade/{version}", json={"force": True})
    policy_id = _agent_policy(http, f"upgrade {version}")
    body = {
        "name": f"upgrade-{version}",
        "namespace": "default",
        "policy_id": policy_id,
        "package": {"name": "package_policy_upgrade", "version": version},
        "inputs": {
            "package_policy_upgrade-test_input": {
                "streams": {
                    "package_policy_upgrade.test_stream": {
                        "vars": {"test_var": "My custom test value"}
                    }
                }
            }
        },
    }
    response = http.post(BASE, json=body)
    assert response.status_code == 200, response.text
    return str(response.json()["item"]["id"])


# -- create ---------------------------------------------------------------------------------


def test_create_on_hosted_agent_policy_needs_force(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Package Policy - create › can only add to hosted agent policies using the force parameter"""  # noqa: E501
    hosted = _agent_policy(kibana, "Hosted", is_managed=True)
    assert_error(
        kibana.post(BASE, json=_full(hosted, "filetest")),
        400,
        f"Cannot update integrations of hosted agent policy {hosted}{HOSTED_SUFFIX}",
    )
    forced = kibana.post(BASE, json=_full(hosted, "filetest-1", force=True))
    assert forced.status_code == 200
    assert forced.json()["item"]["name"] == "filetest-1"


def test_create_full_form_with_no_inputs(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Package Policy - create › should work with valid values"""  # noqa: E501
    response = kibana.post(BASE, json=_full(_agent_policy(kibana), "filetest-2"))
    assert response.status_code == 200
    # enrichPolicyWithDefaultsFromPackage adds no input the request does not list.
    assert response.json()["item"]["inputs"] == []


def test_create_with_multiple_policy_ids(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Package Policy - create › should work with multiple policy ids"""  # noqa: E501
    first, second = _agent_policy(kibana, "A"), _agent_policy(kibana, "B")
    item = kibana.post(BASE, json=_full(None, policy_ids=[first, second])).json()["item"]
    assert item["policy_ids"] == [first, second]
    assert item["policy_id"] == first


def test_create_with_no_policy_ids(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Package Policy - create › should work with no policy ids"""  # noqa: E501
    response = kibana.post(BASE, json=_full(None, policy_ids=[]))
    assert response.status_code == 200
    item = response.json()["item"]
    assert item["policy_ids"] == []
    assert "policy_id" not in item


def test_create_with_empty_namespace(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Package Policy - create › should allow to pass an empty namespace"""  # noqa: E501
    response = kibana.post(BASE, json=_full(_agent_policy(kibana), namespace=""))
    assert response.status_code == 200
    # The blank namespace is kept: the agent policy's namespace applies when compiled.
    assert response.json()["item"]["namespace"] == ""


def test_create_with_capitals_in_namespace(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Package Policy - create › should return a 400 with an invalid namespace"""  # noqa: E501
    assert_error(
        kibana.post(BASE, json=_full(_agent_policy(kibana), namespace="InvalidNamespace")),
        400,
        "[request body]: types that failed validation:\n"
        "- [request body.0.namespace]: Namespace must be lowercase\n"
        "- [request body.1.inputs]: expected value of type [object] but got [Array]",
    )


def test_create_with_too_long_namespace(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Package Policy - create › should return a 400 with an invalid namespace"""  # noqa: E501
    namespace = "testlength" + "\N{GRINNING FACE}" * 23  # 10 + 92 bytes
    assert_error(
        kibana.post(BASE, json=_full(_agent_policy(kibana), namespace=namespace)),
        400,
        "[request body]: types that failed validation:\n"
        "- [request body.0.namespace]: Namespace cannot be more than 100 bytes\n"
        "- [request body.1.inputs]: expected value of type [object] but got [Array]",
    )


def test_simplified_create_with_invalid_namespace(kibana: httpx.Client) -> None:
    """Kibana: fleet/common/services/validate_package_policy.ts › validatePackagePolicy › namespace"""  # noqa: E501
    assert_error(
        kibana.post(BASE, json=_simplified(_agent_policy(kibana), namespace="with-dash")),
        400,
        'Package policy is invalid: namespace: ["Namespace contains invalid characters"]',
    )


def test_create_limited_package_once_per_agent_policy(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Package Policy - create › should not allow multiple limited packages on the same agent policy"""  # noqa: E501
    policy_id = _agent_policy(kibana)
    body = _full(policy_id, "endpoint-1", package={"name": "endpoint", "version": "8.5.0"})
    assert kibana.post(BASE, json=body).status_code == 200
    assert_error(
        kibana.post(BASE, json={**body, "name": "endpoint-2"}),
        400,
        "Unable to create integration policy. Integration 'endpoint' already exists on this "
        "agent policy.",
    )


def test_create_duplicate_name_on_same_agent_policy(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Package Policy - create › should return a 409 if there is another package policy with the same name"""  # noqa: E501
    policy_id = _agent_policy(kibana)
    assert kibana.post(BASE, json=_full(policy_id, "same-name-test-1")).status_code == 200
    assert_error(
        kibana.post(BASE, json=_full(policy_id, "same-name-test-1")),
        409,
        "An integration policy with the name same-name-test-1 already exists. Please rename it "
        "or choose a different name.",
    )


def test_create_duplicate_name_on_other_agent_policy(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Package Policy - create › should return a 409 if there is a package policy with the same name on a different policy"""  # noqa: E501
    first, second = _agent_policy(kibana, "A"), _agent_policy(kibana, "B")
    assert kibana.post(BASE, json=_full(first, "same-name-test-2")).status_code == 200
    assert kibana.post(BASE, json=_full(second, "same-name-test-2")).status_code == 409


def test_create_required_variable_missing(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Package Policy - create › should return a 400 with required variables not provided"""  # noqa: E501
    assert_error(
        kibana.post(BASE, json=_required(_agent_policy(kibana), {})),
        400,
        f'Package policy is invalid: {REQUIRED_KEY}: ["Test var required is required"]',
    )


def test_create_required_variable_provided(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Package Policy - create › should work with required variables provided"""  # noqa: E501
    vars_ = {"test_var_required": {"value": "I am required"}}
    response = kibana.post(BASE, json=_required(_agent_policy(kibana), vars_))
    assert response.status_code == 200
    stream = response.json()["item"]["inputs"][0]["streams"][0]
    assert stream["vars"]["test_var_required"]["value"] == "I am required"


def test_required_text_variable_accepts_empty_string(kibana: httpx.Client) -> None:
    """Kibana: fleet/common/services/validate_package_policy.ts › validatePackagePolicyConfig › required"""  # noqa: E501
    # Only an absent value is missing; "" and null pass a required text var.
    vars_ = {"test_var_required": {"value": ""}}
    assert kibana.post(BASE, json=_required(_agent_policy(kibana), vars_)).status_code == 200


def test_required_multi_variable_refuses_empty_list(kibana: httpx.Client) -> None:
    """Kibana: fleet/common/services/validate_package_policy.ts › validatePackagePolicyConfig › multi"""  # noqa: E501
    inputs = [
        {
            "type": "nginx/metrics",
            "policy_template": "nginx",
            "enabled": True,
            "vars": {"hosts": {"value": [], "type": "text"}},
            "streams": [
                {
                    "enabled": True,
                    "data_stream": {"type": "metrics", "dataset": "nginx.stubstatus"},
                    "vars": {
                        "period": {"value": "10s", "type": "text"},
                        "server_status_path": {"value": "/nginx_status", "type": "text"},
                    },
                }
            ],
        }
    ]
    assert_error(
        kibana.post(BASE, json=_full(_agent_policy(kibana), inputs=inputs)),
        400,
        'Package policy is invalid: inputs.nginx/metrics.vars.hosts: ["Hosts is required"]',
    )


def test_create_trims_the_name(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Package Policy - create › should trim whitespace from policy name"""  # noqa: E501
    body = _full(_agent_policy(kibana), "  package-policy-with-whitespace-prefix-and-suffix  ")
    item = kibana.post(BASE, json=body).json()["item"]
    stored = kibana.get(f"{BASE}/{item['id']}").json()["item"]
    assert stored["name"] == "package-policy-with-whitespace-prefix-and-suffix"


def test_create_for_package_without_vars_or_streams(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Package Policy - create › should return a 200 when a package has no variables or data streams"""  # noqa: E501
    body = _full(
        _agent_policy(kibana),
        package={"name": "single_input_no_streams", "version": "0.1.0"},
        inputs=[{"enabled": True, "streams": [], "type": "single_input"}],
    )
    response = kibana.post(BASE, json=body)
    assert response.status_code == 200
    assert response.json()["item"]["inputs"] == [
        {"enabled": True, "streams": [], "type": "single_input"}
    ]


def test_create_answers_simplified_format(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Simplified package policy › should return 200 and formatted inputs when the format=simplified query param is passed"""  # noqa: E501
    response = kibana.post(
        BASE, params={"format": "simplified"}, json=_simplified(_agent_policy(kibana))
    )
    assert response.json()["item"]["inputs"] == {
        "with_required_variables-test_input": {
            "enabled": True,
            "streams": {
                "with_required_variables.log": {
                    "enabled": True,
                    "vars": {"test_var_required": "I am required"},
                }
            },
        }
    }


def test_create_with_unknown_format(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Package Policy - create › should return 400 if an invalid format query param is passed"""  # noqa: E501
    assert_error(
        kibana.post(BASE, params={"format": "foo"}, json=_full(_agent_policy(kibana))),
        400,
        "[request query.format]: types that failed validation:\n"
        "- [request query.format.0]: expected value to equal [simplified]\n"
        "- [request query.format.1]: expected value to equal [legacy]",
    )


def test_input_with_all_streams_disabled_is_disabled(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Package Policy - create › should return 200 and disable an input that has all disabled streams"""  # noqa: E501
    body = _required(_agent_policy(kibana), {})
    body["inputs"][0]["streams"][0]["enabled"] = False
    response = kibana.post(BASE, json=body)
    assert response.status_code == 200
    assert response.json()["item"]["inputs"][0]["enabled"] is False


def test_create_for_content_package(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Package Policy - create › should return 400 for content packages"""  # noqa: E501
    body = {
        "name": "content-pkg-policy",
        "description": "",
        "namespace": "default",
        "policy_ids": [],
        "package": {"name": "good_content", "version": "0.1.0"},
    }
    assert_error(
        kibana.post(BASE, json=body), 400, "Cannot create policy for content only packages"
    )


def test_simplified_create_with_given_id(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Simplified package policy › should support providing an id"""  # noqa: E501
    body = _simplified(_agent_policy(kibana), id="test-id-1")
    assert kibana.post(BASE, json=body).status_code == 200
    assert kibana.get(f"{BASE}/test-id-1").status_code == 200


def test_simplified_create_with_unknown_variable(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Simplified package policy › should throw with invalid variables"""  # noqa: E501
    body = _simplified(_agent_policy(kibana))
    stream = body["inputs"]["with_required_variables-test_input"]["streams"]
    stream["with_required_variables.log"]["vars"] = {"var_id_do_exists": "I do not exists"}
    assert_error(
        kibana.post(BASE, json=body),
        400,
        "Variable with_required_variables-test_input with_required_variables.log:"
        "var_id_do_exists not found",
    )


def test_simplified_create_with_unknown_input(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Simplified package policy › should throw with invalid inputs"""  # noqa: E501
    body = _simplified(_agent_policy(kibana), inputs={"i-do-not-exists-input": {}})
    assert_error(kibana.post(BASE, json=body), 400, "Input not found: i-do-not-exists-input")


def test_simplified_create_with_unknown_stream(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Simplified package policy › should throw with invalid streams"""  # noqa: E501
    inputs = {"with_required_variables-test_input": {"streams": {"iamnotexisting.log": {}}}}
    assert_error(
        kibana.post(BASE, json=_simplified(_agent_policy(kibana), inputs=inputs)),
        400,
        "Stream not found with_required_variables-test_input: iamnotexisting.log",
    )


def test_create_installs_the_package(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/routes/package_policy/handlers.ts › createPackagePolicyHandler › ensureInstalledPackage"""  # noqa: E501
    sandbox: FleetSandbox = kibana.sandbox  # type: ignore[attr-defined]
    assert "with_required_variables" not in sandbox.state.installed_packages
    assert kibana.post(BASE, json=_simplified(_agent_policy(kibana))).status_code == 200
    assert sandbox.state.installed_packages["with_required_variables"]["version"] == "0.1.0"


def test_package_version_is_required(kibana: httpx.Client) -> None:
    """Kibana: fleet/common/types/rest_spec/package_policy.ts › PackagePolicyPackageSchema › version"""  # noqa: E501
    body = _simplified(_agent_policy(kibana), package={"name": "with_required_variables"})
    assert kibana.post(BASE, json=body).status_code == 400


def test_create_for_unknown_package(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/epm/packages/get.ts › getPackageInfo › package not installed or found in registry"""  # noqa: E501
    body = _full(_agent_policy(kibana), package={"name": "nope", "version": "1.0.0"})
    assert_error(
        kibana.post(BASE, json=body), 404, "[nope] package not installed or found in registry"
    )


def test_create_for_unknown_version(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/epm/registry/index.ts › fetchInfo › PackageNotFoundError"""
    body = _full(_agent_policy(kibana), package={"name": "nginx", "version": "9.9.9"})
    assert_error(kibana.post(BASE, json=body), 404, "nginx@9.9.9 not found")


# -- read -----------------------------------------------------------------------------------


def test_get_missing_package_policy(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/get.ts › Package Policy APIs › should return a 404 with an invalid id"""  # noqa: E501
    assert_error(
        kibana.get(f"{BASE}/IS_NOT_PRESENT"), 404, "Package policy IS_NOT_PRESENT not found"
    )


def test_bulk_get_with_missing_id(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/get.ts › POST /api/fleet/package_policies/_bulk_get › should return 404 with invvalid ids"""  # noqa: E501
    assert_error(
        kibana.post(f"{BASE}/_bulk_get", json={"ids": ["invalid-id-i-do-not-exists"]}),
        404,
        "Package policy invalid-id-i-do-not-exists not found",
    )


def test_bulk_get_ignoring_missing_ids(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/get.ts › POST /api/fleet/package_policies/_bulk_get › should succeed with mixed valid ids and invalid ids and ignoreMissing flag"""  # noqa: E501
    item = kibana.post(BASE, json=_full(_agent_policy(kibana))).json()["item"]
    body = {"ids": [item["id"], "invalid-id-i-do-not-exists"], "ignoreMissing": True}
    items = kibana.post(f"{BASE}/_bulk_get", json=body).json()["items"]
    assert [i["id"] for i in items] == [item["id"]]


# -- update ---------------------------------------------------------------------------------


def test_update_onto_hosted_agent_policy(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/update.ts › Package Policy - update › should work with multiple policy ids"""  # noqa: E501
    regular = _agent_policy(kibana, "A")
    hosted = _agent_policy(kibana, "Hosted", is_managed=True)
    item = kibana.post(BASE, json=_full(regular)).json()["item"]
    response = kibana.put(f"{BASE}/{item['id']}", json=_full(None, policy_ids=[regular, hosted]))
    assert response.status_code == 200
    assert response.json()["item"]["policy_ids"] == [regular, hosted]


def test_update_with_no_policy_ids(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/update.ts › Package Policy - update › should work with no policy ids"""  # noqa: E501
    item = kibana.post(BASE, json=_full(_agent_policy(kibana))).json()["item"]
    updated = kibana.put(f"{BASE}/{item['id']}", json={"policy_ids": []}).json()["item"]
    assert updated["policy_ids"] == []
    assert updated["policy_id"] is None


def test_update_to_a_taken_name(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/update.ts › Package Policy - update › should return a 409 if there is another package policy with the same name"""  # noqa: E501
    policy_id = _agent_policy(kibana)
    kibana.post(BASE, json=_full(policy_id, "filetest-1"))
    second = kibana.post(BASE, json=_full(policy_id, "filetest-2")).json()["item"]
    assert_error(
        kibana.put(f"{BASE}/{second['id']}", json={"name": "filetest-1"}),
        409,
        "An integration policy with the name filetest-1 already exists. Please rename it or "
        "choose a different name.",
    )


def test_update_with_partial_body(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/update.ts › Package Policy - update › should return 200 and disable an input that has all disabled streams"""  # noqa: E501
    vars_ = {"test_var_required": {"value": "I am required"}}
    body = _required(_agent_policy(kibana), vars_)
    item = kibana.post(BASE, json=body).json()["item"]
    inputs = body["inputs"]
    inputs[0]["streams"][0]["enabled"] = False
    response = kibana.put(f"{BASE}/{item['id']}", json={"enabled": True, "inputs": inputs})
    assert response.status_code == 200
    updated = response.json()["item"]
    assert updated["inputs"][0]["enabled"] is False
    assert updated["name"] == "with-required-1"


def test_update_trims_the_name(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/update.ts › Package Policy - update › should trim whitespace from name on update"""  # noqa: E501
    item = kibana.post(BASE, json=_full(_agent_policy(kibana))).json()["item"]
    kibana.put(f"{BASE}/{item['id']}", json={"name": "  filetest-9  "})
    assert kibana.get(f"{BASE}/{item['id']}").json()["item"]["name"] == "filetest-9"


def test_update_missing_package_policy(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/routes/package_policy/handlers.ts › updatePackagePolicyHandler › Package policy not found"""  # noqa: E501
    assert_error(kibana.put(f"{BASE}/nope", json={"name": "x"}), 404, "Package policy not found")


# -- delete ---------------------------------------------------------------------------------


def test_delete_one_on_hosted_agent_policy(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/delete.ts › Package Policy - delete › Delete one › should fail on hosted agent policies"""  # noqa: E501
    policy_id = _agent_policy(kibana)
    item = kibana.post(BASE, json=_full(policy_id)).json()["item"]
    kibana.put(
        f"/api/fleet/agent_policies/{policy_id}",
        json={"name": "Policy A", "namespace": "default", "is_managed": True},
    )
    assert_error(
        kibana.delete(f"{BASE}/{item['id']}"),
        400,
        f"Cannot remove integrations of hosted agent policy{HOSTED_SUFFIX}",
    )
    assert kibana.delete(f"{BASE}/{item['id']}", params={"force": "true"}).status_code == 200


def test_delete_one_twice(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/delete.ts › Package Policy - delete › Delete one › should work if the package policy is already deleted"""  # noqa: E501
    item = kibana.post(BASE, json=_full(_agent_policy(kibana))).json()["item"]
    assert kibana.delete(f"{BASE}/{item['id']}").json() == {"id": item["id"]}
    assert kibana.delete(f"{BASE}/{item['id']}").status_code == 200


def test_bulk_delete_on_hosted_agent_policy(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/delete.ts › Package Policy - delete › Delete bulk › should fail on hosted agent policies"""  # noqa: E501
    policy_id = _agent_policy(kibana)
    item = kibana.post(BASE, json=_full(policy_id)).json()["item"]
    kibana.put(
        f"/api/fleet/agent_policies/{policy_id}",
        json={"name": "Policy A", "namespace": "default", "is_managed": True},
    )
    results = kibana.post(f"{BASE}/delete", json={"packagePolicyIds": [item["id"]]}).json()
    assert results == [
        {
            "id": item["id"],
            "success": False,
            "statusCode": 400,
            "body": {
                "message": f"Cannot remove integrations of hosted agent policy{HOSTED_SUFFIX}"
            },
        }
    ]
    forced = kibana.post(
        f"{BASE}/delete", json={"packagePolicyIds": [item["id"]], "force": True}
    ).json()
    assert [r["success"] for r in forced] == [True]


# -- upgrade --------------------------------------------------------------------------------


def test_upgrade_dry_run_to_the_same_version(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/upgrade.ts › Package Policy - upgrade › when policy's package version is up to date › dry run › should respond with a 200 ok"""  # noqa: E501
    policy_id = _upgrade_policy(kibana)
    body = {"packagePolicyIds": [policy_id], "packageVersion": "0.1.0"}
    response = kibana.post(f"{BASE}/upgrade/dryrun", json=body)
    assert response.status_code == 200
    assert response.json()[0]["hasErrors"] is False


def test_upgrade_to_the_same_version(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/upgrade.ts › Package Policy - upgrade › when policy's package version is up to date › upgrade › should respond with a 200 ok"""  # noqa: E501
    policy_id = _upgrade_policy(kibana)
    response = kibana.post(f"{BASE}/upgrade", json={"packagePolicyIds": [policy_id]})
    assert response.json() == [{"id": policy_id, "name": "upgrade-0.1.0", "success": True}]


def test_upgrade_policy_newer_than_installed_package(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/upgrade.ts › Package Policy - upgrade › when package version is not installed › upgrade › should respond with an error"""  # noqa: E501
    policy_id = _upgrade_policy(kibana, "0.2.0")
    kibana.post(f"{EPM}/package_policy_upgrade/0.1.0", json={"force": True})
    assert_error(
        kibana.post(f"{BASE}/upgrade", json={"packagePolicyIds": [policy_id]}),
        400,
        f"Package policy {policy_id}'s package version 0.2.0 of package package_policy_upgrade "
        "is newer than the installed package version. Please install the latest version of "
        "package_policy_upgrade.",
    )


def test_dry_run_of_unknown_package_policies(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/upgrade.ts › Package Policy - upgrade › when package policy is not found › should return an 200 with errors when performing a dryrun"""  # noqa: E501
    body = {"packagePolicyIds": ["xxxx", "yyyy"]}
    assert_error(
        kibana.post(f"{BASE}/upgrade/dryrun", json=body),
        404,
        "Saved object [ingest-agent-policies/xxxx] not found",
    )


def test_upgrade_of_unknown_package_policies(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/upgrade.ts › Package Policy - upgrade › when package policy is not found › should return a 200 with errors and "success:false" when trying to upgrade"""  # noqa: E501
    body = {"packagePolicyIds": ["xxxx", "yyyy"]}
    assert_error(kibana.post(f"{BASE}/upgrade", json=body), 404, "Package policy xxxx not found")


def test_dry_run_returns_a_valid_diff(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/upgrade.ts › Package Policy - upgrade › when upgrading to a version with no breaking changes › dry run › returns a valid diff"""  # noqa: E501
    policy_id = _upgrade_policy(kibana)
    kibana.post(f"{EPM}/package_policy_upgrade/0.2.0", json={"force": True})
    [result] = kibana.post(f"{BASE}/upgrade/dryrun", json={"packagePolicyIds": [policy_id]}).json()
    assert result["hasErrors"] is False
    assert len(result["diff"]) == 2 and len(result["agent_diff"]) == 1
    current, proposed = result["diff"]
    assert (current["package"]["version"], proposed["package"]["version"]) == ("0.1.0", "0.2.0")
    stream_vars = proposed["inputs"][0]["streams"][0]["vars"]
    assert stream_vars["test_var"]["value"] == "My custom test value"
    assert stream_vars["test_var_new"] == {"type": "text", "value": "Test Var New"}


def test_dry_run_to_version_with_new_required_var(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/upgrade.ts › Package Policy - upgrade › when upgrading to a version where a required variable has been added › dry run › returns a diff with errors"""  # noqa: E501
    policy_id = _upgrade_policy(kibana)
    kibana.post(f"{EPM}/package_policy_upgrade/0.3.0")
    [result] = kibana.post(f"{BASE}/upgrade/dryrun", json={"packagePolicyIds": [policy_id]}).json()
    assert result["hasErrors"] is True
    assert result["diff"][1]["errors"] == [
        {
            "key": "inputs.test_input.streams.package_policy_upgrade.test_stream.vars."
            "test_var_required",
            "message": '["Test Var Required is required"]',
        }
    ]


def test_upgrade_to_version_with_new_required_var(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/upgrade.ts › Package Policy - upgrade › when upgrading to a version where a required variable has been added › upgrade › fails to upgrade package policy"""  # noqa: E501
    policy_id = _upgrade_policy(kibana)
    kibana.post(f"{EPM}/package_policy_upgrade/0.3.0")
    assert_error(
        kibana.post(f"{BASE}/upgrade", json={"packagePolicyIds": [policy_id]}),
        400,
        "Package policy is invalid: inputs.test_input.streams.package_policy_upgrade.test_stream."
        'vars.test_var_required: ["Test Var Required is required"]',
    )
    stored = kibana.get(f"{BASE}/{policy_id}").json()["item"]
    assert stored["package"]["version"] == "0.1.0"


def test_upgrade_success_keeps_user_values(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/upgrade.ts › Package Policy - upgrade › when upgrading to a version with no breaking changes › upgrade › successfully upgrades package policy"""  # noqa: E501
    policy_id = _upgrade_policy(kibana)
    kibana.post(f"{EPM}/package_policy_upgrade/0.2.0", json={"force": True})
    result = kibana.post(f"{BASE}/upgrade", json={"packagePolicyIds": [policy_id]}).json()
    assert result == [{"id": policy_id, "name": "upgrade-0.1.0", "success": True}]
    stored = kibana.get(f"{BASE}/{policy_id}").json()["item"]
    assert stored["package"]["version"] == "0.2.0"
    assert stored["inputs"][0]["streams"][0]["vars"]["test_var"]["value"] == "My custom test value"


# -- package versions -----------------------------------------------------------------------


def test_policy_on_older_version_keeps_newer_install(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/epm/packages/install.ts › ensureInstalledPackage › isPackageVersionOrLaterInstalled"""  # noqa: E501
    sandbox: FleetSandbox = kibana.sandbox  # type: ignore[attr-defined]
    kibana.post(f"{EPM}/nginx/1.6.0")
    body = _full(_agent_policy(kibana), package={"name": "nginx", "version": "1.5.0"})
    item = kibana.post(BASE, json=body).json()["item"]
    assert item["package"]["version"] == "1.5.0"
    assert sandbox.state.installed_packages["nginx"]["version"] == "1.6.0"


def test_policy_on_newer_version_installs_it(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/epm/packages/install.ts › ensureInstalledPackage › Always force outdated packages to be installed if a later version isn't installed"""  # noqa: E501
    sandbox: FleetSandbox = kibana.sandbox  # type: ignore[attr-defined]
    kibana.post(f"{EPM}/package_policy_upgrade/0.1.0", json={"force": True})
    body = _full(
        _agent_policy(kibana), package={"name": "package_policy_upgrade", "version": "0.2.0"}
    )
    assert kibana.post(BASE, json=body).status_code == 200
    # 0.2.0 is older than the registry's latest 0.3.0, yet installed: the install is forced.
    assert sandbox.state.installed_packages["package_policy_upgrade"]["version"] == "0.2.0"


# -- secrets --------------------------------------------------------------------------------


def _onepassword(policy_id: str, token: Any = "op-token-value") -> dict[str, Any]:
    return {
        "name": "1password-1",
        "namespace": "default",
        "policy_id": policy_id,
        "package": {"name": "1password", "version": "1.28.0"},
        "inputs": {"1password-httpjson": {"vars": {"token": token}}},
    }


def test_secret_variable_stored_as_reference(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/secrets/package_policies.ts › extractAndWriteSecrets"""
    sandbox: FleetSandbox = kibana.sandbox  # type: ignore[attr-defined]
    response = kibana.post(BASE, json=_onepassword(_agent_policy(kibana)))
    assert response.status_code == 200
    assert "op-token-value" not in response.text
    item = response.json()["item"]
    token = item["inputs"][0]["vars"]["token"]
    assert token == {"type": "password", "value": {"id": token["value"]["id"], "isSecretRef": True}}
    assert item["secret_references"] == [{"id": token["value"]["id"]}]
    assert sandbox.state.secrets == {token["value"]["id"]: "op-token-value"}
    compiled = item["inputs"][0]["streams"][0]["compiled_stream"]
    assert compiled["token"] == f"$co.elastic.secret{{{token['value']['id']}}}"


def test_secrets_stored_in_plain_before_8_10(kibana_at: Callable[..., httpx.Client]) -> None:
    """Kibana: fleet/common/constants/secrets.ts › SECRETS_MINIMUM_FLEET_SERVER_VERSION"""
    kibana = kibana_at("8.9.0")
    item = kibana.post(BASE, json=_onepassword(_agent_policy(kibana))).json()["item"]
    assert item["inputs"][0]["vars"]["token"]["value"] == "op-token-value"
    assert "secret_references" not in item


def test_secret_reference_sent_back_is_kept(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/secrets/package_policies.ts › extractAndUpdateSecrets › diffSecretPaths"""  # noqa: E501
    item = kibana.post(BASE, json=_onepassword(_agent_policy(kibana))).json()["item"]
    stored = kibana.get(f"{BASE}/{item['id']}").json()["item"]
    body = {k: stored[k] for k in ("name", "namespace", "policy_id", "package", "inputs")}
    updated = kibana.put(f"{BASE}/{item['id']}", json=body).json()["item"]
    assert updated["secret_references"] == item["secret_references"]
    assert updated["inputs"][0]["vars"]["token"] == item["inputs"][0]["vars"]["token"]


def test_new_secret_value_replaces_the_old_secret(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/secrets/package_policies.ts › extractAndUpdateSecrets › secretsToDelete"""  # noqa: E501
    sandbox: FleetSandbox = kibana.sandbox  # type: ignore[attr-defined]
    policy_id = _agent_policy(kibana)
    item = kibana.post(BASE, json=_onepassword(policy_id)).json()["item"]
    [old] = item["secret_references"]
    updated = kibana.put(f"{BASE}/{item['id']}", json=_onepassword(policy_id, "rotated")).json()
    [new] = updated["item"]["secret_references"]
    assert new != old
    assert sandbox.state.secrets == {new["id"]: "rotated"}


def test_deleting_the_policy_deletes_its_secrets(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/package_policy.ts › delete › secretsToDelete"""
    sandbox: FleetSandbox = kibana.sandbox  # type: ignore[attr-defined]
    item = kibana.post(BASE, json=_onepassword(_agent_policy(kibana))).json()["item"]
    assert kibana.delete(f"{BASE}/{item['id']}").status_code == 200
    assert sandbox.state.secrets == {}


def test_policy_without_secret_values_has_no_references(kibana: httpx.Client) -> None:
    """Kibana: fleet/server/services/package_policy.ts › create › secret_references only when some were written"""  # noqa: E501
    item = kibana.post(BASE, json=_full(_agent_policy(kibana))).json()["item"]
    assert "secret_references" not in item


def test_create_answers_legacy_format(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Package Policy - create › should return 200 and arrayed inputs when the format=legacy query param is passed"""  # noqa: E501
    inputs = [{"enabled": True, "streams": [], "type": "single_input"}]
    body = _full(
        _agent_policy(kibana),
        package={"name": "single_input_no_streams", "version": "0.1.0"},
        inputs=inputs,
    )
    response = kibana.post(BASE, params={"format": "legacy"}, json=body)
    assert response.json()["item"]["inputs"] == inputs


def test_simplified_create_with_valid_values(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/create.ts › Simplified package policy › should work with valid values"""  # noqa: E501
    response = kibana.post(BASE, json=_simplified(_agent_policy(kibana)))
    assert response.status_code == 200
    [stream] = response.json()["item"]["inputs"][0]["streams"]
    assert stream["vars"]["test_var_required"]["value"] == "I am required"
    assert stream["enabled"] is True


def test_simplified_update_with_unknown_input(kibana: httpx.Client) -> None:
    """Kibana: apis/package_policy/update.ts › Package Policy - update › Simplified package policy › should return a 400 with invalid inputs"""  # noqa: E501
    policy_id = _agent_policy(kibana)
    item = kibana.post(BASE, json=_simplified(policy_id)).json()["item"]
    body = _simplified(policy_id, inputs={"with_required_variables-i-do-not-exists": {}})
    assert_error(
        kibana.put(f"{BASE}/{item['id']}", json=body),
        400,
        "Input not found: with_required_variables-i-do-not-exists",
    )

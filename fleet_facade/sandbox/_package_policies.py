"""Package policies: creating (both input formats), deleting, and the checks shared by create
and update (namespace, unique name, agent policies, package, inputs, secrets).

Kibana sources: ``server/routes/package_policy/handlers.ts`` (the handlers),
``server/services/package_policy.ts`` (``create``, ``delete``, ``requireUniqueName``,
``validateIsNotHostedPolicy``, ``keepPolicyIdInSync``), ``common/services/is_valid_namespace.ts``.
"""

from __future__ import annotations

import re
from typing import Any

from . import _endpoint_policy, _policy_inputs, _policy_secrets, _validate
from ._clone import clone
from ._core import PACKAGE_POLICY_TYPE, FleetCore
from ._epm import ensure_installed
from ._http import KibanaError

Json = dict[str, Any]

#: Kibana ``is_valid_namespace.ts`` INVALID_NAMESPACE_CHARACTERS.
_INVALID_NAMESPACE = re.compile(r"[*\\/?\"<>|\s,#:-]+")

#: ``HostedAgentPolicyRestrictionRelatedError`` appends this to its message (``server/errors``).
HOSTED_SUFFIX = (
    " in Fleet because the agent policy is managed by an external orchestration solution, such "
    "as Elastic Cloud, Kubernetes, etc. Please make changes using your orchestration solution."
)


def formatted(item: Json, simplified: bool) -> Json:
    """A stored package policy in the response format asked for (a copy)."""
    return _policy_inputs.to_simplified(item) if simplified else clone(item)


def namespace_error(namespace: str, *, allow_blank: bool = True) -> str | None:
    """Kibana's ``isValidNamespace`` (package policies allow a blank namespace: it means "the
    agent policy's namespace"); ``${var}`` parts, filled in by the agent, are not checked."""
    if not namespace.strip():
        return None if allow_blank else "Namespace is required"
    stripped = re.sub(r"\$\{.+\}", "", namespace)
    if stripped != stripped.lower():
        return "Namespace must be lowercase"
    if _INVALID_NAMESPACE.search(stripped):
        return "Namespace contains invalid characters"
    if len(stripped.encode()) > 100:
        return "Namespace cannot be more than 100 bytes"
    return None


def check_full_form_namespace(body: Json) -> None:
    """The full (array) form validates its namespace in the request schema; the body schema is
    ``oneOf([full, simplified])``, so the refusal lists both branches, the simplified one failing
    on ``inputs`` being an array (DERIVED from ``types/rest_spec/package_policy.ts``)."""
    namespace = body.get("namespace")
    if not isinstance(namespace, str) or not isinstance(body.get("inputs"), list):
        return
    error = namespace_error(namespace)
    if error is not None:
        raise KibanaError(
            400,
            "[request body]: types that failed validation:\n"
            f"- [request body.0.namespace]: {error}\n"
            "- [request body.1.inputs]: expected value of type [object] but got [Array]",
        )


def check_name_free(core: FleetCore, name: str, exclude: str | None = None) -> None:
    """Kibana ``requireUniqueName``: names are unique across all agent policies."""
    for other in core.state.package_policies.values():
        if other["name"] == name and other["id"] != exclude:
            raise KibanaError(
                409,
                f"An integration policy with the name {name} already exists. "
                "Please rename it or choose a different name.",
            )


def policy_ids_in_sync(body: Json) -> tuple[bool, str | None, list[str]]:
    """Kibana ``keepPolicyIdInSync``: ``(has policy_id, policy_id, policy_ids)``.

    ``policy_ids: []`` with a ``policy_id`` key makes it ``null``; neither given leaves
    ``policy_id`` out of the stored policy altogether.
    """
    given_ids = body.get("policy_ids")
    has_id = "policy_id" in body
    policy_id = body.get("policy_id") if isinstance(body.get("policy_id"), str) else None
    policy_ids = [str(i) for i in given_ids] if isinstance(given_ids, list) else []
    if isinstance(given_ids, list) and not given_ids and has_id:
        policy_id = None
    if policy_id and not policy_ids:
        policy_ids = [policy_id]
    elif not policy_id and policy_ids:
        policy_id, has_id = policy_ids[0], True
    return has_id, policy_id, policy_ids


def policy_ids_of(body: Json) -> list[str]:
    """The agent policy ids a request body names."""
    return policy_ids_in_sync(body)[2]


def check_agent_policies(core: FleetCore, policy_ids: list[str], force: bool) -> None:
    """Every agent policy exists and, without ``force``, none is hosted
    (``validateIsNotHostedPolicy``)."""
    for policy_id in policy_ids:
        policy = core.agent_policy(policy_id)
        if policy.get("is_managed") and not force:
            raise KibanaError(
                400, f"Cannot update integrations of hosted agent policy {policy_id}{HOSTED_SUFFIX}"
            )


def package_of(core: FleetCore, body: Json) -> Json:
    """The package a request body names, as EPM's ``getPackageInfo`` finds it."""
    package_ref = body.get("package")
    if not isinstance(package_ref, dict) or not isinstance(package_ref.get("name"), str):
        raise KibanaError(
            400, "[request body.package.name]: expected value of type [string] but got [undefined]"
        )
    name, version = package_ref["name"], package_ref.get("version")
    package = core.catalog.get(name, version)
    if package is None:
        if version is not None and core.catalog.versions(name):
            raise KibanaError(404, f"{name}@{version} not found")
        raise KibanaError(404, f"[{name}] package not installed or found in registry")
    if package.get("type") == "content":
        raise KibanaError(400, "Cannot create policy for content only packages")
    return package


def build_inputs(package: Json, body: Json) -> tuple[list[Json], Json]:
    """Inputs and package vars of a body in either format, aligned and validated."""
    inputs = body.get("inputs")
    if not isinstance(inputs, list):
        built, top_vars = _policy_inputs.from_simplified(package, inputs, body.get("vars"))
    else:
        built, top_vars = _policy_inputs.from_legacy(package, inputs, body.get("vars"))
    _policy_inputs.align(built)
    namespace = body.get("namespace")
    _policy_inputs.validate(
        package,
        built,
        top_vars,
        name=str(body.get("name", "x")),
        namespace_error=namespace_error(namespace) if isinstance(namespace, str) else None,
    )
    return built, top_vars


def _limited_package_free(core: FleetCore, package: Json, policy_ids: list[str]) -> None:
    """Kibana ``isPackageLimited``: a template with ``multiple: false`` allows one policy of the
    package per agent policy."""
    if all(t.get("multiple", True) for t in package.get("policy_templates", [])):
        return
    for other in core.state.package_policies.values():
        if other["package"]["name"] == package["name"] and set(other["policy_ids"]) & set(
            policy_ids
        ):
            raise KibanaError(
                400,
                "Unable to create integration policy. "
                f"Integration '{package['name']}' already exists on this agent policy.",
            )


def package_ref(package: Json) -> Json:
    """The ``package`` field a stored policy keeps."""
    return {
        "name": package["name"],
        "title": package.get("title", package["name"]),
        "version": package["version"],
    }


def create_package_policy(
    core: FleetCore, body: Json, user: str, *, bump_revision: bool = True, force: bool = False
) -> Json:
    """Create a package policy from a request body (either format) and return the stored item.

    The order of the checks is Kibana's (``createPackagePolicyHandler`` then the service's
    ``create``); the package is installed after validation, which stands for Kibana's rollback
    of an install made for a request that then fails.

    Raises:
        KibanaError: With Kibana's status and message for each refusal.
    """
    name = _validate.string(body, "name", required=True)
    assert name is not None
    check_full_form_namespace(body)
    package = package_of(core, body)
    has_policy_id, first_policy_id, policy_ids = policy_ids_in_sync(body)
    check_agent_policies(core, policy_ids, force or bool(body.get("force")))
    name = name.strip()
    check_name_free(core, name)
    given_id = body.get("id")
    policy_id: str = given_id if isinstance(given_id, str) and given_id else core.ids.uuid()
    if policy_id in core.state.package_policies:
        raise KibanaError(409, f"Saved object [{PACKAGE_POLICY_TYPE}/{policy_id}] conflict")
    _limited_package_free(core, package, policy_ids)
    if package["name"] == _endpoint_policy.PACKAGE:
        # The security solution's packagePolicyCreate callback, which Kibana runs before its
        # own validation (server/services/package_policy.ts runExternalCallbacks).
        body = _endpoint_policy.on_create(body)
    inputs, top_vars = build_inputs(package, {**body, "name": name})
    ensure_installed(core, package["name"], package["version"])
    now = core.now_iso()
    item: Json = {
        "id": policy_id,
        "version": core.ids.so_version(),
        "name": name,
        # An empty namespace is kept: the agent policy's namespace applies when compiled.
        "namespace": body.get("namespace") or "",
        "description": body.get("description", ""),
        "package": package_ref(package),
        "enabled": body.get("enabled", True) is not False,
        "policy_ids": policy_ids,
        "inputs": inputs,
        "vars": top_vars,
        "revision": 1,
        "created_at": now,
        "created_by": user,
        "updated_at": now,
        "updated_by": user,
    }
    if has_policy_id:
        item["policy_id"] = first_policy_id
    if body.get("output_id"):
        item["output_id"] = body["output_id"]
    if _policy_secrets.storage_enabled(core):
        references = _policy_secrets.extract(core, package, item)
        if references:
            item["secret_references"] = references
    item["inputs"] = _policy_inputs.finalize(package, item["inputs"], policy_id)
    core.state.package_policies[policy_id] = item
    if bump_revision:
        for agent_policy_id in policy_ids:
            core.bump_agent_policy(agent_policy_id, user)
    return item


def delete_package_policy(core: FleetCore, policy_id: str, user: str, force: bool) -> Json:
    """Delete one package policy; returns the bulk-delete result item (success or failure).

    Kibana ``packagePolicyService.delete``: a hosted agent policy (or one that cannot be read)
    refuses without ``force`` with ``HostedAgentPolicyRestrictionRelatedError`` (no id in it).
    """
    stored = core.state.package_policies.get(policy_id)
    if stored is None:
        return {
            "id": policy_id,
            "success": False,
            "statusCode": 404,
            "body": {"message": f"Saved object [{PACKAGE_POLICY_TYPE}/{policy_id}] not found"},
        }
    for agent_policy_id in stored["policy_ids"]:
        agent_policy = core.state.agent_policies.get(agent_policy_id)
        if (agent_policy is None or agent_policy.get("is_managed")) and not force:
            return {
                "id": policy_id,
                "success": False,
                "statusCode": 400,
                "body": {
                    "message": f"Cannot remove integrations of hosted agent policy{HOSTED_SUFFIX}"
                },
            }
    del core.state.package_policies[policy_id]
    _policy_secrets.forget_unused(core, [r["id"] for r in stored.get("secret_references", [])])
    for agent_policy_id in stored["policy_ids"]:
        core.bump_agent_policy(agent_policy_id, user)
    return {
        "id": policy_id,
        "name": stored["name"],
        "success": True,
        "package": dict(stored["package"]),
        "policy_id": stored.get("policy_id"),
        "policy_ids": list(stored["policy_ids"]),
    }

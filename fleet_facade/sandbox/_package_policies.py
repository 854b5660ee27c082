"""Package policies: creating (both input formats), deleting, and the checks shared by create
and update (unique name, agent policies, package, inputs)."""

from __future__ import annotations

from typing import Any

from . import _policy_inputs, _validate
from ._clone import clone
from ._core import PACKAGE_POLICY_TYPE, FleetCore
from ._http import KibanaError

Json = dict[str, Any]


def formatted(item: Json, simplified: bool) -> Json:
    """A stored package policy in the response format asked for (a copy)."""
    return _policy_inputs.to_simplified(item) if simplified else clone(item)


def check_name_free(core: FleetCore, name: str, exclude: str | None = None) -> None:
    for other in core.state.package_policies.values():
        if other["name"] == name and other["id"] != exclude:
            raise KibanaError(
                409,
                f"An integration policy with the name {name} already exists. "
                "Please rename it or choose a different name.",
            )


def policy_ids_of(body: Json) -> list[str]:
    ids = body.get("policy_ids")
    if isinstance(ids, list):
        return [str(i) for i in ids]
    policy_id = body.get("policy_id")
    return [policy_id] if isinstance(policy_id, str) and policy_id else []


def check_agent_policies(core: FleetCore, policy_ids: list[str], force: bool) -> None:
    for policy_id in policy_ids:
        policy = core.agent_policy(policy_id)
        if policy.get("is_managed") and not force:
            raise KibanaError(400, f"Cannot update integrations of hosted agent policy {policy_id}")


def package_of(core: FleetCore, body: Json) -> Json:
    package_ref = body.get("package")
    if not isinstance(package_ref, dict) or not isinstance(package_ref.get("name"), str):
        raise KibanaError(
            400, "[request body.package.name]: expected value of type [string] but got [undefined]"
        )
    name, version = package_ref["name"], package_ref.get("version")
    package = core.catalog.get(name, version)
    if package is None:
        raise KibanaError(404, f"[{name}] package not installed or found in registry")
    if package.get("type") == "content":
        raise KibanaError(400, "Cannot create policy for content only packages")
    return package


def build_inputs(package: Json, body: Json) -> tuple[list[Json], Json]:
    inputs = body.get("inputs")
    if isinstance(inputs, list):
        built, top_vars = _policy_inputs.from_legacy(package, inputs, body.get("vars"))
    else:
        built, top_vars = _policy_inputs.from_simplified(package, inputs, body.get("vars"))
    _policy_inputs.align(built)
    _policy_inputs.validate(package, built, top_vars)
    return built, top_vars


def create_package_policy(
    core: FleetCore, body: Json, user: str, *, bump_revision: bool = True, force: bool = False
) -> Json:
    """Create a package policy from a request body (either format) and return the stored item.

    Raises:
        KibanaError: With Kibana's status and message for each refusal.
    """
    name = _validate.string(body, "name", required=True)
    assert name is not None
    name = name.strip()
    package = package_of(core, body)
    policy_ids = policy_ids_of(body)
    check_agent_policies(core, policy_ids, force or bool(body.get("force")))
    template_multiple = all(t.get("multiple", True) for t in package.get("policy_templates", []))
    if not template_multiple:
        for other in core.state.package_policies.values():
            if other["package"]["name"] == package["name"] and set(other["policy_ids"]) & set(
                policy_ids
            ):
                raise KibanaError(
                    400,
                    "Unable to create integration policy. "
                    f"Integration '{package['name']}' already exists on this agent policy.",
                )
    check_name_free(core, name)
    given_id = body.get("id")
    policy_id: str = given_id if isinstance(given_id, str) and given_id else core.ids.uuid()
    if policy_id in core.state.package_policies:
        raise KibanaError(409, f"Saved object [{PACKAGE_POLICY_TYPE}/{policy_id}] conflict")
    inputs, top_vars = build_inputs(package, body)
    core.install_package(package["name"], package["version"])
    namespace = body.get("namespace")
    if not namespace and policy_ids:
        namespace = core.agent_policy(policy_ids[0]).get("namespace", "default")
    now = core.now_iso()
    item: Json = {
        "id": policy_id,
        "version": core.ids.so_version(),
        "name": name,
        "namespace": namespace or "default",
        "description": body.get("description", ""),
        "package": {
            "name": package["name"],
            "title": package.get("title", package["name"]),
            "version": package["version"],
        },
        "enabled": body.get("enabled", True) is not False,
        "policy_id": policy_ids[0] if policy_ids else None,
        "policy_ids": policy_ids,
        "inputs": _policy_inputs.finalize(package, inputs, policy_id),
        "vars": top_vars,
        "revision": 1,
        "created_at": now,
        "created_by": user,
        "updated_at": now,
        "updated_by": user,
    }
    if body.get("output_id"):
        item["output_id"] = body["output_id"]
    core.state.package_policies[policy_id] = item
    if bump_revision:
        for agent_policy_id in policy_ids:
            core.bump_agent_policy(agent_policy_id, user)
    return item


def delete_package_policy(core: FleetCore, policy_id: str, user: str, force: bool) -> Json:
    """Delete one package policy; returns the bulk-delete result item (success or failure)."""
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
        if agent_policy and agent_policy.get("is_managed") and not force:
            # UNVERIFIED: the tail of this message.
            return {
                "id": policy_id,
                "success": False,
                "statusCode": 400,
                "body": {
                    "message": f"Cannot delete package policy {policy_id} because it "
                    f"belongs to hosted agent policy {agent_policy_id}"
                },
            }
    del core.state.package_policies[policy_id]
    for agent_policy_id in stored["policy_ids"]:
        core.bump_agent_policy(agent_policy_id, user)
    return {
        "id": policy_id,
        "name": stored["name"],
        "success": True,
        "package": dict(stored["package"]),
        "policy_id": stored["policy_id"],
        "policy_ids": list(stored["policy_ids"]),
    }

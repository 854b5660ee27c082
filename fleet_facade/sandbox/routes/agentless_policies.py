"""Routes of the "Fleet agentless policies" tag: ``/api/fleet/agentless_policies`` (an agent
policy and its package policy created, or deleted, in one call)."""

from __future__ import annotations

from typing import Any

from .. import _validate
from .._agent_policies import create_agent_policy, delete_agent_policy
from .._clone import clone
from .._http import KibanaError
from .._package_policies import create_package_policy, formatted
from .._router import Ctx, Router

Json = dict[str, Any]



def _create_agentless(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    name = _validate.non_empty_name(body)
    package = body.get("package")
    if not isinstance(package, dict):
        got = _validate.type_name(package) if "package" in body else "undefined"
        raise KibanaError(
            400, f"[request body.package]: expected a plain object value, but found [{got}] "
            "instead."
        )
    namespace = body.get("namespace") or "default"
    _validate.namespace(namespace)
    if ctx.core.catalog.get(package.get("name", ""), package.get("version")) is None:
        raise KibanaError(
            404, f"[{package.get('name')}] package not installed or found in registry"
        )
    # UNVERIFIED: the agent policy's name and settings Kibana creates for an agentless policy.
    agent_policy = create_agent_policy(
        ctx.core,
        {
            "name": f"Agentless policy for {name}",
            "namespace": namespace,
            "supports_agentless": True,
            "inactivity_timeout": 3600,
            "monitoring_enabled": ["logs", "metrics"],
        },
        ctx.user,
    )
    package_body = {
        k: clone(v)
        for k, v in body.items()
        if k not in ("force", "additional_datastreams_permissions")
    }
    package_body["policy_ids"] = [agent_policy["id"]]
    package_body["namespace"] = namespace
    try:
        stored = create_package_policy(ctx.core, package_body, ctx.user, force=True)
    except KibanaError:
        delete_agent_policy(ctx.core, agent_policy["id"], force=True)
        raise
    stored["supports_agentless"] = True
    item = formatted(stored, ctx.q("format") == "simplified")
    return {"item": item}


def _delete_agentless(ctx: Ctx) -> Json:
    policy_id = ctx.params["policyId"]
    stored = ctx.core.state.package_policies.get(policy_id)
    if stored is None or not stored.get("supports_agentless"):
        # UNVERIFIED: the message for an id that is not an agentless package policy.
        raise KibanaError(404, f"Package policy {policy_id} not found")
    del ctx.core.state.package_policies[policy_id]
    for agent_policy_id in stored.get("policy_ids", []):
        agent_policy = ctx.core.state.agent_policies.get(agent_policy_id)
        if agent_policy is not None and agent_policy.get("supports_agentless"):
            delete_agent_policy(ctx.core, agent_policy_id, force=True)
    return {"id": policy_id}


def register(router: Router) -> None:
    """Add the routes of this tag."""
    router.add("POST", "/api/fleet/agentless_policies", _create_agentless)
    router.add("DELETE", "/api/fleet/agentless_policies/{policyId}", _delete_agentless)

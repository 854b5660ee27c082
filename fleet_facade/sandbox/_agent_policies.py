"""Agent policies: creating (with their enrollment key and system package policies),
deleting, and compiling the full policy an agent runs."""

from __future__ import annotations

import re
from typing import Any

from ._clone import clone
from ._core import AGENT_POLICY_TYPE, FleetCore
from ._enrollment_keys import create_enrollment_key
from ._http import KibanaError
from ._package_policies import create_package_policy, formatted

Json = dict[str, Any]
SCHEMA_VERSION = "1.1.1"
ORCHESTRATED = (
    "external orchestration solution, such as Elastic Cloud, Kubernetes, etc. "
    "Please make changes using your orchestration solution."
)
SERVER_FIELDS = (
    "id",
    "status",
    "revision",
    "updated_at",
    "updated_by",
    "schema_version",
    "version",
    "package_policies",
    "agents",
    "force",
    "bumpRevision",
)


def check_unique_name(core: FleetCore, name: str, exclude: str | None = None) -> None:
    clashes = [
        p["id"]
        for p in core.state.agent_policies.values()
        if p["name"] == name and p["id"] != exclude
    ]
    if len(clashes) == 1:
        raise KibanaError(409, f"Agent Policy '{clashes[0]}' already exists with name '{name}'")
    if clashes:
        raise KibanaError(
            409, f"Agent Policies '{','.join(clashes)}' already exist with name '{name}'"
        )


def _next_package_policy_name(core: FleetCore, package: str) -> str:
    """``<pkg>-<n>`` with n one above the highest number in use (Kibana's incrementPackageName)."""
    pattern = re.compile(rf"^{re.escape(package)}-(\d+)$")
    numbers = [
        int(m.group(1))
        for p in core.state.package_policies.values()
        if (m := pattern.match(p["name"]))
    ]
    return f"{package}-{max(numbers, default=0) + 1}"


def create_agent_policy(
    core: FleetCore, body: Json, user: str, *, sys_monitoring: bool = False
) -> Json:
    """Store a new agent policy with its default enrollment key and uninstall token."""
    name, namespace = body["name"], body["namespace"]
    check_unique_name(core, name)
    given_id = body.get("id")
    policy_id: str = given_id if isinstance(given_id, str) and given_id else core.ids.uuid()
    if policy_id in core.state.agent_policies:
        raise KibanaError(409, f"Saved object [{AGENT_POLICY_TYPE}/{policy_id}] conflict")
    stored: Json = {k: clone(v) for k, v in body.items() if k not in SERVER_FIELDS}
    stored.update(
        id=policy_id,
        name=name,
        namespace=namespace,
        inactivity_timeout=body.get("inactivity_timeout", 1209600),
        is_managed=bool(body.get("is_managed", False)),
        status="active",
        revision=1,
        schema_version=SCHEMA_VERSION,
        is_protected=False,
    )
    core.touch(stored, user)
    core.state.agent_policies[policy_id] = stored
    token_id = core.ids.uuid()
    core.state.uninstall_tokens[token_id] = {
        "id": token_id,
        "policy_id": policy_id,
        "policy_name": name,
        "token": core.ids.secret(32).lower(),
        "created_at": core.now_iso(),
    }
    create_enrollment_key(core, policy_id, "Default", hidden=stored["is_managed"])
    if sys_monitoring:
        package = core.catalog.latest("system")
        if package is not None:
            create_package_policy(
                core,
                {
                    "name": _next_package_policy_name(core, "system"),
                    "namespace": namespace,
                    "policy_ids": [policy_id],
                    "package": {"name": "system", "version": package["version"]},
                },
                user,
                bump_revision=False,
                force=True,
            )
    return stored


def package_policies_of(core: FleetCore, policy_id: str) -> list[Json]:
    """Package policies linked to an agent policy, in creation order."""
    return [p for p in core.state.package_policies.values() if policy_id in p["policy_ids"]]


def with_package_policies(
    core: FleetCore, policy: Json, simplified: bool, agents: bool = True
) -> Json:
    """A response item: the policy plus its package policies and agent count."""
    item = clone(policy)
    item["package_policies"] = [
        formatted(p, simplified) for p in package_policies_of(core, policy["id"])
    ]
    item["agents"] = core.agent_count(policy["id"]) if agents else 0
    return item


def delete_agent_policy(core: FleetCore, policy_id: str, force: bool) -> Json:
    """Delete a policy and what hangs off it; refuses managed policies and assigned agents."""
    policy = core.agent_policy(policy_id)
    if policy.get("is_managed") and not force:
        raise KibanaError(
            400,
            f"Cannot delete hosted agent policy {policy_id} in Fleet because the agent policy is "
            f"managed by an {ORCHESTRATED}",
        )
    if core.agent_count(policy_id):
        raise KibanaError(
            400, "Cannot delete an agent policy that is assigned to any active or inactive agents"
        )
    for package_policy in package_policies_of(core, policy_id):
        if len(package_policy["policy_ids"]) > 1:
            package_policy["policy_ids"].remove(policy_id)
            package_policy["policy_id"] = package_policy["policy_ids"][0]
        else:
            del core.state.package_policies[package_policy["id"]]
    for key_id in [
        k for k, v in core.state.enrollment_api_keys.items() if v["policy_id"] == policy_id
    ]:
        del core.state.enrollment_api_keys[key_id]
    del core.state.agent_policies[policy_id]
    return {"id": policy_id, "name": policy["name"]}


def full_agent_policy(core: FleetCore, policy: Json) -> Json:
    """The policy as agents receive it (``GET /{id}/full``)."""
    outputs = core.state.outputs
    data_output = outputs.get(policy.get("data_output_id") or "") or next(
        (o for o in outputs.values() if o.get("is_default")), None
    )
    output_map = {}
    if data_output is not None:
        output_map["default"] = {
            "type": data_output["type"],
            "hosts": list(data_output.get("hosts", [])),
        }
    inputs = []
    for package_policy in package_policies_of(core, policy["id"]):
        if not package_policy["enabled"]:
            continue
        for entry in package_policy["inputs"]:
            if not entry["enabled"]:
                continue
            streams = [
                {
                    "id": s["id"],
                    "data_stream": dict(s["data_stream"]),
                    **s.get("compiled_stream", {}),
                }
                for s in entry["streams"]
                if s["enabled"]
            ]
            inputs.append(
                {
                    "id": f"{entry['type']}-{package_policy['id']}",
                    "name": package_policy["name"],
                    "revision": package_policy["revision"],
                    "type": entry["type"],
                    "data_stream": {"namespace": package_policy["namespace"]},
                    "use_output": "default",
                    "package_policy_id": package_policy["id"],
                    "meta": {
                        "package": {
                            "name": package_policy["package"]["name"],
                            "version": package_policy["package"]["version"],
                        }
                    },
                    "streams": streams,
                }
            )
    hosts = [
        h
        for host in core.state.fleet_server_hosts.values()
        if host.get("is_default")
        for h in host.get("host_urls", [])
    ]
    source = next((s for s in core.state.download_sources.values() if s.get("is_default")), None)
    monitoring = policy.get("monitoring_enabled") or []
    return {
        "id": policy["id"],
        "outputs": output_map,
        "output_permissions": {"default": {}},
        "fleet": {"hosts": hosts},
        "inputs": inputs,
        "revision": policy["revision"],
        "agent": {
            "monitoring": {
                "enabled": bool(monitoring),
                "use_output": "default",
                "namespace": policy["namespace"],
                "logs": "logs" in monitoring,
                "metrics": "metrics" in monitoring,
                "traces": "traces" in monitoring,
            },
            "download": {"sourceURI": source["host"] if source else ""},
            "features": {},
            "protection": {
                "enabled": bool(policy.get("is_protected")),
                "uninstall_token_hash": "",
                "signing_key": "",
            },
        },
    }

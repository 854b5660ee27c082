"""Agent policies: creating (with their enrollment key and system package policies), copying,
deleting, agent counts, and compiling the full policy an agent runs.

Semantics follow Kibana's ``AgentPolicyService`` (NEW = x-pack/platform/plugins/shared/fleet/
server/services/agent_policy.ts) and ``getFullAgentPolicy``
(NEW server/services/agent_policies/full_agent_policy.ts).
"""

from __future__ import annotations

import re
from typing import Any

from ._agent_policy_rules import at_least, check_required_versions
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
    "space_ids",
    "unprivileged_agents",
)
#: What ``copy`` takes from the source policy (NEW services/agent_policy.ts ``copy``, its
#: ``pick``); ``is_managed`` is not among them, so a copy of a hosted policy is not hosted.
COPIED_FIELDS = (
    "namespace",
    "monitoring_enabled",
    "inactivity_timeout",
    "unenroll_timeout",
    "agent_features",
    "overrides",
    "data_output_id",
    "monitoring_output_id",
    "download_source_id",
    "download_source_ids",
    "fleet_server_host_id",
    "supports_agentless",
    "global_data_tags",
    "agentless",
    "monitoring_pprof_enabled",
    "monitoring_http",
    "monitoring_diagnostics",
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
    check_output_for_policy(core, body, None)
    check_required_versions(name, body.get("required_versions"), core.kibana_version)
    given_id = body.get("id")
    policy_id: str = given_id if isinstance(given_id, str) and given_id else core.ids.uuid()
    if policy_id in core.state.agent_policies:
        raise KibanaError(409, f"Saved object [{AGENT_POLICY_TYPE}/{policy_id}] conflict")
    stored: Json = {k: clone(v) for k, v in body.items() if k not in SERVER_FIELDS}
    stored.update(
        id=policy_id,
        name=name,
        namespace=namespace,
        inactivity_timeout=(
            body["inactivity_timeout"] if body.get("inactivity_timeout") is not None else 1209600
        ),
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
    create_enrollment_key(
        core,
        policy_id,
        "Default",
        hidden=bool(stored["is_managed"] or stored.get("supports_agentless")),
    )
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


#: Packages whose policies may only send to the same cluster's Elasticsearch
#: (common/services/output_helpers.ts ``sameClusterRestrictedPackages``).
_SAME_CLUSTER_PACKAGES = ("fleet_server", "synthetics", "apm")


def check_output_for_policy(core: FleetCore, new: Json, existing: Json | None) -> None:
    """NEW services/agent_policies/outputs_helpers.ts ``validateOutputForPolicy`` with
    common/services/output_helpers.ts ``getAllowedOutputTypesForAgentPolicy``: Fleet Server,
    APM and Synthetics policies, and agentless ones, send only to Elasticsearch.

    An update that keeps both output ids is not checked again.
    """
    if existing is not None and all(
        new.get(k) == existing.get(k) for k in ("data_output_id", "monitoring_output_id")
    ):
        return
    data = {**(existing or {}), **new}
    packages = (
        {p["package"]["name"] for p in package_policies_of(core, existing["id"])}
        if existing is not None
        else set()
    )
    restricted = (
        data.get("has_fleet_server")
        or bool(packages & set(_SAME_CLUSTER_PACKAGES))
        or data.get("supports_agentless")
    )
    if not restricted:
        return
    outputs = core.state.outputs
    output = outputs.get(data.get("data_output_id") or "") or next(
        (o for o in outputs.values() if o.get("is_default")), None
    )
    if output is not None and output["type"] != "elasticsearch":
        raise KibanaError(
            400, f'Output of type "{output["type"]}" is not usable with policy "{data["name"]}".'
        )


def package_policies_of(core: FleetCore, policy_id: str) -> list[Json]:
    """Package policies linked to an agent policy, in creation order."""
    return [p for p in core.state.package_policies.values() if policy_id in p["policy_ids"]]


#: From 8.15 agent counts include inactive agents (elastic/kibana#184517) and come with
#: ``unprivileged_agents`` (elastic/kibana#183077).
COUNTS_WITH_INACTIVE_SINCE = "8.15.0"


def assigned_agents(core: FleetCore, policy_id: str) -> int:
    """Agents on a policy as GET one, bulk get and counted lists report them.

    From 8.15 Kibana's ``populateAssignedAgentsCount`` (NEW server/routes/agent_policy/
    handlers.ts) lists agents with ``showInactive: true``, so inactive and unenrolled agents
    count too; before, only active agents whose status was not ``inactive`` counted.
    """
    on_policy = [a for a in core.state.agents.values() if a.policy_id == policy_id]
    if at_least(core.kibana_version, COUNTS_WITH_INACTIVE_SINCE):
        return len(on_policy)
    return sum(1 for a in on_policy if a.active and a.status != "inactive")


def with_agent_counts(core: FleetCore, item: Json) -> Json:
    """Add ``agents`` and, from 8.15, ``unprivileged_agents``.

    The sandbox's agents all run privileged (none reports
    ``local_metadata.elastic.agent.unprivileged``), so the second count is always 0.
    """
    item["agents"] = assigned_agents(core, item["id"])
    if at_least(core.kibana_version, COUNTS_WITH_INACTIVE_SINCE):
        item["unprivileged_agents"] = 0
    return item


def with_package_policies(core: FleetCore, policy: Json, simplified: bool) -> Json:
    """A response item: the policy plus its package policies (no agent counts: create, update
    and copy answer none)."""
    item = clone(policy)
    item["package_policies"] = [
        formatted(p, simplified) for p in package_policies_of(core, policy["id"])
    ]
    return item


def has_endpoint_security(core: FleetCore, policy_id: str) -> bool:
    """Whether Elastic Defend runs on the policy (Kibana's ``policyHasEndpointSecurity``)."""
    return any(p["package"]["name"] == "endpoint" for p in package_policies_of(core, policy_id))


_COPY_SUFFIX = re.compile(r"^(.*)\s\(copy\s?([0-9]*)\)$")


def _copy_name(core: FleetCore, name: str) -> str:
    """``<base> (copy)``, then ``(copy 2)``, ...: one above the highest copy number among the
    package policies named after the same base, a copy's copy included
    (NEW services/package_policies/package_policy_name_helper.ts
    ``incrementPackagePolicyCopyName``)."""
    matched = _COPY_SUFFIX.match(name)
    base = matched.group(1) if matched else name
    numbers = [0]
    for other in core.state.package_policies.values():
        if other["name"].startswith(base):
            suffix = _COPY_SUFFIX.match(other["name"])
            numbers.append((int(suffix.group(2) or 0) or 1) if suffix else 0)
    number = max(numbers) + 1
    return f"{base} (copy)" if number == 1 else f"{base} (copy {number})"


def copy_agent_policy(core: FleetCore, source_id: str, body: Json, user: str) -> Json:
    """NEW services/agent_policy.ts ``copy``: a new policy from the source's copied fields, its
    own package policies copied under new names, shared ones linked to the copy too."""
    source = core.agent_policy(source_id)
    package_policies = package_policies_of(core, source_id)
    if any(p.get("is_managed") for p in package_policies):
        raise KibanaError(
            400,
            f"Cannot copy an agent policy {source_id} that contains managed package policies in "
            f"Fleet because the package policy is managed by an {ORCHESTRATED}",
        )
    new_body: Json = {k: clone(source[k]) for k in COPIED_FIELDS if k in source}
    new_body["name"] = body["name"]
    if "description" in body:
        new_body["description"] = body["description"]
    new_policy = create_agent_policy(core, new_body, user)
    for package_policy in package_policies:
        if len(package_policy["policy_ids"]) > 1:
            package_policy["policy_ids"].append(new_policy["id"])
            continue
        copied = clone(package_policy)
        copied.update(
            name=_copy_name(core, package_policy["name"]),
            policy_ids=[new_policy["id"]],
            policy_id=new_policy["id"],
        )
        for key in (
            "id",
            "version",
            "revision",
            "created_at",
            "created_by",
            "updated_at",
            "updated_by",
        ):
            copied.pop(key, None)
        create_package_policy(core, copied, user, bump_revision=False, force=True)
    # Tamper protection follows the source; the copy is then bumped once (the source's
    # package_policies list is always there, so Kibana always bumps).
    if source.get("is_protected"):
        new_policy["is_protected"] = True
    core.bump_agent_policy(new_policy["id"], user)
    return new_policy


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
                    # A blank package policy namespace inherits the agent policy's (Kibana).
                    "data_stream": {
                        "namespace": package_policy["namespace"] or policy["namespace"]
                    },
                    "use_output": "default",
                    "package_policy_id": package_policy["id"],
                    "meta": {
                        "package": {
                            "name": package_policy["package"]["name"],
                            "version": package_policy["package"]["version"],
                        }
                    },
                    "streams": streams,
                    **_global_data_tag_processors(policy),
                }
            )
    hosts = [
        h
        for host in core.state.fleet_server_hosts.values()
        if host.get("is_default")
        for h in host.get("host_urls", [])
    ]
    source = next((s for s in core.state.download_sources.values() if s.get("is_default")), None)
    full: Json = {
        "id": policy["id"],
        "outputs": output_map,
        "output_permissions": {"default": {}},
        "fleet": {"hosts": hosts},
        "inputs": inputs,
        "revision": policy["revision"],
        "agent": {
            "monitoring": monitoring_settings(policy),
            "download": {"sourceURI": source["host"] if source else ""},
            # agent_features [{name, enabled}] become {name: {enabled}}.
            "features": {
                f["name"]: {k: v for k, v in f.items() if k != "name"}
                for f in policy.get("agent_features") or []
            },
            "protection": {
                "enabled": bool(policy.get("is_protected")),
                "uninstall_token_hash": "",
                "signing_key": "",
            },
        },
    }
    overrides = policy.get("overrides")
    return _deep_merge(full, overrides) if isinstance(overrides, dict) else full


def _global_data_tag_processors(policy: Json) -> Json:
    """The ``add_fields`` processor every input gets from ``global_data_tags``
    (NEW services/agent_policies/package_policies_to_agent_inputs.ts)."""
    tags = policy.get("global_data_tags") or []
    if not tags:
        return {}
    fields = {t["name"]: t["value"] for t in tags}
    return {"processors": [{"add_fields": {"target": "", "fields": fields}}]}


def _deep_merge(base: Json, extra: Json) -> Json:
    """``overrides`` merged over the compiled policy (the ``deepmerge`` package: objects merge
    key by key, anything else replaces)."""
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = clone(value)
    return merged


def monitoring_settings(policy: Json) -> Json:
    """``agent.monitoring`` as ``getFullMonitoringSettings`` builds it
    (NEW services/agent_policies/full_agent_policy.ts)."""
    enabled_types = policy.get("monitoring_enabled") or []
    http = policy.get("monitoring_http") or {}
    monitoring: Json = {
        "enabled": bool(
            enabled_types or http.get("enabled") or policy.get("keep_monitoring_alive")
        ),
        "logs": False,
        "metrics": False,
        "traces": False,
    }
    if enabled_types:
        monitoring.update(
            namespace=policy["namespace"],
            use_output="default",
            logs="logs" in enabled_types,
            metrics="metrics" in enabled_types,
            traces="traces" in enabled_types,
        )
    if policy.get("monitoring_pprof_enabled") is not None:
        monitoring["pprof"] = {"enabled": policy["monitoring_pprof_enabled"]}
    if http.get("enabled"):
        monitoring["http"] = {
            "enabled": http["enabled"],
            **({"host": http["host"]} if http.get("host") else {}),
            **({"port": http["port"]} if http.get("port") else {}),
        }
    diagnostics = policy.get("monitoring_diagnostics") or {}
    limit, uploader = diagnostics.get("limit"), diagnostics.get("uploader")
    if limit or uploader:
        monitoring["diagnostics"] = {}
        if limit and (limit.get("interval") or isinstance(limit.get("burst"), int | float)):
            monitoring["diagnostics"]["limit"] = {
                k: limit[k] for k in ("interval", "burst") if limit.get(k) not in (None, "")
            }
        if uploader and (
            isinstance(uploader.get("max_retries"), int | float)
            or uploader.get("init_dur")
            or uploader.get("max_dur")
        ):
            monitoring["diagnostics"]["uploader"] = {
                k: uploader[k]
                for k in ("max_retries", "init_dur", "max_dur")
                if uploader.get(k) not in (None, "")
            }
    return monitoring

"""Agent policy side routes: YAML download, outputs, auto-upgrade status, Kubernetes manifests,
agentless policies.

Downloads answer YAML text (``text/x-yaml`` with a ``content-disposition`` attachment), as Kibana
does, not JSON.
"""

from __future__ import annotations

from typing import Any

import yaml

from . import _validate
from ._agent_policies import create_agent_policy, delete_agent_policy, full_agent_policy
from ._clone import clone
from ._core import FleetCore
from ._http import KibanaError, SandboxResponse
from ._package_policies import create_package_policy, formatted
from ._router import Ctx, Router
from ._settings_and_hosts import DEFAULT_FLEET_SERVER_HOST

Json = dict[str, Any]

YAML_TYPE = "text/x-yaml"


def yaml_response(text: str, filename: str) -> SandboxResponse:
    """A YAML file download."""
    return SandboxResponse(
        status=200,
        body=text.encode(),
        headers={
            "content-type": YAML_TYPE,
            "content-disposition": f'attachment; filename="{filename}"',
        },
    )


def _to_yaml(value: Any) -> str:
    return str(yaml.safe_dump(value, sort_keys=False, default_flow_style=False))


# -- download ------------------------------------------------------------------------------------


def _standalone(policy: Json) -> Json:
    """A full policy for agents without Fleet: no ``fleet`` section, credential placeholders."""
    item = clone(policy)
    item.pop("fleet", None)
    for output in item.get("outputs", {}).values():
        if output.get("type") == "elasticsearch":
            output["username"] = "${ES_USERNAME}"
            output["password"] = "${ES_PASSWORD}"
    return item


_K8S_TEMPLATE = """apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: elastic-agent
  namespace: kube-system
  labels:
    app: elastic-agent
spec:
  selector:
    matchLabels:
      app: elastic-agent
  template:
    metadata:
      labels:
        app: elastic-agent
    spec:
      serviceAccountName: elastic-agent
      hostNetwork: true
      dnsPolicy: ClusterFirstWithHostNet
      containers:
        - name: elastic-agent
          image: docker.elastic.co/elastic-agent/elastic-agent:{version}
{body}"""

_MANAGED_ENV = """          env:
            - name: FLEET_ENROLL
              value: "1"
            - name: FLEET_INSECURE
              value: "false"
            - name: FLEET_URL
              value: "{url}"
            - name: FLEET_ENROLLMENT_TOKEN
              value: "{token}"
            - name: KIBANA_HOST
              value: "http://kibana:5601"
"""

_STANDALONE_ENV = """          args: ["-c", "/etc/elastic-agent/agent.yml", "-e"]
          env:
            - name: ES_USERNAME
              value: "elastic"
            - name: ES_PASSWORD
              value: "changeme"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: agent-node-datastreams
  namespace: kube-system
data:
  agent.yml: |-
{policy}"""


def _policy_or_404(core: FleetCore, policy_id: str) -> Json:
    policy = core.state.agent_policies.get(policy_id)
    if policy is None:
        raise KibanaError(404, "Agent policy not found")
    return policy


def _download(ctx: Ctx) -> SandboxResponse:
    policy = _policy_or_404(ctx.core, ctx.params["agentPolicyId"])
    standalone, kubernetes = ctx.q_bool("standalone"), ctx.q_bool("kubernetes")
    ctx.q_bool("download")
    full = full_agent_policy(ctx.core, policy)
    if standalone or kubernetes:
        full = _standalone(full)
    text = _to_yaml(full)
    if kubernetes:
        indented = "".join(f"    {line}\n" for line in text.splitlines())
        manifest = _K8S_TEMPLATE.format(
            version=ctx.core.kibana_version, body=_STANDALONE_ENV.format(policy=indented)
        )
        return yaml_response(manifest, "elastic-agent-standalone-kubernetes.yml")
    return yaml_response(text, "elastic-agent.yml")


# -- outputs -------------------------------------------------------------------------------------


def _output_ref(core: FleetCore, output_id: str | None, default_flag: str) -> Json:
    output = core.state.outputs.get(output_id or "") or next(
        (o for o in core.state.outputs.values() if o.get(default_flag)), None
    )
    if output is None:
        return {"id": output_id or ""}
    return {"id": output["id"], "name": output["name"]}


def policy_outputs(core: FleetCore, policy: Json) -> Json:
    """Which outputs a policy's data, monitoring and integrations use."""
    integrations = []
    for package_policy in core.state.package_policies.values():
        if policy["id"] not in package_policy.get("policy_ids", []):
            continue
        entry: Json = {
            "pkgName": package_policy["package"]["name"],
            "integrationPolicyName": package_policy["name"],
        }
        # UNVERIFIED: only integrations with their own output name it (others use the policy's).
        output = core.state.outputs.get(package_policy.get("output_id") or "")
        if output is not None:
            entry.update(id=output["id"], name=output["name"])
        integrations.append(entry)
    return {
        "agentPolicyId": policy["id"],
        "monitoring": {
            "output": _output_ref(core, policy.get("monitoring_output_id"), "is_default_monitoring")
        },
        "data": {
            "output": _output_ref(core, policy.get("data_output_id"), "is_default"),
            "integrations": integrations,
        },
    }


def _outputs(ctx: Ctx) -> Json:
    return {"item": policy_outputs(ctx.core, ctx.core.agent_policy(ctx.params["agentPolicyId"]))}


def _bulk_outputs(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    ids = _validate.string_list(body, "ids")
    if ids is None:
        raise KibanaError(
            400, "[request body.ids]: expected value of type [array] but got [undefined]"
        )
    # UNVERIFIED: ids of missing policies are left out rather than failing the request.
    return {
        "items": [
            policy_outputs(ctx.core, ctx.core.state.agent_policies[policy_id])
            for policy_id in ids
            if policy_id in ctx.core.state.agent_policies
        ]
    }


# -- auto upgrade status -------------------------------------------------------------------------


def _auto_upgrade_status(ctx: Ctx) -> Json:
    policy = ctx.core.agent_policy(ctx.params["agentPolicyId"])
    agents = [
        a for a in ctx.core.state.agents.values() if a.policy_id == policy["id"] and a.active
    ]
    current = []
    for required in policy.get("required_versions") or []:
        version = required.get("version") if isinstance(required, dict) else None
        if not isinstance(version, str):
            continue
        current.append(
            {
                "version": version,
                "agents": sum(1 for a in agents if a.version == version),
                "failedUpgradeAgents": 0,
                "failedUpgradeActionIds": [],
            }
        )
    return {"currentVersions": current, "totalAgents": len(agents)}


# -- kubernetes ----------------------------------------------------------------------------------


def _managed_manifest(ctx: Ctx) -> str:
    # UNVERIFIED: the defaults when fleetServer/enrolToken are not given.
    url = ctx.q("fleetServer") or DEFAULT_FLEET_SERVER_HOST
    token = ctx.q("enrolToken") or "token-id"
    return _K8S_TEMPLATE.format(
        version=ctx.core.kibana_version, body=_MANAGED_ENV.format(url=url, token=token)
    )


def _kubernetes(ctx: Ctx) -> Any:
    if ctx.q_bool("download"):
        return yaml_response(_managed_manifest(ctx), "elastic-agent-managed-kubernetes.yml")
    return {"item": _managed_manifest(ctx)}


def _kubernetes_download(ctx: Ctx) -> SandboxResponse:
    return yaml_response(_managed_manifest(ctx), "elastic-agent-managed-kubernetes.yml")


# -- agentless policies --------------------------------------------------------------------------


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
    """Add the routes of this module."""
    base = "/api/fleet/agent_policies"
    router.add("POST", f"{base}/outputs", _bulk_outputs)
    router.add("GET", f"{base}/{{agentPolicyId}}/download", _download)
    router.add("GET", f"{base}/{{agentPolicyId}}/outputs", _outputs)
    router.add(
        "GET", f"{base}/{{agentPolicyId}}/auto_upgrade_agents_status", _auto_upgrade_status
    )
    router.add("GET", "/api/fleet/kubernetes", _kubernetes)
    router.add("GET", "/api/fleet/kubernetes/download", _kubernetes_download)
    router.add("POST", "/api/fleet/agentless_policies", _create_agentless)
    router.add("DELETE", "/api/fleet/agentless_policies/{policyId}", _delete_agentless)


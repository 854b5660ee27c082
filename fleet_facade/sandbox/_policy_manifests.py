"""YAML documents for agent policies: the standalone policy download and Kubernetes manifests.

Downloads answer YAML text (``text/x-yaml`` with a ``content-disposition`` attachment), as Kibana
does, not JSON.
"""

from __future__ import annotations

from typing import Any

import yaml

from ._clone import clone
from ._defaults import DEFAULT_FLEET_SERVER_HOST
from ._http import SandboxResponse
from ._router import Ctx

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


def to_yaml(value: Any) -> str:
    return str(yaml.safe_dump(value, sort_keys=False, default_flow_style=False))


# -- download ------------------------------------------------------------------------------------


def standalone_policy(policy: Json) -> Json:
    """A full policy for agents without Fleet: no ``fleet`` section, credential placeholders."""
    item = clone(policy)
    item.pop("fleet", None)
    for output in item.get("outputs", {}).values():
        if output.get("type") == "elasticsearch":
            output["username"] = "${ES_USERNAME}"
            output["password"] = "${ES_PASSWORD}"
    return item


K8S_TEMPLATE = """apiVersion: apps/v1
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

MANAGED_ENV = """          env:
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

STANDALONE_ENV = """          args: ["-c", "/etc/elastic-agent/agent.yml", "-e"]
          env:
            - name: ES_USERNAME
              value: "elastic"
            - name: ES_PASSWORD
              value: "changeme"
"""

CONFIG_MAP_HEAD = """apiVersion: v1
kind: ConfigMap
metadata:
  name: agent-node-datastreams
  namespace: kube-system
  labels:
    k8s-app: elastic-agent
data:
  agent.yml: |-
"""


def standalone_kubernetes_manifest(version: str, full_policy: Json) -> str:
    """The standalone Kubernetes manifest of a policy, as Kibana's ``getFullAgentConfigMap``
    builds it (server/services/agent_policy.ts): a ConfigMap carrying the policy as
    ``agent.yml``, then the standalone DaemonSet manifest with the agent's version filled in.
    The same text answers ``GET .../full?kubernetes=true`` (as ``item``) and the
    ``.../download?kubernetes=true`` file (server/routes/agent_policy/handlers.ts). Kibana fills
    in the latest available agent version; the sandbox's agents run its Kibana version."""
    policy = "".join(f"    {line}\n" for line in to_yaml(full_policy).splitlines())
    # Kibana's standalone manifest opens with its own document separator.
    daemon_set = "---\n" + K8S_TEMPLATE.format(version=version, body=STANDALONE_ENV)
    return "\n".join([CONFIG_MAP_HEAD + policy, daemon_set])


# -- kubernetes ----------------------------------------------------------------------------------


def managed_manifest(ctx: Ctx) -> str:
    # UNVERIFIED: the defaults when fleetServer/enrolToken are not given.
    url = ctx.q("fleetServer") or DEFAULT_FLEET_SERVER_HOST
    token = ctx.q("enrolToken") or "token-id"
    return K8S_TEMPLATE.format(
        version=ctx.core.kibana_version, body=MANAGED_ENV.format(url=url, token=token)
    )

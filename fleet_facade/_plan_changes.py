"""The changes ``plan`` lists, worked out from the objects it read (no I/O here).

``fleet.plan`` (``_async/desired_state.py``) reads the server's objects and resolves versions;
what differs from the desired state, what prune deletes and what Fleet keeps is decided here,
once for the async and the sync client.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._model_fields import plain
from ._package_policy_fields import agent_policy_ids
from .workflows._diff import desired_package_policy_fields, diff_fields, shown_values
from .workflows._plan import Change

if TYPE_CHECKING:
    from .workflows._desired_state import DesiredAgentPolicy, DesiredState
    from .workflows._results import Integration


@dataclass
class ServerObjects:
    """Server objects the plan reads once and both checks and compares against."""

    fleet_server_hosts: list[dict[str, Any]]
    outputs: list[dict[str, Any]]


#: Agent policy settings that name another object by id, and the listing holding those ids.
REFERENCES = {
    "data_output_id": "outputs",
    "monitoring_output_id": "outputs",
    "fleet_server_host_id": "fleet_server_hosts",
    "download_source_id": "download_sources",
}



def plan_named(kind: str, existing: list[dict[str, Any]], desired: list[dict[str, Any]],
               prune: bool) -> list[Change]:
    current = {str(o.get("name")): o for o in existing}
    changes: list[Change] = []
    for wanted in desired:
        name = wanted["name"]
        fields = {k: v for k, v in wanted.items() if k not in ("name", "id")}
        now = current.get(name)
        if now is None:
            changes.append(Change("create", kind, name, desired=wanted,
                                  values=shown_values(fields)))
            continue
        diff = diff_fields(now, fields)
        changes.append(Change("update" if diff else "unchanged", kind, name, id=now.get("id"),
                              fields=diff, desired=fields))
    if prune:
        wanted_names = {w["name"] for w in desired}
        for name, now in current.items():
            if name not in wanted_names and not kept_by_fleet(now, desired):
                changes.append(Change("delete", kind, name, id=now.get("id")))
    return changes


def kept_by_fleet(now: Mapping[str, Any], desired: list[dict[str, Any]]) -> bool:
    """Whether prune must leave ``now`` alone, judged on the state *after* apply.

    Kibana refuses to delete a preconfigured (kibana.yml) or a default Fleet Server host,
    and a create or update with ``is_default`` takes the flag from the current default
    (``x-pack/platform/plugins/shared/fleet/server/services/fleet_server_host.ts``, delete
    and update; the same rule is applied to outputs, whose service was not read). So a
    default object is kept only while it stays the default: when the state makes another one
    the default, this one is deletable once the creates and updates ran (deletions come
    last), and the plan shows its deletion now instead of on the next run.
    """
    if now.get("is_preconfigured"):
        return True
    for flag in ("is_default", "is_default_monitoring"):
        if now.get(flag) and not any(w.get(flag) is True for w in desired):
            return True
    return False


def policy_create_fields(wanted: DesiredAgentPolicy) -> dict[str, Any]:
    return {**wanted.fields(), "sys_monitoring": wanted.sys_monitoring}


def plan_integration(integration: Integration, name: str, version: str,
                     policy: DesiredAgentPolicy, current: Any,
                     policy_id: str | None) -> Change:
    fields = desired_package_policy_fields(integration, version)
    spec = {"integration": integration, "version": version}
    if current is None:
        return Change("create", "integration", name, desired=spec, parent=policy.name,
                      # Elastic Defend's preset is what is sent, though never compared.
                      values=shown_values({**fields, "preset": integration.preset}
                                          if integration.preset else fields),
                      version=version)
    now = plain(current)
    diff = diff_fields(now, fields)
    attached = agent_policy_ids(now)
    if policy_id is not None and policy_id not in attached:
        diff["policy_ids"] = (attached, [policy_id])
    return Change("update" if diff else "unchanged", "integration", name, id=now.get("id"),
                  fields=diff, desired=spec, parent=policy.name, version=version)


def prune_policies(desired: DesiredState, policies: dict[str, Any],
                   package_policies: dict[str, Any], wanted: set[str]) -> list[Change]:
    """Deletions of agent policies and integrations that the state does not name.

    Managed (hosted) policies are never touched, nor the ``system`` integration that
    ``sys_monitoring`` adds, nor integrations on agent policies the state does not manage.
    """
    managed = {p.name: p for p in desired.agent_policies}
    changes: list[Change] = []
    for name, policy in policies.items():
        if name not in managed and policy.is_managed is not True:
            changes.append(Change("delete", "agent policy", name, id=str(policy.id)))
    managed_ids = {str(policies[n].id): managed[n] for n in managed if n in policies}
    for name, package_policy in package_policies.items():
        if name in wanted:
            continue
        answered = plain(package_policy)
        owners = agent_policy_ids(answered)
        owning = [managed_ids[o] for o in owners if o in managed_ids]
        if not owning:
            continue
        package = answered.get("package", {}).get("name")
        if package == "system" and any(p.sys_monitoring for p in owning):
            continue
        changes.append(Change("delete", "integration", name, id=str(answered["id"]),
                              parent=owning[0].name))
    return changes

# Generated from fleet_facade/_async/desired_state.py by scripts/run_unasync.py; do not edit.
"""Declarative Fleet configuration: ``plan`` what differs from a desired state, ``apply`` it.

Objects are matched by name. Only the fields the desired state names are compared, so server
defaults and server-set fields never show up as drift, and secret variables (which Fleet
answers with references) are not compared. ``apply`` runs the plan in dependency order
(Fleet Server hosts, outputs, agent policies, integrations; deletions last, in reverse) and
stops at the first error, saying what was applied.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._endpoint import preset_of
from .._exceptions import (
    ApplyError,
    DesiredStateError,
    FleetError,
    InvalidArgumentError,
    InvalidInputsError,
    InvalidRequestError,
    NotFoundError,
)
from .._integration_inputs import validate_inputs
from .._model_fields import plain
from ..workflows._diff import diff_fields, shown_values

# ``_plan_changes`` and ``workflows._plan`` are imported by the functions that use them: the
# client loads this module, and their dataclasses would bring ``dataclasses``, ``inspect`` and
# ``ast`` into every ``import fleet_facade``.
if TYPE_CHECKING:
    from pathlib import Path  # (for the annotation only: pathlib loads when a file is read)

    from .._plan_changes import ServerObjects
    from ..workflows._desired_state import DesiredState
    from ..workflows._plan import Change, Plan
    from ..workflows._results import Integration
    from .agent_policies import AgentPolicies
    from .download_sources import DownloadSources
    from .fleet_server_hosts import FleetServerHosts
    from .outputs import Outputs
    from .package_policies import PackagePolicies
    from .packages import Packages

    StateSource = str | Path | Mapping[str, Any] | DesiredState


def _checked(fleet: DesiredStateMixin, desired: DesiredState,
                   current: ServerObjects) -> dict[tuple[str, str], str]:
    """Every integration's version, after checking all that apply would send.

    Resolves each package version, checks each integration's inputs and variables against
    its manifest, and checks that ids the agent policies refer to exist on the server or in
    the state. All problems are reported together, before any write.

    Raises:
        DesiredStateError: One or more problems; ``problems`` lists them, each with its place.
    """
    problems: list[str] = []
    versions: dict[tuple[str, str], str] = {}
    for i, policy in enumerate(desired.agent_policies):
        for j, integration in enumerate(policy.integrations):
            where = f"agent_policies[{i}].integrations[{j}]"
            try:
                version = fleet.packages.resolve_version(name=integration.package,
                                                               version=integration.version)
                manifest = fleet.packages.manifest(name=integration.package,
                                                         version=version)
                validate_inputs(manifest, integration.request_inputs(), integration.vars)
            except InvalidInputsError as exc:
                problems += [f"{where} ({integration.package}): {p}" for p in exc.problems]
            except NotFoundError:
                problems.append(f"{where}.package: {integration.package} "
                                f"{integration.version} is not known to Fleet")
            except (InvalidArgumentError, InvalidRequestError) as exc:
                problems.append(f"{where}: {exc.message}")
            else:
                versions[(policy.name, integration.policy_name(policy.name))] = version
    problems += _reference_problems(fleet, desired, current)
    if problems:
        raise DesiredStateError(
            f"{len(problems)} problem(s) in the desired state, nothing was changed: "
            + "; ".join(problems), problems=problems)
    return versions


def _reference_problems(fleet: DesiredStateMixin, desired: DesiredState,
                              current: ServerObjects) -> list[str]:
    from .._plan_changes import REFERENCES

    known: dict[str, set[str]] = {
        "outputs": {str(o.get("id")) for o in current.outputs}
        | {str(o["id"]) for o in desired.outputs if o.get("id")},
        "fleet_server_hosts": {str(h.get("id")) for h in current.fleet_server_hosts}
        | {str(h["id"]) for h in desired.fleet_server_hosts if h.get("id")},
    }
    problems: list[str] = []
    for i, policy in enumerate(desired.agent_policies):
        for key, listing in REFERENCES.items():
            wanted = policy.settings.get(key)
            if wanted is None:
                continue
            if listing not in known:  # read only when a policy refers to one
                sources = fleet.download_sources.list().to_list()
                known[listing] = {str(plain(d).get("id")) for d in sources}
            if str(wanted) not in known[listing]:
                problems.append(
                    f"agent_policies[{i}].settings.{key}: no {listing[:-1].replace('_', ' ')} "
                    f"has id {wanted!r} (ids known: {', '.join(sorted(known[listing]))})")
    return problems


def _plan_policies(fleet: DesiredStateMixin, desired: DesiredState,
                         versions: Mapping[tuple[str, str], str], prune: bool) -> list[Change]:
    from .._plan_changes import plan_integration, policy_create_fields, prune_policies
    from ..workflows._plan import Change

    policies = {str(p.name): p for p in fleet.agent_policies.list().to_list()}
    package_policies = {str(p["name"]): p
                        for p in fleet.package_policies.list_simplified()}
    changes: list[Change] = []
    wanted_integrations: set[str] = set()
    for wanted in desired.agent_policies:
        current = policies.get(wanted.name)
        if current is None:
            create = policy_create_fields(wanted)
            changes.append(Change("create", "agent policy", wanted.name,
                                  desired=create, values=shown_values(create)))
        else:
            diff = diff_fields(plain(current), wanted.fields())
            changes.append(Change("update" if diff else "unchanged", "agent policy",
                                  wanted.name, id=current.id, fields=diff,
                                  desired=wanted.fields()))
        for integration in wanted.integrations:
            name = integration.policy_name(wanted.name)
            wanted_integrations.add(name)
            # Resolved (one request at most, kept as the manifest) and checked by _checked.
            version = versions[(wanted.name, name)]
            if name in package_policies:
                _check_preset(fleet, integration, name, package_policies[name])
            changes.append(plan_integration(integration, name, version, wanted,
                                            package_policies.get(name),
                                            None if current is None else str(current.id)))
    if prune:
        changes += prune_policies(desired, policies, package_policies, wanted_integrations)
    return changes


def _check_preset(fleet: DesiredStateMixin, integration: Integration, name: str,
                        current: Mapping[str, Any]) -> None:
    """An Elastic Defend integration's preset is compared on the full form (a simplified read
    has no ``config``), and only it: what Kibana fills in (the endpoint policy, the artifact
    manifest) is not the state's. A different preset cannot be applied in place (Kibana uses
    it only on create), so the plan refuses it before anything is changed."""
    wanted = integration.requested_preset()
    if wanted is None:
        return
    full = plain(fleet.package_policies.get(id=str(current["id"])))
    now = preset_of(full.get("inputs"))
    if now != wanted:
        problem = (f"integration {name}: preset is {now!r} on the server, the state asks "
                   f"{wanted!r}; Kibana applies a preset only when it creates the integration: "
                   "delete it or give it another name")
        raise DesiredStateError("1 problem(s) in the desired state, nothing was changed: "
                                f"{problem}", problems=[problem])


class DesiredStateMixin:
    """``fleet.plan(...)`` and ``fleet.apply(...)``: declarative Fleet configuration.

    The client's resources it uses are declared below, so that this module does not import
    the client (``Fleet`` inherits this class and sets them in its constructor).
    """

    fleet_server_hosts: FleetServerHosts
    outputs: Outputs
    download_sources: DownloadSources
    agent_policies: AgentPolicies
    package_policies: PackagePolicies
    packages: Packages

    def plan(self, state: StateSource, *, prune: bool = False) -> Plan:
        """What :meth:`apply` would change to reach ``state`` (a file path or data).

        An integration without a version plans the installed version (else the latest),
        one request each; the changes name it (``Change.version``).

        Args:
            state: Desired state: a YAML/JSON file, a mapping or a :class:`DesiredState`
                (see :mod:`fleet_facade.workflows`).
            prune: Also plan deleting agent policies, integrations, outputs and Fleet Server
                hosts that ``state`` does not name (never managed or default ones).

        Returns:
            :class:`Plan`: a field-level list of create/update/delete/unchanged changes.

        Raises:
            DesiredStateError: ``state`` cannot be used, or names packages, inputs or ids
                that do not resolve; ``problems`` lists every one (nothing was changed).
        """
        # Loaded on first use (``import fleet_facade`` stays light): state files, plans.
        from .._plan_changes import ServerObjects, plan_named
        from ..workflows._desired_state import load_desired_state
        from ..workflows._plan import Plan

        desired = load_desired_state(state)
        current = ServerObjects(
            fleet_server_hosts=[plain(h)
                                for h in self.fleet_server_hosts.list().to_list()],
            outputs=[plain(o) for o in self.outputs.list().to_list()],
        )
        versions = _checked(self, desired, current)
        changes: list[Change] = []
        changes += plan_named("fleet server host", current.fleet_server_hosts,
                              desired.fleet_server_hosts, prune)
        changes += plan_named("output", current.outputs, desired.outputs, prune)
        changes += _plan_policies(self, desired, versions, prune)
        order = {"create": 0, "update": 0, "unchanged": 0, "delete": 1}
        # Deletions last and in reverse dependency order (integrations before their policies).
        keep = [c for c in changes if order[c.action] == 0]
        drop = [c for c in changes if order[c.action] == 1][::-1]
        return Plan(keep + drop)

    def apply(self, state: StateSource, *, prune: bool = False) -> Plan:
        """Make Fleet match ``state``; applying the same state again changes nothing.

        Runs :meth:`plan` (every check first, nothing is written when one fails), then its
        changes in dependency order, and stops at the first error.

        Args:
            state: Desired state, as for :meth:`plan`.
            prune: Also delete what ``state`` does not name, as :meth:`plan` shows it.

        Returns:
            The changes made; an integration's ``version`` is the package version it used.

        Raises:
            DesiredStateError: ``state`` cannot be used (nothing was changed).
            ApplyError: A change failed; ``applied`` lists what was done before it.
        """
        # Loaded on first use (``import fleet_facade`` stays light): state files, plans.
        from ..workflows._desired_state import load_desired_state
        from ..workflows._plan import Plan

        desired = load_desired_state(state)
        the_plan = self.plan(desired, prune=prune)
        applied: list[Change] = []
        policy_ids: dict[str, str] = {}
        for change in the_plan.changes:
            if change.kind == "agent policy" and change.id:
                policy_ids[change.name] = change.id
            if change.action == "unchanged":
                continue
            try:
                new_id = _execute(self, change, policy_ids)
            except (FleetError, ValueError, TypeError) as exc:
                raise ApplyError(change, exc, applied) from exc
            if change.kind == "agent policy" and new_id:
                policy_ids[change.name] = new_id
            applied.append(change)
        return Plan(applied)


def _execute(fleet: DesiredStateMixin, change: Change,
                   policy_ids: dict[str, str]) -> str | None:
    kind, action = change.kind, change.action
    if kind in ("fleet server host", "output"):
        resource = fleet.fleet_server_hosts if kind == "fleet server host" else fleet.outputs
        if action == "create":
            made = resource.create(**dict(change.desired))
            return str(plain(made).get("id"))
        if action == "update":
            fields = {k: v for k, v in change.desired.items()}
            resource.update(id=str(change.id), name=change.name, **fields)
        else:
            resource.delete(id=str(change.id))
        return None
    if kind == "agent policy":
        if action == "create":
            fields = dict(change.desired)
            sys_monitoring = bool(fields.pop("sys_monitoring", False))
            created = fleet.agent_policies.create(
                name=change.name, sys_monitoring=sys_monitoring or None, **fields)
            return str(created.id)
        if action == "update":
            fleet.agent_policies.update(id=str(change.id), name=change.name,
                                              **dict(change.desired))
        else:
            fleet.agent_policies.delete(id=str(change.id))
        return None
    # integrations
    if action == "delete":
        fleet.package_policies.delete(id=str(change.id))
        return None
    integration: Integration = change.desired["integration"]
    version: str = change.desired["version"]
    assert change.parent is not None
    policy_id = policy_ids[change.parent]
    options: dict[str, Any] = {
        "package": integration.package, "version": version,
        "namespace": integration.namespace, "description": integration.description,
        "vars": dict(integration.vars) if integration.vars is not None else None,
    }
    if action == "create" or not integration.preset:
        # Elastic Defend keeps its filled-in inputs on update (the preset applies on create).
        options["inputs"] = integration.request_inputs()
    if action == "create":
        fleet.package_policies.create(name=change.name, policy_id=policy_id, **options)
    else:
        fleet.package_policies.update(id=str(change.id), name=change.name,
                                            policy_ids=[policy_id], **options)
    return None

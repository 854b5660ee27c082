# Generated from fleet_facade/_async/onboarding.py by scripts/run_unasync.py; do not edit.
"""Onboarding: an agent policy with integrations and an enrollment token, in one call.

Elastic's Fleet API walk-through does this by hand (create a policy, add nginx, fetch a token);
here it is one call that checks every integration before creating anything, reuses what a
previous identical call created, and removes what it created when a step fails.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from .._endpoint import preset_of
from .._exceptions import (
    ConflictError,
    FleetError,
    InvalidArgumentError,
    InvalidInputsError,
    InvalidValueError,
    WorkflowError,
)
from .._install_instructions import host_urls
from .._integration_inputs import validate_inputs
from .._model_fields import plain
from .._onboard_reuse import asked_policy_fields, differs_error
from .._package_policy_fields import agent_policy_ids
from ..workflows._diff import desired_package_policy_fields, diff_fields
from .agent_install import install_instructions

if TYPE_CHECKING:
    from fleet_api_client.models import (
        AgentPolicy,
        EnrollmentApiKey,
        PackagePolicy,
    )

    from ..workflows._results import Integration, Onboarding
    from .agent_install import InstallReads
    from .agent_policies import AgentPolicies
    from .enrollment_tokens import EnrollmentTokens
    from .fleet_server_hosts import FleetServerHosts
    from .package_policies import PackagePolicies
    from .packages import Packages


class _Created(NamedTuple):
    """Something this call created, and how to remove it again."""

    label: str
    undo: Callable[[], Any]


class _Undo:
    """The objects a workflow created, removed in reverse order when a step fails."""

    def __init__(self, rollback: bool) -> None:
        self.rollback = rollback
        self.created: list[_Created] = []

    def add(self, label: str, undo: Callable[[], Any]) -> None:
        self.created.append(_Created(label, undo))

    def fail(self, step: str, cause: BaseException) -> WorkflowError:
        if not self.rollback:
            return WorkflowError(step, cause, left_behind=[c.label for c in self.created])
        rolled_back: list[str] = []
        left_behind: list[str] = []
        for item in reversed(self.created):
            try:
                item.undo()
            except FleetError as exc:
                left_behind.append(f"{item.label} (removal failed: {exc.message})")
            else:
                rolled_back.append(item.label)
        return WorkflowError(step, cause, rolled_back=rolled_back, left_behind=left_behind)


class OnboardingMixin:
    """``fleet.onboard(...)``: an agent policy with integrations, ready to enroll into.

    The client's resources it uses are declared below, so that this module does not import
    the client (``Fleet`` inherits this class and sets them in its constructor).
    """

    agent_policies: AgentPolicies
    package_policies: PackagePolicies
    packages: Packages
    enrollment_tokens: EnrollmentTokens
    fleet_server_hosts: FleetServerHosts

    def onboard(
        self,
        *,
        policy_name: str | None = None,
        policy_id: str | None = None,
        namespace: str = "default",
        description: str | None = None,
        monitoring_enabled: Sequence[str] | None = None,
        sys_monitoring: bool = False,
        integrations: Sequence[Integration] = (),
        rollback: bool = True,
        update: bool = False,
    ) -> Onboarding:
        """An agent policy with integrations, and what an agent needs to enroll into it.

        Every integration is checked against its package manifest before anything is created.
        Repeating the call with the same names reuses what exists, after comparing it with
        what was asked (the policy's namespace, description and monitoring; each integration's
        package version, namespace, description, inputs and variables): a difference raises
        :class:`WorkflowError` naming each field, unless ``update=True`` changes the existing
        object (listed in ``updated``). If a step fails, what this
        call created is removed again (newest first) and :class:`WorkflowError` names the
        step, Kibana's message and what was rolled back; ``rollback=False`` keeps it all and
        lists the ids instead. A new policy with one integration costs 9 requests (manifest,
        policy, integration, token, Fleet Server hosts; then, for ``install_instructions``,
        the download sources, the available agent versions, Kibana's version and the
        Kubernetes manifest), plus 2 per further integration,
        whether or not the integration names a version: without one, the single manifest
        request is the versionless package info, which also names the version (the installed
        one, else the latest; see :class:`AsyncPackages`). The result's ``package_versions``
        says which version each integration used; its ``install_instructions`` the commands
        per platform (see :meth:`agent_install`).

        Example:
            >>> from fleet_facade import Fleet, Integration
            >>> from fleet_facade.sandbox import FleetSandbox
            >>> def main() -> str:
            ...     sb = FleetSandbox()
            ...     with Fleet("http://sandbox", api_key=sb.api_key,
            ...                           transport=sb.transport()) as fleet:
            ...         done = fleet.onboard(
            ...             policy_name="Agent policy 1", sys_monitoring=True,
            ...             integrations=[Integration("nginx", version="1.5.0")])
            ...         return done.masked_install_command().split()[-1]
            >>> main()
            '--enrollment-token=***'

        Args:
            policy_name: Name of the agent policy to create (or reuse, if it exists).
            policy_id: An existing agent policy to add the integrations to, instead.
            namespace: Namespace of a new policy.
            description: Description of a new policy.
            monitoring_enabled: Agent monitoring of a new policy (``["logs", "metrics"]``).
            sys_monitoring: Add the ``system`` integration to a new policy.
            integrations: The integrations to add.
            rollback: Remove what this call created when a step fails.
            update: Change a reused policy or integration that differs from what was asked,
                instead of refusing.

        Returns:
            :class:`Onboarding`: the policy, its integrations, an enrollment token, the Fleet
            Server URLs and the ``elastic-agent install`` command.

        Raises:
            InvalidInputsError: An integration does not fit its package (nothing was created).
            WorkflowError: A step failed, or a reused object differs from what was asked.
            InvalidValueError: Neither or both of ``policy_name`` and ``policy_id``.
        """
        # The workflow types are loaded on first use (``import fleet_facade`` stays light).
        from ..workflows._results import Integration, Onboarding

        if (policy_name is None) == (policy_id is None):
            raise InvalidValueError("onboard needs exactly one of policy_name (create or reuse "
                                    "by name) or policy_id (an existing policy)")
        if policy_name is not None and (not isinstance(policy_name, str)
                                        or not policy_name.strip()):
            raise InvalidValueError("policy_name must be a non-empty string")
        for integration in integrations:
            if not isinstance(integration, Integration):
                raise InvalidArgumentError(
                    f"integrations must be Integration objects, got {integration!r}")

        versions = _check_integrations(self, integrations)
        undo = _Undo(rollback)
        created: list[str] = []
        reused: list[str] = []
        updated: list[str] = []

        step = "create agent policy" if policy_id is None else "read agent policy"
        try:
            policy, is_new = _agent_policy(
                self, policy_name=policy_name, policy_id=policy_id, namespace=namespace,
                description=description, monitoring_enabled=monitoring_enabled,
                sys_monitoring=sys_monitoring)
            label = f"agent policy {policy.id} ({policy.name})"
            if is_new:
                policy_ref = str(policy.id)
                undo.add(label, lambda: self.agent_policies.delete(id=policy_ref))
                created.append(label)
            elif policy_name is not None:
                step = f"compare agent policy {policy_name}"
                asked = asked_policy_fields(namespace, description, monitoring_enabled)
                differences = diff_fields(plain(policy), asked)
                if differences and not update:
                    raise differs_error(label, differences)
                if differences:
                    step = f"update agent policy {policy_name}"
                    policy = self.agent_policies.update(id=str(policy.id), **asked)
                    updated.append(label)
                else:
                    reused.append(label)
            else:
                reused.append(label)

            package_policies: list[PackagePolicy] = []
            for integration, version in zip(integrations, versions, strict=True):
                name = integration.policy_name(str(policy.name))
                step = f"add integration {name} ({integration.package} {version})"
                package_policy, is_new = _package_policy(self, policy, integration, version)
                label = f"package policy {package_policy.id} ({name})"
                if is_new:
                    undo.add(label, _deleter(self, str(package_policy.id)))
                    created.append(label)
                else:
                    step = f"compare integration {name}"
                    current = self.package_policies.get_simplified(
                        id=str(package_policy.id))
                    differences = diff_fields(current,
                                              desired_package_policy_fields(integration, version))
                    _check_preset(self, integration, label, str(package_policy.id))
                    if differences and not update:
                        raise differs_error(label, differences)
                    if differences:
                        step = f"update integration {name}"
                        package_policy = self.package_policies.update(
                            id=str(package_policy.id), name=name, package=integration.package,
                            version=version, namespace=integration.namespace,
                            description=integration.description,
                            # Elastic Defend keeps its filled-in inputs (preset: on create only).
                            inputs=None if integration.preset else integration.request_inputs(),
                            vars=dict(integration.vars) if integration.vars is not None else None)
                        updated.append(label)
                    else:
                        reused.append(label)
                package_policies.append(package_policy)

            step = "get enrollment token"
            token, is_new = _enrollment_token(self, str(policy.id))
            if is_new:
                label = f"enrollment token {token.id}"
                token_ref = str(token.id)
                undo.add(label, lambda: self.enrollment_tokens.revoke(id=token_ref))
                created.append(label)

            step = "read Fleet Server hosts"
            hosts = self.fleet_server_hosts.list().to_list()
            urls = host_urls(hosts)
            step = "read install instructions"
            instructions = install_instructions(
                cast("InstallReads", self), policy=policy, token=token, fleet_server_hosts=hosts)
        except (FleetError, ValueError, TypeError) as exc:
            raise undo.fail(step, exc) from exc
        return Onboarding(agent_policy=policy, package_policies=package_policies,
                          enrollment_token=token, fleet_server_urls=urls,
                          install_instructions=instructions,
                          created=created, reused=reused, updated=updated,
                          package_versions={integration.policy_name(str(policy.name)): version
                                            for integration, version
                                            in zip(integrations, versions, strict=True)})


def _check_preset(fleet: OnboardingMixin, integration: Integration, label: str,
                        package_policy_id: str) -> None:
    """A reused Elastic Defend integration must have the preset asked: Kibana applies a preset
    only when it creates the policy (an update keeps the policy it is sent), so a different
    one cannot be changed in place."""
    wanted = integration.requested_preset()
    if wanted is None:
        return
    full = plain(fleet.package_policies.get(id=package_policy_id))
    now = preset_of(full.get("inputs"))
    if now != wanted:
        raise InvalidValueError(
            f"{label} exists with preset {now!r}, asked {wanted!r}; Kibana applies a preset "
            "only when it creates the integration: delete it, or give the Integration another "
            "name")


def _deleter(fleet: OnboardingMixin, package_policy_id: str) -> Callable[[], Any]:
    def delete() -> Any:
        return fleet.package_policies.delete(id=package_policy_id)

    return delete


def _check_integrations(
    fleet: OnboardingMixin, integrations: Sequence[Integration]
) -> list[str]:
    """Resolve versions and validate inputs against each manifest; nothing is created yet.

    One request per integration whatever its version says: without one, the versionless
    package info names the version and is the manifest; an exact version's manifest is read
    once per client.
    """
    versions: list[str] = []
    problems: list[str] = []
    for integration in integrations:
        manifest = fleet.packages.manifest(name=integration.package,
                                                 version=integration.version)
        version = str(manifest.version)
        try:
            validate_inputs(manifest, integration.request_inputs(), integration.vars)
        except InvalidInputsError as exc:
            problems.extend(f"{integration.package} {version}: {p}" for p in exc.problems)
        versions.append(version)
    if problems:
        raise InvalidInputsError(problems)
    return versions


def _agent_policy(
    fleet: OnboardingMixin,
    *,
    policy_name: str | None,
    policy_id: str | None,
    namespace: str,
    description: str | None,
    monitoring_enabled: Sequence[str] | None,
    sys_monitoring: bool,
) -> tuple[AgentPolicy, bool]:
    if policy_id is not None:
        return fleet.agent_policies.get(id=policy_id), False
    assert policy_name is not None
    try:
        policy = fleet.agent_policies.create(
            name=policy_name, namespace=namespace, description=description,
            monitoring_enabled=list(monitoring_enabled) if monitoring_enabled else None,
            sys_monitoring=sys_monitoring or None)
    except ConflictError:
        # A previous run (or someone else) created it: reuse rather than fail.
        existing = fleet.agent_policies.get_by_name(name=policy_name)
        if existing is None:
            raise
        return existing, False
    return policy, True


def _package_policy(
    fleet: OnboardingMixin, policy: AgentPolicy, integration: Integration, version: str
) -> tuple[PackagePolicy, bool]:
    name = integration.policy_name(str(policy.name))
    try:
        created = fleet.package_policies.create(
            name=name, package=integration.package, version=version, policy_id=str(policy.id),
            namespace=integration.namespace, description=integration.description,
            inputs=integration.request_inputs(),
            vars=dict(integration.vars) if integration.vars is not None else None,
            validate=False)  # checked against the manifest before anything was created
    except ConflictError as exc:
        existing = fleet.package_policies.get_by_name(name=name)
        if existing is None:
            raise
        if policy.id not in agent_policy_ids(existing):
            exc.message = (f"{exc.message} (it belongs to another agent policy: give the "
                           "Integration another name)")
            raise
        return existing, False
    return created, True


def _enrollment_token(fleet: OnboardingMixin,
                            policy_id: str) -> tuple[EnrollmentApiKey, bool]:
    """The policy's active token (Kibana creates ``Default (<id>)`` with the policy)."""
    active = [t for t in fleet.enrollment_tokens.list(policy_id=policy_id)
              if t.active is not False]
    if active:
        active.sort(key=lambda t: not str(getattr(t, "name", "")).startswith("Default"))
        return active[0], False
    return fleet.enrollment_tokens.create(policy_id=policy_id), True

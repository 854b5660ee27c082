"""What the workflows take and return: integrations, onboarding results, rollout reports.

Plans are in ``_plan.py`` (re-exported here); the workflows' errors are in
``fleet_facade._exceptions`` with every other exception.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fleet_facade import _endpoint
from fleet_facade._exceptions import InvalidArgumentError, InvalidValueError
from fleet_facade._install_instructions import InstallInstructions
from fleet_facade._versions import check_package_version
from fleet_facade.workflows._plan import Change, ChangeAction, Plan

__all__ = ["MASK", "Change", "ChangeAction", "Integration", "Onboarding", "Plan", "RolloutReport"]

if TYPE_CHECKING:
    from fleet_api_client.models import AgentPolicy, EnrollmentApiKey, PackagePolicy

MASK = "***"


@dataclass(frozen=True)
class Integration:
    """An integration (package policy) to add to an agent policy.

    Args:
        package: Package name, e.g. ``"nginx"``.
        version: ``None`` (default): the installed version, else the latest, as Kibana
            resolves it. ``"latest"``: the registry's newest, which upgrades an older
            installed package for the whole cluster. Or an exact version such as ``"1.5.0"``.
        name: Package policy name; defaults to ``"<package>-<agent policy name>"`` so that
            repeating a workflow finds the same policy again.
        namespace: Data stream namespace; empty inherits the agent policy's.
        inputs: Simplified inputs, ``{"<template>-<input>": {"streams": {...}, "vars": {...}}}``,
            or Kibana's full form, a list of inputs (see ``package_policies.create``).
        vars: Package-level variables (simplified: ``{name: value}``).
        description: Free text stored with the package policy.
        preset: Elastic Defend only (package ``endpoint``): ``"NGAV"``, ``"EDREssential"``,
            ``"EDRComplete"`` or ``"DataCollection"``; Kibana fills in the endpoint policy for
            it when it creates the integration, and compares nothing else.

    Example:
        >>> access = {"nginx.access": {"vars": {"tags": ["x"]}}}
        >>> Integration("nginx", version="1.5.0", inputs={"nginx-logfile": {"streams": access}})
        Integration(package='nginx', version='1.5.0', name=None, ...)
        >>> Integration("endpoint", preset="EDRComplete").preset
        'EDRComplete'
    """

    package: str
    version: str | None = None
    name: str | None = None
    namespace: str | None = None
    inputs: Mapping[str, Any] | None = None
    vars: Mapping[str, Any] | None = None
    description: str | None = None
    preset: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.package, str) or not self.package.strip():
            raise InvalidValueError("Integration package must be a non-empty string, e.g. 'nginx'")
        check_package_version(self.package, self.version)
        if self.inputs is not None and not isinstance(self.inputs, Mapping | list):
            raise InvalidArgumentError("Integration inputs must be a mapping of simplified "
                                       "inputs or a list of full-form inputs")
        if self.preset is not None:
            if self.package != _endpoint.PACKAGE:
                raise InvalidValueError(f"Integration preset is for Elastic Defend (package "
                                        f"'endpoint'), not {self.package!r}")
            _endpoint.check_preset(self.preset)
            if self.inputs is not None:
                raise InvalidValueError("give an Integration either preset or inputs: the "
                                        "preset is what the endpoint inputs are made from")
        if self.vars is not None and not isinstance(self.vars, Mapping):
            raise InvalidArgumentError(
                "Integration vars must be a mapping of variable names to values")

    def __repr__(self) -> str:
        preset = f", preset={self.preset!r}" if self.preset is not None else ""
        return (f"Integration(package={self.package!r}, version={self.version!r}, "
                f"name={self.name!r}{preset}, ...)")

    def policy_name(self, agent_policy_name: str) -> str:
        return self.name or f"{self.package}-{agent_policy_name}"

    def request_inputs(self) -> dict[str, Any] | list[dict[str, Any]] | None:
        """The ``inputs`` a create sends: the preset's full form, else a copy of ``inputs``."""
        if self.preset is not None:
            return _endpoint.create_inputs(self.preset)
        if isinstance(self.inputs, list):
            return [dict(entry) for entry in self.inputs]
        return dict(self.inputs) if self.inputs is not None else None

    def requested_preset(self) -> str | None:
        """The Elastic Defend preset this integration asks for (given, or in full-form inputs)."""
        return self.preset or _endpoint.preset_of(self.inputs)


@dataclass(frozen=True, repr=False)
class Onboarding:
    """The result of :meth:`Fleet.onboard`: everything an agent needs to enroll.

    ``enrollment_token.api_key`` and ``install_command`` hold the secret token; ``repr`` and
    :meth:`masked_install_command` show it masked. ``install_instructions`` maps each platform
    key (``linux-x86_64``, ``windows-msi``, ``kubernetes``...) to the commands that download,
    install and enroll Elastic Agent there (``script`` masked, ``reveal()`` with the token),
    as Kibana's "Add agent" flyout gives them. ``package_versions`` maps each integration's
    package policy name to the package version used (resolved when none was given); a reused
    package policy may still be at another version (its ``package.version``).
    """

    agent_policy: AgentPolicy
    package_policies: list[PackagePolicy]
    enrollment_token: EnrollmentApiKey
    fleet_server_urls: list[str]
    created: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    package_versions: dict[str, str] = field(default_factory=dict)
    install_instructions: InstallInstructions = field(default_factory=InstallInstructions)

    @property
    def token(self) -> str:
        return str(self.enrollment_token.api_key)

    @property
    def install_command(self) -> str:
        """A ready ``elastic-agent install`` command line (contains the secret token)."""
        return install_command(self.fleet_server_urls, self.token)

    def masked_install_command(self) -> str:
        return install_command(self.fleet_server_urls, MASK)

    def __repr__(self) -> str:
        return (
            f"Onboarding(agent_policy={self.agent_policy.id!r}, "
            f"package_policies={[p.id for p in self.package_policies]!r}, "
            f"enrollment_token={self.enrollment_token.id!r} (token {MASK}), "
            f"fleet_server_urls={self.fleet_server_urls!r}, "
            f"package_versions={self.package_versions!r})"
        )

    __str__ = __repr__


def install_command(fleet_server_urls: Sequence[str], token: str) -> str:
    url = fleet_server_urls[0] if fleet_server_urls else "<fleet-server-url>"
    return f"sudo elastic-agent install --url={url} --enrollment-token={token}"


@dataclass
class RolloutReport:
    """Outcome of an agent upgrade rollout, per action and per agent."""

    version: str
    action_ids: list[str] = field(default_factory=list)
    agents_total: int = 0
    agents_upgraded: int = 0
    failures: dict[str, str] = field(default_factory=dict)
    statuses: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures and self.agents_upgraded == self.agents_total

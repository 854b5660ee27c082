"""What the workflows take and return: integrations, onboarding results, plans, errors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from fleet_facade._exceptions import FleetError, InvalidArgumentError, InvalidValueError
from fleet_facade._install_instructions import InstallInstructions
from fleet_facade._versions import check_package_version

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
        inputs: Simplified inputs, ``{"<template>-<input>": {"streams": {...}, "vars": {...}}}``.
        vars: Package-level variables (simplified: ``{name: value}``).
        description: Free text stored with the package policy.

    Example:
        >>> access = {"nginx.access": {"vars": {"tags": ["x"]}}}
        >>> Integration("nginx", version="1.5.0", inputs={"nginx-logfile": {"streams": access}})
        Integration(package='nginx', version='1.5.0', name=None, ...)
    """

    package: str
    version: str | None = None
    name: str | None = None
    namespace: str | None = None
    inputs: Mapping[str, Any] | None = None
    vars: Mapping[str, Any] | None = None
    description: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.package, str) or not self.package.strip():
            raise InvalidValueError("Integration package must be a non-empty string, e.g. 'nginx'")
        check_package_version(self.package, self.version)
        if self.inputs is not None and not isinstance(self.inputs, Mapping):
            raise InvalidArgumentError("Integration inputs must be a mapping of simplified inputs")
        if self.vars is not None and not isinstance(self.vars, Mapping):
            raise InvalidArgumentError(
                "Integration vars must be a mapping of variable names to values")

    def __repr__(self) -> str:
        return (f"Integration(package={self.package!r}, version={self.version!r}, "
                f"name={self.name!r}, ...)")

    def policy_name(self, agent_policy_name: str) -> str:
        return self.name or f"{self.package}-{agent_policy_name}"


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


class WorkflowError(FleetError):
    """A workflow step failed.

    Attributes:
        step: The step that failed (e.g. ``"create integration nginx-demo"``).
        cause: The underlying error (``FleetError`` or argument error).
        rolled_back: What this call had created and removed again, as ``"kind id (name)"``.
        left_behind: What remains: created objects kept (``rollback=False``) or whose removal
            failed, as ``"kind id (name)"``.
    """

    def __init__(
        self,
        step: str,
        cause: BaseException,
        *,
        rolled_back: Sequence[str] = (),
        left_behind: Sequence[str] = (),
    ) -> None:
        self.step = step
        self.cause = cause
        self.rolled_back = list(rolled_back)
        self.left_behind = list(left_behind)
        parts = [f"step '{step}' failed: {cause}"]
        if self.rolled_back:
            parts.append("rolled back: " + ", ".join(self.rolled_back))
        if self.left_behind:
            parts.append("left behind: " + ", ".join(self.left_behind))
        elif not self.rolled_back:
            parts.append("nothing had been created")
        super().__init__("; ".join(parts), status=getattr(cause, "status", None),
                         error=getattr(cause, "error", None))


class ApplyError(WorkflowError):
    """``apply`` stopped at a failing change; the changes before it stay applied.

    Attributes:
        failed: The change that failed.
        applied: The changes made before the failure.
    """

    def __init__(self, failed: Change, cause: BaseException, applied: Sequence[Change]) -> None:
        super().__init__(f"{failed.action} {failed.kind} {failed.name!r}", cause)
        self.failed = failed
        self.applied = list(applied)
        done = ", ".join(f"{c.action} {c.kind} {c.name!r}" for c in applied) or "nothing"
        self.message = f"step '{self.step}' failed: {cause}; applied before it: {done}"
        self.args = (self.message,)


class WorkflowTimeoutError(FleetError):
    """A wait ran out of time before its condition held.

    Attributes:
        waited_for: What was being waited for.
        timeout: Seconds waited.
        last_state: The last observed state, for the message.
    """

    def __init__(self, waited_for: str, timeout: float, last_state: str) -> None:
        super().__init__(f"timed out after {timeout:g}s waiting for {waited_for} "
                         f"(last seen: {last_state})")
        self.waited_for = waited_for
        self.timeout = timeout
        self.last_state = last_state


ChangeAction = Literal["create", "update", "delete", "unchanged"]


@dataclass(frozen=True)
class Change:
    """One object in a plan: what will happen to it and, for updates, which fields change.

    ``fields`` maps a dotted field path to ``(current, desired)`` (updates); ``values`` maps a
    dotted field path to the value a create sends (secrets masked). ``version`` is, for an
    integration created or updated, the package version it uses (resolved when the desired
    state names none).
    """

    action: ChangeAction
    kind: str
    name: str
    id: str | None = None
    fields: Mapping[str, tuple[Any, Any]] = field(default_factory=dict)
    desired: Mapping[str, Any] = field(default_factory=dict, repr=False)
    parent: str | None = None
    values: Mapping[str, Any] = field(default_factory=dict)
    version: str | None = None

    def describe(self) -> list[str]:
        sign = {"create": "+", "update": "~", "delete": "-", "unchanged": "="}[self.action]
        where = f" on {self.parent}" if self.parent else ""
        package = self.desired.get("integration") if self.version else None
        using = f" ({package.package} {self.version})" if package is not None else ""
        lines = [f"{sign} {self.kind} {self.name!r}{where}{using}"]
        for path, (old, new) in sorted(self.fields.items()):
            lines.append(f"    {path}: {_short(old)} -> {_short(new)}")
        for path, value in sorted(self.values.items()):
            lines.append(f"    {path}: {_short(value)}")
        return lines


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


@dataclass(frozen=True)
class Plan:
    """The changes that :meth:`Fleet.apply` would make, in the order it makes them."""

    changes: list[Change]

    @property
    def has_changes(self) -> bool:
        return any(c.action != "unchanged" for c in self.changes)

    def count(self, action: ChangeAction) -> int:
        return sum(1 for c in self.changes if c.action == action)

    def summary(self) -> str:
        return (f"{self.count('create')} to create, {self.count('update')} to update, "
                f"{self.count('delete')} to delete, {self.count('unchanged')} unchanged")

    def render(self) -> str:
        lines = [line for change in self.changes for line in change.describe()]
        return "\n".join([*lines, self.summary()])

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": {a: self.count(a) for a in ("create", "update", "delete", "unchanged")},
            "changes": [
                {"action": c.action, "kind": c.kind, "name": c.name, "id": c.id,
                 "parent": c.parent, "version": c.version,
                 "fields": {k: {"current": v[0], "desired": v[1]} for k, v in c.fields.items()},
                 "values": dict(c.values)}
                for c in self.changes
            ],
        }


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

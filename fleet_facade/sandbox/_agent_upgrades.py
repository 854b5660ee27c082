"""Kibana's agent upgrade rules: which versions an agent may go to, and why one may not.

Read in Kibana's ``x-pack/platform/plugins/shared/fleet/``:
``server/routes/agent/upgrade_handler.ts`` (``checkKibanaVersion`` and the single-agent order),
``common/services/check_fleet_server_versions.ts``,
``common/services/is_agent_upgradeable.ts`` (``isAgentUpgradeableToVersion``,
``getNotUpgradeableMessage``, ``getRecentUpgradeInfoForAgent``, ``differsOnlyInPatch``) and
``server/services/agents/upgrade_action_runner.ts`` (the bulk refusals).
"""

from __future__ import annotations

import math
import re
from datetime import datetime

from ._core import FleetCore
from ._http import KibanaError
from ._state import Agent

Version = tuple[int, int, int]

COOLDOWN_MINUTES = 10
#: Agents from this version report ``upgrade_details``, so Kibana drops the 10-minute wait.
UPGRADE_DETAILS_SINCE = (8, 12, 0)

# semver.valid (loose leading "v"/"="), as the request schemas' ``version`` validator uses it.
_SEMVER = re.compile(
    r"^[v=]?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$"
)
_COERCE = re.compile(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?")
_PRERELEASE = re.compile(r"^[v=]?\d+\.\d+\.\d+-([0-9A-Za-z.-]+)")


def check_semver(version: str) -> None:
    """The ``version`` body field's own validator (``server/types/rest_spec/agent.ts``)."""
    if not _SEMVER.match(version):
        raise KibanaError(400, "[request body.version]: not a valid semver")


def coerce(version: str) -> Version | None:
    """``semver.coerce``: the first ``major[.minor[.patch]]`` in the text, prerelease dropped."""
    match = _COERCE.search(version)
    if match is None:
        return None
    return (int(match[1]), int(match[2] or 0), int(match[3] or 0))


def _text(version: Version) -> str:
    return ".".join(str(part) for part in version)


def _differs_only_in_patch(a: Version, b: Version) -> bool:
    # Kibana compares the patch numbers as strings ("10" < "9"); kept on purpose.
    return a[:2] == b[:2] and str(a[2]) >= str(b[2])


def _major_minor_allowed(target: Version, ceiling: Version) -> bool:
    return ceiling[0] > target[0] or (ceiling[0] == target[0] and ceiling[1] >= target[1])


def check_kibana_version(core: FleetCore, version: str, force: bool) -> None:
    """``checkKibanaVersion``: not above Kibana, except a higher patch of Kibana's own minor."""
    kibana, target = coerce(core.kibana_version), coerce(version)
    assert kibana is not None
    if target is None:
        raise KibanaError(400, "Version to upgrade undefined is not valid")
    if not force and target > kibana and not _differs_only_in_patch(target, kibana):
        raise KibanaError(
            400,
            f"Cannot upgrade agent to {_text(target)} because it is higher than the installed "
            f"kibana version {_text(kibana)}",
        )
    if force and not _major_minor_allowed(target, kibana):
        raise KibanaError(
            400,
            f"Cannot force upgrade agent to {_text(target)} because it does not satisfy the "
            f"major and minor of the installed kibana version {_text(kibana)}",
        )


def fleet_server_agents(core: FleetCore) -> list[Agent]:
    """Agents enrolled in a Fleet Server policy (``getAllFleetServerAgents``)."""
    policies = {
        policy_id
        for policy_id, policy in core.state.agent_policies.items()
        if policy.get("has_fleet_server")
    }
    return [a for a in core.state.agents.values() if a.policy_id in policies and a.active]


def check_fleet_server_version(core: FleetCore, version: str, force: bool) -> None:
    """``checkFleetServerVersion``: not above the newest Fleet Server (same patch exemption)."""
    versions = [v for v in (coerce(a.version) for a in fleet_server_agents(core)) if v]
    target = coerce(version)
    if not versions or target is None:
        return
    newest = max(versions)
    if not force and target > newest and not _differs_only_in_patch(target, newest):
        raise KibanaError(
            400,
            f"cannot upgrade agent to {_text(target)} because it is higher than the latest fleet "
            f"server version {_text(newest)}",
        )
    if force and not _major_minor_allowed(target, newest):
        raise KibanaError(
            400,
            f"Cannot force upgrade agent to {_text(target)} because it does not satisfy the "
            f"major and minor of the latest fleet server version {_text(newest)}",
        )


def is_upgrading(agent: Agent) -> bool:
    """``isAgentUpgrading``: upgrade details say so, unless failed or rolled back."""
    if agent.upgrade_details:
        return agent.upgrade_details.get("state") not in ("UPG_FAILED", "UPG_ROLLBACK")
    return bool(agent.upgrade_started_at and not agent.upgraded_at)


def recent_upgrade(core: FleetCore, agent: Agent) -> tuple[float, float] | None:
    """``(elapsed, left)`` milliseconds when the agent upgraded less than 10 minutes ago."""
    agent_version = coerce(agent.version)
    if not agent.upgraded_at or (
        agent_version is not None and agent_version >= UPGRADE_DETAILS_SINCE
    ):
        return None
    upgraded = datetime.fromisoformat(agent.upgraded_at.replace("Z", "+00:00"))
    elapsed = (core.now() - upgraded).total_seconds() * 1000
    if elapsed / 60_000 >= COOLDOWN_MINUTES:
        return None
    return elapsed, COOLDOWN_MINUTES * 60_000 - elapsed


def cooldown_error(core: FleetCore, agent: Agent) -> KibanaError | None:
    """The single upgrade route's 429 while the cooldown runs."""
    recent = recent_upgrade(core, agent)
    if recent is None:
        return None
    left_ms = recent[1]
    minutes, seconds = divmod(int(left_ms // 1000), 60)
    return KibanaError(
        429,
        f"agent {agent.id} was upgraded less than {COOLDOWN_MINUTES} minutes ago. Please wait "
        f"{minutes:02d}m{seconds:02d}s before trying again to ensure the upgrade will not be "
        "rolled back.",
        headers={"retry-after": str(math.ceil(left_ms / 1000))},
    )


def _prerelease_key(version: str) -> tuple[Version, int, str] | None:
    base = coerce(version)
    if base is None:
        return None
    match = _PRERELEASE.match(version)
    # A prerelease sorts below its release (semver), compared here with includePrerelease.
    return (base, 0, match[1]) if match else (base, 1, "")


def _build(version: str) -> str:
    return version.split("+", 1)[1] if "+" in version else ""


def _is_not_downgrade(agent_version: str, target: str) -> bool:
    current, wanted = _prerelease_key(agent_version), _prerelease_key(target)
    if wanted is None or current is None:
        return wanted is None
    if wanted == current:
        # Same version: only a newer build of it counts as an upgrade.
        return _build(target) > _build(agent_version)
    return wanted > current


def _upgradeable(core: FleetCore, agent: Agent) -> bool:
    return not (
        agent.unenrollment_started_at
        or agent.unenrolled_at
        or not agent.upgradeable
        or is_upgrading(agent)
        or (agent.upgrade_details or {}).get("state") == "UPG_WATCHING"
        or recent_upgrade(core, agent) is not None
    )


def upgradeable_to(core: FleetCore, agent: Agent, version: str) -> bool:
    """``isAgentUpgradeableToVersion``."""
    return (
        _upgradeable(core, agent)
        and bool(agent.version)
        and _is_not_downgrade(agent.version, version)
    )


def not_upgradeable_reason(core: FleetCore, agent: Agent, version: str) -> str:
    """``getNotUpgradeableMessage`` for an agent that :func:`upgradeable_to` refused."""
    if not agent.version:
        return "agent version is missing."
    if agent.unenrolled_at:
        return "agent has been unenrolled."
    if agent.unenrollment_started_at:
        return "agent is being unenrolled."
    if not agent.upgradeable:
        return (
            "agent cannot be upgraded through Fleet. It may be running in a container or it is "
            "not installed as a service."
        )
    if is_upgrading(agent):
        return "agent is already being upgraded."
    recent = recent_upgrade(core, agent)
    if recent is not None:
        elapsed, left = (math.ceil(ms / 60_000) for ms in recent)
        return (
            f"agent was upgraded {elapsed} minutes ago, please wait {left} minutes before "
            "attempting the upgrade again."
        )
    current, target = coerce(agent.version), coerce(version)
    if current is None:
        return "agent version is not valid."
    if target is None:
        return "the selected version is not valid."
    if target == current:
        return "agent is already running on the selected version."
    if target < current:
        return "agent does not support downgrades."
    # Kibana then compares with the latest available version, which is Kibana's own here.
    latest = coerce(core.kibana_version)
    if latest is not None and current > latest:
        return "agent is running on a version greater than the latest available version."
    # Kibana's message function returns nothing here and the template prints "undefined".
    return "undefined"


def not_upgradeable(core: FleetCore, agent: Agent, version: str) -> str:
    """``Agent <id> is not upgradeable: <reason>``."""
    return f"Agent {agent.id} is not upgradeable: {not_upgradeable_reason(core, agent, version)}"


def upgrade_available(core: FleetCore, agent: Agent) -> bool:
    """``isAgentUpgradeAvailable`` (the listing's ``showUpgradeable``): upgradeable now, and
    older than the latest available version (Kibana's own here)."""
    current, latest = coerce(agent.version), coerce(core.kibana_version)
    return (
        _upgradeable(core, agent)
        and current is not None
        and latest is not None
        and current < latest
    )

"""Waiting for Fleet to get somewhere: agents online, revisions acknowledged, actions done.

Every wait polls at ``interval`` seconds until its condition holds or ``timeout`` passes, calls
``on_progress`` with a short description of each state it sees, and raises
:class:`WorkflowTimeoutError` (saying what it last saw) when time runs out.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .._exceptions import InvalidValueError, NotFoundError
from .._kql import kql_quote
from ..workflows._results import WorkflowTimeoutError

if TYPE_CHECKING:
    from fleet_api_client.models import ActionStatus  # type: ignore[import-untyped, unused-ignore]

    from .client import AsyncFleet

Progress = Callable[[str], None]
T = TypeVar("T")

#: Action statuses after which nothing more happens (Kibana's action status values).
FINAL_ACTION_STATUSES = {"COMPLETE", "EXPIRED", "CANCELLED", "FAILED", "ROLLOUT_PASSED"}


async def poll(
    fleet: AsyncFleet,
    check: Callable[[], Awaitable[tuple[T | None, str]]],
    *,
    waited_for: str,
    timeout: float,
    interval: float,
    on_progress: Progress | None,
) -> T:
    """Call ``check`` until it returns a result (not ``None``) or ``timeout`` passes."""
    if timeout <= 0 or interval <= 0:
        raise InvalidValueError("timeout and interval must be positive numbers of seconds")
    deadline = time.monotonic() + timeout
    last = "nothing yet"
    while True:
        result, last = await check()
        if on_progress is not None:
            on_progress(last)
        if result is not None:
            return result
        if time.monotonic() >= deadline:
            raise WorkflowTimeoutError(waited_for, timeout, last)
        await fleet._transport._sleep(min(interval, max(deadline - time.monotonic(), 0.0)))


async def wait_for_agents(
    fleet: AsyncFleet,
    *,
    policy_id: str,
    count: int = 1,
    status: str = "online",
    timeout: float = 300.0,
    interval: float = 5.0,
    on_progress: Progress | None = None,
) -> int:
    """See :meth:`AsyncFleet.wait_for_agents`."""
    kuery = f"policy_id:{kql_quote(policy_id)} and status:{status}"

    async def check() -> tuple[int | None, str]:
        found = await fleet.agents.list(kuery=kuery, per_page=1).count()
        return (found if found >= count else None), f"{found}/{count} agents {status}"

    return await poll(fleet, check, waited_for=f"{count} {status} agent(s) on policy {policy_id}",
                      timeout=timeout, interval=interval, on_progress=on_progress)


async def wait_for_policy_revision(
    fleet: AsyncFleet,
    *,
    policy_id: str,
    revision: int | None = None,
    timeout: float = 300.0,
    interval: float = 5.0,
    on_progress: Progress | None = None,
) -> int:
    """See :meth:`AsyncFleet.wait_for_policy_revision`."""
    if revision is None:
        revision = _int((await fleet.agent_policies.get(id=policy_id)).revision)
    wanted = revision
    kuery = f"policy_id:{kql_quote(policy_id)}"

    async def check() -> tuple[int | None, str]:
        behind = 0
        total = 0
        async for agent in fleet.agents.list(kuery=kuery):
            total += 1
            seen = agent.policy_revision
            if not isinstance(seen, int | float) or seen < wanted:
                behind += 1
        done = total - behind
        return (total if behind == 0 else None), f"{done}/{total} agents on revision {wanted}"

    return await poll(fleet, check, waited_for=f"revision {wanted} of policy {policy_id}",
                      timeout=timeout, interval=interval, on_progress=on_progress)


async def wait_for_package_installed(
    fleet: AsyncFleet,
    *,
    name: str,
    version: str | None = None,
    timeout: float = 300.0,
    interval: float = 2.0,
    on_progress: Progress | None = None,
) -> str:
    """See :meth:`AsyncFleet.wait_for_package_installed`."""
    version = await fleet.packages.resolve_version(name=name, version=version)

    async def check() -> tuple[str | None, str]:
        try:
            info = (await fleet.packages.get(name=name, version=version)).to_dict()
        except NotFoundError:
            return None, "not found"
        state = str((info.get("installationInfo") or {}).get("install_status")
                    or info.get("status") or "not_installed")
        return (version if state == "installed" else None), f"{name} {version}: {state}"

    return await poll(fleet, check, waited_for=f"package {name} {version} to be installed",
                      timeout=timeout, interval=interval, on_progress=on_progress)


async def wait_for_action(
    fleet: AsyncFleet,
    *,
    action_id: str,
    timeout: float = 600.0,
    interval: float = 5.0,
    on_progress: Progress | None = None,
) -> ActionStatus:
    """See :meth:`AsyncFleet.wait_for_action`."""

    async def check() -> tuple[Any, str]:
        for status in await fleet.agents.action_status(per_page=100):
            if status.action_id == action_id:
                state = str(status.status)
                summary = (f"{state}: {_int(status.nb_agents_ack)}/"
                           f"{_int(status.nb_agents_actioned)} acknowledged, "
                           f"{_int(status.nb_agents_failed)} failed")
                return (status if state in FINAL_ACTION_STATUSES else None), summary
        return None, "action not listed yet"

    result: ActionStatus = await poll(fleet, check, waited_for=f"action {action_id}",
                                      timeout=timeout, interval=interval,
                                      on_progress=on_progress)
    return result


def _int(value: Any) -> int:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0

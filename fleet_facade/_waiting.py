"""What the waits share and that does no I/O: their defaults, progress type and checks.

The waits themselves are methods of the resources they wait on (``fleet.agents.wait_for_action``,
``fleet.agent_policies.wait_for_revision``, ``fleet.packages.wait_for_installed``...); the loop
they all run is ``_async/waits.py``. The defaults live here once, so a wait called directly and
the same wait inside a workflow (``teardown``, ``upgrade_agents``) agree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._exceptions import InvalidValueError

#: Called with a short description of each state a wait sees (``"2/3 agents online"``).
Progress = Callable[[str], None]

#: Seconds a wait for agents or a package gives Fleet before raising WorkflowTimeoutError.
WAIT_TIMEOUT = 300.0
#: Seconds between two looks at agents or actions.
WAIT_INTERVAL = 5.0
#: Seconds between two looks at a package install (installs are quicker than agent check-ins).
PACKAGE_INTERVAL = 2.0
#: Seconds a wait for an agent action (reassign, unenroll, one upgrade batch) may take.
ACTION_TIMEOUT = 600.0
#: Seconds ``upgrade_agents`` waits for each batch, and the time between two looks.
ROLLOUT_TIMEOUT = 3600.0
ROLLOUT_INTERVAL = 10.0

#: Action statuses after which nothing more happens (Kibana's action status values).
FINAL_ACTION_STATUSES = frozenset({"COMPLETE", "EXPIRED", "CANCELLED", "FAILED", "ROLLOUT_PASSED"})


def check_wait(timeout: float, interval: float) -> None:
    """Refuse a wait that could never end or never look (before the first request)."""
    if timeout <= 0 or interval <= 0:
        raise InvalidValueError("timeout and interval must be positive numbers of seconds")


def count_of(value: Any) -> int:
    """An agent count Kibana reports (``nbAgentsAck``...), 0 when absent or not a number."""
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0


def action_summary(status: Any) -> str:
    """One line on an action's progress, as ``on_progress`` receives it."""
    return (f"{status.status}: {count_of(status.nb_agents_ack)}/"
            f"{count_of(status.nb_agents_actioned)} acknowledged, "
            f"{count_of(status.nb_agents_failed)} failed")

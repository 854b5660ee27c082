"""Multi-step Fleet jobs made one call: onboarding, declarative plan/apply, rollouts, teardown.

The data types and pure logic live here; the I/O lives in the clients (``fleet.onboard``,
``fleet.plan`` / ``fleet.apply`` ..., defined once each in ``fleet_facade/_async/``), the waits
on the resources they wait on (``fleet.agents.wait_for_action``...). The workflows' errors are
part of the one exception tree in ``fleet_facade._exceptions``, re-exported here.

Each name is loaded on first use (PEP 562): the client imports the workflow mixins with
``import fleet_facade``, and a script that never plans or onboards should not pay for
desired-state files and results.
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_getattr

__all__ = [
    "ApplyError",
    "Change",
    "DesiredState",
    "DesiredStateError",
    "Integration",
    "Onboarding",
    "Plan",
    "RolloutReport",
    "WorkflowError",
    "WorkflowTimeoutError",
    "load_desired_state",
]

_LAZY = {
    **dict.fromkeys(("ApplyError", "DesiredStateError", "WorkflowError", "WorkflowTimeoutError"),
                    "fleet_facade._exceptions"),
    **dict.fromkeys(("Change", "Plan"), "fleet_facade.workflows._plan"),
    **dict.fromkeys(("DesiredState", "load_desired_state"),
                    "fleet_facade.workflows._desired_state"),
    **dict.fromkeys(("Integration", "Onboarding", "RolloutReport"),
                    "fleet_facade.workflows._results"),
}


__getattr__ = lazy_getattr(__name__, globals(), _LAZY)


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:
    from fleet_facade._exceptions import (
        ApplyError,
        DesiredStateError,
        WorkflowError,
        WorkflowTimeoutError,
    )
    from fleet_facade.workflows._desired_state import DesiredState, load_desired_state
    from fleet_facade.workflows._plan import Change, Plan
    from fleet_facade.workflows._results import Integration, Onboarding, RolloutReport

"""Multi-step Fleet jobs made one call: onboarding, declarative plan/apply, waits, rollouts.

The data types and pure logic live here; the I/O lives in the clients
(``Fleet.onboard`` / ``AsyncFleet.onboard``, ``fleet.plan`` / ``fleet.apply`` …).
"""

from fleet_facade.workflows._desired_state import (
    DesiredState,
    DesiredStateError,
    load_desired_state,
)
from fleet_facade.workflows._results import (
    ApplyError,
    Change,
    Integration,
    Onboarding,
    Plan,
    RolloutReport,
    WorkflowError,
    WorkflowTimeoutError,
)

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

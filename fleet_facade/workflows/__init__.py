"""Multi-step Fleet jobs made one call: onboarding, declarative plan/apply, rollouts, teardown.

The data types and pure logic live here; the I/O lives in the clients (``fleet.onboard``,
``fleet.plan`` / ``fleet.apply`` ..., defined once each in ``fleet_facade/_async/``), the waits
on the resources they wait on (``fleet.agents.wait_for_action``...). The workflows' errors are
part of the one exception tree in ``fleet_facade._exceptions``, re-exported here.
"""

from fleet_facade._exceptions import (
    ApplyError,
    DesiredStateError,
    WorkflowError,
    WorkflowTimeoutError,
)
from fleet_facade.workflows._change import Change
from fleet_facade.workflows._desired_state import DesiredState, load_desired_state
from fleet_facade.workflows._results import Integration, Onboarding, Plan, RolloutReport

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

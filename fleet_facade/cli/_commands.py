"""Every command of ``fleet-facade``, in the order ``--help`` lists them."""

from __future__ import annotations

from ._agent_policies import POLICIES
from ._agents import AGENTS
from ._command import Command
from ._desired_state import APPLY, PLAN
from ._enrollment_tokens import TOKENS
from ._fleet_settings import FLEET_SERVER_HOSTS, OUTPUTS
from ._install_command import INSTALL_COMMAND
from ._onboarding import DEMO, ONBOARD, TEARDOWN
from ._package_policies import PACKAGE_POLICIES
from ._packages import PACKAGES

COMMANDS: tuple[Command, ...] = (
    DEMO, ONBOARD, INSTALL_COMMAND, POLICIES, PACKAGE_POLICIES, TOKENS, PACKAGES, AGENTS, OUTPUTS,
    FLEET_SERVER_HOSTS, PLAN, APPLY, TEARDOWN,
)

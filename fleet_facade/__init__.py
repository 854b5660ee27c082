"""fleet-facade: a typed, retry-safe client for Elastic Fleet through Kibana's Fleet API.

Example:
    >>> from fleet_facade import Fleet
    >>> fleet = Fleet("https://kibana.example:9243", api_key="...")  # doctest: +SKIP
    >>> policy = fleet.agent_policies.create(name="web", namespace="default")  # doctest: +SKIP
"""

from typing import TYPE_CHECKING

from ._exceptions import (
    APIStatusError,
    ApplyError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DesiredStateError,
    FleetConfigError,
    FleetConnectionError,
    FleetError,
    FleetTimeoutError,
    InstallOptionError,
    InvalidArgumentError,
    InvalidInputsError,
    InvalidPackageVersionError,
    InvalidRequestError,
    InvalidValueError,
    NotFoundError,
    PackageLookupError,
    PackageNotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    UnsupportedByServerError,
    WorkflowError,
    WorkflowTimeoutError,
)
from ._install_instructions import InstallInstruction, InstallInstructions
from ._integration_inputs import validate_simplified_inputs
from ._lazy import lazy_getattr
from ._pages import Page
from ._sync._pagination import Listing
from ._sync.client import Fleet
from ._version import __version__

__all__ = [
    "APIStatusError",
    "ApplyError",
    "AsyncFleet",
    "AsyncListing",
    "AuthenticationError",
    "BadRequestError",
    "Change",
    "ConflictError",
    "DesiredState",
    "DesiredStateError",
    "Fleet",
    "FleetConfigError",
    "FleetConnectionError",
    "FleetError",
    "FleetTimeoutError",
    "InstallInstruction",
    "InstallInstructions",
    "InstallOptionError",
    "Integration",
    "InvalidArgumentError",
    "InvalidInputsError",
    "InvalidPackageVersionError",
    "InvalidRequestError",
    "InvalidValueError",
    "Listing",
    "NotFoundError",
    "Onboarding",
    "PackageLookupError",
    "PackageNotFoundError",
    "Page",
    "PermissionDeniedError",
    "Plan",
    "RateLimitError",
    "RolloutReport",
    "ServerError",
    "UnexpectedResponseError",
    "UnsupportedByServerError",
    "WorkflowError",
    "WorkflowTimeoutError",
    "__version__",
    "load_desired_state",
    "validate_simplified_inputs",
]

# Loaded on first use: the async client and the workflow types are a second module tree
# that a synchronous script never needs (PEP 562). Every exception, the workflows' too, is
# imported above from the one tree in ``_exceptions``.
_LAZY = {
    "AsyncFleet": "fleet_facade._async.client",
    "AsyncListing": "fleet_facade._async._pagination",
    **{
        name: "fleet_facade.workflows"
        for name in ("Change", "DesiredState", "Integration", "Onboarding", "Plan",
                     "RolloutReport", "load_desired_state")
    },
}


__getattr__ = lazy_getattr(__name__, globals(), _LAZY)


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:
    from ._async._pagination import AsyncListing
    from ._async.client import AsyncFleet
    from .workflows import (
        Change,
        DesiredState,
        Integration,
        Onboarding,
        Plan,
        RolloutReport,
        load_desired_state,
    )

"""fleet-facade: a typed, retry-safe client for Elastic Fleet through Kibana's Fleet API.

Example:
    >>> from fleet_facade import Fleet
    >>> fleet = Fleet("https://kibana.example:9243", api_key="...")  # doctest: +SKIP
    >>> policy = fleet.agent_policies.create(name="web", namespace="default")  # doctest: +SKIP
"""

from ._async._pagination import AsyncListing
from ._async.client import AsyncFleet
from ._exceptions import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FleetConfigError,
    FleetConnectionError,
    FleetError,
    FleetTimeoutError,
    InvalidInputsError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    UnsupportedByServerError,
)
from ._integration_inputs import validate_simplified_inputs
from ._sync._pagination import Listing, Page
from ._sync.client import Fleet
from ._version import __version__
from .workflows import (
    ApplyError,
    Change,
    DesiredState,
    Integration,
    Onboarding,
    Plan,
    RolloutReport,
    WorkflowError,
    WorkflowTimeoutError,
    load_desired_state,
)

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
    "Fleet",
    "FleetConfigError",
    "FleetConnectionError",
    "FleetError",
    "FleetTimeoutError",
    "Integration",
    "InvalidInputsError",
    "InvalidRequestError",
    "Listing",
    "NotFoundError",
    "Onboarding",
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

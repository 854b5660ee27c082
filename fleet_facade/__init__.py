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

__all__ = [
    "APIStatusError",
    "AsyncFleet",
    "AsyncListing",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "Fleet",
    "FleetConfigError",
    "FleetConnectionError",
    "FleetError",
    "FleetTimeoutError",
    "InvalidInputsError",
    "Listing",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UnexpectedResponseError",
    "UnsupportedByServerError",
    "__version__",
    "validate_simplified_inputs",
]

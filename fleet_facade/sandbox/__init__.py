"""A local, in-memory imitation of Kibana's Fleet HTTP API for tests.

Example:
    >>> from fleet_facade.sandbox import FleetSandbox
    >>> sb = FleetSandbox(seed=1)
    >>> with sb.client() as client:
    ...     client.get("/api/fleet/outputs").json()["items"][0]["id"]
    'fleet-default-output'
"""

from ._catalog import Catalog
from ._contract import ContractViolation
from ._faults import Fault, Faults
from ._router import RequestRecord
from ._sandbox import DEFAULT_KIBANA_VERSION, FleetSandbox
from ._state import SandboxState

__all__ = [
    "DEFAULT_KIBANA_VERSION",
    "Catalog",
    "ContractViolation",
    "Fault",
    "Faults",
    "FleetSandbox",
    "RequestRecord",
    "SandboxState",
]

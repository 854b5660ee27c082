"""A client library for accessing Kibana Fleet API"""

# fleet-facade template: the clients load on first use, so importing one endpoint or model
# module does not also build the client module (attrs, httpx) until it is needed.
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""The sync client's wires: urllib3 to Kibana, httpx for httpx transports and proxies.

Written by hand, not derived from ``_async/_wire.py`` (scripts/run_unasync.py leaves it alone):
the async side runs the urllib3 wire in worker threads, which has no sync counterpart.
"""

from __future__ import annotations

from typing import Any

import httpx

from .._config import Settings
from .._http import Reply, httpx_options, reply_from_httpx, send_error_from_httpx
from .._urllib3_wire import Urllib3Wire, proxied


class HttpxWire:
    """Sends requests with one ``httpx.Client`` (a caller's transport, or a proxied network)."""

    def __init__(self, settings: Settings, transport: httpx.BaseTransport | None) -> None:
        self._http = httpx.Client(transport=transport, **httpx_options(settings))

    def httpx_client(self) -> httpx.Client:
        """The httpx client itself (for the generated client's ``raw`` access)."""
        return self._http

    def send(self, request: dict[str, Any]) -> Reply:
        """Send one request built by a generated ``_get_kwargs`` (url relative to the base).

        Raises:
            SendError: No HTTP answer came back.
        """
        try:
            response = self._http.request(**request)
        except (httpx.TransportError, httpx.DecodingError, httpx.InvalidURL, ValueError) as exc:
            raise send_error_from_httpx(exc) from None
        return reply_from_httpx(response)

    def close(self) -> None:
        self._http.close()


def open_wire(settings: Settings, transport: httpx.BaseTransport | None) -> HttpxWire | Urllib3Wire:
    """urllib3 for direct connections; httpx for an httpx transport or an environment proxy."""
    if transport is None and not proxied(settings.base_url):
        return Urllib3Wire(settings)
    return HttpxWire(settings, transport)

"""The async client's HTTP library: httpx.

Unlike the other modules here, this one has no derived sync copy: the sync client's wire
(``fleet_facade/_sync/_wire.py``) is written by hand, because it sends through urllib3, which has
no async counterpart.
"""

from __future__ import annotations

from typing import Any

import httpx

from .._config import Settings
from .._http import Reply, reply_from_httpx, send_error_from_httpx


class AsyncHttpxWire:
    """Sends requests with one ``httpx.AsyncClient`` (a caller's transport, or the network)."""

    def __init__(self, settings: Settings, transport: httpx.AsyncBaseTransport | None) -> None:
        self._http = httpx.AsyncClient(
            base_url=settings.base_url,
            headers=settings.headers(),
            timeout=settings.timeout,
            verify=settings.verify,
            transport=transport,
            follow_redirects=False,
        )

    def httpx_client(self) -> httpx.AsyncClient:
        """The httpx client itself (for the generated client's ``raw`` access)."""
        return self._http

    async def send(self, request: dict[str, Any]) -> Reply:
        """Send one request built by a generated ``_get_kwargs`` (url relative to the base).

        Raises:
            SendError: No HTTP answer came back.
        """
        try:
            response = await self._http.request(**request)
        except (httpx.TransportError, httpx.InvalidURL) as exc:
            raise send_error_from_httpx(exc) from None
        return reply_from_httpx(response)

    async def close(self) -> None:
        await self._http.aclose()


def open_wire(settings: Settings, transport: httpx.AsyncBaseTransport | None) -> AsyncHttpxWire:
    """The wire for one async client."""
    return AsyncHttpxWire(settings, transport)

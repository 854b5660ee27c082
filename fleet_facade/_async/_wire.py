"""The async client's wires: urllib3 from worker threads to Kibana, httpx for the rest.

Unlike the other modules here, this one has no derived sync copy: the sync client's wires
(``fleet_facade/_sync/_wire.py``) are written by hand.

Why threads: an async request through httpx costs about 1.5 ms of client CPU here (httpx,
httpcore, h11, anyio and asyncio layers) against about 0.3 ms through urllib3 plus a thread
hand-off. With 16 requests in flight, the client's CPU, not Kibana, set the pace: 200 creates at
concurrency 16 ran only 8x faster than one by one. urllib3 waits on sockets with the GIL
released, so worker threads overlap requests for real, and the event loop never blocks. It works
on any anyio backend (asyncio, trio).
"""

from __future__ import annotations

from typing import Any

import anyio
import anyio.to_thread
import httpx

from .._config import Settings
from .._http import Reply, httpx_options, reply_from_httpx, send_error_from_httpx
from .._urllib3_wire import MAX_IN_FLIGHT, Urllib3Wire, proxied


class AsyncHttpxWire:
    """Sends requests with one ``httpx.AsyncClient`` (a caller's transport, or a proxy)."""

    def __init__(self, settings: Settings, transport: httpx.AsyncBaseTransport | None) -> None:
        self._http = httpx.AsyncClient(transport=transport, **httpx_options(settings))

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
        except (httpx.TransportError, httpx.DecodingError, httpx.InvalidURL, ValueError) as exc:
            raise send_error_from_httpx(exc) from None
        return reply_from_httpx(response)

    async def close(self) -> None:
        await self._http.aclose()


class AsyncThreadWire:
    """Runs a :class:`Urllib3Wire` in worker threads, at most ``MAX_IN_FLIGHT`` requests at once.

    A cancelled call returns at once; its request finishes (or times out) in its thread and
    the answer is dropped, as when a response is lost on the network.
    """

    def __init__(self, settings: Settings) -> None:
        self._wire = Urllib3Wire(settings)
        self._settings = settings
        self._limiter: anyio.CapacityLimiter | None = None  # made inside the event loop
        self._raw_http: httpx.AsyncClient | None = None

    def httpx_client(self) -> httpx.AsyncClient:
        """A separate httpx client with the same settings (for the generated async ``raw``)."""
        if self._raw_http is None:
            self._raw_http = httpx.AsyncClient(**httpx_options(self._settings))
        return self._raw_http

    async def send(self, request: dict[str, Any]) -> Reply:
        """Send one request from a worker thread (see :meth:`Urllib3Wire.send`).

        Raises:
            SendError: No HTTP answer came back.
        """
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(MAX_IN_FLIGHT)
        return await anyio.to_thread.run_sync(
            self._wire.send, request, limiter=self._limiter, abandon_on_cancel=True
        )

    async def close(self) -> None:
        self._wire.close()
        if self._raw_http is not None:
            await self._raw_http.aclose()


def open_wire(
    settings: Settings, transport: httpx.AsyncBaseTransport | None
) -> AsyncHttpxWire | AsyncThreadWire:
    """urllib3 (threads) for direct connections; httpx for an httpx transport or a proxy."""
    if transport is None and not proxied(settings.base_url):
        return AsyncThreadWire(settings)
    return AsyncHttpxWire(settings, transport)

"""The sync client's wires: urllib3 to Kibana, httpx for httpx transports and proxies.

Written by hand, not derived from ``_async/_wire.py`` (scripts/run_unasync.py leaves it alone):
the async side runs the urllib3 wire in worker threads, which has no sync counterpart.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from .._config import Settings, attempt_deadline
from .._deadline import Attempt, DeadlineBackend
from .._http import (
    FleetHttpxClient,
    Reply,
    deadline_error,
    httpx_options,
    read_httpx_body,
    reply_from_httpx,
    send_error_from_httpx,
)
from .._urllib3_wire import Urllib3Wire, proxied

#: What sending through httpx raises besides its transport errors: ValueError (and TypeError,
#: RecursionError) while encoding a body no JSON can carry.
_HTTPX_FAILURES = (
    httpx.TransportError, httpx.DecodingError, httpx.InvalidURL, ValueError, TypeError,
    RecursionError,
)  # fmt: skip


class HttpxWire:
    """Sends requests with one ``httpx.Client`` (a caller's transport, or a proxied network)."""

    def __init__(self, settings: Settings, transport: httpx.BaseTransport | None) -> None:
        self._settings = settings
        self._http = FleetHttpxClient(transport=transport, **httpx_options(settings))
        bound_by_deadlines(self._http)

    def httpx_client(self) -> httpx.Client:
        """The httpx client itself (for the generated client's ``raw`` access)."""
        return self._http

    def send(self, request: dict[str, Any]) -> Reply:
        """Send one request built by a generated ``_get_kwargs`` (url relative to the base).

        Raises:
            SendError: No (complete) HTTP answer came back in time.
            RefusedBody: The answer's body is too large or in a coding not asked for.
        """
        attempt = Attempt(
            attempt_deadline(request.get("timeout") or self._settings.timeout), watched=False
        )
        with attempt:
            try:
                response = self._http.send(self._http.build_request(**request), stream=True)
                try:
                    content = read_httpx_body(response, self._settings.max_response_bytes)
                finally:
                    response.close()
            except _HTTPX_FAILURES as exc:
                if isinstance(exc, httpx.TimeoutException) and time.monotonic() >= attempt.at:
                    raise deadline_error(attempt.seconds) from None
                raise send_error_from_httpx(exc) from None
        return reply_from_httpx(response, content)

    def close(self) -> None:
        self._http.close()


def bound_by_deadlines(client: httpx.Client) -> None:
    """Make the network connections of ``client`` honour each attempt's deadline.

    httpx has no total timeout; its connection pools (the default one and one per proxy) get
    a network backend that shortens every socket operation to the time left (``_deadline``).
    Transports that are not httpx's own (the sandbox's, ``MockTransport``) are left alone.
    """
    transports = [client._transport, *client._mounts.values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        wrap = backend is not None and not isinstance(backend, DeadlineBackend)
        if isinstance(transport, httpx.HTTPTransport) and wrap:
            pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr, arg-type]


def open_wire(settings: Settings, transport: httpx.BaseTransport | None) -> HttpxWire | Urllib3Wire:
    """urllib3 for direct connections; httpx for an httpx transport or an environment proxy."""
    if transport is None and not proxied(settings.base_url):
        return Urllib3Wire(settings)
    return HttpxWire(settings, transport)

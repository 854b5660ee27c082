"""Sending through httpx: caller-supplied httpx transports, proxies, and ``fleet.raw``'s client.

The only hand-written module that imports httpx (and httpcore) at module level; it is imported
when one of those paths is first used (``_wires.py``), so a client that talks to Kibana
directly, through urllib3, never loads httpx. Both flavours live here, side by side: the sync
wire bounds each attempt through the network backend (:class:`DeadlineBackend`), the async
one with a cancel scope; they share the client options, the body reading and the failure
classification.
"""

from __future__ import annotations

import time
import zlib
from typing import Any

import httpcore
import httpx

from ._body import CHUNK, BodyDecoder, BodyRefused, BodyTooLarge
from ._config import Settings, Timeouts, attempt_deadline
from ._deadline import Attempt, current
from ._exceptions import InvalidRequestError
from ._wire_contract import (
    ACCEPT_ENCODING,
    RefusedBody,
    Reply,
    SendError,
    connect_failure,
    corrupt_body,
    deadline_error,
    retryable_reason,
)

#: What sending through httpx raises besides its transport errors: ValueError (and TypeError,
#: RecursionError) while encoding a body no JSON can carry.
_HTTPX_FAILURES = (
    httpx.TransportError, httpx.DecodingError, httpx.InvalidURL, ValueError, TypeError,
    RecursionError,
)  # fmt: skip
#: httpx failures where the request certainly never reached the server.
_HTTPX_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


# -- the clients ---------------------------------------------------------------------------------


def httpx_options(settings: Settings) -> dict[str, Any]:
    """Arguments for an httpx client (sync or async) configured as every wire is.

    The default headers include ``kbn-xsrf``: these clients are also handed out as ``raw``.
    """
    return {
        "base_url": settings.base_url,
        "headers": {**settings.headers(), "accept-encoding": ACCEPT_ENCODING},
        "timeout": settings.timeout.as_httpx(),
        "verify": settings.verify,
        "follow_redirects": False,
    }


def refuse_dot_segments(url: object) -> None:
    """Refuse a relative URL whose path has a ``.`` or ``..`` segment.

    httpx resolves them before sending (``/packages/nginx/..`` becomes ``/packages``), so a
    request built from an id ``..`` would reach another route; the facade refuses such ids
    earlier (``_limits.py``), this guards ``fleet.raw`` too.

    Raises:
        InvalidRequestError: The path has a dot segment.
    """
    if not isinstance(url, str) or ("." not in url and "%2" not in url.lower()):
        return
    path = url.split("?", 1)[0].split("#", 1)[0]
    for segment in path.split("/"):
        if segment.lower().replace("%2e", ".") in (".", ".."):
            raise InvalidRequestError(
                f"refusing to send a request to {path[:200]!r}: its {segment!r} segment would "
                "be resolved away and the request sent to another route"
            )


class FleetHttpxClient(httpx.Client):
    """``httpx.Client`` refusing dot segments in request paths (see above)."""

    def build_request(self, method: str, url: Any, **kwargs: Any) -> httpx.Request:
        refuse_dot_segments(url)
        return super().build_request(method, url, **kwargs)


class FleetAsyncHttpxClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` refusing dot segments in request paths (see above)."""

    def build_request(self, method: str, url: Any, **kwargs: Any) -> httpx.Request:
        refuse_dot_segments(url)
        return super().build_request(method, url, **kwargs)


def new_client(settings: Settings, transport: httpx.BaseTransport | None) -> httpx.Client:
    """The sync httpx client of a fleet client: its settings, each attempt's deadline honoured."""
    client = FleetHttpxClient(transport=transport, **httpx_options(settings))
    bound_by_deadlines(client)
    return client


def new_async_client(
    settings: Settings, transport: httpx.AsyncBaseTransport | None
) -> httpx.AsyncClient:
    """The async httpx client of a fleet client, with its settings."""
    return FleetAsyncHttpxClient(transport=transport, **httpx_options(settings))


# -- the wires -----------------------------------------------------------------------------------


class HttpxWire:
    """Sends requests with one ``httpx.Client`` (a caller's transport, or a proxied network).

    The client is not the wire's: it belongs to the fleet client's ``HttpxClientOwner``
    (``_wires.py``), which also hands it out as ``fleet.raw`` and closes it.
    """

    def __init__(self, settings: Settings, client: httpx.Client) -> None:
        self._settings = settings
        self._http = client

    def send(self, request: dict[str, Any]) -> Reply:
        """Send one request built by a generated ``_get_kwargs`` (url relative to the base).

        Raises:
            SendError: No (complete) HTTP answer came back in time.
            RefusedBody: The answer's body is too large or in a coding not asked for.
        """
        timeout = request.get("timeout") or self._settings.timeout
        attempt = Attempt(attempt_deadline(timeout), watched=False)
        with attempt:
            try:
                built = self._http.build_request(**_httpx_request(request))
                response = self._http.send(built, stream=True)
                try:
                    content = read_body(response, self._settings.max_response_bytes)
                finally:
                    response.close()
            except _HTTPX_FAILURES as exc:
                if isinstance(exc, httpx.TimeoutException) and time.monotonic() >= attempt.at:
                    raise deadline_error(attempt.seconds) from None
                raise send_error_from_httpx(exc) from None
        return reply_from_httpx(response, content)

    def close(self) -> None:
        """Nothing of its own to close (the owner closes the client)."""


class AsyncHttpxWire:
    """Sends requests with one ``httpx.AsyncClient`` (a caller's transport, or a proxy).

    The client belongs to the fleet client's ``AsyncHttpxClientOwner``, as for
    :class:`HttpxWire`.
    """

    def __init__(self, settings: Settings, client: httpx.AsyncClient) -> None:
        import anyio  # the async client's (the sync one, through httpx too, needs none)

        self._settings = settings
        self._http = client
        self._fail_after = anyio.fail_after

    async def send(self, request: dict[str, Any]) -> Reply:
        """Send one request built by a generated ``_get_kwargs`` (url relative to the base).

        The whole attempt runs in a cancel scope bounded by its deadline.

        Raises:
            SendError: No (complete) HTTP answer came back in time.
            RefusedBody: The answer's body is too large or in a coding not asked for.
        """
        seconds = attempt_deadline(request.get("timeout") or self._settings.timeout)
        try:
            with self._fail_after(seconds):
                built = self._http.build_request(**_httpx_request(request))
                response = await self._http.send(built, stream=True)
                try:
                    content = await self._read(response)
                finally:
                    await response.aclose()
        except TimeoutError:
            raise deadline_error(seconds) from None
        except _HTTPX_FAILURES as exc:
            raise send_error_from_httpx(exc) from None
        return reply_from_httpx(response, content)

    async def _read(self, response: httpx.Response) -> bytes:
        limit = self._settings.max_response_bytes
        try:
            if already_read(response):
                return _within(response.content, limit)
            decoder = body_decoder(response, limit)
            async for chunk in response.aiter_raw(CHUNK):
                decoder.feed(chunk)
            return decoder.finish()
        except BodyRefused as exc:
            raise RefusedBody(reply_from_httpx(response, b""), str(exc)) from None
        except zlib.error as exc:
            raise corrupt_body(exc) from None

    async def close(self) -> None:
        """Nothing of its own to close (the owner closes the client)."""


def _httpx_request(request: dict[str, Any]) -> dict[str, Any]:
    """``request`` for ``build_request``: a ``with_options`` timeout as an ``httpx.Timeout``."""
    timeout = request.get("timeout")
    if isinstance(timeout, Timeouts):
        return {**request, "timeout": timeout.as_httpx()}
    return request


# -- bodies and failures -------------------------------------------------------------------------


def read_body(response: httpx.Response, limit: int) -> bytes:
    """A streamed httpx response's body, decoded within ``limit`` (see ``_body.py``).

    Raises:
        RefusedBody: Too large, or in a coding not asked for.
        SendError: The compressed body is corrupt.
    """
    try:
        if already_read(response):
            return _within(response.content, limit)
        decoder = body_decoder(response, limit)
        for chunk in response.iter_raw(CHUNK):
            decoder.feed(chunk)
        return decoder.finish()
    except BodyRefused as exc:
        raise RefusedBody(reply_from_httpx(response, b""), str(exc)) from None
    except zlib.error as exc:
        raise corrupt_body(exc) from None


def already_read(response: httpx.Response) -> bool:
    """Whether an in-process transport handed back a response it had read (and decoded)."""
    return response.is_stream_consumed or hasattr(response, "_content")


def _within(content: bytes, limit: int) -> bytes:
    if len(content) > limit:
        raise BodyTooLarge(limit)
    return content


def body_decoder(response: httpx.Response, limit: int) -> BodyDecoder:
    """The decoder for an httpx response (raises ``BodyRefused`` at once if it must)."""
    decoder = BodyDecoder(response.headers.get("content-encoding"), limit)
    decoder.check_length(response.headers.get("content-length"))
    return decoder


def reply_from_httpx(response: httpx.Response, content: bytes) -> Reply:
    """The :class:`Reply` for a response whose body (``content``) has been read."""
    request = response.request
    return Reply(
        response.status_code, response.headers, content, request.method, request.url.path
    )


def send_error_from_httpx(exc: Exception) -> SendError:
    """Classify an httpx failure (raised while sending) for the retry decision.

    ``ValueError``: httpx could not build the request (a NaN in a JSON body, a bad header).
    ``DecodingError``: the body came back undecodable (bad gzip), like a lost answer.
    """
    kind, detail = type(exc).__name__, str(exc) or type(exc).__name__
    if isinstance(exc, httpx.InvalidURL | httpx.LocalProtocolError | ValueError):
        return SendError(kind, detail, sent=False, retryable=False, invalid=True)
    if isinstance(exc, httpx.UnsupportedProtocol):
        return SendError(kind, detail, sent=False, retryable=False)
    reason, detail = connect_failure(exc)
    return SendError(
        kind,
        detail,
        sent=not isinstance(exc, _HTTPX_NOT_SENT) and reason is None,
        timeout=isinstance(exc, httpx.TimeoutException),
        retryable=retryable_reason(reason),
        reason=reason,
    )


# -- deadlines on httpx's own connections --------------------------------------------------------


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


def remaining(timeout: float | None) -> float | None:
    """``timeout``, shortened to what is left of the current attempt's deadline.

    Raises:
        httpcore.ReadTimeout: The deadline has passed.
    """
    attempt = current()
    if attempt is None:
        return timeout
    left = attempt.at - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout(f"no complete answer within {attempt.seconds:g} s")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every operation ends by the current attempt's deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, remaining(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, remaining(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(*args, **kwargs))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend, with streams bounded by the attempt's deadline."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        return _DeadlineStream(self._backend.connect_tcp(*args, **kwargs))

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        return _DeadlineStream(self._backend.connect_unix_socket(*args, **kwargs))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)

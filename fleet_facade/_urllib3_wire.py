"""Sending through urllib3: the wire of both clients for direct connections to Kibana.

Why urllib3: a call through httpx 0.28 costs about twice the client CPU of the same call through
urllib3 (sync), and about five times (async: httpx, httpcore, h11, anyio and asyncio layers);
see bench/RESULTS.md. The sync client calls :class:`Urllib3Wire` directly, the async client
from worker threads (``_thread_wire.py``). httpx stays for what only it does here
(``_httpx_wire.py``): caller-supplied httpx transports (the sandbox's in-process transport,
``httpx.MockTransport``), proxies (from the environment, or the system settings on macOS and
Windows), and the generated ``raw`` client.
"""

from __future__ import annotations

import http.client
import json
import os
import threading
import zlib
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode, urlsplit

from . import _deadline
from ._body import CHUNK, BodyDecoder, BodyRefused
from ._config import Settings, Timeouts, attempt_deadline, needs_xsrf
from ._deadline import Attempt
from ._wire_contract import (
    ACCEPT_ENCODING,
    POOL_SIZE,
    RefusedBody,
    Reply,
    SendError,
    connect_failure,
    corrupt_body,
    deadline_error,
    retryable_reason,
)

if TYPE_CHECKING:
    import ssl


class Urllib3Wire:
    """Sends requests through one urllib3 connection pool to the Kibana host.

    Requests go out as httpx would send them (same headers, query encoding and JSON bytes), so
    the two wires are interchangeable: cassettes recorded through one replay through the other.
    """

    def __init__(self, settings: Settings) -> None:
        import urllib3  # only when a sync client is made: ``import fleet_facade`` stays light

        self._urllib3 = urllib3
        self._settings = settings
        parts = urlsplit(settings.base_url)
        self._base_path = parts.path.rstrip("/")  # Kibana's basePath and the space prefix
        # ``kbn-xsrf`` only where Kibana requires it: one header less on every GET.
        self._headers = {**settings.headers(xsrf=False), "accept-encoding": ACCEPT_ENCODING}
        self._xsrf_headers = {**self._headers, "kbn-xsrf": "true"}
        options: dict[str, Any] = {
            "maxsize": POOL_SIZE,
            "block": False,
            "retries": False,  # the transport decides about retries
            "timeout": _urllib3_timeout(urllib3, settings.timeout),
        }
        kind = "http"
        if parts.scheme == "https":
            kind = "https"
            # The same trust as httpx: certifi's roots (or SSL_CERT_FILE/SSL_CERT_DIR), the
            # caller's CA as an SSLContext, or no verification when asked.
            verify = settings.verify
            context = tls_context(verify)
            options["ssl_context"] = context
            if verify is False:
                options["cert_reqs"] = "CERT_NONE"
                options["assert_hostname"] = False
                kind = "https-unverified"
            elif not context.check_hostname:
                # The caller's context turns the hostname check off; urllib3 would do its own.
                options["assert_hostname"] = False
        self._pool = _pool_class(urllib3, kind)(parts.hostname, parts.port, **options)
        # Made once: urlopen would otherwise build this Retry from ``False`` on every call.
        self._no_retries = urllib3.Retry(False, redirect=False)
        self._deadline = attempt_deadline(settings.timeout)

    def attempt(self, request: dict[str, Any]) -> Attempt:
        """A new attempt at ``request``, with the deadline its timeout gives."""
        timeout = request.get("timeout")  # set by ``with_options``
        return Attempt(self._deadline if timeout is None else attempt_deadline(timeout))

    def send(self, request: dict[str, Any], attempt: Attempt | None = None) -> Reply:
        """Send one request built by a generated ``_get_kwargs`` (url relative to the base).

        Args:
            request: The request.
            attempt: The attempt to run it as (the async client keeps it, to abort it when
                cancelled); default: a new one.

        Raises:
            SendError: No (complete) HTTP answer came back.
            RefusedBody: The answer's body is too large or in a coding not asked for.
        """
        urllib3 = self._urllib3
        method = request["method"].upper()
        path = self._base_path + request["url"]
        params = request.get("params")
        headers = self._xsrf_headers if needs_xsrf(method) else self._headers
        body: bytes | None = None
        options: dict[str, Any] = {}
        if request.get("timeout") is not None:  # ``with_options``; else the pool's default
            options["timeout"] = _urllib3_timeout(urllib3, request["timeout"])
        try:
            target = f"{path}?{encode_query(params)}" if params else path
            if request.get("json") is not None:  # (httpx, too, sends no body for json=None)
                body = encode_json(request["json"])  # ValueError for NaN or infinity
                headers = {**headers, "content-type": "application/json"}
            elif "content" in request:
                body = request["content"]
            extra = request.get("headers")
            if extra:
                headers = {**headers, **{name.lower(): value for name, value in extra.items()}}
        except (ValueError, TypeError, RecursionError) as exc:
            # JSON refuses NaN, objects it does not know, and nesting too deep: the caller's
            # arguments, which no retry can fix.
            raise SendError(type(exc).__name__, str(exc), sent=False, invalid=True) from None
        attempt = attempt or self.attempt(request)
        with attempt:
            try:
                response = self._pool.urlopen(
                    method,
                    target,
                    body=body,
                    headers=headers,
                    retries=self._no_retries,
                    redirect=False,
                    assert_same_host=False,
                    preload_content=False,
                    decode_content=False,
                    **options,
                )
                content = self._read(response, method, path)
            except urllib3.exceptions.HTTPError as exc:
                if attempt.finish():
                    raise deadline_error(attempt.seconds) from None
                raise _send_error(urllib3, exc) from None
            except (http.client.InvalidURL, ValueError, UnicodeError) as exc:
                # http.client refuses control characters in the target and bad header values.
                raise SendError(type(exc).__name__, str(exc), sent=False, invalid=True) from None
            if attempt.finish():
                # Its socket was shut: a body read until the connection closed may be cut
                # short without an error, and the connection cannot be reused.
                response.close()
                raise deadline_error(attempt.seconds)
            response.release_conn()
        return Reply(response.status, response.headers, content, method, path)

    def _read(self, response: Any, method: str, path: str) -> bytes:
        """The decoded body, within the size limit (the connection is closed if refused)."""
        headers = response.headers
        try:
            limit = self._settings.max_response_bytes
            decoder = BodyDecoder(headers.get("content-encoding"), limit)
            if decoder.check_length(headers.get("content-length")) is not None:
                # Uncompressed, of a known length within the limit: one read, one buffer
                # (http.client stops at the length; urllib3 checks it was all there).
                return response.read(decode_content=False)  # type: ignore[no-any-return]
            for chunk in response.stream(CHUNK, decode_content=False):
                decoder.feed(chunk)
            return decoder.finish()
        except BodyRefused as exc:
            response.close()  # not drained: the rest is never read
            response.release_conn()
            reply = Reply(response.status, headers, b"", method, path)
            raise RefusedBody(reply, str(exc)) from None
        except zlib.error as exc:
            response.close()
            raise corrupt_body(exc) from None

    def close(self) -> None:
        self._pool.close()


def tls_context(verify: bool | str | ssl.SSLContext) -> ssl.SSLContext:
    """The TLS trust httpx 0.28 gives the same ``verify`` (``httpx.create_ssl_context``).

    certifi's roots, or ``SSL_CERT_FILE``/``SSL_CERT_DIR`` when set; no verification for
    ``False``; a CA bundle file or directory; the caller's context as it is.
    """
    import ssl

    if verify is True:
        if os.environ.get("SSL_CERT_FILE"):
            return ssl.create_default_context(cafile=os.environ["SSL_CERT_FILE"])
        if os.environ.get("SSL_CERT_DIR"):
            return ssl.create_default_context(capath=os.environ["SSL_CERT_DIR"])
        import certifi

        return ssl.create_default_context(cafile=certifi.where())
    if verify is False:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    if isinstance(verify, str):  # (``_config.resolve`` makes a context of a path already)
        if os.path.isdir(verify):
            return ssl.create_default_context(capath=verify)
        return ssl.create_default_context(cafile=verify)
    return verify


def encode_json(body: Any) -> bytes:
    """A JSON request body, byte for byte as httpx 0.28 encodes its ``json=`` argument."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def encode_query(params: dict[str, Any]) -> str:
    """A query string as httpx encodes ``params=`` (``true``/``false``, repeated list keys)."""
    pairs: list[tuple[str, str]] = []
    for name, value in params.items():
        for item in value if isinstance(value, list | tuple) else (value,):
            if item is True:
                text = "true"
            elif item is False:
                text = "false"
            elif item is None:
                text = ""
            else:
                text = str(item)
            pairs.append((name, text))
    return urlencode(pairs, quote_via=quote)


def _urllib3_timeout(urllib3: Any, timeout: Timeouts) -> Any:
    return urllib3.Timeout(connect=timeout.connect, read=timeout.read)


def _send_error(urllib3: Any, exc: Exception) -> SendError:
    """Classify a urllib3 failure as :func:`fleet_facade._httpx_wire.send_error_from_httpx` does."""
    errors = urllib3.exceptions
    kind = type(exc).__name__
    if isinstance(exc, errors.LocationValueError):
        return SendError(kind, str(exc) or kind, sent=False, retryable=False, invalid=True)
    if isinstance(exc, errors.ClosedPoolError):
        return SendError(kind, "the client is closed", sent=False, retryable=False)
    reason, detail = connect_failure(exc)
    if reason is not None:
        # Refused, unresolved, not TLS, untrusted: nothing was sent, and trying again soon
        # meets the same answer (see ``_wire_contract.retryable_reason``).
        return SendError(kind, detail, sent=False, retryable=retryable_reason(reason),
                         reason=reason)  # fmt: skip
    if isinstance(exc, errors.SSLError):
        # A handshake cut short (reset, EOF) may heal; counted as sent, so that only
        # idempotent requests are repeated.
        return SendError(kind, detail, sent=True)
    if isinstance(exc, errors.NewConnectionError):  # unreachable, reset while connecting
        return SendError(kind, detail, sent=False)
    if isinstance(exc, errors.ConnectTimeoutError):
        return SendError(kind, detail, sent=False, timeout=True)
    if isinstance(exc, errors.TimeoutError):  # read timeout: the request was sent
        return SendError(kind, detail, sent=True, timeout=True)
    return SendError(kind, detail, sent=True)  # connection lost mid-exchange (ProtocolError...)


_POOL_CLASSES: dict[str, Any] = {}
_WATCHED: dict[Any, Any] = {}
_CLASSES_LOCK = threading.Lock()


def _pool_class(urllib3: Any, kind: str) -> Any:
    """The pool class for ``"http"``, ``"https"`` or ``"https-unverified"``, made once."""
    with _CLASSES_LOCK:
        if not _POOL_CLASSES:
            _POOL_CLASSES.update(_make_pool_classes(urllib3))
        return _POOL_CLASSES[kind]


def _make_pool_classes(urllib3: Any) -> dict[str, Any]:
    class Watched:
        """Pool methods every wire's pool shares: watched connections, released connections."""

        @property
        def ConnectionCls(self) -> Any:  # (urllib3's name)
            # Looked up when a connection is made: urllib3's class at that time (a recorder
            # may have patched it), with the deadline watch mixed in.
            for klass in type(self).__mro__:
                base = klass.__dict__.get("ConnectionCls")
                if isinstance(base, type):
                    return _watched_connection(base)
            raise TypeError("no urllib3 connection class")  # pragma: no cover

        def _put_conn(self, conn: Any) -> None:
            if conn is not None:
                _deadline.released(conn)
            super()._put_conn(conn)  # type: ignore[misc]

    class UnwarnedHTTPSConnectionPool(Watched, urllib3.HTTPSConnectionPool):  # type: ignore[misc]
        """An HTTPS pool that does not warn on every request that its peer is unverified.

        ``verify=False`` was asked for explicitly and logged once, when the client was made;
        urllib3 would add an ``InsecureRequestWarning`` to every request (and, where warnings
        are errors, fail each one with it).
        """

        def _validate_conn(self, conn: Any) -> None:
            # HTTPSConnectionPool._validate_conn, without its warning.
            urllib3.HTTPConnectionPool._validate_conn(self, conn)
            if conn.is_closed:
                conn.connect()

    class HTTPConnectionPool(Watched, urllib3.HTTPConnectionPool):  # type: ignore[misc]
        pass

    class HTTPSConnectionPool(Watched, urllib3.HTTPSConnectionPool):  # type: ignore[misc]
        pass

    return {
        "http": HTTPConnectionPool,
        "https": HTTPSConnectionPool,
        "https-unverified": UnwarnedHTTPSConnectionPool,
    }


def _watched_connection(base: type) -> Any:
    with _CLASSES_LOCK:
        watched = _WATCHED.get(base)
        if watched is None:
            watched = type(f"Watched{base.__name__}", (_deadline.WatchedConnection, base), {})
            _WATCHED[base] = watched
        return watched

"""Sending through urllib3: the wire of both clients for direct connections to Kibana.

Why urllib3: a call through httpx 0.28 costs about twice the client CPU of the same call through
urllib3 (sync), and about five times (async: httpx, httpcore, h11, anyio and asyncio layers);
see bench/RESULTS.md. The sync client calls :class:`Urllib3Wire` directly, the async client
from worker threads (``_async/_wire.py``). httpx stays for what only it does here:
caller-supplied httpx transports (the sandbox's in-process transport, ``httpx.MockTransport``),
proxies (from the environment, or the system settings on macOS and Windows), and the generated
``raw`` client.
"""

from __future__ import annotations

import functools
import http.client
import ssl
import urllib.request
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import httpx

from ._config import Settings, needs_xsrf
from ._http import Reply, SendError, encode_json, httpx_options

#: Idle connections kept per client (as httpx's default limit of 100 connections: a sync client
#: shared by many threads, or async calls still finishing after a cancellation, stay quiet).
POOL_SIZE = 100
#: Async requests in flight at once per client; more wait their turn.
MAX_IN_FLIGHT = 20


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
        self._headers = {**settings.headers(xsrf=False), "accept-encoding": "gzip, deflate"}
        self._xsrf_headers = {**self._headers, "kbn-xsrf": "true"}
        options: dict[str, Any] = {
            "maxsize": POOL_SIZE,
            "block": False,
            "retries": False,  # the transport decides about retries
            "timeout": _urllib3_timeout(urllib3, settings.timeout),
        }
        pool_class: Any = urllib3.HTTPConnectionPool
        if parts.scheme == "https":
            pool_class = urllib3.HTTPSConnectionPool
            # The same trust as httpx: certifi's roots (or SSL_CERT_FILE/SSL_CERT_DIR), the
            # caller's CA as an SSLContext, or no verification when asked.
            verify = settings.verify
            context = httpx.create_ssl_context(verify=verify)
            options["ssl_context"] = context
            if verify is False:
                options["cert_reqs"] = "CERT_NONE"
                options["assert_hostname"] = False
                pool_class = _unwarned_pool(urllib3)
            elif not context.check_hostname:
                # The caller's context turns the hostname check off; urllib3 would do its own.
                options["assert_hostname"] = False
        self._pool = pool_class(parts.hostname, parts.port, **options)
        # Made once: urlopen would otherwise build this Retry from ``False`` on every call.
        self._no_retries = urllib3.Retry(False, redirect=False)
        self._raw_http: httpx.Client | None = None

    def httpx_client(self) -> httpx.Client:
        """A separate httpx client with the same settings (for the generated sync ``raw``)."""
        if self._raw_http is None:
            self._raw_http = httpx.Client(**httpx_options(self._settings))
        return self._raw_http

    def send(self, request: dict[str, Any]) -> Reply:
        """Send one request built by a generated ``_get_kwargs`` (url relative to the base).

        Raises:
            SendError: No HTTP answer came back.
        """
        urllib3 = self._urllib3
        method = request["method"].upper()
        path = self._base_path + request["url"]
        params = request.get("params")
        target = f"{path}?{encode_query(params)}" if params else path
        headers = self._xsrf_headers if needs_xsrf(method) else self._headers
        body: bytes | None = None
        options: dict[str, Any] = {}
        if request.get("timeout") is not None:  # ``with_options``; else the pool's default
            options["timeout"] = _urllib3_timeout(urllib3, request["timeout"])
        try:
            if request.get("json") is not None:  # (httpx, too, sends no body for json=None)
                body = encode_json(request["json"])  # ValueError for NaN or infinity
                headers = {**headers, "content-type": "application/json"}
            elif "content" in request:
                body = request["content"]
            extra = request.get("headers")
            if extra:
                headers = {**headers, **{name.lower(): value for name, value in extra.items()}}
            response = self._pool.urlopen(
                method,
                target,
                body=body,
                headers=headers,
                retries=self._no_retries,
                redirect=False,
                assert_same_host=False,
                preload_content=True,
                **options,
            )
        except urllib3.exceptions.HTTPError as exc:
            raise _send_error(urllib3, exc) from None
        except (http.client.InvalidURL, ValueError, UnicodeError) as exc:
            # JSON refuses NaN; http.client refuses control characters in the target and bad
            # header values: the caller's arguments, which no retry can fix.
            raise SendError(type(exc).__name__, str(exc), sent=False, invalid=True) from None
        return Reply(response.status, response.headers, response.data, method, path)

    def close(self) -> None:
        self._pool.close()
        if self._raw_http is not None:
            self._raw_http.close()


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


def _urllib3_timeout(urllib3: Any, timeout: httpx.Timeout | float) -> Any:
    if not isinstance(timeout, httpx.Timeout):
        timeout = httpx.Timeout(timeout)
    return urllib3.Timeout(connect=timeout.connect, read=timeout.read)


def _send_error(urllib3: Any, exc: Exception) -> SendError:
    """Classify a urllib3 failure as :func:`fleet_facade._http.send_error_from_httpx` does."""
    errors = urllib3.exceptions
    kind, detail = type(exc).__name__, str(exc) or type(exc).__name__
    if isinstance(exc, errors.LocationValueError):
        return SendError(kind, detail, sent=False, retryable=False, invalid=True)
    if isinstance(exc, errors.ClosedPoolError):
        return SendError(kind, "the client is closed", sent=False, retryable=False)
    if isinstance(exc, errors.SSLError):
        if _certificate_refused(exc):
            # A certificate that fails verification now fails the same way on a retry.
            return SendError(kind, detail, sent=False, retryable=False)
        # A handshake cut short (reset, EOF) may heal; counted as sent, so that only
        # idempotent requests are repeated.
        return SendError(kind, detail, sent=True)
    if isinstance(exc, errors.NewConnectionError):  # refused, unreachable, name not resolved
        return SendError(kind, detail, sent=False)
    if isinstance(exc, errors.ConnectTimeoutError):
        return SendError(kind, detail, sent=False, timeout=True)
    if isinstance(exc, errors.TimeoutError):  # read timeout: the request was sent
        return SendError(kind, detail, sent=True, timeout=True)
    return SendError(kind, detail, sent=True)  # connection lost mid-exchange (ProtocolError...)


def _certificate_refused(exc: BaseException) -> bool:
    """Whether an SSL failure is the server's certificate being refused (not a cut handshake)."""
    seen: BaseException | None = exc
    for _ in range(8):  # urllib3 wraps the ssl module's error; follow the chain a little way
        if seen is None:
            break
        if isinstance(seen, ssl.SSLCertVerificationError) or type(seen).__name__ == (
            "CertificateError"
        ):
            return True
        nested = [arg for arg in seen.args if isinstance(arg, BaseException)]
        seen = nested[0] if nested else (seen.__cause__ or seen.__context__)
    return False


@functools.cache  # one class, however many clients are made
def _unwarned_pool(urllib3: Any) -> Any:
    """An HTTPS pool that does not warn on every request that its peer is unverified.

    ``verify=False`` was asked for explicitly and warned about once, when the client was made;
    urllib3 would add an ``InsecureRequestWarning`` to every request (and, where warnings are
    errors, fail each one with it).
    """

    class UnwarnedHTTPSConnectionPool(urllib3.HTTPSConnectionPool):  # type: ignore[misc]
        def _validate_conn(self, conn: Any) -> None:
            # HTTPSConnectionPool._validate_conn, without its warning.
            urllib3.HTTPConnectionPool._validate_conn(self, conn)
            if conn.is_closed:
                conn.connect()

    return UnwarnedHTTPSConnectionPool


def proxied(url: str) -> bool:
    """Whether a proxy applies to ``url`` (httpx honours proxies; urllib3 not).

    The same lookup as httpx: the environment, and on macOS and Windows the system settings.
    """
    parts = urlsplit(url)
    proxies = urllib.request.getproxies()
    if not (proxies.get(parts.scheme) or proxies.get("all")):
        return False
    return not urllib.request.proxy_bypass(parts.hostname or "")

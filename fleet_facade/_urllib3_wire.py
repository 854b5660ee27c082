"""Sending through urllib3: the wire of both clients for direct connections to Kibana.

Why urllib3: a call through httpx 0.28 costs about twice the client CPU of the same call through
urllib3 (sync), and about five times (async: httpx, httpcore, h11, anyio and asyncio layers);
see bench/RESULTS.md. The sync client calls :class:`Urllib3Wire` directly, the async client
from worker threads (``_async/_wire.py``). httpx stays for what only it does here:
caller-supplied httpx transports (the sandbox's in-process transport, ``httpx.MockTransport``),
proxies from the environment, and the generated ``raw`` client.
"""

from __future__ import annotations

import http.client
import urllib.request
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import httpx

from ._config import Settings, needs_xsrf
from ._http import Reply, SendError, encode_json

#: Connections kept per client, and (async) requests in flight at once; more wait their turn.
POOL_SIZE = 20


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
        if parts.scheme == "https":
            # The same trust as httpx: certifi's roots (or SSL_CERT_FILE/SSL_CERT_DIR), the
            # caller's CA as an SSLContext, or no verification when asked.
            verify = settings.verify
            context = httpx.create_ssl_context(verify=verify)
            options["ssl_context"] = context
            if verify is False:
                options["cert_reqs"] = "CERT_NONE"
                options["assert_hostname"] = False
        self._pool = urllib3.connection_from_url(f"{parts.scheme}://{parts.netloc}", **options)
        # Made once: urlopen would otherwise build this Retry from ``False`` on every call.
        self._no_retries = urllib3.Retry(False, redirect=False)
        self._raw_http: httpx.Client | None = None

    def httpx_client(self) -> httpx.Client:
        """A separate httpx client with the same settings (for the generated sync ``raw``)."""
        if self._raw_http is None:
            self._raw_http = raw_httpx_client(self._settings)
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
        if request.get("json") is not None:  # (httpx, too, sends no body for json=None)
            body = encode_json(request["json"])
            headers = {**headers, "content-type": "application/json"}
        elif "content" in request:
            body = request["content"]
        extra = request.get("headers")
        if extra:
            headers = {**headers, **{name.lower(): value for name, value in extra.items()}}
        options: dict[str, Any] = {}
        if request.get("timeout") is not None:  # ``with_options``; else the pool's default
            options["timeout"] = _urllib3_timeout(urllib3, request["timeout"])
        try:
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
            # http.client refuses control characters in the target and bad header values.
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
    if isinstance(exc, errors.SSLError):
        # A certificate that fails verification now will fail the same way on a retry.
        return SendError(kind, detail, sent=False, retryable=False)
    if isinstance(exc, errors.NewConnectionError):  # refused, unreachable, name not resolved
        return SendError(kind, detail, sent=False)
    if isinstance(exc, errors.ConnectTimeoutError):
        return SendError(kind, detail, sent=False, timeout=True)
    if isinstance(exc, errors.TimeoutError):  # read timeout: the request was sent
        return SendError(kind, detail, sent=True, timeout=True)
    return SendError(kind, detail, sent=True)  # connection lost mid-exchange (ProtocolError...)


def proxied(url: str) -> bool:
    """Whether the environment routes ``url`` through a proxy (httpx honours those; urllib3 not)."""
    parts = urlsplit(url)
    proxies = urllib.request.getproxies_environment()
    if not (proxies.get(parts.scheme) or proxies.get("all")):
        return False
    # (Public in the standard library since Python 2, but missing from typeshed.)
    bypass = urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]
    return not bypass(parts.hostname or "", proxies)


def raw_httpx_client(settings: Settings) -> httpx.Client:
    """An httpx client configured as the wire is (for the generated client's ``raw`` access)."""
    return httpx.Client(
        base_url=settings.base_url,
        headers=settings.headers(),
        timeout=settings.timeout,
        verify=settings.verify,
        follow_redirects=False,
    )

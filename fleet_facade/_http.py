"""What the transport needs from an HTTP library, whichever one carries the request.

Both clients talk to Kibana through urllib3 (``_urllib3_wire.py``; the async one from worker
threads), and through httpx for caller-supplied httpx transports and proxies (``_sync/_wire.py``,
``_async/_wire.py``). Every wire hands back a :class:`Reply` and raises :class:`SendError`, so
retries and error mapping live once, in the transport.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Mapping
from types import SimpleNamespace
from typing import Any

import httpx

from ._config import Settings

#: Bodies at least this large are parsed with the cyclic garbage collector paused.
GC_PAUSE_BYTES = 64 * 1024
#: What a generated ``from_dict`` raises on data of the wrong shape.
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError)
# ``_parse_response`` reads only this attribute of its client; a stand-in avoids building a
# generated Client (and importing attrs) when the facade is imported.
_PARSE_CLIENT = SimpleNamespace(raise_on_unexpected_status=False)


_NOT_DECODED = object()


class Reply:
    """One HTTP answer: what the transport and the generated ``_parse_response`` read.

    It offers the part of ``httpx.Response`` the generated parsers use (``status_code``,
    ``headers``, ``content``, ``json()``) without httpx's cost of building a full response.
    """

    __slots__ = ("_decoded", "content", "headers", "method", "path", "status_code")

    def __init__(
        self, status_code: int, headers: Mapping[str, str], content: bytes, method: str, path: str
    ) -> None:
        self.status_code = status_code
        self.headers = headers  # case-insensitive in both libraries
        self.content = content
        self.method = method
        self.path = path  # the request's path, without the query
        self._decoded: Any = _NOT_DECODED

    def json(self) -> Any:
        """The decoded body, decoded once (a ``peek`` and the typed parse share it)."""
        if self._decoded is _NOT_DECODED:
            self._decoded = json.loads(self.content)
        return self._decoded

    def __repr__(self) -> str:
        return f"<Reply {self.status_code} {self.method} {self.path}>"


class SendError(Exception):
    """A request that got no HTTP answer, classified for the retry decision.

    Attributes:
        kind: The underlying library's exception name (shown to the caller).
        detail: Its message.
        sent: The request may have reached the server (its answer was lost).
        timeout: The failure was a timeout.
        retryable: Trying again can help (not for TLS or unsupported-scheme failures).
        invalid: The request could not even be built or written: the caller's argument.
    """

    def __init__(
        self,
        kind: str,
        detail: str,
        *,
        sent: bool,
        timeout: bool = False,
        retryable: bool = True,
        invalid: bool = False,
    ) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail
        self.sent = sent
        self.timeout = timeout
        self.retryable = retryable
        self.invalid = invalid


def httpx_options(settings: Settings) -> dict[str, Any]:
    """Arguments for an httpx client (sync or async) configured as every wire is.

    The default headers include ``kbn-xsrf``: these clients are also handed out as ``raw``.
    """
    return {
        "base_url": settings.base_url,
        "headers": settings.headers(),
        "timeout": settings.timeout,
        "verify": settings.verify,
        "follow_redirects": False,
    }


def encode_json(body: Any) -> bytes:
    """A JSON request body, byte for byte as httpx 0.28 encodes its ``json=`` argument."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


#: Put in place of a read response's stream (see ``reply_from_httpx``).
_READ = httpx.ByteStream(b"")


def reply_from_httpx(response: httpx.Response) -> Reply:
    """The :class:`Reply` for a response whose body httpx has read."""
    # The read body's stream object links back to the response (a reference cycle) and would
    # keep every page's bytes alive until the cyclic collector runs; replacing it frees each
    # page as soon as it is parsed.
    response.stream = _READ
    request = response.request
    return Reply(
        response.status_code, response.headers, response.content, request.method, request.url.path
    )


#: httpx failures where the request certainly never reached the server.
_HTTPX_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


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
    return SendError(
        kind,
        detail,
        sent=not isinstance(exc, _HTTPX_NOT_SENT),
        timeout=isinstance(exc, httpx.TimeoutException),
    )


def parse_reply(module: Any, response: Reply, peek: Callable[[Any], None] | None = None) -> Any:
    """The generated ``_parse_response``; large bodies with the cyclic collector paused.

    Parsing a large page (10,000 agents) allocates hundreds of thousands of small objects. Each
    allocation burst triggers the cyclic collector, whose older generations walk the whole
    growing tree again and again, although the decoded JSON and models contain no cycles: that
    alone made parsing such a page about twice as slow. Paused, the new objects are examined
    once, at the first collection after the parse.

    ``peek``, if given, sees the decoded JSON of a 200 body before the models are built.

    The pause is process-wide: a parse in another thread meanwhile sees the collector off and
    leaves it alone, and whichever parse paused it turns it back on.
    """
    pause = len(response.content) >= GC_PAUSE_BYTES and gc.isenabled()
    if pause:
        gc.disable()
    try:
        if peek is not None and response.status_code == 200:
            peek(response.json())
        return module._parse_response(client=_PARSE_CLIENT, response=response)
    finally:
        if pause:
            gc.enable()

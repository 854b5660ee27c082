"""What the transport needs from an HTTP library, whichever one carries the request.

Both clients talk to Kibana through urllib3 (``_urllib3_wire.py``; the async one from worker
threads), and through httpx for caller-supplied httpx transports and proxies (``_sync/_wire.py``,
``_async/_wire.py``). Every wire hands back a :class:`Reply` and raises :class:`SendError`, so
retries and error mapping live once, in the transport.
"""

from __future__ import annotations

import gc
import json
import socket
import ssl
import zlib
from collections.abc import Callable, Iterator, Mapping
from types import SimpleNamespace
from typing import Any

import httpx

from ._body import CHUNK, BodyDecoder, BodyRefused, BodyTooLarge
from ._config import Settings
from ._exceptions import InvalidRequestError

#: Bodies at least this large are parsed with the cyclic garbage collector paused.
GC_PAUSE_BYTES = 64 * 1024
#: What a generated ``from_dict`` raises on data of the wrong shape (and JSON nested too deep
#: for Python's parser: ``RecursionError``).
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError)
#: The codings the wires ask for, and the only ones they decode (``_body.py``).
ACCEPT_ENCODING = "gzip, deflate"
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
            try:
                self._decoded = json.loads(self.content)
            except RecursionError:
                raise ValueError("JSON nested too deeply to decode") from None
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
        reason: What a connection failure most likely means, for the hint in its message:
            ``"refused"``, ``"unresolved"``, ``"not_tls"``, ``"untrusted"`` (see
            :func:`connect_failure`), or ``"deadline"``.
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
        reason: str | None = None,
    ) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail
        self.sent = sent
        self.timeout = timeout
        self.retryable = retryable
        self.invalid = invalid
        self.reason = reason


class RefusedBody(Exception):
    """An answer whose body the client refused to read (too large, or in a coding not asked
    for); the transport raises it as ``UnexpectedResponseError``, never retried.

    Attributes:
        reply: The answer's status and headers (its ``content`` is empty).
        detail: Why.
    """

    def __init__(self, reply: Reply, detail: str) -> None:
        super().__init__(detail)
        self.reply = reply
        self.detail = detail


def deadline_error(seconds: float, *, sent: bool = True) -> SendError:
    """The failure of an attempt that outlived its deadline."""
    return SendError(
        "Timeout", f"no complete answer within {seconds:g} s", sent=sent, timeout=True,
        reason="deadline",
    )


#: Why retrying cannot help a connection that failed this way.
_NOT_RETRYABLE = frozenset({"refused", "unresolved", "not_tls", "untrusted"})
#: OpenSSL's reasons when a TLS handshake meets a server that answers in plain HTTP.
_NOT_TLS = frozenset({"WRONG_VERSION_NUMBER", "RECORD_LAYER_FAILURE", "PACKET_LENGTH_TOO_LONG",
                      "UNKNOWN_PROTOCOL", "HTTP_REQUEST"})  # fmt: skip


def connect_failure(exc: BaseException) -> tuple[str | None, str]:
    """What a failed connection most likely means, and the underlying message.

    Followed through the chain of wrapped exceptions (urllib3 and httpx both wrap the socket's
    and the ssl module's errors): ``"refused"`` (nothing listens at the port),
    ``"unresolved"`` (the host name does not resolve), ``"not_tls"`` (``https://`` against a
    server speaking plain HTTP), ``"untrusted"`` (the certificate failed verification), or
    ``None``.
    """
    for seen in _chain(exc):
        if isinstance(seen, ssl.SSLCertVerificationError):
            return "untrusted", f"CERTIFICATE_VERIFY_FAILED: {seen.verify_message}"
        if type(seen).__name__ == "CertificateError":  # urllib3's own hostname check
            return "untrusted", f"CERTIFICATE_VERIFY_FAILED: {seen}"
        if isinstance(seen, ssl.SSLError) and seen.reason in _NOT_TLS:
            return "not_tls", str(seen.reason)
        if isinstance(seen, socket.gaierror):
            return "unresolved", seen.strerror or str(seen)
        if isinstance(seen, ConnectionRefusedError):
            return "refused", seen.strerror or str(seen)
    return None, str(exc) or type(exc).__name__


def retryable_reason(reason: str | None) -> bool:
    """Whether a connection failure of this kind may heal on its own."""
    return reason not in _NOT_RETRYABLE


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    pending = [exc]
    while pending and len(seen) < 16:
        item = pending.pop(0)
        if id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        pending.extend(arg for arg in item.args if isinstance(arg, BaseException))
        pending.extend(e for e in (item.__cause__, item.__context__) if e is not None)


def httpx_options(settings: Settings) -> dict[str, Any]:
    """Arguments for an httpx client (sync or async) configured as every wire is.

    The default headers include ``kbn-xsrf``: these clients are also handed out as ``raw``.
    """
    return {
        "base_url": settings.base_url,
        "headers": {**settings.headers(), "accept-encoding": ACCEPT_ENCODING},
        "timeout": settings.timeout,
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


def encode_json(body: Any) -> bytes:
    """A JSON request body, byte for byte as httpx 0.28 encodes its ``json=`` argument."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def read_httpx_body(response: httpx.Response, limit: int) -> bytes:
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


def corrupt_body(exc: zlib.error) -> SendError:
    """A body whose compression is broken: counted like an answer lost on the way."""
    return SendError("DecodingError", f"the compressed body is corrupt: {exc}", sent=True)


def reply_from_httpx(response: httpx.Response, content: bytes) -> Reply:
    """The :class:`Reply` for a response whose body (``content``) has been read."""
    request = response.request
    return Reply(
        response.status_code, response.headers, content, request.method, request.url.path
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
    reason, detail = connect_failure(exc)
    return SendError(
        kind,
        detail,
        sent=not isinstance(exc, _HTTPX_NOT_SENT) and reason is None,
        timeout=isinstance(exc, httpx.TimeoutException),
        retryable=retryable_reason(reason),
        reason=reason,
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

"""What the transport needs from a wire, whichever HTTP library carries the request.

A wire sends one request (a dict built by a generated ``_get_kwargs``) and hands back a
:class:`Reply`, or raises :class:`SendError` (no complete answer) or :class:`RefusedBody` (an
answer the client will not read). Retries and the mapping to exceptions live once, in the
transport. The wires:

- ``_urllib3_wire.Urllib3Wire``: direct connections, for the sync client;
- ``_thread_wire.ThreadWire``: the same urllib3 wire run from worker threads, for the async
  client;
- ``_httpx_wire.HttpxWire`` / ``AsyncHttpxWire``: caller-supplied httpx transports and proxies.

``_wires.open_wire`` picks one. Nothing here imports an HTTP library.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any, Protocol

#: Idle connections kept per client (as httpx's default limit of 100 connections: a sync client
#: shared by many threads, or async calls still finishing after a cancellation, stay quiet).
POOL_SIZE = 100
#: Async requests in flight at once per client; more wait their turn.
MAX_IN_FLIGHT = 20
#: The codings the wires ask for, and the only ones they decode (``_body.py``).
ACCEPT_ENCODING = "gzip, deflate"

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


class Wire(Protocol):
    """A blocking wire (the sync client's)."""

    def send(self, request: dict[str, Any]) -> Reply:
        """Send one request; raises :class:`SendError` or :class:`RefusedBody`."""
        ...

    def close(self) -> None:
        """Close its connections."""
        ...


class AsyncWire(Protocol):
    """An awaitable wire (the async client's)."""

    async def send(self, request: dict[str, Any]) -> Reply:
        """Send one request; raises :class:`SendError` or :class:`RefusedBody`."""
        ...

    async def close(self) -> None:
        """Close its connections."""
        ...


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
    )  # fmt: skip


def corrupt_body(exc: Exception) -> SendError:
    """A body whose compression is broken: counted like an answer lost on the way."""
    return SendError("DecodingError", f"the compressed body is corrupt: {exc}", sent=True)


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
    import socket  # only when a request failed: ``import fleet_facade`` stays light
    import ssl

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

"""Real HTTP/1.1 serving on loopback in a background thread, framed as Node and hapi frame it.

Framing (what Kibana's HTTP stack does, so clients meet the same answers):

* A request Node's parser refuses (a bad request line or header, a ``Content-Length`` that is
  not one number, ``Content-Length`` with ``Transfer-Encoding``, bad chunk framing, a head
  over 16 KiB) gets hapi's ``clientError`` answer: the bare bytes
  ``HTTP/1.1 400 Bad Request\\r\\n\\r\\n``, no envelope, and the connection is closed
  (hapijs/hapi ``lib/core.js``, ``internals.badRequestResponse``).
* A connection idle for ``idle_timeout`` seconds between requests is closed silently (Kibana's
  ``server.keepaliveTimeout``). Once a request has begun it must arrive within
  ``request_timeout`` seconds: a head still incomplete gets Node's bare 408, a body still
  incomplete hapi's 408 envelope (Kibana's ``server.payloadTimeout``); the connection closes.
* Bodies come by ``Content-Length`` or chunked. A body over the route's limit is not read:
  the pipeline answers 413 (see ``_payloads``) and the connection closes.

Speed: ``TCP_NODELAY`` on every socket, and each response (status line, headers, body) goes
out in one ``sendall`` (otherwise Nagle's algorithm and delayed ACKs stall it by ~40 ms).
"""

from __future__ import annotations

import contextlib
import math
import re
import socket
import socketserver
import sys
import threading
import time
from typing import Any
from urllib.parse import parse_qs, quote

from ._http import KibanaError, SandboxRequest, SandboxResponse, reason_phrase
from ._payloads import MAX_PAYLOAD_BYTES, too_large
from ._router import App

#: Kibana's ``server.keepaliveTimeout`` (120 s).
DEFAULT_IDLE_TIMEOUT = 120.0
#: Kibana's ``server.payloadTimeout`` (20 s).
DEFAULT_REQUEST_TIMEOUT = 20.0

_MAX_HEAD = 16 * 1024  # Node's default --max-http-header-size
_MAX_CHUNK_LINE = 1024
_LINGER_SECONDS = 1.0
_LINGER_BYTES = 16 * 1024 * 1024
_BAD_REQUEST = b"HTTP/1.1 400 Bad Request\r\n\r\n"
_HEAD_TIMEOUT = b"HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n"
_CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"
# Regular expressions, not loops over characters: these run on every request.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+\Z")
_VALUE_FORBIDDEN = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_TARGET_FORBIDDEN = re.compile(r"[\x00-\x20\x7f]")
_TARGET_RAW = re.compile(r"[^\x00-\x7e]")
_HEX = re.compile(r"[0-9A-Fa-f]{1,16}\Z")


class _Malformed(Exception):
    """The bytes are not an HTTP/1.x request Node would parse."""


class _Closed(Exception):
    """The client went away."""


class _Connection:
    """A socket read through a buffer, every read bounded by a deadline (not per ``recv``)."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = bytearray()

    def _fill(self, deadline: float) -> None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        self.sock.settimeout(remaining)
        try:
            data = self.sock.recv(65536)
        except (ConnectionError, OSError) as exc:
            if isinstance(exc, TimeoutError):
                raise
            raise _Closed from exc
        if not data:
            raise _Closed
        self.buffer += data

    def wait(self, idle_timeout: float) -> bool:
        """Wait for the first byte of the next request; ``False`` when idle or closed."""
        if self.buffer:
            return True
        try:
            self._fill(time.monotonic() + idle_timeout)
        except (TimeoutError, _Closed):
            return False
        return True

    def read_until(self, marker: bytes, limit: int, deadline: float) -> bytes:
        """Everything before ``marker`` (which is consumed)."""
        start = 0
        while True:
            found = self.buffer.find(marker, start)
            if found > limit:
                raise _Malformed
            if found >= 0:
                data = bytes(self.buffer[:found])
                del self.buffer[: found + len(marker)]
                return data
            if len(self.buffer) > limit:
                raise _Malformed
            start = max(0, len(self.buffer) - len(marker) + 1)
            self._fill(deadline)

    def read_exact(self, count: int, deadline: float) -> bytes:
        """Exactly ``count`` bytes."""
        while len(self.buffer) < count:
            self._fill(deadline)
        data = bytes(self.buffer[:count])
        del self.buffer[:count]
        return data

    def send(self, data: bytes) -> None:
        with contextlib.suppress(OSError):
            self.sock.settimeout(None)
            self.sock.sendall(data)

    def close_gently(self) -> None:
        """Close after an answer sent before the request was read to its end.

        Closing with unread bytes makes the kernel send a reset, which can destroy the answer
        before the client reads it; so stop writing, then discard what the client still sends
        (briefly, as Node discards the rest of a body it did not read).
        """
        deadline, drained = time.monotonic() + _LINGER_SECONDS, 0
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_WR)
            while drained < _LINGER_BYTES and (remaining := deadline - time.monotonic()) > 0:
                self.sock.settimeout(remaining)
                data = self.sock.recv(65536)
                if not data:
                    break
                drained += len(data)


class _Head:
    """A parsed request line and headers."""

    def __init__(self, raw: bytes) -> None:
        # Empty lines before a request line are ignored (RFC 9112 section 2.2).
        lines = raw.lstrip(b"\r\n").decode("latin-1").split("\r\n")
        parts = lines[0].split(" ")
        if len(parts) != 3 or not _TOKEN.match(parts[0]):
            raise _Malformed
        self.method, target, self.version = parts
        if self.version not in ("HTTP/1.1", "HTTP/1.0") or not target.startswith("/"):
            raise _Malformed
        if _TARGET_FORBIDDEN.search(target):
            raise _Malformed
        if _TARGET_RAW.search(target):  # raw UTF-8: encoded as a WHATWG URL would
            target = quote(target.encode("latin-1"), safe="".join(map(chr, range(0x21, 0x7F))))
        self.target = target
        self.headers: dict[str, str] = {}
        lengths: set[str] = set()
        for line in lines[1:]:
            name, colon, value = line.partition(":")
            if not colon or not _TOKEN.match(name):
                raise _Malformed  # also an obs-fold line, which starts with whitespace
            name, value = name.lower(), value.strip(" \t")
            if _VALUE_FORBIDDEN.search(value):
                raise _Malformed
            if name == "content-length":
                lengths.update(v.strip() for v in value.split(","))
            self.headers[name] = value
        self.length: int | None = None
        if lengths:
            if len(lengths) != 1 or not next(iter(lengths)).isdigit():
                raise _Malformed
            self.length = int(next(iter(lengths)))
        coding = self.headers.get("transfer-encoding")
        self.chunked = coding is not None
        if coding is not None and (self.length is not None or coding.lower() != "chunked"):
            raise _Malformed
        connection = self.headers.get("connection", "").lower()
        if self.version == "HTTP/1.0":
            self.keep_alive = "keep-alive" in connection
        else:
            self.keep_alive = "close" not in connection


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    # The default listen backlog of 5 resets connections when a client opens 16 at once.
    request_queue_size = 128
    app: App
    idle_timeout: float
    request_timeout: float

    def server_activate(self) -> None:
        self.open: set[socket.socket] = set()
        self.open_lock = threading.Lock()
        super().server_activate()

    def get_request(self) -> tuple[socket.socket, Any]:
        conn, address = super().get_request()
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return conn, address

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Never print a traceback: a sandbox bug is kept in ``sb.errors`` for the test."""
        error = sys.exc_info()[1]
        if isinstance(error, Exception) and not isinstance(error, OSError):
            self.app.errors.append(error)

    def close_connections(self) -> None:
        """Cut every open connection so that no handler thread outlives the server."""
        with self.open_lock:
            for sock in self.open:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


class _Handler(socketserver.BaseRequestHandler):
    server: _Server
    request: socket.socket

    def handle(self) -> None:
        with self.server.open_lock:
            self.server.open.add(self.request)
        try:
            connection = _Connection(self.request)
            while connection.wait(self.server.idle_timeout) and self._serve_one(connection):
                pass
        finally:
            with self.server.open_lock:
                self.server.open.discard(self.request)

    def _serve_one(self, connection: _Connection) -> bool:
        """Answer one request; whether the connection stays open for another."""
        deadline = time.monotonic() + self.server.request_timeout
        try:
            head = _Head(connection.read_until(b"\r\n\r\n", _MAX_HEAD, deadline))
            request, complete = self._read_body(connection, head, deadline)
        except _Malformed:
            connection.send(_BAD_REQUEST)
            connection.close_gently()
            return False
        except TimeoutError:
            connection.send(_HEAD_TIMEOUT)
            connection.close_gently()
            return False
        except _Closed:
            return False
        response = self.server.app.handle(request, raise_violations=False)
        if response.latency:
            time.sleep(response.latency)
        if response.drop:
            with contextlib.suppress(OSError):
                self.request.shutdown(socket.SHUT_RDWR)
            return False
        keep_alive = head.keep_alive and complete
        connection.send(_encode(response, keep_alive, head_only=head.method == "HEAD"))
        if not complete:
            connection.close_gently()
        return keep_alive

    def _read_body(
        self, connection: _Connection, head: _Head, deadline: float
    ) -> tuple[SandboxRequest, bool]:
        """The request, and whether its body was read to the end (else close afterwards)."""
        path, _, query = head.target.partition("?")
        request = SandboxRequest(
            method=head.method,
            path=path,
            query=parse_qs(query, keep_blank_values=True),
            headers=head.headers,
        )
        if not head.chunked and not head.length:
            return request, True
        if head.headers.get("expect", "").lower() == "100-continue":
            connection.send(_CONTINUE)
        limit = self._limit(request, head.length or 0)
        try:
            if head.chunked:
                request.body = self._read_chunks(connection, limit, deadline)
            elif head.length is not None and head.length > limit:
                request.body_error = too_large(limit)
                return request, False
            else:
                request.body = connection.read_exact(head.length or 0, deadline)
        except TimeoutError:
            request.body_error = KibanaError(408, "Request Timeout")
            return request, False
        except _TooLarge:
            request.body_error = too_large(limit)
            return request, False
        return request, True

    def _limit(self, request: SandboxRequest, length: int) -> int:
        # Matching the route costs a little: only done for a body over the common limit.
        if length <= MAX_PAYLOAD_BYTES and not request.headers.get("transfer-encoding"):
            return MAX_PAYLOAD_BYTES
        return self.server.app.body_limit(request)

    @staticmethod
    def _read_chunks(connection: _Connection, limit: int, deadline: float) -> bytes:
        body = bytearray()
        while True:
            line = connection.read_until(b"\r\n", _MAX_CHUNK_LINE, deadline)
            size_text = line.partition(b";")[0].strip(b" \t").decode("latin-1")
            if not _HEX.match(size_text):
                raise _Malformed
            size = int(size_text, 16)
            if size == 0:
                break
            if len(body) + size > limit:
                raise _TooLarge
            body += connection.read_exact(size, deadline)
            if connection.read_exact(2, deadline) != b"\r\n":
                raise _Malformed
        while connection.read_until(b"\r\n", _MAX_HEAD, deadline):  # trailers, ignored
            pass
        return bytes(body)


class _TooLarge(Exception):
    """A chunked body went over its limit."""


def _encode(response: SandboxResponse, keep_alive: bool, *, head_only: bool) -> bytes:
    head = [f"HTTP/1.1 {response.status} {reason_phrase(response.status)}"]
    head += [f"{name}: {value}" for name, value in response.headers.items()]
    head.append(f"content-length: {len(response.body)}")
    head.append("connection: keep-alive" if keep_alive else "connection: close")
    body = b"" if head_only else response.body
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


class LoopbackServer:
    """A threaded HTTP/1.1 server on 127.0.0.1 and a free port.

    Raises:
        ValueError: If a timeout is not a positive number of seconds.
    """

    def __init__(
        self,
        app: App,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
        request_timeout: float = DEFAULT_REQUEST_TIMEOUT,
    ) -> None:
        for name, value in (("idle_timeout", idle_timeout), ("request_timeout", request_timeout)):
            if not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
                raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")
        self._server = _Server((host, port), _Handler)
        self._server.app = app
        self._server.idle_timeout = float(idle_timeout)
        self._server.request_timeout = float(request_timeout)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> None:
        """Serve in a daemon thread."""
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="fleet-sandbox",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop serving, close the socket and every open connection."""
        self._server.shutdown()
        self._server.server_close()
        self._server.close_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)

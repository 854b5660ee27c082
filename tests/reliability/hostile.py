"""A loopback HTTP server whose answers are written by the test, byte by byte if need be.

``HostileServer(answer)`` calls ``answer(request, send)`` for every request it reads;
``send(bytes)`` writes to the client and returns ``False`` once the client has gone (so a
dripping answer stops when the client gives up); ``send.closed()`` tells without writing.
The server records every request and how each answer ended (``finished`` or ``abandoned``),
and how many answers were in progress at once (``most_at_once``).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class Send:
    """Writes to one client; remembers when the client has gone."""

    def __init__(self, conn: socket.socket) -> None:
        self._conn = conn
        self.gone = False

    def __call__(self, data: bytes) -> bool:
        if not self.gone:
            try:
                self._conn.sendall(data)
            except OSError:
                self.gone = True
        return not self.gone

    def closed(self) -> bool:
        """Whether the client has closed its end (checked without blocking)."""
        if not self.gone:
            try:
                self.gone = self._conn.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
            except BlockingIOError:
                pass
            except OSError:
                self.gone = True
        return self.gone


Answer = Callable[[Request, Send], None]


@dataclass
class HostileServer:
    answer: Answer
    url: str = ""
    requests: list[Request] = field(default_factory=list)
    finished: int = 0
    abandoned: int = 0
    in_progress: int = 0
    most_at_once: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _serve(self, conn: socket.socket) -> None:
        reader = conn.makefile("rb")
        try:
            while True:
                request = _read_request(reader)
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                    self.in_progress += 1
                    self.most_at_once = max(self.most_at_once, self.in_progress)
                send = Send(conn)
                try:
                    self.answer(request, send)
                finally:
                    with self._lock:
                        self.in_progress -= 1
                        if send.gone:
                            self.abandoned += 1
                        else:
                            self.finished += 1
                if send.gone:
                    return
        except OSError:
            return
        finally:
            reader.close()
            conn.close()


def _read_request(reader: object) -> Request | None:
    line = reader.readline()  # type: ignore[attr-defined]
    if not line:
        return None
    method, target, _version = line.decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    while True:
        header = reader.readline().decode("latin-1").strip()  # type: ignore[attr-defined]
        if not header:
            break
        name, _, value = header.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length") or 0)
    body = reader.read(length) if length else b""  # type: ignore[attr-defined]
    return Request(method, target.split("?", 1)[0], headers, body)


@contextmanager
def serving(answer: Answer) -> Iterator[HostileServer]:
    """Serve ``answer`` on a free loopback port while the block runs."""
    server = HostileServer(answer)
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(256)
    server.url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            threading.Thread(target=server._serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


def head(status: int = 200, length: int | None = None, **headers: str) -> bytes:
    """A response head; ``length`` becomes Content-Length (none: the body ends at close)."""
    lines = [f"HTTP/1.1 {status} X", "Content-Type: application/json"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    else:
        lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()

"""Raw bytes to and from the loopback sandbox, for requests no HTTP client would send."""

from __future__ import annotations

import json
import socket
from typing import Any

from fleet_facade.sandbox import FleetSandbox

BARE_400 = b"HTTP/1.1 400 Bad Request\r\n\r\n"


def connect(sandbox: FleetSandbox) -> socket.socket:
    """A TCP connection to the running sandbox."""
    host, _, port = sandbox.url.removeprefix("http://").partition(":")
    sock = socket.create_connection((host, int(port)), timeout=10)
    return sock


def head_lines(sandbox: FleetSandbox, *lines: str) -> bytes:
    """A request head with the sandbox's credentials, ending in the blank line."""
    auth = sandbox.auth_headers()
    all_lines = [*lines[:1], "Host: sandbox", f"Authorization: {auth['Authorization']}"]
    all_lines += ["kbn-xsrf: true", *lines[1:]]
    return ("\r\n".join(all_lines) + "\r\n\r\n").encode("latin-1")


def exchange(sandbox: FleetSandbox, data: bytes) -> bytes:
    """Send ``data`` on a new connection; everything the server sends until it closes."""
    with connect(sandbox) as sock:
        sock.sendall(data)
        return read_to_close(sock)


def read_to_close(sock: socket.socket) -> bytes:
    """Every byte until the server closes the connection."""
    received = b""
    while chunk := sock.recv(65536):
        received += chunk
    return received


class ResponseReader:
    """Reads responses one at a time from a connection that stays open (pipelining safe)."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""

    def _more(self) -> None:
        chunk = self.sock.recv(65536)
        assert chunk, f"connection closed after {self.buffer!r}"
        self.buffer += chunk

    def next(self) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body of the next response (framed by ``content-length``)."""
        while b"\r\n\r\n" not in self.buffer:
            self._more()
        head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        headers = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            headers[name.lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(self.buffer) < length:
            self._more()
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        return int(status_line.split(" ")[1]), headers, body


def parse_answer(data: bytes) -> tuple[int, Any]:
    """Status and JSON body of one complete answer read to the close."""
    head, _, body = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ")[1])
    return status, json.loads(body) if body else None

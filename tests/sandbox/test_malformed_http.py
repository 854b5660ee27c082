"""HTTP framing on the loopback server: what Node and hapi answer to requests they cannot read.

Kibana's answers come from hapijs/hapi ``lib/core.js`` (``clientError``: the bare bytes
``HTTP/1.1 400 Bad Request`` and a close), Node's ``headersTimeout`` (a bare 408), hapi's payload
timeout (Kibana's ``server.payloadTimeout``: a 408 envelope) and Kibana's ``server.maxPayload``.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from fleet_facade.sandbox import FleetSandbox

from ._raw_http import (
    BARE_400,
    ResponseReader,
    connect,
    exchange,
    head_lines,
    parse_answer,
    read_to_close,
)

POLICIES = "/api/fleet/agent_policies"
BODY = json.dumps({"name": "chunked", "namespace": "default"}).encode()


@pytest.fixture
def served(sandbox: FleetSandbox) -> Iterator[FleetSandbox]:
    with sandbox:
        yield sandbox


@pytest.mark.parametrize(
    "head",
    [
        ("POST {path} HTTP/1.1", "Content-Length: abc"),
        ("POST {path} HTTP/1.1", "Content-Length: -1"),
        ("POST {path} HTTP/1.1", "Content-Length: 1, 2"),
        ("POST {path} HTTP/1.1", "Content-Length: 2", "Content-Length: 3"),
        ("POST {path} HTTP/1.1", "Content-Length: 2", "Transfer-Encoding: chunked"),
        ("POST {path} HTTP/1.1", "Transfer-Encoding: gzip"),
        ("GET {path} HTTP/2.0",),
        ("GET {path}",),
        ("GET  {path} HTTP/1.1",),
        ("GET {path} HTTP/1.1", "no colon here"),
        ("GET {path} HTTP/1.1", "X-Folded: one", " two"),
        ("GET {path} HTTP/1.1", "Bad Name: value"),
        ("GET {path} HTTP/1.1", "X-Control: a\x01b"),
        ("GET {path} HTTP/1.1", "X-Big: " + "x" * 17_000),
    ],
)
def test_unparseable_requests_get_hapis_bare_400(
    served: FleetSandbox, head: tuple[str, ...], capfd: pytest.CaptureFixture[str]
) -> None:
    request = head_lines(served, head[0].format(path=POLICIES), *head[1:])
    assert exchange(served, request) == BARE_400
    assert capfd.readouterr().err == ""  # no traceback printed by the server
    assert served.errors == []


@pytest.mark.parametrize(
    "chunks",
    [
        b"zz\r\n",  # not hexadecimal
        b"5\r\nabcdeXY",  # no CRLF after the chunk
        b"-5\r\n",
        b"1" * 20 + b"\r\n",  # a size no one sends
    ],
)
def test_bad_chunk_framing_gets_a_bare_400(served: FleetSandbox, chunks: bytes) -> None:
    head = head_lines(served, f"POST {POLICIES} HTTP/1.1", "Transfer-Encoding: chunked")
    assert exchange(served, head + chunks) == BARE_400


def test_chunked_bodies_are_decoded(served: FleetSandbox) -> None:
    head = head_lines(
        served, f"POST {POLICIES} HTTP/1.1", "Transfer-Encoding: chunked", "Connection: close"
    )
    chunks = b"7\r\n" + BODY[:7] + b"\r\n"
    chunks += f"{len(BODY) - 7:x};note=ignored\r\n".encode() + BODY[7:] + b"\r\n"
    chunks += b"0\r\nX-Trailer: ignored\r\n\r\n"
    status, answer = parse_answer(exchange(served, head + chunks))
    assert status == 200, answer
    assert answer["item"]["name"] == "chunked"
    assert served.requests[-1].body == {"name": "chunked", "namespace": "default"}


def test_a_connection_serves_requests_in_turn(served: FleetSandbox) -> None:
    with connect(served) as sock:
        post = head_lines(served, f"POST {POLICIES} HTTP/1.1", f"Content-Length: {len(BODY)}")
        sock.sendall(post + BODY + head_lines(served, f"GET {POLICIES} HTTP/1.1"))
        reader = ResponseReader(sock)
        created = reader.next()
        listed = reader.next()
    assert created[0] == 200
    assert created[1]["connection"] == "keep-alive"
    assert (listed[0], json.loads(listed[2])["total"]) == (200, 1)


def test_expect_100_continue_is_honoured(served: FleetSandbox) -> None:
    head = head_lines(
        served,
        f"POST {POLICIES} HTTP/1.1",
        f"Content-Length: {len(BODY)}",
        "Expect: 100-continue",
    )
    with connect(served) as sock:
        sock.sendall(head)
        assert sock.recv(100) == b"HTTP/1.1 100 Continue\r\n\r\n"
        sock.sendall(BODY)
        assert ResponseReader(sock).next()[0] == 200


def test_a_body_over_max_payload_is_refused_without_reading_it(served: FleetSandbox) -> None:
    head = head_lines(served, f"POST {POLICIES} HTTP/1.1", "Content-Length: 2000000")
    status, answer = parse_answer(exchange(served, head))  # the body is never sent
    assert status == 413
    assert answer == {
        "statusCode": 413,
        "error": "Request Entity Too Large",
        "message": "Payload content length greater than maximum allowed: 1048576",
    }


def test_a_chunked_body_over_max_payload_is_refused(served: FleetSandbox) -> None:
    head = head_lines(served, f"POST {POLICIES} HTTP/1.1", "Transfer-Encoding: chunked")
    chunk = b"100000\r\n" + b" " * 0x100000 + b"\r\n"  # 1 MiB of spaces, then one more byte
    status, answer = parse_answer(exchange(served, head + chunk + b"1\r\n \r\n0\r\n\r\n"))
    assert (status, answer["message"]) == (
        413,
        "Payload content length greater than maximum allowed: 1048576",
    )


def _sandbox_threads() -> int:
    return sum(1 for thread in threading.enumerate() if thread.name.startswith("Thread-"))


def _wait_for(condition: Callable[[], bool], *, bound: float = 30.0) -> None:
    """Poll ``condition`` until it holds; the bound only keeps a regression from hanging."""
    give_up = time.monotonic() + bound
    while not condition() and time.monotonic() < give_up:
        time.sleep(0.05)


def test_half_sent_requests_are_answered_408_and_free_their_threads() -> None:
    sandbox = FleetSandbox(seed=7, request_timeout=0.5, idle_timeout=60)
    with sandbox:
        before = _sandbox_threads()
        heads = [connect(sandbox) for _ in range(10)]
        bodies = [connect(sandbox) for _ in range(10)]
        for sock in heads:
            sock.sendall(f"GET {POLICIES} HTTP/1.1\r\nHost: sandbox\r\n".encode())
        for sock in bodies:
            head = head_lines(sandbox, f"POST {POLICIES} HTTP/1.1", "Content-Length: 100")
            sock.sendall(head + b'{"name": ')
        answers_to_heads = [_read_all(sock) for sock in heads]
        answers_to_bodies = [parse_answer(_read_all(sock)) for sock in bodies]
        _wait_for(lambda: _sandbox_threads() <= before)
        assert _sandbox_threads() <= before
    assert answers_to_heads == [b"HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n"] * 10
    assert (
        answers_to_bodies
        == [(408, {"statusCode": 408, "error": "Request Timeout", "message": "Request Timeout"})]
        * 10
    )
    assert sandbox.errors == []


def test_idle_connections_are_closed() -> None:
    sandbox = FleetSandbox(seed=7, idle_timeout=0.3)
    with sandbox, connect(sandbox) as sock:
        sock.sendall(head_lines(sandbox, f"GET {POLICIES} HTTP/1.1"))
        assert ResponseReader(sock).next()[0] == 200
        assert sock.recv(1) == b""  # closed by the server after the idle timeout


def test_timeouts_must_be_positive() -> None:
    sandbox = FleetSandbox(idle_timeout=0)
    with pytest.raises(ValueError, match="idle_timeout must be a positive number of seconds"):
        sandbox.start()


def _read_all(sock: socket.socket) -> bytes:
    with sock:
        return read_to_close(sock)

"""Fault soak: malformed requests and injected faults thrown at the loopback server at once.

Several threads send a random mix (valid calls, broken framing, bad ids, bad bodies, half-sent
requests, random bytes) while fault rules fail, delay or cut some calls. Every answer must be
an HTTP response: hapi's bare 400 or Node's bare 408 for framing, else Kibana's envelope for
every error. The sandbox must record no handler error. Bounded by a count of requests.
"""

from __future__ import annotations

import json
import random
import socket
import threading
from collections.abc import Callable
from http import HTTPStatus

from fleet_facade.sandbox import FleetSandbox

from ._raw_http import BARE_400, connect, head_lines, read_to_close

THREADS = 4
REQUESTS_PER_THREAD = 60
BARE_408 = b"HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n"
DROPPED_PATH = "/api/fleet/outputs"  # the only path a fault rule cuts without an answer
POLICIES = "/api/fleet/agent_policies"

Build = Callable[[random.Random, FleetSandbox], tuple[bytes, bool]]
"""Makes one request: its bytes, and whether the client stops sending before the end."""


def _json_post(sandbox: FleetSandbox, path: str, body: bytes, *extra: str) -> bytes:
    lines = (f"POST {path} HTTP/1.1", f"Content-Length: {len(body)}", "Connection: close", *extra)
    return head_lines(sandbox, *lines) + body


def _valid_create(rng: random.Random, sandbox: FleetSandbox) -> tuple[bytes, bool]:
    name = "".join(rng.choice("ab-ü \\ud800*") for _ in range(rng.randint(1, 12)))
    body = json.dumps({"name": name, "namespace": "default"}).encode()
    return _json_post(sandbox, POLICIES, body), False


def _valid_list(rng: random.Random, sandbox: FleetSandbox) -> tuple[bytes, bool]:
    kuery = "name:" + "*".join(rng.choice(["a", "b", "", "ab"]) for _ in range(rng.randint(1, 6)))
    path = rng.choice([f"{POLICIES}?kuery={kuery}", DROPPED_PATH, "/api/status"])
    return head_lines(sandbox, f"GET {path} HTTP/1.1", "Connection: close"), False


def _bad_framing(rng: random.Random, sandbox: FleetSandbox) -> tuple[bytes, bool]:
    header = rng.choice(
        [
            "Content-Length: x1",
            "Content-Length: 1, 2",
            "Transfer-Encoding: chunked\r\nContent-Length: 4",
            "Transfer-Encoding: br",
            "Bad Header: yes",
        ]
    )
    return head_lines(sandbox, f"POST {POLICIES} HTTP/1.1", header), False


def _bad_chunks(rng: random.Random, sandbox: FleetSandbox) -> tuple[bytes, bool]:
    head = head_lines(sandbox, f"POST {POLICIES} HTTP/1.1", "Transfer-Encoding: chunked")
    return head + rng.choice([b"q\r\n", b"3\r\nabcd\r\n", b"4;x\r\n{}{}XX"]), False


def _random_bytes(rng: random.Random, _sandbox: FleetSandbox) -> tuple[bytes, bool]:
    return bytes(rng.randrange(256) for _ in range(rng.randint(1, 200))) + b"\r\n\r\n", False


def _bad_path(rng: random.Random, sandbox: FleetSandbox) -> tuple[bytes, bool]:
    tail = rng.choice(["%zz", "%FF", "a%2Fb", "..", "%2e%2e/x", "\u00fc", "a%00b"])
    method = rng.choice(["GET", "DELETE", "PUT", "BREW"])
    return head_lines(sandbox, f"{method} {POLICIES}/{tail} HTTP/1.1", "Connection: close"), False


def _bad_body(rng: random.Random, sandbox: FleetSandbox) -> tuple[bytes, bool]:
    depth = rng.choice([5, 150, 5000])
    body = rng.choice(
        [
            b"[" * depth + b"]" * depth,
            b"{nope",
            b'{"name": NaN}',
            b'"just a string"',
            b'{"__proto__": {}}',
            b"\xff\xfe\x00",
        ]
    )
    content_type = rng.choice(["application/json", "text/plain", "application/xml", "x"])
    return _json_post(sandbox, POLICIES, body, f"Content-Type: {content_type}"), False


def _too_large(_rng: random.Random, sandbox: FleetSandbox) -> tuple[bytes, bool]:
    return head_lines(sandbox, f"POST {POLICIES} HTTP/1.1", "Content-Length: 5000000"), False


def _half_sent(rng: random.Random, sandbox: FleetSandbox) -> tuple[bytes, bool]:
    full = _json_post(sandbox, POLICIES, b'{"name": "half", "namespace": "default"}')
    cut = full[: rng.randint(1, len(full) - 1)]
    return cut, rng.random() < 0.5  # half of them hang up, the others wait for the timeout


BUILDERS: list[Build] = [
    _valid_create,
    _valid_list,
    _bad_framing,
    _bad_chunks,
    _random_bytes,
    _bad_path,
    _bad_body,
    _too_large,
    _half_sent,
]


def _check(answer: bytes, request: bytes, problems: list[str]) -> None:
    if answer in (BARE_400, BARE_408):
        return
    if answer == b"":
        if f" {DROPPED_PATH} ".encode() not in request:
            problems.append(f"no answer to {request[:80]!r}")
        return
    head, _, body = answer.partition(b"\r\n\r\n")
    status_line = head.split(b"\r\n")[0].decode("latin-1")
    version, _, rest = status_line.partition(" ")
    if version != "HTTP/1.1" or not rest[:3].isdigit():
        problems.append(f"not an HTTP response: {answer[:80]!r}")
        return
    status = int(rest[:3])
    if status >= 400:
        try:
            envelope = json.loads(body)
        except ValueError:
            problems.append(f"{status} without a JSON body: {answer[:200]!r}")
            return
        expected_error = HTTPStatus(status).phrase
        if not (
            isinstance(envelope, dict)
            and envelope.get("statusCode") == status
            and envelope.get("error") == expected_error
            and isinstance(envelope.get("message"), str)
        ):
            problems.append(f"not Kibana's envelope: {answer[:200]!r}")


def _soak(sandbox: FleetSandbox, seed: int, problems: list[str]) -> None:
    rng = random.Random(seed)
    for _ in range(REQUESTS_PER_THREAD):
        request, hang_up = rng.choice(BUILDERS)(rng, sandbox)
        try:
            with connect(sandbox) as sock:
                sock.sendall(request)
                if hang_up:
                    sock.shutdown(socket.SHUT_WR)
                answer = read_to_close(sock)
        except ConnectionResetError:
            answer = b""
        except OSError as exc:  # a timeout: the server kept the connection without an answer
            problems.append(f"{exc!r} after {request[:80]!r}")
            continue
        if hang_up and answer == b"":
            continue
        _check(answer, request, problems)


def test_fault_soak_answers_every_request_like_kibana() -> None:
    sandbox = FleetSandbox(seed=13, request_timeout=0.3)
    sandbox.faults.add(path=POLICIES, status=503, rate=0.2, retry_after=1)
    sandbox.faults.add(method="POST", path=POLICIES, status=502, rate=0.2, apply_first=True)
    sandbox.faults.add(path="/api/status", latency=0.01)
    sandbox.faults.add(path=DROPPED_PATH, drop=True, rate=0.5)
    problems: list[str] = []
    with sandbox:
        threads = [
            threading.Thread(target=_soak, args=(sandbox, seed, problems))
            for seed in range(THREADS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        sandbox.faults.clear()
        with connect(sandbox) as sock:  # still serving
            sock.sendall(head_lines(sandbox, "GET /api/status HTTP/1.1", "Connection: close"))
            assert read_to_close(sock).startswith(b"HTTP/1.1 200 OK\r\n")
    assert problems == []
    assert sandbox.errors == []
    assert sandbox.contract_violations == []
    assert any(record.fault for record in sandbox.requests)

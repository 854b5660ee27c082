"""A server that answers too much, too slowly or in bad faith cannot hurt the client.

Every test runs on each wire a call can take: urllib3 (``Fleet``, and ``AsyncFleet`` from
worker threads) and httpx (a ``transport=`` of httpx's own, the path proxies also take). The
servers are raw loopback sockets (``hostile.py``) so that they can drip, lie and overflow.
"""

from __future__ import annotations

import gzip
import struct
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest

from fleet_facade import (
    AsyncFleet,
    Fleet,
    FleetConnectionError,
    FleetTimeoutError,
    UnexpectedResponseError,
)
from fleet_facade._wire_contract import MAX_IN_FLIGHT

from .hostile import Request, Send, head, serving

POLICY = (
    b'{"item": {"id": "p1", "name": "web", "namespace": "default", "revision": 3, '
    b'"is_managed": false, "updated_at": "2025-01-01T00:00:00Z", "updated_by": "t", '
    b'"status": "active"}}'
)
WIRES = ["urllib3", "httpx", "async-threads", "async-httpx"]


def _call(wire: str, url: str, **options: Any) -> Any:
    """``agent_policies.get`` through ``wire``, returning its result (raises its error)."""
    options = {"api_key": "k", "max_retries": 0, **options}
    if wire == "urllib3":
        with Fleet(url, **options) as fleet:
            return fleet.agent_policies.get(id="p1")
    if wire == "httpx":
        with Fleet(url, transport=httpx.HTTPTransport(), **options) as fleet:
            return fleet.agent_policies.get(id="p1")

    async def main() -> Any:
        transport = httpx.AsyncHTTPTransport() if wire == "async-httpx" else None
        async with AsyncFleet(url, transport=transport, **options) as fleet:
            return await fleet.agent_policies.get(id="p1")

    return anyio.run(main)


def _eventually(check: Callable[[], bool]) -> bool:
    """Wait (up to 5 s) for the server's side of an exchange to settle."""
    for _ in range(100):
        if check():
            return True
        time.sleep(0.05)
    return check()


# -- size ----------------------------------------------------------------------------------


def test_the_default_limit_is_256_mib() -> None:
    from fleet_facade._config import DEFAULT_MAX_RESPONSE_BYTES

    assert DEFAULT_MAX_RESPONSE_BYTES == 256 * 1024 * 1024
    assert Fleet("http://k", api_key="k")._transport.settings.max_response_bytes == 2**28


@pytest.mark.parametrize("wire", WIRES)
@pytest.mark.parametrize("announced", [True, False], ids=["content-length", "until-close"])
def test_a_body_over_the_limit_is_refused_without_reading_it(wire: str, announced: bool) -> None:
    size = 32 * 1024 * 1024

    def answer(_request: Request, send: Send) -> None:
        if not send(head(length=size if announced else None)):
            return
        block = b" " * (1024 * 1024)
        for _ in range(size // len(block)):
            if not send(block):
                return

    with serving(answer) as server:
        with pytest.raises(UnexpectedResponseError, match="max_response_bytes") as caught:
            _call(wire, server.url, max_response_bytes=1024 * 1024)
        # The client hung up instead of reading the other 31 MiB.
        assert _eventually(lambda: server.abandoned == 1)
    assert caught.value.status == 200
    assert caught.value.path == "/api/fleet/agent_policies/p1"


def _gzip_bomb(expanded: int) -> bytes:
    """A gzip body of zeros that expands to ``expanded`` bytes (about 1 MB per GiB).

    Made without compressing a GiB: one MiB is compressed after a full flush (so its blocks
    stand alone) and repeated, and the trailer's CRC is that of the whole expansion.
    """
    block = bytes(1024 * 1024)
    count = expanded // len(block)
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    first = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    last_block = packer.flush()[:-8]
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    trailer = struct.pack("<II", crc, expanded & 0xFFFFFFFF)
    return first + again * (count - 1) + last_block + trailer


def test_the_bomb_is_a_valid_gzip_body() -> None:
    assert gzip.decompress(_gzip_bomb(8 * 1024 * 1024)) == bytes(8 * 1024 * 1024)


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return _gzip_bomb(1024**3)


@pytest.mark.parametrize("wire", WIRES)
def test_a_gzip_bomb_stops_at_the_limit_without_the_memory(wire: str, bomb: bytes) -> None:
    assert len(bomb) < 2 * 1024 * 1024  # 1 MB on the wire, 1 GiB decompressed

    def answer(_request: Request, send: Send) -> None:
        send(head(length=len(bomb), Content_Encoding="gzip") + bomb)

    limit = 8 * 1024 * 1024
    with serving(answer) as server:
        tracemalloc.start()
        try:
            with pytest.raises(UnexpectedResponseError, match="max_response_bytes"):
                _call(wire, server.url, max_response_bytes=limit)
            _current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    # The decompressed bytes held at any moment stay near the limit, nowhere near 1 GiB.
    assert peak < 6 * limit, f"peak {peak / 2**20:.0f} MiB"


@pytest.mark.parametrize("wire", WIRES)
def test_a_gzip_body_under_the_limit_is_decoded(wire: str) -> None:
    packer = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    body = packer.compress(POLICY) + packer.flush()

    def answer(_request: Request, send: Send) -> None:
        send(head(length=len(body), Content_Encoding="gzip") + body)

    with serving(answer) as server:
        assert _call(wire, server.url).revision == 3


def _deflate(data: bytes, wbits: int) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return packer.compress(data) + packer.flush()


@pytest.mark.parametrize("wire", WIRES)
@pytest.mark.parametrize(
    ("coding", "encode"),
    [
        ("deflate", lambda body: _deflate(body, zlib.MAX_WBITS)),  # zlib-wrapped, as specified
        ("deflate", lambda body: _deflate(body, -zlib.MAX_WBITS)),  # raw, as some servers send
        ("gzip", lambda body: gzip.compress(body[:50]) + gzip.compress(body[50:])),  # 2 members
    ],
    ids=["deflate", "raw-deflate", "gzip-members"],
)
def test_every_form_of_the_codings_asked_for_is_decoded(
    wire: str, coding: str, encode: Callable[[bytes], bytes]
) -> None:
    body = encode(POLICY)

    def answer(_request: Request, send: Send) -> None:
        send(head(length=len(body), Content_Encoding=coding) + body)

    with serving(answer) as server:
        assert _call(wire, server.url).revision == 3


@pytest.mark.parametrize("wire", WIRES)
def test_a_corrupt_gzip_body_is_a_connection_error_like_a_lost_answer(wire: str) -> None:
    body = gzip.compress(POLICY)
    body = body[:12] + bytes(b ^ 0xFF for b in body[12:30]) + body[30:]

    def answer(_request: Request, send: Send) -> None:
        send(head(length=len(body), Content_Encoding="gzip") + body)

    with serving(answer) as server, pytest.raises(FleetConnectionError, match="corrupt"):
        _call(wire, server.url)


@pytest.mark.parametrize("wire", WIRES)
def test_a_coding_not_asked_for_is_an_unexpected_response(wire: str) -> None:
    def answer(_request: Request, send: Send) -> None:
        send(head(length=len(POLICY), Content_Encoding="br") + POLICY)

    with serving(answer) as server, pytest.raises(UnexpectedResponseError, match="'br'"):
        _call(wire, server.url)


# -- time ----------------------------------------------------------------------------------


def _drip(where: str, total: int = 200, pause: float = 0.05) -> Callable[[Request, Send], None]:
    """An answer sent one byte every ``pause`` seconds: its head, or its body."""

    def answer(_request: Request, send: Send) -> None:
        body = b" " * total
        start = head(length=None if where == "body-until-close" else total)
        if where == "head":
            start, body = b"", start + body
        if not send(start):
            return
        for index in range(len(body)):
            if not send(body[index : index + 1]):
                return
            time.sleep(pause)

    return answer


@pytest.mark.parametrize("wire", WIRES)
@pytest.mark.parametrize("where", ["head", "body", "body-until-close"])
def test_a_dripping_server_cannot_hold_a_call_past_its_timeout(wire: str, where: str) -> None:
    # Each byte arrives well within the read timeout; only a deadline on the whole attempt
    # ends the call (the drip would take 10 s, or 13 s with its head).
    with serving(_drip(where)) as server:
        with pytest.raises(FleetTimeoutError, match=r"no complete answer within 0\.5 s"):
            _call(wire, server.url, timeout=0.5)
        assert _eventually(lambda: server.abandoned == 1)
    assert server.finished == 0


def test_a_dripping_proxy_cannot_hold_a_call_past_its_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Through an environment proxy the sync client sends with httpx's proxy pool."""
    with serving(_drip("body")) as server:
        for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HTTP_PROXY", server.url)
        with pytest.raises(FleetTimeoutError, match="no complete answer"):
            _call("urllib3", "http://kibana.example", timeout=0.5)  # proxied: httpx after all
        assert server.requests[0].path == "http://kibana.example/api/fleet/agent_policies/p1"
        assert _eventually(lambda: server.abandoned == 1)


# -- cancellation --------------------------------------------------------------------------


def _anyio_workers() -> int:
    return sum(1 for thread in threading.enumerate() if thread.name == "AnyIO worker thread")


def test_cancelled_async_calls_leave_no_work_running() -> None:
    """160 calls cancelled while their server holds them: no worker thread keeps waiting.

    Each cancelled request is aborted (its socket shut) and its slot held until its worker
    thread has really stopped, so workers are reused instead of piling up.
    """

    def hold(_request: Request, send: Send) -> None:
        time.sleep(3)  # longer than the whole test's cancellations take
        send(head(length=len(POLICY)) + POLICY)

    async def main(url: str) -> tuple[int, int]:
        most = 0
        async with AsyncFleet(url, api_key="k", max_retries=0) as fleet:

            async def cancelled_call() -> None:
                with anyio.move_on_after(0.02):
                    await fleet.agent_policies.get(id="p1")

            for _wave in range(20):
                async with anyio.create_task_group() as group:
                    for _ in range(8):
                        group.start_soon(cancelled_call)
                await anyio.sleep(0.01)
                most = max(most, _anyio_workers())
            return most, len(server.requests)

    with serving(hold) as server:
        before = _anyio_workers()
        most, sent = anyio.run(main, server.url)
    assert sent > 0  # the calls did reach the server before they were cancelled
    assert most - before <= MAX_IN_FLIGHT, f"{most} worker threads after cancellations"


def test_cancellation_never_lets_more_than_the_limit_run() -> None:
    """Cancelled calls hold their slot until their request has ended in its thread: never
    more than ``MAX_IN_FLIGHT`` requests are in flight, however many are cancelled."""
    release = threading.Event()
    running = most = 0
    lock = threading.Lock()

    def hold(_request: Request, send: Send) -> None:
        while not (release.wait(0.01) or send.closed()):
            pass
        send(head(length=len(POLICY)) + POLICY)

    async def main(url: str) -> None:
        async with AsyncFleet(url, api_key="k", max_retries=0) as fleet:
            wire = fleet._transport._wire._wire  # the Urllib3Wire the worker threads run
            send = wire.send

            def counted(*args: Any) -> Any:
                nonlocal running, most
                with lock:
                    running += 1
                    most = max(most, running)
                try:
                    return send(*args)
                finally:
                    with lock:
                        running -= 1

            wire.send = counted

            async def call(cancel_after: float) -> None:
                with anyio.move_on_after(cancel_after):
                    await fleet.agent_policies.get(id="p1")

            async with anyio.create_task_group() as group:
                for index in range(4 * MAX_IN_FLIGHT):
                    group.start_soon(call, 0.05 if index % 2 else 30)
                await anyio.sleep(0.5)
                release.set()

    with serving(hold) as server:
        anyio.run(main, server.url)
        assert server.finished >= 2 * MAX_IN_FLIGHT  # the calls that were not cancelled
    assert 0 < most <= MAX_IN_FLIGHT

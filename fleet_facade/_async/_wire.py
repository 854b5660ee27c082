"""The async client's wires: urllib3 from worker threads to Kibana, httpx for the rest.

Unlike the other modules here, this one has no derived sync copy: the sync client's wires
(``fleet_facade/_sync/_wire.py``) are written by hand.

Why threads: an async request through httpx costs about 1.5 ms of client CPU here (httpx,
httpcore, h11, anyio and asyncio layers) against about 0.3 ms through urllib3 plus a thread
hand-off. With 16 requests in flight, the client's CPU, not Kibana, set the pace: 200 creates at
concurrency 16 ran only 8x faster than one by one. urllib3 waits on sockets with the GIL
released, so worker threads overlap requests for real, and the event loop never blocks. It works
on any anyio backend (asyncio, trio).
"""

from __future__ import annotations

import math
import threading
import zlib
from collections import deque
from collections.abc import Callable
from typing import Any

import anyio
import anyio.lowlevel
import anyio.to_thread
import httpx

from .._body import CHUNK, BodyRefused, BodyTooLarge
from .._config import Settings, attempt_deadline
from .._http import (
    FleetAsyncHttpxClient,
    RefusedBody,
    Reply,
    already_read,
    body_decoder,
    corrupt_body,
    deadline_error,
    httpx_options,
    reply_from_httpx,
    send_error_from_httpx,
)
from .._urllib3_wire import MAX_IN_FLIGHT, Urllib3Wire, proxied

_HTTPX_FAILURES = (
    httpx.TransportError, httpx.DecodingError, httpx.InvalidURL, ValueError, TypeError,
    RecursionError,
)  # fmt: skip


class AsyncHttpxWire:
    """Sends requests with one ``httpx.AsyncClient`` (a caller's transport, or a proxy)."""

    def __init__(self, settings: Settings, transport: httpx.AsyncBaseTransport | None) -> None:
        self._settings = settings
        self._http = FleetAsyncHttpxClient(transport=transport, **httpx_options(settings))

    def httpx_client(self) -> httpx.AsyncClient:
        """The httpx client itself (for the generated client's ``raw`` access)."""
        return self._http

    async def send(self, request: dict[str, Any]) -> Reply:
        """Send one request built by a generated ``_get_kwargs`` (url relative to the base).

        The whole attempt runs in a cancel scope bounded by its deadline.

        Raises:
            SendError: No (complete) HTTP answer came back in time.
            RefusedBody: The answer's body is too large or in a coding not asked for.
        """
        seconds = attempt_deadline(request.get("timeout") or self._settings.timeout)
        try:
            with anyio.fail_after(seconds):
                response = await self._http.send(
                    self._http.build_request(**request), stream=True
                )
                try:
                    content = await self._read(response)
                finally:
                    await response.aclose()
        except TimeoutError:
            raise deadline_error(seconds) from None
        except _HTTPX_FAILURES as exc:
            raise send_error_from_httpx(exc) from None
        return reply_from_httpx(response, content)

    async def _read(self, response: httpx.Response) -> bytes:
        limit = self._settings.max_response_bytes
        try:
            if already_read(response):
                if len(response.content) > limit:
                    raise BodyTooLarge(limit)
                return response.content
            decoder = body_decoder(response, limit)
            async for chunk in response.aiter_raw(CHUNK):
                decoder.feed(chunk)
            return decoder.finish()
        except BodyRefused as exc:
            raise RefusedBody(reply_from_httpx(response, b""), str(exc)) from None
        except zlib.error as exc:
            raise corrupt_body(exc) from None

    async def close(self) -> None:
        await self._http.aclose()


class AsyncThreadWire:
    """Runs a :class:`Urllib3Wire` in worker threads, at most ``MAX_IN_FLIGHT`` requests at once.

    A cancelled call returns at once and aborts its request: the worker thread's socket is
    shut down, so the thread ends within moments (and the request fails there, unseen). Its
    slot among the ``MAX_IN_FLIGHT`` is held until the thread has really finished, so
    cancellations never let more requests (or threads) run than the limit.
    """

    def __init__(self, settings: Settings) -> None:
        self._wire = Urllib3Wire(settings)
        self._settings = settings
        self._slots = Slots(MAX_IN_FLIGHT)
        self._raw_http: httpx.AsyncClient | None = None
        self._raw_lock = threading.Lock()

    def httpx_client(self) -> httpx.AsyncClient:
        """A separate httpx client with the same settings (for the generated async ``raw``)."""
        with self._raw_lock:
            if self._raw_http is None:
                self._raw_http = FleetAsyncHttpxClient(**httpx_options(self._settings))
            return self._raw_http

    async def send(self, request: dict[str, Any]) -> Reply:
        """Send one request from a worker thread (see :meth:`Urllib3Wire.send`).

        Raises:
            SendError: No (complete) HTTP answer came back.
            RefusedBody: The answer's body is too large or in a coding not asked for.
        """
        await self._slots.acquire()
        job = _Job(self._wire, request, self._slots)
        try:
            reply: Reply = await anyio.to_thread.run_sync(
                job.run, abandon_on_cancel=True, limiter=_thread_gate()
            )
        except BaseException:
            job.leave()  # cancelled, or the request failed: the slot is released once done
            raise
        self._slots.release()
        return reply

    async def close(self) -> None:
        self._wire.close()
        if self._raw_http is not None:
            await self._raw_http.aclose()


class _Job:
    """One request in a worker thread, and who releases its slot.

    The caller releases it when it sees the outcome; a caller that stops waiting (cancelled)
    leaves that to the thread, which releases it when the request ends. If the thread never
    started (anyio skips work whose caller was cancelled first), the caller releases it.
    """

    __slots__ = ("_attempt", "_request", "_slots", "_state", "_wire")

    def __init__(self, wire: Urllib3Wire, request: dict[str, Any], slots: Slots) -> None:
        self._wire = wire
        self._request = request
        self._slots = slots
        self._attempt = wire.attempt(request)
        self._state = "waiting"  # -> running -> done; or -> left (caller gone)

    def run(self) -> Reply:
        with self._slots.lock:
            if self._state == "left":  # the caller is gone already: nothing to do
                raise RuntimeError("the call was cancelled before its request started")
            self._state = "running"
        try:
            return self._wire.send(self._request, self._attempt)
        finally:
            with self._slots.lock:
                left = self._state == "left"
                self._state = "done"
            if left:
                self._slots.release()

    def leave(self) -> None:
        """The caller stops waiting: release the slot now, or have the thread release it."""
        with self._slots.lock:
            running = self._state == "running"
            self._state = "left" if self._state != "done" else "done"
        if running:
            self._attempt.expire(cancelled=True)  # the thread's request fails at once
        else:
            self._slots.release()


class Slots:
    """A counting semaphore that worker threads may release (anyio's limiters may not).

    Waiters are served in order; a slot freed in a thread is handed to the next waiter
    through its event loop's thread-safe callback.
    """

    def __init__(self, capacity: int) -> None:
        self.lock = threading.Lock()
        self._free = capacity
        self._waiters: deque[tuple[Callable[[Callable[[], object]], object], anyio.Event]] = (
            deque()
        )

    async def acquire(self) -> None:
        """Wait for a slot."""
        with self.lock:
            if self._free > 0 and not self._waiters:
                self._free -= 1
                return
            waiter = (_call_soon_threadsafe(), anyio.Event())
            self._waiters.append(waiter)
        try:
            await waiter[1].wait()
        except BaseException:
            with self.lock:
                handed = waiter not in self._waiters
                if not handed:
                    self._waiters.remove(waiter)
            if handed:  # a slot arrived as this waiter was cancelled: pass it on
                self.release()
            raise

    def release(self) -> None:
        """Free a slot (from any thread)."""
        while True:
            with self.lock:
                if not self._waiters:
                    self._free += 1
                    return
                call_soon, event = self._waiters.popleft()
            try:
                call_soon(event.set)
                return
            except RuntimeError:  # that waiter's event loop is gone: try the next one
                continue


def _call_soon_threadsafe() -> Callable[[Callable[[], object]], object]:
    """Schedules a callback in the running event loop, from any thread, without blocking."""
    import sniffio

    if sniffio.current_async_library() == "trio":
        import trio  # type: ignore[import-not-found, unused-ignore]

        return trio.lowlevel.current_trio_token().run_sync_soon  # type: ignore[no-any-return]
    import asyncio

    return asyncio.get_running_loop().call_soon_threadsafe


#: anyio's gate on starting worker threads, one per event loop; never the bound (``Slots`` is).
_THREADS: anyio.lowlevel.RunVar[anyio.CapacityLimiter] = anyio.lowlevel.RunVar(
    "fleet_facade_threads"
)


def _thread_gate() -> anyio.CapacityLimiter:
    # Per event loop, and only touched from that loop's thread: no race to make it.
    try:
        return _THREADS.get()
    except LookupError:
        gate = anyio.CapacityLimiter(math.inf)
        _THREADS.set(gate)
        return gate


def open_wire(
    settings: Settings, transport: httpx.AsyncBaseTransport | None
) -> AsyncHttpxWire | AsyncThreadWire:
    """urllib3 (threads) for direct connections; httpx for an httpx transport or a proxy."""
    if transport is None and not proxied(settings.base_url):
        return AsyncThreadWire(settings)
    return AsyncHttpxWire(settings, transport)

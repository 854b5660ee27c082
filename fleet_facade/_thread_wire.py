"""The async client's wire to Kibana: the urllib3 wire, run from worker threads.

Why threads: an async request through httpx costs about 1.5 ms of client CPU here (httpx,
httpcore, h11, anyio and asyncio layers) against about 0.3 ms through urllib3 plus a thread
hand-off. With 16 requests in flight, the client's CPU, not Kibana, set the pace: 200 creates at
concurrency 16 ran only 8x faster than one by one. urllib3 waits on sockets with the GIL
released, so worker threads overlap requests for real, and the event loop never blocks. It works
on any anyio backend (asyncio, trio).

Async only, so it lives outside ``_async/`` (whose modules are copied into a sync ``_sync/``):
the sync client calls :class:`~fleet_facade._urllib3_wire.Urllib3Wire` directly.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

import anyio
import anyio.lowlevel
import anyio.to_thread

from ._config import Settings
from ._urllib3_wire import Urllib3Wire
from ._wire_contract import MAX_IN_FLIGHT, Reply


class AsyncThreadWire:
    """Runs a :class:`Urllib3Wire` in worker threads, at most ``MAX_IN_FLIGHT`` requests at once.

    A cancelled call returns at once and aborts its request: the worker thread's socket is
    shut down, so the thread ends within moments (and the request fails there, unseen). Its
    slot among the ``MAX_IN_FLIGHT`` is held until the thread has really finished, so
    cancellations never let more requests (or threads) run than the limit.
    """

    def __init__(self, settings: Settings) -> None:
        self._wire = Urllib3Wire(settings)
        self._slots = Slots(MAX_IN_FLIGHT)

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
        """Close the urllib3 pool."""
        self._wire.close()


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
        import trio  # type: ignore[import-not-found, unused-ignore]  # (optional: not installed here)

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

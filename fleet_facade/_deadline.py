"""A total deadline per request attempt, on top of the per-operation socket timeouts.

A socket timeout bounds each read; a server dripping one byte a second never trips it. So
each attempt also gets a deadline (its ``timeout``, see ``_config.attempt_deadline``):

- urllib3 (``Urllib3Wire``): a watchdog thread shuts down the attempt's socket when its
  deadline passes, whatever the request is doing (reading headers or body, or sending). The
  connection classes report their socket to the attempt running in their thread
  (:class:`WatchedConnection`). An async call that is cancelled aborts its attempt the same
  way, so the worker thread it leaves behind ends at once.
- httpx (``transport=`` with real connections, proxies): ``_httpx_wire.DeadlineBackend`` gives
  each socket operation only the time left before the deadline of the attempt in its thread.

The deadline is checked under one lock, together with the hand-back of a connection to its
pool: a watchdog never shuts down a socket that another request already reuses.
"""

from __future__ import annotations

import contextlib
import math
import os
import socket
import threading
import time
from typing import Any

_LOCK = threading.Lock()
_WAKE = threading.Condition(_LOCK)
_local = threading.local()


class Attempt:
    """One request attempt: its deadline, and the connection it is using.

    Args:
        seconds: Time the attempt may take in all.
    """

    __slots__ = ("at", "cancelled", "conn", "expired", "finished", "seconds", "sock", "watched")

    def __init__(self, seconds: float, *, watched: bool = True) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self.watched = watched  # expired by the watchdog (urllib3), or by ``remaining`` (httpx)
        self.conn: Any = None
        self.sock: Any = None
        self.expired = False
        self.cancelled = False
        self.finished = False

    def __enter__(self) -> Attempt:
        """Run this attempt in the current thread (its connections report their sockets)."""
        _local.attempt = self
        if self.watched:
            _WATCHDOG.add(self)
        return self

    def __exit__(self, *_exc: object) -> None:
        _local.attempt = None
        self.finish()

    def bind(self, conn: Any, sock: Any) -> None:
        """Note the connection and socket now carrying the attempt (shut if already expired)."""
        with _LOCK:
            if self.finished:
                return
            conn._fleet_attempt = self
            self.conn, self.sock = conn, sock
            if self.expired:
                _shut(sock)

    def expire(self, *, cancelled: bool = False) -> None:
        """End the attempt now: its socket is shut down, the request fails in its thread."""
        with _LOCK:
            self._expire(cancelled)

    def finish(self) -> bool:
        """The attempt is over; returns whether it expired first (its connection is then
        shut and must not be reused)."""
        with _LOCK:
            if not self.finished:
                self.finished = True
                _WATCHDOG.discard(self)
                if self.conn is not None and getattr(self.conn, "_fleet_attempt", None) is self:
                    self.conn._fleet_attempt = None
            return self.expired

    def _expire(self, cancelled: bool) -> None:  # with _LOCK held
        if self.finished or self.expired:
            return
        self.expired = True
        self.cancelled = cancelled
        conn = self.conn
        if conn is not None and getattr(conn, "_fleet_attempt", None) is self:
            _shut(self.sock)


def current() -> Attempt | None:
    """The attempt running in this thread, if any."""
    return getattr(_local, "attempt", None)


def released(conn: Any) -> None:
    """A connection goes back to its pool: no attempt may shut it any more."""
    with _LOCK:
        if getattr(conn, "_fleet_attempt", None) is not None:
            conn._fleet_attempt = None


def _shut(sock: Any) -> None:
    # The plain socket's shutdown, also for TLS sockets: SSLSocket.shutdown would drop its
    # SSL object under the thread still reading from it. Reads and writes then fail at once;
    # the connection is closed by the request that fails. (Errors: already closed.)
    with contextlib.suppress(OSError, TypeError, ValueError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class WatchedConnection:
    """Mixed into urllib3's connection classes: reports their socket to the current attempt.

    Written without importing urllib3; ``Urllib3Wire`` derives the classes it uses (from
    whatever urllib3's pools use at the time, so test recorders that patch them still work).
    The socket is reported as soon as it exists (before a TLS handshake), and again when a
    kept-alive connection carries a new request.
    """

    sock: Any

    def _new_conn(self) -> Any:
        sock = super()._new_conn()  # type: ignore[misc]
        _watch(self, sock)
        return sock

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        _watch(self, getattr(self, "sock", None))

    def request(self, *args: Any, **kwargs: Any) -> Any:
        _watch(self, getattr(self, "sock", None))
        return super().request(*args, **kwargs)  # type: ignore[misc]


def _watch(conn: Any, sock: Any) -> None:
    attempt = current()
    if attempt is not None and sock is not None:
        attempt.bind(conn, sock)


class _Watchdog:
    """One daemon thread that expires attempts whose deadline has passed.

    It sleeps until the earliest deadline among the attempts in flight (checking them is
    O(in flight)), and is woken only when an attempt with an earlier deadline arrives.
    """

    def __init__(self) -> None:
        self._active: set[Attempt] = set()
        self._wake_at = math.inf
        self._thread: threading.Thread | None = None

    def add(self, attempt: Attempt) -> None:
        with _LOCK:
            self._active.add(attempt)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="fleet-facade deadlines", daemon=True
                )
                self._thread.start()
            if attempt.at < self._wake_at:
                _WAKE.notify()

    def discard(self, attempt: Attempt) -> None:  # with _LOCK held
        self._active.discard(attempt)

    def _run(self) -> None:
        with _LOCK:
            while True:
                now = time.monotonic()
                earliest = math.inf
                for attempt in list(self._active):
                    if attempt.at <= now:
                        self._active.discard(attempt)
                        attempt._expire(cancelled=False)
                    elif attempt.at < earliest:
                        earliest = attempt.at
                self._wake_at = earliest
                _WAKE.wait(None if earliest == math.inf else earliest - now)

    def _after_fork(self) -> None:
        # The thread does not survive a fork; the child starts its own when it needs one.
        global _LOCK, _WAKE
        _LOCK = threading.Lock()
        _WAKE = threading.Condition(_LOCK)
        self._active = set()
        self._wake_at = math.inf
        self._thread = None


_WATCHDOG = _Watchdog()
os.register_at_fork(after_in_child=_WATCHDOG._after_fork)

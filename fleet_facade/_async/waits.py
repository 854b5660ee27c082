"""The polling loop every wait runs (the waits are methods of the resources they wait on).

A wait polls at ``interval`` seconds until its condition holds or ``timeout`` passes, calls
``on_progress`` with a short description of each state it sees, and raises
:class:`WorkflowTimeoutError` (saying what it last saw) when time runs out. Its only I/O of its
own is the sleep, which the resource owns (the client's ``sleep=``, a no-op in tests).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from .._exceptions import WorkflowTimeoutError
from .._types import AsyncSleep
from .._waiting import Progress, check_wait

T = TypeVar("T")


async def poll(
    sleep: AsyncSleep,
    check: Callable[[], Awaitable[tuple[T | None, str]]],
    *,
    waited_for: str,
    timeout: float,
    interval: float,
    on_progress: Progress | None,
) -> T:
    """Call ``check`` until it returns a result (not ``None``) or ``timeout`` passes.

    ``check`` returns the result (``None``: not yet) and a description of what it saw.
    """
    check_wait(timeout, interval)
    deadline = time.monotonic() + timeout
    while True:
        result, last = await check()
        if on_progress is not None:
            on_progress(last)
        if result is not None:
            return result
        if time.monotonic() >= deadline:
            raise WorkflowTimeoutError(waited_for, timeout, last)
        await sleep(min(interval, max(deadline - time.monotonic(), 0.0)))

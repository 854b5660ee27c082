"""The sandbox's bounded request log (``FleetSandbox.requests``)."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator, Sequence
from typing import Generic, TypeVar, overload

T = TypeVar("T")

#: How many requests the log keeps unless ``FleetSandbox(request_log_size=...)`` says otherwise.
DEFAULT_REQUEST_LOG_SIZE = 10_000


class RequestLog(Sequence[T], Generic[T]):
    """The most recent ``size`` records, oldest first; older ones are dropped as new ones come.

    It reads like a list (``len``, ``log[-1]``, ``log[mark:]``, iteration, ``del log[:]``);
    an index taken with ``len(log)`` keeps its meaning until the log is full. Appends are
    O(1) and thread-safe, so a long soak costs constant memory.

    Raises:
        ValueError: If ``size`` is below 1.
    """

    def __init__(self, size: int = DEFAULT_REQUEST_LOG_SIZE) -> None:
        if size < 1:
            raise ValueError(f"request_log_size must be at least 1, got {size}")
        self._records: deque[T] = deque(maxlen=size)
        self._lock = threading.Lock()

    @property
    def size(self) -> int:
        """How many records the log keeps."""
        return self._records.maxlen or 0

    def append(self, record: T) -> None:
        """Add a record, dropping the oldest when full."""
        with self._lock:
            self._records.append(record)

    def clear(self) -> None:
        """Forget every record."""
        with self._lock:
            self._records.clear()

    def _snapshot(self) -> list[T]:
        with self._lock:
            return list(self._records)

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[T]:
        return iter(self._snapshot())

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return self._snapshot()[index]
        with self._lock:
            return self._records[index]

    def __delitem__(self, index: int | slice) -> None:
        with self._lock:
            kept = list(self._records)
            del kept[index]
            self._records.clear()
            self._records.extend(kept)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RequestLog):
            return self._snapshot() == other._snapshot()
        return isinstance(other, list) and self._snapshot() == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self._snapshot())

"""Callable types that differ between the async and the sync client (unasync maps the names)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeAlias

#: Sleeps for the given seconds; injectable so tests do not wait through backoff.
AsyncSleep: TypeAlias = Callable[[float], Awaitable[None]]
SyncSleep: TypeAlias = Callable[[float], None]
#: Looks up an object a create may have made before its response was lost (``None``: absent).
AsyncLookup: TypeAlias = Callable[[], Awaitable[Any]]
SyncLookup: TypeAlias = Callable[[], Any]

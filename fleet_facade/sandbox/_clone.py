"""Copies of stored JSON-like objects (dicts, lists, strings, numbers, booleans, None)."""

from __future__ import annotations

import pickle
from typing import TypeVar

T = TypeVar("T")


def clone(value: T) -> T:
    """A deep copy; a pickle round trip is several times faster than ``copy.deepcopy`` for
    plain JSON data, and handlers copy every object they store or answer with."""
    return pickle.loads(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))  # type: ignore[no-any-return]

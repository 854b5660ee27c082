"""Retry decisions shared by both transports: what to retry, and how long to wait."""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Mapping

#: Statuses worth retrying on idempotent requests (overload or a proxy between us and Kibana).
RETRY_STATUSES = frozenset({429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "PUT", "DELETE", "HEAD", "OPTIONS"})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0


def retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or HTTP date), capped at 60 s."""
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = parsed.timestamp() - time.time()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def backoff(attempt: int, server_delay: float | None = None) -> float:
    """Delay before retry number ``attempt`` (0-based): full jitter, or the server's wish."""
    if server_delay is not None:
        return server_delay
    return random.uniform(0.0, min(MAX_DELAY, INITIAL_DELAY * (2**attempt)))

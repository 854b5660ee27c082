"""Retry decisions shared by both transports: what to retry, and how long to wait."""

from __future__ import annotations

import math
import time
from collections.abc import Mapping

#: Statuses worth retrying on idempotent requests (overload or a proxy between us and Kibana).
RETRY_STATUSES = frozenset({429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "PUT", "DELETE", "HEAD", "OPTIONS"})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
#: An HTTP-date is about 29 characters; anything much longer is not one (and is not parsed).
_MAX_DATE_LENGTH = 64


def retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds from a ``Retry-After`` header, between 0 and 60; ``None`` if absent or invalid.

    RFC 9110 allows two forms: delay-seconds (digits only) and an HTTP-date. Anything else
    (``nan``, ``inf``, ``-1``, ``1e9``, a garbled date) is ignored, and the client's own backoff
    applies: a server's malformed wish must not become a sleep that fails or never ends.
    """
    value = headers.get("retry-after")
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        # Digits only. Very long numbers are not converted (int() refuses over 4,300 digits).
        return MAX_RETRY_AFTER if len(value) > 6 else min(float(value), MAX_RETRY_AFTER)
    if len(value) > _MAX_DATE_LENGTH:
        return None
    import email.utils  # (an HTTP-date is rare: not loaded with the facade)

    try:
        seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
    except (TypeError, ValueError, OverflowError, IndexError):
        return None
    if not math.isfinite(seconds):
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def backoff(attempt: int, server_delay: float | None = None) -> float:
    """Delay before retry number ``attempt`` (0-based): full jitter, or the server's wish."""
    if server_delay is not None:
        return server_delay
    import random  # (only when a retry waits: not loaded with the package)

    return random.uniform(0.0, min(MAX_DELAY, INITIAL_DELAY * (2 ** min(attempt, 16))))

# Generated from fleet_facade/_async/_shim.py by scripts/run_unasync.py; do not edit.
"""Sleeping without tying the async client to one event loop library."""

from __future__ import annotations


def default_sleep(seconds: float) -> None:
    """Sleep ``seconds`` (``anyio`` here, ``time.sleep`` in the generated sync copy)."""
    import time

    time.sleep(seconds)

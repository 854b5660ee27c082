"""Sleeping without tying the async client to one event loop library."""

from __future__ import annotations


async def default_sleep(seconds: float) -> None:
    """Sleep ``seconds`` (``anyio`` here, ``time.sleep`` in the generated sync copy)."""
    import anyio

    await anyio.sleep(seconds)

"""Alternating rounds, per-round ratios and their min/median/max.

Contenders run one after another inside each round, in an order that rotates from round to
round, so a slow patch of a noisy machine hits every contender about equally. A ratio is taken
within each round (both sides measured seconds apart) and summarized over the rounds.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Stat:
    """Min, median and max of a series."""

    min: float
    median: float
    max: float

    @classmethod
    def of(cls, values: list[float]) -> Stat:
        return cls(min(values), statistics.median(values), max(values))

    def scaled(self, factor: float) -> Stat:
        return Stat(self.min * factor, self.median * factor, self.max * factor)


def timed(run: Callable[[], object]) -> float:
    """Seconds one call of ``run`` takes."""
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def alternate(
    contenders: Mapping[str, Callable[[], object]], *, rounds: int, warmup: bool = True
) -> dict[str, list[float]]:
    """Seconds per round for each contender, rotating the order each round.

    Args:
        contenders: Name -> a callable doing one round's work (e.g. 300 calls).
        rounds: How many rounds.
        warmup: Run every contender once first, untimed (connections, caches, imports).
    """
    names = list(contenders)
    if warmup:
        for name in names:
            contenders[name]()
    seconds: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            seconds[name].append(timed(contenders[name]))
    return seconds


def ratio(numerator: list[float], denominator: list[float]) -> Stat:
    """Per-round ratios ``numerator[i] / denominator[i]``, summarized."""
    return Stat.of([a / b for a, b in zip(numerator, denominator, strict=True)])

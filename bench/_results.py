"""What each section reports: rows of ratios against targets, plus plain figures."""

from __future__ import annotations

from dataclasses import dataclass, field

from ._timing import Stat


@dataclass(frozen=True)
class Row:
    """One measured ratio (or count) and its target.

    Attributes:
        name: What is compared, e.g. ``"facade sync / raw httpx"``.
        value: Min/median/max over the rounds; ``None`` when not measured.
        target: ``("<=", 1.15)``, ``(">=", 10)``, ``("==", 5)`` or ``None`` (informative).
        detail: Plain figures behind the ratio (µs per call, MB...).
        chart: Whether the row is drawn in the PNG.
    """

    name: str
    value: Stat | None
    target: tuple[str, float] | None = None
    detail: str = ""
    chart: bool = True

    @property
    def met(self) -> bool | None:
        if self.value is None or self.target is None:
            return None
        op, limit = self.target
        median = self.value.median
        if op == "<=":
            return median <= limit
        if op == ">=":
            return median >= limit
        return abs(median - limit) < 1e-9

    @property
    def target_text(self) -> str:
        if self.target is None:
            return "-"
        op, limit = self.target
        symbol = {"<=": "≤", ">=": "≥", "==": "="}[op]
        return f"{symbol} {limit:g}"


@dataclass
class Section:
    """One of the six measurements."""

    number: int
    title: str
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    available: bool = True

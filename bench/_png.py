"""A bar chart of the ratios as a PNG, with no dependency (zlib + struct and a 5x7 font).

matplotlib is not a dependency of the project; a chart of a dozen bars does not need it.
"""

from __future__ import annotations

import math
import struct
import zlib
from pathlib import Path

from ._results import Row

# 5x7 glyphs, one byte per column, least significant bit at the top.
_FONT: dict[str, tuple[int, ...]] = {
    " ": (0, 0, 0, 0, 0),
    ".": (0, 0x60, 0x60, 0, 0),
    ",": (0, 0x50, 0x30, 0, 0),
    "/": (0x20, 0x10, 0x08, 0x04, 0x02),
    "-": (0x08,) * 5,
    ":": (0, 0x36, 0x36, 0, 0),
    "(": (0, 0x1C, 0x22, 0x41, 0),
    ")": (0, 0x41, 0x22, 0x1C, 0),
    "=": (0x14,) * 5,
    "<": (0x08, 0x14, 0x22, 0x41, 0),
    ">": (0, 0x41, 0x22, 0x14, 0x08),
    "+": (0x08, 0x08, 0x3E, 0x08, 0x08),
    "%": (0x23, 0x13, 0x08, 0x64, 0x62),
    "0": (0x3E, 0x51, 0x49, 0x45, 0x3E),
    "1": (0, 0x42, 0x7F, 0x40, 0),
    "2": (0x42, 0x61, 0x51, 0x49, 0x46),
    "3": (0x21, 0x41, 0x45, 0x4B, 0x31),
    "4": (0x18, 0x14, 0x12, 0x7F, 0x10),
    "5": (0x27, 0x45, 0x45, 0x45, 0x39),
    "6": (0x3C, 0x4A, 0x49, 0x49, 0x30),
    "7": (0x01, 0x71, 0x09, 0x05, 0x03),
    "8": (0x36, 0x49, 0x49, 0x49, 0x36),
    "9": (0x06, 0x49, 0x49, 0x29, 0x1E),
    "A": (0x7E, 0x11, 0x11, 0x11, 0x7E),
    "B": (0x7F, 0x49, 0x49, 0x49, 0x36),
    "C": (0x3E, 0x41, 0x41, 0x41, 0x22),
    "D": (0x7F, 0x41, 0x41, 0x22, 0x1C),
    "E": (0x7F, 0x49, 0x49, 0x49, 0x41),
    "F": (0x7F, 0x09, 0x09, 0x09, 0x01),
    "G": (0x3E, 0x41, 0x49, 0x49, 0x7A),
    "H": (0x7F, 0x08, 0x08, 0x08, 0x7F),
    "I": (0, 0x41, 0x7F, 0x41, 0),
    "J": (0x20, 0x40, 0x41, 0x3F, 0x01),
    "K": (0x7F, 0x08, 0x14, 0x22, 0x41),
    "L": (0x7F, 0x40, 0x40, 0x40, 0x40),
    "M": (0x7F, 0x02, 0x0C, 0x02, 0x7F),
    "N": (0x7F, 0x04, 0x08, 0x10, 0x7F),
    "O": (0x3E, 0x41, 0x41, 0x41, 0x3E),
    "P": (0x7F, 0x09, 0x09, 0x09, 0x06),
    "Q": (0x3E, 0x41, 0x51, 0x21, 0x5E),
    "R": (0x7F, 0x09, 0x19, 0x29, 0x46),
    "S": (0x46, 0x49, 0x49, 0x49, 0x31),
    "T": (0x01, 0x01, 0x7F, 0x01, 0x01),
    "U": (0x3F, 0x40, 0x40, 0x40, 0x3F),
    "V": (0x1F, 0x20, 0x40, 0x20, 0x1F),
    "W": (0x3F, 0x40, 0x38, 0x40, 0x3F),
    "X": (0x63, 0x14, 0x08, 0x14, 0x63),
    "Y": (0x07, 0x08, 0x70, 0x08, 0x07),
    "Z": (0x61, 0x51, 0x49, 0x45, 0x43),
}
_SUBSTITUTES = {"≤": "<=", "≥": ">=", "×": "X", "_": "-", "µ": "U"}

WHITE, BLACK, GREY, LIGHT = (255, 255, 255), (30, 30, 30), (150, 150, 150), (225, 225, 225)
GREEN, RED, BLUE = (60, 160, 80), (210, 70, 60), (90, 120, 190)
LOW, HIGH = 0.1, 100.0  # the log axis
TICKS = (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100)


class Canvas:
    """An RGB image in memory."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.pixels = [bytearray(bytes(WHITE) * width) for _ in range(height)]

    def rect(self, x0: int, y0: int, x1: int, y1: int, color: tuple[int, int, int]) -> None:
        x0, x1 = max(0, min(x0, x1)), min(self.width, max(x0, x1))
        y0, y1 = max(0, min(y0, y1)), min(self.height, max(y0, y1))
        for y in range(y0, y1):
            self.pixels[y][3 * x0 : 3 * x1] = bytes(color) * (x1 - x0)

    def text(self, x: int, y: int, text: str, color: tuple[int, int, int], scale: int = 2) -> int:
        """Draw ``text`` (upper-cased) with its top-left at ``(x, y)``; returns the end x."""
        for char, value in _SUBSTITUTES.items():
            text = text.replace(char, value)
        for char in text.upper():
            for column, bits in enumerate(_FONT.get(char, _FONT[" "])):
                for row in range(7):
                    if bits >> row & 1:
                        left, top = x + column * scale, y + row * scale
                        self.rect(left, top, left + scale, top + scale, color)
            x += 6 * scale
        return x

    def png(self) -> bytes:
        raw = b"".join(b"\x00" + bytes(line) for line in self.pixels)

        def chunk(kind: bytes, data: bytes) -> bytes:
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (
            b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b"")
        )


def _x(value: float, left: int, width: int) -> int:
    value = min(max(value, LOW), HIGH)
    span = math.log10(HIGH) - math.log10(LOW)
    return left + round((math.log10(value) - math.log10(LOW)) / span * width)


def _short(name: str, limit: int = 38) -> str:
    return name if len(name) <= limit else name[: limit - 2] + ".."


def bar_chart(rows: list[Row], path: Path, title: str) -> None:
    """Write one bar per row (median, min-max whisker, target tick) on a log axis."""
    rows = [row for row in rows if row.value is not None and row.chart]
    label_w, plot_w, margin, row_h = 480, 560, 20, 34
    top = 70
    width = label_w + plot_w + 110
    height = top + row_h * len(rows) + 60
    canvas = Canvas(width, height)
    canvas.text(margin, 16, title, BLACK)
    canvas.text(margin, 40, "median ratio, log scale; bar: min-max; tick: target", GREY, 1)
    left = label_w
    for tick in TICKS:
        x = _x(tick, left, plot_w)
        canvas.rect(x, top - 6, x + 1, top + row_h * len(rows), GREY if tick == 1 else LIGHT)
        canvas.text(x - 8, top + row_h * len(rows) + 8, f"{tick:g}", GREY)
    for index, row in enumerate(rows):
        assert row.value is not None
        y = top + index * row_h
        canvas.text(margin, y + 10, _short(row.name), BLACK)
        met = row.met
        color = BLUE if met is None else (GREEN if met else RED)
        canvas.rect(left, y + 6, _x(row.value.median, left, plot_w), y + row_h - 6, color)
        whisker_y = y + row_h // 2
        canvas.rect(
            _x(row.value.min, left, plot_w),
            whisker_y - 1,
            _x(row.value.max, left, plot_w) + 1,
            whisker_y + 1,
            BLACK,
        )
        if row.target is not None:
            target_x = _x(row.target[1], left, plot_w)
            canvas.rect(target_x - 1, y + 2, target_x + 2, y + row_h - 2, BLACK)
        canvas.text(left + plot_w + 10, y + 10, f"{row.value.median:.2f}", BLACK)
    path.write_bytes(canvas.png())

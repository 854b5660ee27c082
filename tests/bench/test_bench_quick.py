"""The benchmark's quick mode still runs end to end (no timing assertions: CI machines vary)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = [
    "## 1. Per-call overhead",
    "## 2. Import time",
    "## 3. Large lists",
    "## 4. Round trips",
    "## 5. Concurrency",
    "## 6. Parsing",
]


def test_quick_run_writes_the_report_with_all_six_sections(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = (tmp_path / "RESULTS.md").read_text(encoding="utf-8")
    for heading in SECTIONS:
        assert heading in report
    assert "| median |" in report
    assert (tmp_path / "results.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")

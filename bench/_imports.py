"""2. Import time: ``import fleet_facade`` in a fresh interpreter against ``import httpx``."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys

from ._results import Row, Section
from ._timing import Stat

# Only the import is timed, not the interpreter's own start-up.
_PROBE = (
    "import time; started = time.perf_counter(); import {module}; "
    "print(time.perf_counter() - started)"
)


def _environment() -> dict[str, str]:
    """This environment, with bytecode caching allowed.

    With ``PYTHONDONTWRITEBYTECODE`` set, a checkout's modules changed since their last
    ``.pyc`` are compiled again in every interpreter, while installed packages (httpx) load
    their cached bytecode: the ratio would measure the compiler. Allowed, the warm-up import
    writes the cache, as any installed or first-run package has it.
    """
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def import_seconds(module: str) -> float | None:
    """Seconds ``import module`` takes in a fresh process; ``None`` if it cannot be imported."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(module=module)],
        capture_output=True,
        text=True,
        check=False,
        env=_environment(),
    )
    if done.returncode != 0:
        return None
    return float(done.stdout.strip())


def run(*, rounds: int) -> Section:
    """Measure ``rounds`` fresh imports of each module, alternating."""
    section = Section(2, "Import time (fresh process)")
    modules = ["fleet_facade", "httpx", "kibana"]
    seconds: dict[str, list[float]] = {m: [] for m in modules}
    for module in modules:  # warm-up, untimed: bytecode cached (see ``_environment``)
        import_seconds(module)
    for round_number in range(rounds):
        shift = round_number % len(modules)
        for module in modules[shift:] + modules[:shift]:
            value = import_seconds(module)
            if value is not None:
                seconds[module].append(value)
    facade, httpx_ = seconds["fleet_facade"], seconds["httpx"]

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:.0f} ms"

    section.rows.append(
        Row(
            "import fleet_facade / import httpx",
            Stat.of([a / b for a, b in zip(facade, httpx_, strict=True)]),
            ("<=", 0.6),
            f"{ms(facade)} vs {ms(httpx_)}",
        )
    )
    if seconds["kibana"]:
        kib = seconds["kibana"]
        section.rows.append(
            Row(
                "import fleet_facade / import kibana",
                Stat.of([a / b for a, b in zip(facade, kib, strict=True)]),
                None,
                f"{ms(facade)} vs {ms(kib)}",
                chart=False,
            )
        )
    import importlib.util

    cli = (
        "click is installed, so `import httpx` also imports httpx's CLI (click, rich, pygments)"
        if importlib.util.find_spec("click") is not None
        else "click is not installed, so `import httpx` does not import httpx's CLI"
    )
    section.notes.append(
        f"Median of {rounds} fresh interpreters per module, alternating; only the import "
        f"statement is timed. {cli}. `import fleet_facade` imports neither httpx nor urllib3 "
        "(the wires load with the first client; httpx only for `transport=`, proxies and "
        "`fleet.raw`)."
    )
    return section

"""``python -m bench``: run the six measurements, write RESULTS.md and results.png."""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from pathlib import Path

from . import _concurrency, _imports, _lists, _overhead, _parsing, _png, _report, _roundtrips
from ._results import Section
from ._server import SandboxServer


@dataclass(frozen=True)
class Sizes:
    """How much work each measurement does."""

    rounds: int
    calls: int
    import_rounds: int
    tokens: int
    agents: int
    per_page: int
    list_rounds: int
    creates: int
    create_rounds: int
    parse_agents: int
    parse_rounds: int


FULL = Sizes(
    rounds=15, calls=300, import_rounds=15, tokens=50_000, agents=100_000, per_page=1000,
    list_rounds=5, creates=200, create_rounds=3, parse_agents=10_000, parse_rounds=7,
)  # fmt: skip
QUICK = Sizes(
    rounds=2, calls=30, import_rounds=2, tokens=3_000, agents=4_000, per_page=1000,
    list_rounds=1, creates=32, create_rounds=1, parse_agents=1_000, parse_rounds=2,
)  # fmt: skip


def measure(sizes: Sizes, *, in_thread: bool, log: bool = True) -> list[Section]:
    """Run the six sections against one sandbox server."""

    def say(text: str) -> None:
        if log:
            print(text, flush=True)

    sections: list[Section] = []
    say("2/6 import time ...")
    imports = _imports.run(rounds=sizes.import_rounds)
    with SandboxServer(seed=1, in_thread=in_thread) as server:
        say("1/6 per-call overhead ...")
        sections.append(_overhead.run(server, rounds=sizes.rounds, calls=sizes.calls))
        sections.append(imports)
        say("4/6 round trips ... (before the big lists: a small server state)")
        trips = _roundtrips.run(server)
        say("5/6 concurrency ...")
        concurrency = _concurrency.run(
            server, rounds=sizes.create_rounds, count=sizes.creates, concurrency=16, latency=0.02
        )
        say("3/6 large lists ...")
        sections.append(
            _lists.run(
                server,
                rounds=sizes.list_rounds,
                tokens=sizes.tokens,
                agents=sizes.agents,
                per_page=sizes.per_page,
            )
        )
        sections += [trips, concurrency]
        say("6/6 parsing ...")
        sections.append(_parsing.run(server, rounds=sizes.parse_rounds, agents=sizes.parse_agents))
    return sections


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a smoke run of a few seconds")
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent, help="where RESULTS.md goes"
    )
    parser.add_argument(
        "--in-thread",
        action="store_true",
        help="serve the sandbox from a thread of this process (default: its own process)",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    sections = measure(QUICK if args.quick else FULL, in_thread=args.in_thread)
    elapsed = time.perf_counter() - started
    server = (
        "served from a thread of the benchmark process"
        if args.in_thread
        else "served from a separate process (its own GIL)"
    )
    args.out.mkdir(parents=True, exist_ok=True)
    mode = "--quick" if args.quick else "full"
    report = _report.render(sections, mode=mode, server=server, seconds=elapsed)
    (args.out / "RESULTS.md").write_text(report, encoding="utf-8")
    rows = [row for section in sections for row in section.rows]
    _png.bar_chart(rows, args.out / "results.png", f"FLEET-FACADE BENCHMARK ({mode})")
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

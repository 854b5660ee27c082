"""3. Large lists: iterating enrollment tokens and agents against a hand-written paging loop.

Time is compared per round. Memory is measured apart (tracemalloc slows allocation several
times, so it never runs while timing): the peak growth over a full iteration against the peak
growth over the first three pages. A listing that holds one page at a time gives a ratio near 1;
one that accumulates gives about (pages / 3).
"""

from __future__ import annotations

import gc
import itertools
import json
import tracemalloc
from collections.abc import Callable, Iterable
from typing import Any

import httpx

from ._results import Row, Section
from ._server import SandboxServer
from ._timing import Stat, alternate, ratio

TOKENS = "/api/fleet/enrollment_api_keys"
AGENTS = "/api/fleet/agents"
#: Memory of a full iteration is compared with the first FEW pages (the steady state).
FEW = 3


def raw_tokens(http: httpx.Client, per_page: int) -> Iterable[dict[str, Any]]:
    """Every enrollment token, page by page (``page``/``perPage``), as decoded JSON."""
    page = 1
    while True:
        params = {"page": page, "perPage": per_page}
        body = json.loads(http.get(TOKENS, params=params).content)
        items = body["items"]
        yield from items
        if len(items) < per_page or page * per_page >= body["total"]:
            return
        page += 1


def raw_agents(http: httpx.Client, per_page: int) -> Iterable[dict[str, Any]]:
    """Every agent through a point in time and ``searchAfter`` (what Kibana 9.1+ offers)."""
    params: dict[str, Any] = {"perPage": per_page, "openPit": "true", "pitKeepAlive": "2m"}
    seen = 0
    while True:
        body = json.loads(http.get(AGENTS, params=params).content)
        items = body["items"]
        seen += len(items)
        yield from items
        after = body.get("nextSearchAfter")
        if len(items) < per_page or seen >= body["total"] or after is None:
            return
        params = {
            "perPage": per_page,
            "pitId": body["pit"],
            "pitKeepAlive": "2m",
            "searchAfter": after,
        }


def consume(items: Iterable[Any]) -> int:
    """Iterate, touching each item's id (as a caller would)."""
    count = 0
    for item in items:
        item["id"] if isinstance(item, dict) else item.id
        count += 1
    return count


def peak_growth(run: Callable[[], object]) -> int:
    """Bytes of traced peak memory above the level before ``run``."""
    gc.collect()
    tracemalloc.start()
    try:
        baseline = tracemalloc.get_traced_memory()[0]
        run()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak - baseline


def _mb(value: float) -> str:
    return f"{value / 1e6:.1f} MB"


def _measure(
    label: str,
    total: int,
    per_page: int,
    raw: Callable[[], Iterable[Any]],
    facade: Callable[[], Iterable[Any]],
    rounds: int,
) -> list[Row]:
    def check(items: Iterable[Any]) -> None:
        got = consume(items)
        if got != total:
            raise RuntimeError(f"{label}: iterated {got} of {total}")

    seconds = alternate(
        {"raw": lambda: check(raw()), "facade": lambda: check(facade())},
        rounds=rounds,
        warmup=False,
    )
    facade_full = peak_growth(lambda: consume(facade()))
    facade_few = peak_growth(lambda: consume(itertools.islice(facade(), FEW * per_page)))
    raw_full = peak_growth(lambda: consume(raw()))
    median = Stat.of(seconds["facade"]).median, Stat.of(seconds["raw"]).median
    return [
        Row(
            f"{label}: facade / raw paging loop (time)",
            ratio(seconds["facade"], seconds["raw"]),
            ("<=", 1.25),
            f"{median[0]:.2f} s vs {median[1]:.2f} s for {total:,} ({per_page}/page)",
        ),
        Row(
            f"{label}: peak memory, all / first {FEW} pages",
            Stat.of([facade_full / max(facade_few, 1)]),
            ("<=", 1.5),
            f"facade peak +{_mb(facade_full)} (first {FEW} pages: +{_mb(facade_few)}); "
            f"raw loop +{_mb(raw_full)}",
        ),
    ]


def run(server: SandboxServer, *, rounds: int, tokens: int, agents: int, per_page: int) -> Section:
    """Seed ``tokens`` enrollment tokens and ``agents`` agents, then measure both listings."""
    from fleet_facade import Fleet

    section = Section(3, "Large lists: iterate all, time and memory")
    policy_id = server.call("agent_policy", "bench-lists")
    existing = server.call("count", "enrollment_api_keys")
    total_tokens = server.call("add_enrollment_tokens", tokens - existing, policy_id)
    total_agents = server.call("add_agents", agents, policy_id)
    http = httpx.Client(base_url=server.url, headers=server.headers, timeout=60)
    fleet = Fleet(server.url, api_key=server.api_key, timeout=60)
    try:
        consume(raw_agents(http, per_page))  # the server caches each agent's JSON on first use
        section.rows += _measure(
            f"{total_tokens:,} enrollment tokens",
            total_tokens,
            per_page,
            lambda: raw_tokens(http, per_page),
            lambda: fleet.enrollment_tokens.list(per_page=per_page),
            rounds,
        )
        server.call("forget_requests")
        section.rows += _measure(
            f"{total_agents:,} agents",
            total_agents,
            per_page,
            lambda: raw_agents(http, per_page),
            lambda: fleet.agents.list(per_page=per_page),
            rounds,
        )
        server.call("forget_requests")
    finally:
        http.close()
        fleet.close()
    section.notes.append(
        f"Same page size ({per_page}) on both sides; tokens page with page/perPage, agents with "
        "a point in time and searchAfter. Time: median of per-round ratios over "
        f"{rounds} round(s). Memory: tracemalloc peak above the starting level, one run each. "
        "The facade builds each item's model as iteration reaches it (`fleet_facade/_items.py`); "
        "the consumer reads every item's `id`."
    )
    return section

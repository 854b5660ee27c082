"""5. Concurrency: creating package policies with ``AsyncFleet``, concurrent against sequential.

The server adds a fixed latency to every Fleet request (as a remote Kibana would), so the
speed-up shows whether requests really overlap: at concurrency C the ideal is about C times.
Each package policy goes to its own agent policy, so no agent policy grows during the run.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ._results import Row, Section
from ._server import SandboxServer
from ._timing import Stat, alternate, ratio

_names = itertools.count()


def _creator(batches: list[list[str]]) -> Callable[[Any, int], Awaitable[None]]:
    """Each call creates one package policy on each agent policy of the next batch."""

    async def create(fleet: Any, concurrency: int) -> None:
        batch = next(_names)
        policy_ids = batches.pop()
        gate = asyncio.Semaphore(concurrency)

        async def one(number: int, policy_id: str) -> None:
            async with gate:
                await fleet.package_policies.create(
                    name=f"nginx-bench-{batch}-{number}",
                    package="nginx",
                    version="1.6.0",
                    policy_id=policy_id,
                )

        await asyncio.gather(*(one(n, p) for n, p in enumerate(policy_ids)))

    return create


def _raw_creator(batches: list[list[str]]) -> Callable[[Any, int], Awaitable[None]]:
    """The same creates as bare ``httpx.AsyncClient.post`` calls (the physical limit)."""

    async def create(http: Any, concurrency: int) -> None:
        batch = next(_names)
        policy_ids = batches.pop()
        gate = asyncio.Semaphore(concurrency)

        async def one(number: int, policy_id: str) -> None:
            body = {
                "name": f"nginx-raw-{batch}-{number}",
                "package": {"name": "nginx", "version": "1.6.0"},
                "policy_id": policy_id,
            }
            async with gate:
                response = await http.post("/api/fleet/package_policies", json=body)
                response.raise_for_status()
                json.loads(response.content)

        await asyncio.gather(*(one(n, p) for n, p in enumerate(policy_ids)))

    return create


def run(
    server: SandboxServer, *, rounds: int, count: int, concurrency: int, latency: float
) -> Section:
    """Create ``count`` package policies per contender per round."""
    from fleet_facade import AsyncFleet

    section = Section(5, "Concurrency: create package policies with AsyncFleet")
    # Agent policies are made before the latency is switched on (it applies in-process too).
    batches = [
        server.call("agent_policies", f"bench-conc-{n}", count) for n in range(4 * rounds + 2)
    ]
    create, raw_create = _creator(batches), _raw_creator(batches)
    loop = asyncio.new_event_loop()

    async def make() -> Any:
        return AsyncFleet(server.url, api_key=server.api_key, timeout=60)

    async def make_raw() -> Any:
        return httpx.AsyncClient(base_url=server.url, headers=server.headers, timeout=60)

    fleet = loop.run_until_complete(make())
    http = loop.run_until_complete(make_raw())
    server.call("latency", latency)
    try:
        # Untimed warm-up: connections, the server version and manifest caches.
        loop.run_until_complete(create(fleet, concurrency))
        loop.run_until_complete(raw_create(http, concurrency))
        contenders = {
            "sequential": lambda: loop.run_until_complete(create(fleet, 1)),
            "concurrent": lambda: loop.run_until_complete(create(fleet, concurrency)),
            "raw sequential": lambda: loop.run_until_complete(raw_create(http, 1)),
            "raw concurrent": lambda: loop.run_until_complete(raw_create(http, concurrency)),
        }
        timings = alternate(contenders, rounds=rounds, warmup=False)
    finally:
        server.call("clear_faults")
        loop.run_until_complete(fleet.close())
        loop.run_until_complete(http.aclose())
        loop.close()
    seq, conc = Stat.of(timings["sequential"]).median, Stat.of(timings["concurrent"]).median
    section.rows.append(
        Row(
            f"speed-up, concurrency {concurrency} vs sequential",
            ratio(timings["sequential"], timings["concurrent"]),
            (">=", 10.0),
            f"{count} creates: {seq:.2f} s sequential vs {conc:.2f} s concurrent; "
            f"{latency * 1000:.0f} ms server latency",
        )
    )
    raw_seq = Stat.of(timings["raw sequential"]).median
    raw_conc = Stat.of(timings["raw concurrent"]).median
    section.rows.append(
        Row(
            f"raw httpx speed-up, concurrency {concurrency} (reference)",
            ratio(timings["raw sequential"], timings["raw concurrent"]),
            None,
            f"{raw_seq:.2f} s sequential vs {raw_conc:.2f} s concurrent",
        )
    )
    section.rows.append(
        Row(
            "facade concurrent / raw httpx concurrent",
            ratio(timings["concurrent"], timings["raw concurrent"]),
            None,
            f"{conc:.2f} s vs {raw_conc:.2f} s",
            chart=False,
        )
    )
    ideal = min(concurrency, count)
    section.notes.append(
        f"{count} `package_policies.create` (nginx 1.6.0) per round; asyncio.Semaphore("
        f"{concurrency}) + gather against awaiting one by one; {rounds} round(s). Ideal "
        f"speed-up ≈ {ideal} (latency-bound); server and client CPU per request cap it lower. "
        "AsyncFleet's requests run in worker threads through urllib3 (about 0.3 ms of client "
        "CPU each, against about 1.5 ms through httpx's async stack)."
    )
    return section

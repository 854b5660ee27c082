"""Measure paging 100,000 synthetic agents in pages of 10,000 (not a test; prints figures).

Run: ``uv run python tests/sandbox/measure_agent_paging.py``
"""

from __future__ import annotations

import json
import statistics
import time

import httpx

from fleet_facade.sandbox import FleetSandbox

AGENTS = "/api/fleet/agents"
PER_PAGE = 10_000


def walk(http: httpx.Client) -> tuple[list[float], list[float]]:
    """Seconds per page for one full walk: (request + transfer, client-side ``json()``)."""
    times, parse = [], []
    params: dict[str, object] = {"perPage": PER_PAGE, "openPit": "true", "pitKeepAlive": "1m"}
    while True:
        started = time.perf_counter()
        response = http.get(AGENTS, params=params)
        times.append(time.perf_counter() - started)
        started = time.perf_counter()
        body = response.json()
        parse.append(time.perf_counter() - started)
        if not body["items"] or "nextSearchAfter" not in body:
            break
        params = {
            "perPage": PER_PAGE,
            "pitId": body["pit"],
            "pitKeepAlive": "1m",
            "searchAfter": body["nextSearchAfter"],
        }
        if len(times) > 11:
            break
    return times, parse


def show(label: str, figures: tuple[list[float], list[float]]) -> None:
    """Print one walk's per-page figures in milliseconds."""
    fetch, parse = figures
    print(f"{label} fetch ms/page:", " ".join(f"{t * 1000:.0f}" for t in fetch))
    print(f"{label} json() ms/page:", " ".join(f"{t * 1000:.0f}" for t in parse))


def main() -> None:
    started = time.perf_counter()
    sandbox = FleetSandbox(seed=1)
    print(f"FleetSandbox() construction: {(time.perf_counter() - started) * 1000:.1f} ms")
    started = time.perf_counter()
    sandbox.add_agents(100_000, tags=["bench"])
    print(f"add_agents(100_000): {time.perf_counter() - started:.2f} s")

    with sandbox.client() as http:
        first = walk(http)  # builds the cached per-agent JSON
        second = walk(http)
    show("in-process, first walk ", first)
    show("in-process, second walk", second)

    with sandbox, httpx.Client(base_url=sandbox.url, headers=sandbox.auth_headers()) as http:
        live = walk(http)
    show("loopback HTTP walk     ", live)

    # Serving one page (no client-side parse) against json-serializing the same page.
    transport = sandbox.transport()
    request = httpx.Request(
        "GET", f"http://sb{AGENTS}?perPage={PER_PAGE}", headers=sandbox.auth_headers()
    )
    serve = []
    for _ in range(5):
        started = time.perf_counter()
        transport.handle_request(request).read()
        serve.append(time.perf_counter() - started)
    items = [agent.to_dict() for agent in list(sandbox.state.agents.values())[:PER_PAGE]]
    dump = []
    for _ in range(5):
        started = time.perf_counter()
        json.dumps({"items": items, "total": 100_000, "page": 1, "perPage": PER_PAGE})
        dump.append(time.perf_counter() - started)
    serve_ms, dump_ms = statistics.median(serve) * 1000, statistics.median(dump) * 1000
    print(
        f"serve one 10k page (in-process, no parse): {serve_ms:.1f} ms; "
        f"json.dumps of the same page: {dump_ms:.1f} ms; "
        f"ratio serve/dumps = {serve_ms / dump_ms:.2f}"
    )


if __name__ == "__main__":
    main()

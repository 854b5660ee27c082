"""1. Per-call overhead: ``agent_policies.get`` against a raw httpx GET and kibana-py."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx

from ._results import Row, Section
from ._server import SandboxServer
from ._timing import alternate, ratio

try:
    import kibana
except ImportError:  # the optional `bench` dependency group
    kibana = None


def _sync_contenders(server: SandboxServer, policy_id: str, calls: int) -> tuple[dict, list]:
    from fleet_facade import Fleet

    path = f"/api/fleet/agent_policies/{policy_id}"
    raw = httpx.Client(base_url=server.url, headers=server.headers)
    fleet = Fleet(server.url, api_key=server.api_key)
    closers: list[Callable[[], Any]] = [raw.close, fleet.close]

    def raw_round() -> None:
        for _ in range(calls):
            json.loads(raw.get(path).content)

    def facade_round() -> None:
        for _ in range(calls):
            fleet.agent_policies.get(id=policy_id)

    contenders: dict[str, Callable[[], Any]] = {"raw": raw_round, "facade": facade_round}
    if kibana is not None:
        client = kibana.Kibana(server.url, api_key=server.api_key)
        closers.append(client.close)

        def kibana_round() -> None:
            for _ in range(calls):
                client.fleet_policies.get_agent_policy(agent_policy_id=policy_id).body  # noqa: B018

        contenders["kibana-py"] = kibana_round
    return contenders, closers


def _async_contenders(server: SandboxServer, policy_id: str, calls: int, loop: Any) -> tuple:
    from fleet_facade import AsyncFleet

    path = f"/api/fleet/agent_policies/{policy_id}"

    async def make() -> tuple[httpx.AsyncClient, Any]:
        return (
            httpx.AsyncClient(base_url=server.url, headers=server.headers),
            AsyncFleet(server.url, api_key=server.api_key),
        )

    raw, fleet = loop.run_until_complete(make())

    async def raw_calls() -> None:
        for _ in range(calls):
            json.loads((await raw.get(path)).content)

    async def facade_calls() -> None:
        for _ in range(calls):
            await fleet.agent_policies.get(id=policy_id)

    async def close() -> None:
        await raw.aclose()
        await fleet.close()

    contenders = {
        "raw async": lambda: loop.run_until_complete(raw_calls()),
        "facade async": lambda: loop.run_until_complete(facade_calls()),
    }
    return contenders, lambda: loop.run_until_complete(close())


def run(server: SandboxServer, *, rounds: int, calls: int) -> Section:
    """Measure; ``calls`` requests per contender per round."""
    section = Section(1, "Per-call overhead: agent_policies.get")
    policy_id = server.call("agent_policy", "bench-overhead")
    sync, closers = _sync_contenders(server, policy_id, calls)
    loop = asyncio.new_event_loop()
    asynchronous, close_async = _async_contenders(server, policy_id, calls, loop)
    try:
        seconds = alternate({**sync, **asynchronous}, rounds=rounds)
    finally:
        for close in closers:
            close()
        close_async()
        loop.close()

    def us(name: str) -> str:
        values = sorted(seconds[name])
        return f"{values[len(values) // 2] / calls * 1e6:.0f} µs"

    section.rows.append(
        Row(
            "facade sync / raw httpx",
            ratio(seconds["facade"], seconds["raw"]),
            ("<=", 1.15),
            f"{us('facade')} vs {us('raw')} per call",
        )
    )
    section.rows.append(
        Row(
            "facade async / raw httpx async",
            ratio(seconds["facade async"], seconds["raw async"]),
            ("<=", 1.15),
            f"{us('facade async')} vs {us('raw async')} per call",
        )
    )
    if "kibana-py" in seconds:
        section.rows.append(
            Row(
                "facade sync / kibana-py",
                ratio(seconds["facade"], seconds["kibana-py"]),
                ("<=", 0.9),
                f"{us('facade')} vs {us('kibana-py')} per call",
            )
        )
        section.rows.append(
            Row(
                "kibana-py / raw httpx (reference)",
                ratio(seconds["kibana-py"], seconds["raw"]),
                None,
                f"{us('kibana-py')} vs {us('raw')} per call",
                chart=False,
            )
        )
    else:
        section.notes.append(
            "kibana-py is not installed (`uv sync --group bench`): facade/kibana-py not measured."
        )
    section.notes.append(
        f"{calls} sequential GETs of one agent policy per contender per round, {rounds} rounds, "
        "keep-alive connection; raw = `client.get(url)` + `json.loads(response.content)`. "
        "The facade sends through urllib3 (the async client from worker threads; "
        "`fleet_facade/_urllib3_wire.py`) and returns the typed model; kibana-py sends "
        "through urllib3 too (elastic-transport) and returns a dict."
    )
    return section

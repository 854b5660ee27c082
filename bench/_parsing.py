"""6. Parsing: one page of agents into the typed models against ``json.loads`` alone.

The typed side runs exactly what the facade runs on a 200: the generated operation's
``_parse_response`` (``json.loads`` + ``from_dict`` of the response model).
"""

from __future__ import annotations

import json
from types import SimpleNamespace

import httpx

from ._results import Row, Section
from ._server import SandboxServer
from ._timing import Stat, alternate, ratio


def run(server: SandboxServer, *, rounds: int, agents: int) -> Section:
    """Fetch one page of ``agents`` agents once, then time both parses, alternating."""
    from fleet_facade._ops import operation

    section = Section(6, "Parsing: one page of agents, typed models vs json.loads")
    have = server.call("count", "agents")
    if have < agents:
        server.call("add_agents", agents - have)
    with httpx.Client(base_url=server.url, headers=server.headers, timeout=60) as http:
        content = http.get("/api/fleet/agents", params={"perPage": agents}).content
    module = operation("get-fleet-agents")
    parse_client = SimpleNamespace(raise_on_unexpected_status=False)

    def typed() -> None:
        response = httpx.Response(200, content=content)
        page = module._parse_response(client=parse_client, response=response)
        if len(page.items) != agents:
            raise RuntimeError(f"parsed {len(page.items)} agents, expected {agents}")

    seconds = alternate({"json.loads": lambda: json.loads(content), "typed": typed}, rounds=rounds)
    typed_s, plain_s = Stat.of(seconds["typed"]).median, Stat.of(seconds["json.loads"]).median
    section.rows.append(
        Row(
            f"typed parse / json.loads ({agents:,} agents)",
            ratio(seconds["typed"], seconds["json.loads"]),
            ("<=", 2.0),
            f"{typed_s * 1000:.0f} ms vs {plain_s * 1000:.0f} ms for {len(content) / 1e6:.1f} MB",
        )
    )
    section.notes.append(
        f"One GET /api/fleet/agents?perPage={agents} response body, parsed {rounds} times each "
        "in alternation; the typed side is `json.loads` + the generated `from_dict`."
    )
    return section

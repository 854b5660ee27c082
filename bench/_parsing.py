"""6. Parsing: one page of agents into the typed models against ``json.loads`` alone.

The typed side runs exactly what the facade runs on a 200:
``fleet_facade._response_parsing.parse_reply``, the generated operation's ``_parse_response``
(``json.loads`` + ``from_dict`` of the response model) with the cyclic garbage collector paused
for a large body.
"""

from __future__ import annotations

import json

import httpx

from ._results import Row, Section
from ._server import SandboxServer
from ._timing import Stat, alternate, ratio


def run(server: SandboxServer, *, rounds: int, agents: int) -> Section:
    """Fetch one page of ``agents`` agents once, then time both parses, alternating."""
    from fleet_facade._ops import operation
    from fleet_facade._response_parsing import parse_reply
    from fleet_facade._wire_contract import Reply

    section = Section(6, "Parsing: one page of agents, typed models vs json.loads")
    have = server.call("count", "agents")
    if have < agents:
        server.call("add_agents", agents - have)
    with httpx.Client(base_url=server.url, headers=server.headers, timeout=60) as http:
        content = http.get("/api/fleet/agents", params={"perPage": agents}).content
    module = operation("get-fleet-agents")

    def typed() -> None:
        response = Reply(200, {"content-type": "application/json"}, content, "GET", "/")
        page = parse_reply(module, response)
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
        "in alternation; the typed side is what the facade runs: `json.loads` + the generated "
        "`from_dict`, with the cyclic garbage collector paused for bodies over 64 KB (the "
        "parsed tree has no cycles; see `fleet_facade/_response_parsing.py`)."
    )
    return section

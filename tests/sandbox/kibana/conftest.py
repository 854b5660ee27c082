"""The conformance suite: facts from Kibana's own Fleet API tests, stated against the sandbox.

Every test here names, in the first line of its docstring, the Kibana source it states:
``Kibana: <path under x-pack/.../fleet_api_integration/apis/> › <describe> › <it>`` for an
integration test, or ``Kibana: <server source file> <function>`` for a rule read in a handler,
service or schema. ``tests/sandbox/kibana/test_inventory.py`` counts them per area.

The sandbox fixtures (``sandbox``, ``client``, ``agent_policy``) come from
``tests/sandbox/conftest.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from fleet_facade.sandbox import FleetSandbox


@pytest.fixture
def kibana_at() -> Iterator[Callable[..., httpx.Client]]:
    """A client on a fresh sandbox playing a given Kibana version: ``kibana_at("8.4.0")``."""
    opened: list[httpx.Client] = []

    def open_at(version: str, **options: Any) -> httpx.Client:
        sb = FleetSandbox(seed=7, kibana_version=version, **options)
        http = httpx.Client(
            transport=sb.transport(), base_url="http://sandbox", headers=sb.auth_headers()
        )
        http.sandbox = sb  # type: ignore[attr-defined]
        opened.append(http)
        return http

    yield open_at
    for http in opened:
        http.close()

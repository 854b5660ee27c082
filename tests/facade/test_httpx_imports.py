"""httpx is imported only on the paths that use it: ``transport=``, proxies and ``fleet.raw``.

Each check runs in a fresh interpreter (this one has httpx loaded by the test tooling). The
server is the sandbox over loopback HTTP, served from this process: the child process imports
only the facade, so what it loads is the facade's doing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import pytest

from fleet_facade.sandbox import FleetSandbox

#: A sync round trip over urllib3: create, read, list, update and delete an agent policy,
#: a 404 mapped to NotFoundError, then what is loaded.
_ROUND_TRIP = """
import json, sys
import fleet_facade
imported = "httpx" in sys.modules
from fleet_facade import Fleet, NotFoundError
with Fleet(sys.argv[1], api_key=sys.argv[2]) as fleet:
    policy = fleet.agent_policies.create(name="web", namespace="default")
    read = fleet.agent_policies.get(id=policy.id)
    names = [p.name for p in fleet.agent_policies.list()]
    fleet.agent_policies.update(id=policy.id, name="web-2", namespace="default")
    fleet.agent_policies.delete(id=policy.id)
    try:
        fleet.agent_policies.get(id=policy.id)
        missing = None
    except NotFoundError as error:
        missing = [error.status, error.method, error.path]
    wire = type(fleet._transport._wire).__name__
print(json.dumps({"after_import": imported, "after_calls": "httpx" in sys.modules,
                  "read": read.name, "names": names, "missing": missing, "wire": wire}))
"""

#: The async client from worker threads: create and read a policy, then what is loaded.
_ASYNC_ROUND_TRIP = """
import json, sys
import anyio
from fleet_facade import AsyncFleet

async def main():
    async with AsyncFleet(sys.argv[1], api_key=sys.argv[2]) as fleet:
        policy = await fleet.agent_policies.create(name="async-web", namespace="default")
        read = await fleet.agent_policies.get(id=policy.id)
        return read.name, type(fleet._transport._wire).__name__

name, wire = anyio.run(main)
print(json.dumps({"read": name, "wire": wire, "httpx": "httpx" in sys.modules}))
"""

_RAW = """
import json, sys
from fleet_facade import Fleet
from fleet_api_client.api.elastic_agent_policies import get_fleet_agent_policies
with Fleet(sys.argv[1], api_key=sys.argv[2]) as fleet:
    before = "httpx" in sys.modules
    fleet.agent_policies.create(name="raw-made", namespace="default")
    answer = get_fleet_agent_policies.sync_detailed(client=fleet.raw)
    same = fleet.raw is fleet.raw and fleet.raw.get_httpx_client() is fleet.raw.get_httpx_client()
print(json.dumps({"before": before, "status": answer.status_code, "same": same,
                  "names": [p["name"] for p in json.loads(answer.content)["items"]]}))
"""


@pytest.fixture
def served() -> Iterator[FleetSandbox]:
    with FleetSandbox(seed=3) as sandbox:
        yield sandbox


def _run(script: str, sandbox: FleetSandbox) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", script, sandbox.url, sandbox.api_key],
        capture_output=True, text=True, check=False, timeout=120,
        env={"PATH": "", "NO_PROXY": "*"},  # no proxy from the environment: the urllib3 wire
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_import_and_a_sync_round_trip_over_urllib3_never_import_httpx(
    served: FleetSandbox,
) -> None:
    result = _run(_ROUND_TRIP, served)
    assert result["wire"] == "Urllib3Wire"
    assert result["read"] == "web"
    assert "web" in result["names"]  # type: ignore[operator]
    assert result["missing"][:2] == [404, "GET"]  # type: ignore[index]
    assert result["missing"][2].startswith("/api/fleet/agent_policies/")  # type: ignore[index]
    assert result["after_import"] is False
    assert result["after_calls"] is False


def test_an_async_round_trip_from_worker_threads_never_imports_httpx(
    served: FleetSandbox,
) -> None:
    result = _run(_ASYNC_ROUND_TRIP, served)
    assert result == {"read": "async-web", "wire": "AsyncThreadWire", "httpx": False}


def test_fleet_raw_brings_httpx_in_and_reaches_the_same_server(served: FleetSandbox) -> None:
    result = _run(_RAW, served)
    assert result["before"] is False  # the client and a first call did not need it
    assert result["status"] == 200
    assert result["same"] is True  # one generated client, one httpx client
    assert "raw-made" in result["names"]  # type: ignore[operator]


def test_an_httpx_timeout_is_still_accepted_once_httpx_is_imported() -> None:
    import httpx

    from fleet_facade import Fleet

    fleet = Fleet("http://k.example", api_key="k", timeout=httpx.Timeout(5.0, connect=1.0))
    parts = fleet._transport.settings.timeout
    assert (parts.connect, parts.read, parts.write, parts.pool) == (1.0, 5.0, 5.0, 5.0)
    assert parts.as_httpx() == httpx.Timeout(5.0, connect=1.0)


def test_a_transport_of_the_other_flavour_is_refused_naming_the_right_one() -> None:
    from fleet_facade import AsyncFleet, Fleet, InvalidArgumentError

    sandbox = FleetSandbox()
    with pytest.raises(InvalidArgumentError, match=r"httpx\.BaseTransport, got .*"
                       r"sandbox\.transport\(\)"):  # fmt: skip
        Fleet("http://k.example", api_key="k", transport=sandbox.async_transport())  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match=r"httpx\.AsyncBaseTransport"):
        AsyncFleet("http://k.example", api_key="k", transport=sandbox.transport())  # type: ignore[arg-type]
    assert sandbox.requests == []


def test_import_fleet_facade_leaves_the_heavy_standard_modules_unloaded() -> None:
    """``dataclasses`` brings ``inspect``, ``ast``, ``dis`` and ``tokenize`` (about a fifth
    of the package's import time on this machine): the package loads them only when a plan,
    a state file or a CLI command needs them. A module list, not a timing (the benchmark
    times it)."""
    script = ("import json, sys; import fleet_facade; "
              "print(json.dumps(sorted(m for m in ('dataclasses', 'inspect', 'ast', 'httpx', "
              "'urllib3', 'ssl', 'difflib', 'random') if m in sys.modules)))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, timeout=120)
    assert json.loads(done.stdout) == []

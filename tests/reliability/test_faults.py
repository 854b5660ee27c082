"""A long run against a sandbox failing about 30 % of requests still completes every operation
and creates nothing twice.

Faults: 503s, 429s with ``Retry-After``, dropped connections, and requests that are applied
and then lose their response (the dangerous case for creates). The client's injectable sleep
records the waits instead of sleeping.
"""

from __future__ import annotations

from collections import Counter

import anyio
import pytest

from fleet_facade import AsyncFleet, Fleet, NotFoundError
from fleet_facade.sandbox import FleetSandbox

URL = "http://fleet-sandbox"
#: Enough retries that a 30 % failure rate never exhausts them in practice (0.3**11).
RETRIES = 10
ROUNDS = 60


def _inject(sandbox: FleetSandbox) -> None:
    faults = sandbox.faults
    faults.add(path="/api/fleet/", status=503, rate=0.10)
    faults.add(path="/api/fleet/", status=429, retry_after=2, rate=0.08)
    faults.add(path="/api/fleet/", drop=True, rate=0.05)
    faults.add(path="/api/fleet/", status=503, apply_first=True, rate=0.05)
    faults.add(path="/api/fleet/", drop=True, apply_first=True, rate=0.04)


class Soak:
    """What one run did, for the assertions and the report."""

    def __init__(self, sandbox: FleetSandbox) -> None:
        self.sandbox = sandbox
        self.operations = 0
        self.deleted_by_an_earlier_attempt = 0

    @property
    def faults(self) -> int:
        return sum(1 for r in self.sandbox.requests if r.fault)

    @property
    def fault_share(self) -> float:
        fleet_requests = [r for r in self.sandbox.requests if r.path.startswith("/api/fleet")]
        return self.faults / len(fleet_requests)

    def duplicates(self) -> dict[str, int]:
        state = self.sandbox.state
        names = Counter(p["name"] for p in state.agent_policies.values())
        names.update(p["name"] for p in state.package_policies.values())
        names.update(
            k["name"].split(" (")[0] + f"@{k['policy_id']}"
            for k in state.enrollment_api_keys.values()
        )
        return {name: n for name, n in names.items() if n > 1}


def _round(fleet: Fleet, soak: Soak, n: int) -> None:
    policy = fleet.agent_policies.create(name=f"soak-{n}", namespace="default")
    assert fleet.agent_policies.get(id=policy.id).name == f"soak-{n}"
    assert fleet.agent_policies.update(id=policy.id, description=f"round {n}").description
    token = fleet.enrollment_tokens.create(policy_id=policy.id, name=f"token-{n}")
    assert token.policy_id == policy.id
    tokens = fleet.enrollment_tokens.list(policy_id=policy.id).to_list()
    assert token.id in {t.id for t in tokens}
    pp = fleet.package_policies.create(
        policy_id=policy.id, package="nginx", version="1.6.0", name=f"nginx-{n}"
    )
    assert fleet.package_policies.get(id=pp.id).name == f"nginx-{n}"
    assert fleet.agent_policies.get_by_name(name=f"soak-{n}").id == policy.id
    soak.operations += 8
    if n % 2:
        try:
            fleet.agent_policies.delete(id=policy.id)
        except NotFoundError:
            # A delete applied by an attempt whose answer was lost: the retry finds nothing.
            soak.deleted_by_an_earlier_attempt += 1
        soak.operations += 1


@pytest.fixture
def sandbox() -> FleetSandbox:
    sandbox = FleetSandbox(seed=11)
    _inject(sandbox)
    return sandbox


def test_a_long_faulty_run_completes_without_duplicates(sandbox: FleetSandbox) -> None:
    sleeps: list[float] = []
    soak = Soak(sandbox)
    with Fleet(
        URL,
        api_key=sandbox.api_key,
        transport=sandbox.transport(),
        max_retries=RETRIES,
        sleep=sleeps.append,
    ) as fleet:
        for n in range(ROUNDS):
            _round(fleet, soak, n)

    print(
        f"\nfault soak (sync): {soak.operations} operations, {len(sandbox.requests)} requests,"
        f" {soak.faults} faulted ({soak.fault_share:.0%}), duplicates {len(soak.duplicates())},"
        f" {len(sleeps)} waits totalling {sum(sleeps):.0f} s not slept,"
        f" {soak.deleted_by_an_earlier_attempt} deletes answered 404 on retry"
    )
    assert soak.operations >= 500
    assert 0.2 <= soak.fault_share <= 0.4
    assert soak.duplicates() == {}
    assert sandbox.count("agent_policies") == ROUNDS - ROUNDS // 2
    assert sandbox.count("package_policies") == ROUNDS - ROUNDS // 2
    assert 2.0 in sleeps  # Retry-After honoured
    assert sandbox.errors == []


def test_the_async_client_survives_the_same_faults(sandbox: FleetSandbox) -> None:
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def run() -> int:
        async with AsyncFleet(
            URL,
            api_key=sandbox.api_key,
            transport=sandbox.async_transport(),
            max_retries=RETRIES,
            sleep=sleep,
        ) as fleet:
            for n in range(ROUNDS // 2):
                policy = await fleet.agent_policies.create(name=f"async-{n}")
                await fleet.agent_policies.update(id=policy.id, description="x")
                await fleet.enrollment_tokens.create(policy_id=policy.id, name=f"t-{n}")
                await fleet.package_policies.create(
                    policy_id=policy.id, package="nginx", version="1.6.0", name=f"nginx-a{n}"
                )
                assert (await fleet.agent_policies.get(id=policy.id)).revision >= 2
            return len(await fleet.agent_policies.list().to_list())

    listed = anyio.run(run)

    assert listed == ROUNDS // 2 == sandbox.count("agent_policies")
    assert Soak(sandbox).duplicates() == {}
    assert Soak(sandbox).faults > 0


def test_dropped_connections_on_real_http_are_retried() -> None:
    with FleetSandbox(seed=12) as sandbox:
        sandbox.faults.add(path="/api/fleet/", drop=True, rate=0.15)
        sandbox.faults.add(path="/api/fleet/", drop=True, apply_first=True, rate=0.1)
        soak = Soak(sandbox)
        with Fleet(
            sandbox.url, api_key=sandbox.api_key, max_retries=RETRIES, sleep=lambda _s: None
        ) as fleet:
            for n in range(15):
                policy = fleet.agent_policies.create(name=f"http-{n}")
                fleet.enrollment_tokens.create(policy_id=policy.id, name=f"t-{n}")
                assert fleet.agent_policies.get(id=policy.id).id == policy.id

    assert soak.faults > 5
    assert sandbox.count("agent_policies") == 15
    assert soak.duplicates() == {}

"""No API key, password, enrollment token or uninstall token leaks into logs, exception text,
``repr`` of results, or a cassette."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from fleet_facade import ConflictError, Fleet, FleetError, NotFoundError, ServerError
from fleet_facade.sandbox import FleetSandbox

from ..recorded.cassette_tools import cassette_files
from ..recorded.conftest import SANDBOX_SEED

URL = "http://fleet-sandbox"
PASSWORD = "s3cret-Pa55word-for-tests"


def _run_main_flows(fleet: Fleet, sandbox: FleetSandbox) -> list[str]:
    """Exercise the facade, failures included; return every text a user could see."""
    seen: list[str] = [repr(fleet)]
    policy = fleet.agent_policies.create(name="secrets", namespace="default")
    token = fleet.enrollment_tokens.create(policy_id=policy.id, name="ci")
    pp = fleet.package_policies.create(
        policy_id=policy.id, package="nginx", version="1.6.0", name="nginx-secrets"
    )
    sandbox.add_agents(2, policy_id=policy.id)
    results: list[Any] = [
        policy,
        token,
        pp,
        fleet.enrollment_tokens.get(id=token.id),
        fleet.enrollment_tokens.list(policy_id=policy.id).to_list(),
        fleet.uninstall_tokens.get_for_policy(policy_id=policy.id),
        fleet.uninstall_tokens.list().to_list(),
        fleet.agent_policies.full(id=policy.id),
        fleet.agents.list().to_list(),
        fleet.outputs.list().to_list(),
        fleet.settings.get(),
    ]
    seen += [repr(result) for result in results] + [str(result) for result in results]
    failures: list[tuple[type[FleetError], Any]] = [
        (NotFoundError, lambda: fleet.agent_policies.get(id="missing")),
        (ConflictError, lambda: fleet.agent_policies.create(name="secrets")),
        (NotFoundError, lambda: fleet.enrollment_tokens.create(policy_id="missing", name="x")),
        (NotFoundError, lambda: fleet.uninstall_tokens.get(id="missing")),
    ]
    sandbox.faults.add(path="/api/fleet/outputs", status=503)
    failures.append((ServerError, lambda: fleet.outputs.list().to_list()))
    for expected, fail in failures:
        with pytest.raises(expected) as caught:
            fail()
        seen += [str(caught.value), repr(caught.value)]
    return seen


def _secrets(sandbox: FleetSandbox) -> set[str]:
    state = sandbox.state
    values = {sandbox.api_key, sandbox.bearer_token, PASSWORD}
    values |= {k["api_key"] for k in state.enrollment_api_keys.values()}
    values |= {t["token"] for t in state.uninstall_tokens.values()}
    return {v for v in values if v}


@pytest.mark.parametrize("auth", ["api_key", "basic"])
def test_main_flows_leak_no_secret(caplog: pytest.LogCaptureFixture, auth: str) -> None:
    sandbox = FleetSandbox(seed=21, password=PASSWORD)
    credentials = (
        {"api_key": sandbox.api_key}
        if auth == "api_key"
        else {"username": "elastic", "password": PASSWORD}
    )
    caplog.set_level(logging.DEBUG)
    with Fleet(URL, transport=sandbox.transport(), sleep=lambda _s: None, **credentials) as fleet:
        seen = _run_main_flows(fleet, sandbox)

    secrets = _secrets(sandbox)
    texts = {"logs": caplog.text, "user-visible": "\n".join(seen)}
    assert len(secrets) >= 6
    assert "GET /api/fleet" in caplog.text  # DEBUG logging really was on
    leaks = {where: [s for s in secrets if s in text] for where, text in texts.items()}
    assert leaks == {"logs": [], "user-visible": []}


def test_no_cassette_holds_the_recording_credentials() -> None:
    recording_sandbox = FleetSandbox(seed=SANDBOX_SEED)
    secrets = {recording_sandbox.api_key, recording_sandbox.bearer_token, "changeme"}

    leaks = {
        path.name
        for path in cassette_files()
        if any(secret in path.read_text(encoding="utf-8") for secret in secrets)
    }

    assert leaks == set()

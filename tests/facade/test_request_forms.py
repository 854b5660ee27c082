"""Package policy writes in the form each Kibana takes: simplified on 8.5+, full before.

Kibana before 8.5 refuses a simplified body (its schema has only the array form); the facade
learns that from the first refusal, reads ``/api/status`` once and sends the full form built
from the manifest, then writes the full form directly (see ``package_policies``' module doc).
"""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade import BadRequestError, Fleet, UnsupportedByServerError
from fleet_facade.sandbox import FleetSandbox

ACCESS_TAGS = {"nginx-logfile": {"streams": {"nginx.access": {"vars": {"tags": ["web"]}}}}}
POLICIES = "/api/fleet/package_policies"


def _fleet(sandbox: FleetSandbox) -> Fleet:
    return Fleet("http://sandbox", api_key=sandbox.api_key, transport=sandbox.transport())


def _writes(sandbox: FleetSandbox, since: int) -> list[tuple[str, str, int, str]]:
    return [(r.method, r.path, r.status,
             "array" if isinstance((r.body or {}).get("inputs"), list) else "simplified")
            for r in sandbox.requests[since:] if r.method in ("POST", "PUT")
            or r.path == "/api/status"]


@pytest.mark.parametrize("kibana", ["7.17.0", "8.0.0", "8.4.0"])
def test_before_8_5_the_full_form_is_sent_after_one_refusal(kibana: str) -> None:
    sandbox = FleetSandbox(seed=7, kibana_version=kibana)
    with _fleet(sandbox) as fleet:
        policy = fleet.agent_policies.create(name="web", namespace="prod")
        before = len(sandbox.requests)
        first = fleet.package_policies.create(name="nginx-web", package="nginx",
                                              version="1.5.0", policy_id=policy.id,
                                              inputs=ACCESS_TAGS)
        assert _writes(sandbox, before) == [
            ("POST", POLICIES, 400, "simplified"), ("GET", "/api/status", 200, "simplified"),
            ("POST", POLICIES, 200, "array")]
        sent = sandbox.requests[-1].body
        # What Kibana 7.17 requires, the agent policy's namespace included.
        assert (sent["namespace"], sent["policy_id"], sent["enabled"], sent["output_id"]) == (
            "prod", policy.id, True, "")
        assert sent["package"] == {"name": "nginx", "version": "1.5.0", "title": "Nginx"}
        access = next(s for i in sent["inputs"] if i["type"] == "logfile"
                      for s in i["streams"] if s["data_stream"]["dataset"] == "nginx.access")
        assert access["vars"]["tags"] == {"type": "text", "value": ["web"]}

        # The answer is the array form; it parses like any other.
        stream = next(s for i in first.inputs if i.type_ == "logfile" for s in i.streams
                      if s.data_stream.dataset == "nginx.access")
        assert stream.vars_["tags"].value == ["web"]

        before = len(sandbox.requests)
        fleet.package_policies.create(name="nginx-2", package="nginx", version="1.5.0",
                                      policy_id=policy.id, inputs=ACCESS_TAGS)
        fleet.package_policies.update(id=first.id, inputs=ACCESS_TAGS, vars=None)
        # Without inputs a create is still simplified (Kibana: inputs not a list): full form.
        defaults = fleet.package_policies.create(name="nginx-3", package="nginx",
                                                 version="1.5.0", policy_id=policy.id)
        assert _writes(sandbox, before) == [("POST", POLICIES, 200, "array"),
                                            ("PUT", f"{POLICIES}/{first.id}", 200, "array"),
                                            ("POST", POLICIES, 200, "array")]
        assert [i.enabled for i in defaults.inputs] == [True, False, True]
    assert sandbox.count("package_policies") == 3


def test_from_8_5_the_simplified_form_is_sent_and_nothing_more() -> None:
    sandbox = FleetSandbox(seed=7, kibana_version="8.5.0")
    with _fleet(sandbox) as fleet:
        policy = fleet.agent_policies.create(name="web", namespace="default")
        before = len(sandbox.requests)
        fleet.package_policies.create(name="nginx-web", package="nginx", version="1.5.0",
                                      policy_id=policy.id, inputs=ACCESS_TAGS)
        assert _writes(sandbox, before) == [("POST", POLICIES, 200, "simplified")]


def test_a_refusal_on_8_5_is_kibanas_error_not_a_second_attempt() -> None:
    sandbox = FleetSandbox(seed=7, kibana_version="8.17.0")
    sandbox.faults.add(method="POST", path=POLICIES, status=400, message="injected refusal")
    with _fleet(sandbox) as fleet:
        policy = fleet.agent_policies.create(name="web", namespace="default")
        before = len(sandbox.requests)
        with pytest.raises(BadRequestError, match="injected refusal"):
            fleet.package_policies.create(name="n", package="nginx", version="1.5.0",
                                          policy_id=policy.id, inputs=ACCESS_TAGS)
        assert [(m, p) for m, p, _, _ in _writes(sandbox, before)] == [
            ("POST", POLICIES), ("GET", "/api/status")]


def test_an_update_without_inputs_keeps_them_on_every_version() -> None:
    """A body without ``inputs`` is a complete request whose missing fields are kept
    (server/routes/package_policy/handlers.ts updatePackagePolicyHandler)."""
    for kibana in ("8.4.0", "9.1.0"):
        sandbox = FleetSandbox(seed=7, kibana_version=kibana)
        with _fleet(sandbox) as fleet:
            policy = fleet.agent_policies.create(name="web", namespace="default")
            created = fleet.package_policies.create(name="n", package="nginx",
                                                    version="1.5.0", policy_id=policy.id,
                                                    inputs=ACCESS_TAGS)
            before = len(sandbox.requests)
            fleet.package_policies.update(id=created.id, description="only this")
            [put] = [r for r in sandbox.requests[before:] if r.method == "PUT"]
            assert "inputs" not in put.body and put.status == 200
            stored = sandbox.state.package_policies[created.id]
            access = next(s for i in stored["inputs"] if i["type"] == "logfile"
                          for s in i["streams"] if s["data_stream"]["dataset"] == "nginx.access")
            assert access["vars"]["tags"]["value"] == ["web"], kibana


def test_several_agent_policies_need_8_15_and_nothing_is_created() -> None:
    sandbox = FleetSandbox(seed=7, kibana_version="8.4.0")
    with _fleet(sandbox) as fleet:
        ids = [fleet.agent_policies.create(name=n, namespace="default").id for n in "ab"]
        with pytest.raises(UnsupportedByServerError) as caught:
            fleet.package_policies.create(name="n", package="nginx", version="1.5.0",
                                          policy_ids=ids, inputs=ACCESS_TAGS)
    error: Any = caught.value
    assert (error.required, error.server_version) == ("8.15.0", "8.4.0")
    assert sandbox.count("package_policies") == 0


def test_onboard_on_kibana_8_4_reports_the_version_and_creates_in_the_full_form() -> None:
    from fleet_facade import Integration

    sandbox = FleetSandbox(seed=7, kibana_version="8.4.0")
    with _fleet(sandbox) as fleet:
        done = fleet.onboard(policy_name="web", integrations=[
            Integration("nginx", inputs=ACCESS_TAGS, name="nginx-web")])
    assert done.package_versions == {"nginx-web": "1.6.0"}
    [created] = [r for r in sandbox.requests if r.method == "POST" and r.path == POLICIES
                 and r.status == 200]
    assert isinstance(created.body["inputs"], list)
    assert created.body["namespace"] == "default"
    assert sandbox.count("package_policies") == 1

"""The version matrix: the facade's main workflows against the sandbox playing each Kibana release.

Each step drives the public ``Fleet`` facade over the sandbox's in-process transport, asserts what
Kibana stores and answers, and returns a short note for the README table. The sandbox plays the
release's differences (README "Kibana versions"): package policy bodies before 8.5 are the full
(array) form only (Kibana 8.5 added the simplified form, server/types/rest_spec/package_policy.ts),
agent listings before 9.1 page with ``page``/``perPage`` (server/routes/agent/handlers.ts).

Used by ``tests/workflows/test_version_matrix.py`` and ``scripts/version_matrix.py`` (which prints
the README's "Supported Kibana versions" table from it).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fleet_facade import Fleet, Integration
from fleet_facade.sandbox import FleetSandbox

VERSIONS = (
    "7.17.0", "8.0.0", "8.4.0", "8.5.0", "8.10.0", "8.13.4",
    "8.15.0", "8.17.0", "8.19.0", "9.0.0", "9.1.0", "9.2.0",
)

URL = "http://fleet-sandbox"
#: The seed's simplified inputs: one variable of nginx 1.5.0's access-log stream.
SEED_INPUTS = {"nginx-logfile": {"streams": {"nginx.access": {"vars": {"tags": ["web"]}}}}}
#: More agents than one listing page holds, so every listing pages.
AGENTS = 120
AGENTS_PER_PAGE = 50

STEPS = ("seed workflow", "onboard", "plan/apply", "agents", "token rotation")


@dataclass
class MatrixRun:
    """One Kibana version's sandbox and client, shared by its steps."""

    version: str
    sandbox: FleetSandbox
    fleet: Fleet
    policy_id: str = ""
    notes: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.fleet.close()


def start(version: str) -> MatrixRun:
    sandbox = FleetSandbox(kibana_version=version, seed=7, action_duration=0.0,
                           validate_responses=True)
    fleet = Fleet(URL, transport=sandbox.transport(), api_key=sandbox.api_key,
                  sleep=lambda _seconds: None)
    return MatrixRun(version=version, sandbox=sandbox, fleet=fleet)


def _stored_access_stream(sandbox: FleetSandbox, package_policy_id: str) -> dict[str, Any]:
    """The nginx.access stream as the sandbox stored it (always the full form)."""
    stored = sandbox.state.package_policies[package_policy_id]
    [logfile] = [i for i in stored["inputs"] if i["type"] == "logfile"]
    assert logfile["enabled"] is True
    [access] = [s for s in logfile["streams"] if s["data_stream"]["dataset"] == "nginx.access"]
    return dict(access)


def _package_policy_posts(sandbox: FleetSandbox, mark: int) -> list[Any]:
    return [r for r in list(sandbox.requests)[mark:]
            if r.method == "POST" and r.path == "/api/fleet/package_policies"]


def seed_workflow(run: MatrixRun) -> str:
    """Agent policy with system monitoring, nginx 1.5.0 with the seed's inputs, its tokens."""
    fleet, sandbox = run.fleet, run.sandbox
    policy = fleet.agent_policies.create(name="Agent policy 1", sys_monitoring=True,
                                         monitoring_enabled=["logs", "metrics"])
    run.policy_id = str(policy.id)
    assert policy.name == "Agent policy 1"
    assert sorted(policy.monitoring_enabled) == ["logs", "metrics"]
    # sys_monitoring made Kibana add system, at the registry's version.
    assert {p["package"]["name"]: p["package"]["version"]
            for p in sandbox.state.package_policies.values()} == {"system": "1.20.4"}

    mark = len(sandbox.requests)
    nginx = fleet.package_policies.create(name="nginx-demo-123", package="nginx",
                                          version="1.5.0", policy_id=run.policy_id,
                                          inputs=SEED_INPUTS)
    assert nginx.package.name == "nginx"
    assert nginx.package.version == "1.5.0"
    # 1.5.0 is older than the registry's 1.6.0: creating the policy installs it anyway, as
    # Kibana's ensureInstalledPackage forces an out-of-date version a policy names
    # (server/services/epm/packages/install.ts, called from services/package_policy.ts create).
    assert sandbox.state.installed_packages["nginx"]["version"] == "1.5.0"
    access = _stored_access_stream(sandbox, str(nginx.id))
    assert access["enabled"] is True
    assert access["vars"]["tags"]["value"] == ["web"]
    assert access["compiled_stream"]["tags"] == ["web"]

    tokens = list(fleet.enrollment_tokens.list(policy_id=run.policy_id))
    assert [t.policy_id for t in tokens] == [run.policy_id]
    assert tokens[0].active is True

    posts = _package_policy_posts(sandbox, mark)
    forms = ["full" if isinstance(p.body.get("inputs"), list) else "simplified" for p in posts]
    refused = [p for p in posts if p.status == 400]
    assert posts[-1].status == 200
    run.notes.append(f"form:{forms[-1]}")
    if refused:
        # The simplified body was refused once, the client then writes the full form.
        assert forms == ["simplified", "full"]
        run.notes.append("first package policy write refused once, then resent in full form")
    else:
        assert forms == ["simplified"]
    return "pass"


def onboard(run: MatrixRun) -> str:
    """``fleet.onboard`` on a new policy with nginx 1.5.0, then again (reused, nothing new)."""
    fleet, sandbox = run.fleet, run.sandbox
    integration = Integration("nginx", version="1.5.0", name="nginx-onboarded",
                              inputs=SEED_INPUTS)
    options: dict[str, Any] = {"policy_name": "Onboarded", "sys_monitoring": True,
                               "monitoring_enabled": ["logs", "metrics"],
                               "integrations": [integration]}
    result = fleet.onboard(**options)
    assert result.agent_policy.name == "Onboarded"
    [nginx] = result.package_policies
    assert nginx.name == "nginx-onboarded"
    assert result.package_versions == {"nginx-onboarded": "1.5.0"}
    assert _stored_access_stream(sandbox, str(nginx.id))["vars"]["tags"]["value"] == ["web"]
    assert result.enrollment_token.policy_id == result.agent_policy.id
    assert result.enrollment_token.active is True
    assert result.install_command.startswith(
        "sudo elastic-agent install --url=https://fleet-server.sandbox.local:8220 ")

    before = sandbox.count("package_policies")
    again = fleet.onboard(**options)
    assert again.agent_policy.id == result.agent_policy.id
    assert sandbox.count("package_policies") == before
    return "pass"


STATE: dict[str, Any] = {
    "agent_policies": [{
        "name": "web", "namespace": "default", "description": "Web servers",
        "monitoring_enabled": ["logs"], "sys_monitoring": True,
        "integrations": [{"package": "nginx", "version": "1.5.0", "name": "nginx-web",
                          "inputs": SEED_INPUTS}],
    }],
    "outputs": [{"name": "Logs cluster", "type": "elasticsearch",
                 "hosts": ["https://es.example:9200"]}],
    "fleet_server_hosts": [{"name": "Fleet Server",
                            "host_urls": ["https://fleet.example:8220"]}],
}


def plan_apply(run: MatrixRun) -> str:
    """Plan and apply a small state; a second plan has no changes."""
    fleet, sandbox = run.fleet, run.sandbox
    mark = len(sandbox.requests)
    plan = fleet.plan(STATE)
    reads = [r.query.get("format") for r in list(sandbox.requests)[mark:]
             if r.method == "GET" and r.path == "/api/fleet/package_policies"]
    assert reads in (["simplified"], [None])
    if reads == [None]:
        # No ?format=simplified before 8.10: plan converts the full form itself.
        run.notes.append("plan reads package policies in the full form")
    creates = sorted((c.kind, c.name) for c in plan.changes if c.action == "create")
    assert creates == [("agent policy", "web"), ("fleet server host", "Fleet Server"),
                       ("integration", "nginx-web"), ("output", "Logs cluster")], creates
    fleet.apply(STATE)
    [web] = [p for p in sandbox.state.agent_policies.values() if p["name"] == "web"]
    assert web["description"] == "Web servers"
    [nginx_web] = [pid for pid, p in sandbox.state.package_policies.items()
                   if p["name"] == "nginx-web"]
    assert sandbox.state.package_policies[nginx_web]["package"]["version"] == "1.5.0"
    assert _stored_access_stream(sandbox, nginx_web)["vars"]["tags"]["value"] == ["web"]
    again = fleet.plan(STATE)
    assert not again.has_changes, [c for c in again.changes if c.action != "unchanged"]
    return "pass"


def agents(run: MatrixRun) -> str:
    """List more agents than one page holds; every agent comes once."""
    fleet, sandbox = run.fleet, run.sandbox
    ids = sandbox.add_agents(AGENTS, policy_id=run.policy_id)
    mark = len(sandbox.requests)
    listed = [str(a.id) for a in fleet.agents.list(kuery=f"policy_id:{run.policy_id}",
                                                   per_page=AGENTS_PER_PAGE)]
    assert sorted(listed) == sorted(ids)
    listings = [r for r in list(sandbox.requests)[mark:] if r.path == "/api/fleet/agents"]
    assert len(listings) >= AGENTS // AGENTS_PER_PAGE + 1
    if any("searchAfter" in r.query or "openPit" in r.query for r in listings):
        run.notes.append("agents listed with a point in time")
    else:
        run.notes.append("agents listed by page")
    return "pass"


def token_rotation(run: MatrixRun) -> str:
    """A new token for the seed policy; the old ones are revoked."""
    fleet = run.fleet
    old = [str(t.id) for t in fleet.enrollment_tokens.list(policy_id=run.policy_id)
           if t.active]
    new, revoked = fleet.rotate_enrollment_tokens(policy_id=run.policy_id, name="rotated")
    assert revoked == old and str(new.id) not in old
    active = [str(t.id) for t in fleet.enrollment_tokens.list(policy_id=run.policy_id)
              if t.active]
    assert active == [str(new.id)]
    return "pass"


STEP_FUNCTIONS: dict[str, Callable[[MatrixRun], str]] = {
    "seed workflow": seed_workflow,
    "onboard": onboard,
    "plan/apply": plan_apply,
    "agents": agents,
    "token rotation": token_rotation,
}


@dataclass
class Row:
    """One table row: each step's outcome, the request form, notes."""

    version: str
    outcomes: dict[str, str]
    form: str
    notes: list[str]
    errors: dict[str, Exception] = field(default_factory=dict)


def run_row(version: str) -> Row:
    """Run every step for ``version``; a failing step's cell names the error, later ones run."""
    run = start(version)
    outcomes: dict[str, str] = {}
    errors: dict[str, Exception] = {}
    try:
        for name, step in STEP_FUNCTIONS.items():
            try:
                outcomes[name] = step(run)
            except Exception as exc:  # the table reports it; the test re-raises it
                outcomes[name] = f"fails: {type(exc).__name__}"
                errors[name] = exc
    finally:
        run.close()
    forms = [n.removeprefix("form:") for n in run.notes if n.startswith("form:")]
    notes = [n for n in run.notes if not n.startswith("form:")]
    return Row(version, outcomes, forms[0] if forms else "?", notes, errors)


@functools.cache
def cached_row(version: str) -> Row:
    """``run_row``, once per process: the matrix test and the README check share the runs."""
    return run_row(version)


def table(rows: list[Row]) -> str:
    """The Markdown table the README's "Supported Kibana versions" section holds."""
    header = ["Kibana", *STEPS, "request form", "notes"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        cells = [row.version, *(row.outcomes[s] for s in STEPS), row.form,
                 "; ".join(row.notes)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


BEGIN = "<!-- version-matrix -->"
END = "<!-- /version-matrix -->"


def readme_table(readme: str) -> str:
    """The table between the README's version-matrix markers.

    Raises:
        ValueError: If the markers are missing or out of order.
    """
    start, end = readme.find(BEGIN), readme.find(END)
    if start < 0 or end < start:
        raise ValueError(f"README has no {BEGIN} ... {END} section")
    return readme[start + len(BEGIN):end].strip("\n") + "\n"


def with_table(readme: str, generated: str) -> str:
    """``readme`` with the version-matrix section replaced by ``generated``."""
    readme_table(readme)  # the markers must be there
    start, end = readme.find(BEGIN) + len(BEGIN), readme.find(END)
    return readme[:start] + "\n" + generated + readme[end:]


def current_table() -> str:
    return table([cached_row(v) for v in VERSIONS])

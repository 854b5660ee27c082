"""Malformed server responses and malformed arguments never escape as raw exceptions.

Whatever comes back (wrong types, missing fields, truncated JSON, a proxy's HTML page, huge or
odd strings, unexpected statuses), a call returns or raises a ``FleetError``. Arguments the
caller gets wrong raise a ``FleetError`` (Kibana's 400 or a local check) or a ``ValueError`` /
``TypeError`` with a message - never a ``KeyError`` or ``AttributeError`` from deep inside.

Example counts: the ``ci`` profile (env ``CI``) runs 800 per test, ``dev`` 1000, ``thorough``
5000 (``HYPOTHESIS_PROFILE=thorough``); each test prints how many it ran.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fleet_facade import Fleet, FleetConnectionError, FleetError
from fleet_facade.sandbox import FleetSandbox

from ..recorded.cassette_tools import cassette_files, interactions

URL = "http://kibana.invalid"

# -- what a broken server or proxy answers ------------------------------------------------------

ODD_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40
) | st.sampled_from(
    ["", "\u202e", "\x00", "\ufeff{", "💥" * 50, "a" * 20_000, "null", "NaN", "-0", "1e999"]
)
JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | ODD_TEXT
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ODD_TEXT, inner, max_size=4),
    max_leaves=12,
)
FLEET_KEYS = [
    "item",
    "items",
    "total",
    "page",
    "perPage",
    "id",
    "name",
    "list",
    "results",
    "statusCode",
    "error",
    "message",
    "version",
    "actionId",
    "success",
    "response",
]
ENVELOPES = st.dictionaries(st.sampled_from(FLEET_KEYS), JSON_VALUES, max_size=5)
HTML_PAGES = st.sampled_from(
    [
        "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body>",
        "<!DOCTYPE html><html><body><h1>Service Unavailable</h1></body></html>",
        "<html><body>Please log in</body></html>",
    ]
)


def _recorded_bodies() -> list[str]:
    bodies = {
        item.response_body
        for path in cassette_files()
        for item in interactions(path)
        if item.response_body.startswith("{")
    }
    return sorted(bodies)


RECORDED = _recorded_bodies()


def _mutate(body: str, rng: random.Random) -> str:
    """A recorded body with one field dropped or given the wrong type."""
    document = json.loads(body)
    nodes: list[Any] = [document]
    containers: list[dict[str, Any]] = []
    while nodes:
        node = nodes.pop()
        if isinstance(node, dict):
            containers.append(node)
            nodes.extend(node.values())
        elif isinstance(node, list):
            nodes.extend(node)
    for _ in range(rng.randint(1, 3)):
        target = rng.choice(containers)
        if not target:
            continue
        key = rng.choice(sorted(target))
        if rng.random() < 0.4:
            del target[key]
        else:
            target[key] = rng.choice([None, 7, -1.5, "x", [], {}, True, ["a", 1], {"k": None}])
    return json.dumps(document)


@st.composite
def bodies(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["json", "envelope", "recorded", "truncated", "html", "text"]))
    if kind == "json":
        text = json.dumps(draw(JSON_VALUES), allow_nan=True)
    elif kind == "envelope":
        text = json.dumps(draw(ENVELOPES))
    elif kind == "recorded":
        text = _mutate(draw(st.sampled_from(RECORDED)), random.Random(draw(st.integers())))
    elif kind == "truncated":
        whole = draw(st.sampled_from(RECORDED))
        text = whole[: draw(st.integers(0, max(0, len(whole) - 1)))]
    elif kind == "html":
        text = draw(HTML_PAGES)
    else:
        text = draw(ODD_TEXT)
    return text.encode("utf-8", "surrogatepass")


STATUSES = st.sampled_from(
    [200, 200, 200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 413, 429, 500, 502, 503,
     504]
) | st.integers(100, 599)
CONTENT_TYPES = st.sampled_from(
    ["application/json", "application/json; charset=utf-8", "text/html", "text/plain", None]
)


@st.composite
def responses(draw: st.DrawFn) -> httpx.Response:
    status = draw(STATUSES)
    headers = {}
    content_type = draw(CONTENT_TYPES)
    if content_type:
        headers["content-type"] = content_type
    if draw(st.booleans()):
        headers["retry-after"] = draw(st.sampled_from(["1", "-5", "soon", "1e9", "Wed, 21 Oct"]))
    return httpx.Response(status, content=draw(bodies()), headers=headers)


# -- the calls under test -----------------------------------------------------------------------

CALLS: dict[str, Callable[[Fleet], Any]] = {
    "agent_policies.get": lambda f: f.agent_policies.get(id="p1"),
    "agent_policies.list": lambda f: f.agent_policies.list(per_page=5).to_list(),
    "agent_policies.create": lambda f: f.agent_policies.create(name="p"),
    "agent_policies.update": lambda f: f.agent_policies.update(id="p1", description="d"),
    "agent_policies.full": lambda f: f.agent_policies.full(id="p1"),
    "agent_policies.delete": lambda f: f.agent_policies.delete(id="p1"),
    "package_policies.get": lambda f: f.package_policies.get(id="pp1"),
    "package_policies.bulk_delete": lambda f: f.package_policies.bulk_delete(ids=["a"]),
    "package_policies.create": lambda f: f.package_policies.create(
        name="n", package="nginx", version="1.6.0", policy_id="p1"
    ),
    "enrollment_tokens.list": lambda f: f.enrollment_tokens.list(policy_id="p1").to_list(),
    "enrollment_tokens.create": lambda f: f.enrollment_tokens.create(policy_id="p1", name="t"),
    "agents.list": lambda f: f.agents.list(per_page=3).to_list(),
    "agents.get": lambda f: f.agents.get(id="a1"),
    "agents.status_summary": lambda f: f.agents.status_summary(),
    "agents.action_status": lambda f: f.agents.action_status(),
    "outputs.list": lambda f: f.outputs.list().to_list(),
    "outputs.get": lambda f: f.outputs.get(id="o1"),
    "settings.get": lambda f: f.settings.get(),
    "uninstall_tokens.get_for_policy": lambda f: f.uninstall_tokens.get_for_policy(policy_id="p"),
    "packages.list": lambda f: f.packages.list().to_list(),
    "packages.get": lambda f: f.packages.get(name="nginx", version="1.6.0"),
    "server_version": lambda f: f.server_version(),
}

examples_run: dict[str, int] = {}


def _client(answer: Callable[[httpx.Request], httpx.Response]) -> Fleet:
    return Fleet(
        URL,
        api_key="a-key-for-mock-transport",
        transport=httpx.MockTransport(answer),
        max_retries=1,
        sleep=lambda _s: None,
    )


@pytest.fixture(scope="module", autouse=True)
def report() -> Any:
    yield
    print(f"\nhypothesis examples run: {examples_run} (total {sum(examples_run.values())})")


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(call=st.sampled_from(sorted(CALLS)), answers=st.lists(responses(), min_size=1, max_size=6))
def test_any_server_answer_is_a_result_or_a_fleet_error(
    call: str, answers: list[httpx.Response]
) -> None:
    examples_run["server answers"] = examples_run.get("server answers", 0) + 1
    queue = list(answers)

    def answer(request: httpx.Request) -> httpx.Response:
        # Version checks get a sane status; everything else the generated answers, in turn.
        if request.url.path == "/api/status" and len(queue) % 2:
            return httpx.Response(200, json={"version": {"number": "9.1.0"}})
        return queue.pop(0) if len(queue) > 1 else queue[0]

    with _client(answer) as fleet:
        try:
            CALLS[call](fleet)
        except FleetError as error:
            assert str(error)
            repr(error)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(call=st.sampled_from(sorted(CALLS)), cut=st.integers(0, 10_000))
def test_a_connection_cut_mid_body_is_a_connection_error(call: str, cut: int) -> None:
    examples_run["cut bodies"] = examples_run.get("cut bodies", 0) + 1

    def answer(request: httpx.Request) -> httpx.Response:
        body = RECORDED[cut % len(RECORDED)].encode()

        def stream() -> Any:
            yield body[: cut % (len(body) + 1)]
            raise httpx.RemoteProtocolError("peer closed connection without sending complete body")

        return httpx.Response(
            200, headers={"content-type": "application/json"}, stream=_Stream(stream)
        )

    with _client(answer) as fleet, pytest.raises(FleetConnectionError, match="peer closed"):
        CALLS[call](fleet)


class _Stream(httpx.SyncByteStream):
    def __init__(self, make: Callable[[], Any]) -> None:
        self._make = make

    def __iter__(self) -> Any:
        return self._make()


# -- malformed arguments against the sandbox ----------------------------------------------------

BAD_STRINGS = ODD_TEXT | st.sampled_from(
    ["../settings", "a/b", "?x=1", "#frag", "%2F", " ", "\n", "x" * 5000, "名前", "e\u0301"]
)
BAD_VALUES = BAD_STRINGS | st.none() | st.integers() | st.lists(st.text(max_size=3), max_size=2)
BAD_VALUES = BAD_VALUES | st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)
BAD_VALUES = BAD_VALUES | st.booleans() | st.floats()

ARG_CALLS: dict[str, Callable[[Fleet, Any], Any]] = {
    "agent_policies.create(name)": lambda f, v: f.agent_policies.create(name=v),
    "agent_policies.create(namespace)": lambda f, v: f.agent_policies.create(
        name="ns-probe", namespace=v
    ),
    "agent_policies.get(id)": lambda f, v: f.agent_policies.get(id=v),
    "agent_policies.update(description)": lambda f, v: f.agent_policies.update(
        id="fixed-policy", description=v
    ),
    "agent_policies.list(kuery)": lambda f, v: f.agent_policies.list(kuery=v).to_list(),
    "agent_policies.delete(id)": lambda f, v: f.agent_policies.delete(id=v),
    "package_policies.create(package)": lambda f, v: f.package_policies.create(
        name="pp-probe", package=v, policy_id="fixed-policy"
    ),
    "package_policies.create(inputs)": lambda f, v: f.package_policies.create(
        name="pp-probe", package="nginx", version="1.6.0", policy_id="fixed-policy", inputs=v
    ),
    "package_policies.create(vars)": lambda f, v: f.package_policies.create(
        name="pp-probe", package="nginx", version="1.6.0", policy_id="fixed-policy", vars=v
    ),
    "package_policies.get(id)": lambda f, v: f.package_policies.get(id=v),
    "enrollment_tokens.create(policy_id)": lambda f, v: f.enrollment_tokens.create(policy_id=v),
    "enrollment_tokens.create(expiration)": lambda f, v: f.enrollment_tokens.create(
        policy_id="fixed-policy", expiration=v
    ),
    "agents.list(kuery)": lambda f, v: f.agents.list(kuery=v).to_list(),
    "agents.get(id)": lambda f, v: f.agents.get(id=v),
    "agents.bulk_update_tags(agents)": lambda f, v: f.agents.bulk_update_tags(
        agents=v, tags_to_add=["x"]
    ),
    "outputs.create(type)": lambda f, v: f.outputs.create(name="o-probe", type=v, hosts=["h"]),
    "outputs.get(id)": lambda f, v: f.outputs.get(id=v),
    "packages.get(name)": lambda f, v: f.packages.get(name=v),
    "uninstall_tokens.get(id)": lambda f, v: f.uninstall_tokens.get(id=v),
}


@pytest.fixture(scope="module")
def shared_sandbox() -> FleetSandbox:
    sandbox = FleetSandbox(seed=5)
    with Fleet(URL, api_key=sandbox.api_key, transport=sandbox.transport()) as fleet:
        fleet.agent_policies.create(name="fixed", id="fixed-policy")
    return sandbox


#: Messages that come from Python's internals rather than from an argument check.
UNCLEAR = (
    "object is not iterable",
    "has no attribute",
    "dictionary update sequence",
    "required positional argument",
    "not subscriptable",
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(call=st.sampled_from(sorted(ARG_CALLS)), value=BAD_VALUES)
def test_bad_arguments_raise_clear_errors(
    shared_sandbox: FleetSandbox, call: str, value: Any
) -> None:
    examples_run["bad arguments"] = examples_run.get("bad arguments", 0) + 1
    with Fleet(
        URL, api_key=shared_sandbox.api_key, transport=shared_sandbox.transport(), max_retries=0
    ) as fleet:
        try:
            ARG_CALLS[call](fleet, value)
        except FleetError as error:
            assert str(error)
        except (ValueError, TypeError) as error:
            message = str(error)
            assert message, f"{type(error).__name__} without a message"
            assert not any(text in message for text in UNCLEAR), message
    assert shared_sandbox.errors == [], shared_sandbox.errors[-1:]

"""Arguments and answers no request (or parser) can carry are refused with library errors.

Dot segments and unencodable ids never reach the network (on any wire, ``fleet.raw``
included); ids, names and nesting have documented limits (``fleet_facade/_limits.py``); JSON
nested too deep for Python's parser, and ``Retry-After`` values that are not numbers, never
escape as ``RecursionError`` or ``ValueError``.
"""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fleet_facade import (
    BadRequestError,
    Fleet,
    FleetConfigError,
    FleetError,
    InvalidArgumentError,
    InvalidPackageVersionError,
    InvalidRequestError,
    NotFoundError,
    UnexpectedResponseError,
)
from fleet_facade._limits import MAX_DEPTH, MAX_ID_BYTES, MAX_NAME_BYTES
from fleet_facade.sandbox import FleetSandbox

URL = "http://kibana.invalid"


def _nested(depth: int) -> Any:
    value: Any = "leaf"
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


@pytest.fixture
def sandbox() -> FleetSandbox:
    return FleetSandbox(seed=11)


@pytest.fixture(params=["in-process", "loopback-urllib3", "loopback-httpx"])
def fleet(request: pytest.FixtureRequest, sandbox: FleetSandbox) -> Any:
    """A client over each way a request can leave: the sandbox in process, and over loopback
    through urllib3 and through httpx (the path ``transport=`` and proxies take)."""
    if request.param == "in-process":
        with Fleet(URL, api_key=sandbox.api_key, transport=sandbox.transport()) as client:
            yield client
        return
    transport = httpx.HTTPTransport() if request.param == "loopback-httpx" else None
    with sandbox, Fleet(sandbox.url, api_key=sandbox.api_key, transport=transport) as client:
        yield client


# -- ids ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["..", "."])
def test_a_dot_segment_id_is_refused_before_sending(
    fleet: Fleet, sandbox: FleetSandbox, version: str
) -> None:
    # POST .../packages/nginx/.. would resolve to POST .../packages: the upload route.
    # A package version is checked as a version first: refused before sending either way.
    with pytest.raises(InvalidPackageVersionError):
        fleet.packages.install(name="nginx", version=version)
    with pytest.raises(InvalidRequestError, match="dot segment"):
        fleet.agent_policies.get(id=version)
    with pytest.raises(InvalidRequestError, match="dot segment"):
        fleet.package_policies.get(id=version)
    assert sandbox.requests == []


def test_the_raw_client_refuses_dot_segments_too(sandbox: FleetSandbox) -> None:
    with sandbox:
        for transport in (None, sandbox.transport()):
            url = sandbox.url if transport is None else URL
            with Fleet(url, api_key=sandbox.api_key, transport=transport) as fleet:
                http = fleet.raw.get_httpx_client()
                with pytest.raises(InvalidRequestError, match="resolved away"):
                    http.post("/api/fleet/epm/packages/nginx/..")
                with pytest.raises(InvalidRequestError):
                    http.post("/api/fleet/epm/packages/nginx/%2e%2E")
    assert sandbox.requests == []


def test_ids_that_merely_contain_dots_still_work(fleet: Fleet) -> None:
    policy = fleet.agent_policies.create(name="dots", id="a..b")
    assert fleet.agent_policies.get(id="a..b").id == policy.id == "a..b"


def test_a_lone_surrogate_in_an_id_is_an_invalid_request(
    fleet: Fleet, sandbox: FleetSandbox
) -> None:
    with pytest.raises(InvalidRequestError, match="surrogate"):
        fleet.agent_policies.get(id="p\ud800")
    assert sandbox.requests == []


def test_a_lone_surrogate_elsewhere_is_an_invalid_request(
    fleet: Fleet, sandbox: FleetSandbox
) -> None:
    with pytest.raises(InvalidRequestError):
        fleet.agent_policies.create(name="p\udfff")
    with pytest.raises(InvalidRequestError) as caught:
        fleet.agent_policies.list(kuery="name:\ud800").to_list()
    # Refused by the wire: the error names the request like every other.
    assert (caught.value.method, caught.value.path) == ("GET", "/api/fleet/agent_policies")
    assert sandbox.requests == []


def test_ids_are_at_most_512_bytes(fleet: Fleet, sandbox: FleetSandbox) -> None:
    assert MAX_ID_BYTES == 512
    with pytest.raises(InvalidRequestError, match="at most 512 bytes"):
        fleet.agent_policies.get(id="é" * 257)  # 514 bytes
    assert sandbox.requests == []
    with pytest.raises(NotFoundError) as caught:  # at the limit: sent, and simply not found
        fleet.agent_policies.get(id="a" * 512)
    assert caught.value.status == 404
    assert len(sandbox.requests) == 1


def test_a_missing_id_is_a_library_error_and_a_type_error(fleet: Fleet) -> None:
    with pytest.raises(InvalidArgumentError, match="an id is required") as caught:
        fleet.agent_policies.get(id=None)  # type: ignore[arg-type]
    assert isinstance(caught.value, TypeError)


# -- names and nesting -------------------------------------------------------------------------


def test_names_are_at_most_32766_bytes(fleet: Fleet, sandbox: FleetSandbox) -> None:
    with pytest.raises(InvalidRequestError, match="32766 bytes"):
        fleet.agent_policies.create(name="n" * (MAX_NAME_BYTES + 1))
    assert sandbox.requests == []


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 5000, 100_000])
def test_arguments_nested_too_deeply_are_refused(
    fleet: Fleet, sandbox: FleetSandbox, depth: int
) -> None:
    with pytest.raises(InvalidRequestError, match=f"more than {MAX_DEPTH} levels"):
        fleet.agent_policies.create(name="deep", overrides={"agent": _nested(depth)})
    assert sandbox.requests == []


def test_nesting_within_the_limit_is_sent(fleet: Fleet) -> None:
    policy = fleet.agent_policies.create(name="nested", overrides={"x": _nested(MAX_DEPTH - 2)})
    assert policy.name == "nested"


# -- answers -----------------------------------------------------------------------------------


def _answering(status: int, content: bytes, **headers: str) -> Fleet:
    """A client whose every Fleet request gets this answer (``/api/status``: a version)."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/status" and status == 200 and content != DEEP:
            return httpx.Response(200, json={"version": {"number": "9.1.0"}})
        return httpx.Response(status, content=content, headers=headers)

    return Fleet(URL, api_key="k", max_retries=0, transport=httpx.MockTransport(answer))


DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize(
    "call",
    [
        lambda f: f.agent_policies.get(id="p1"),
        lambda f: f.agent_policies.list().to_list(),
        lambda f: f.agents.list().to_list(),
        lambda f: f.server_version(),
        lambda f: f.packages.get(name="nginx", version="1.0.0"),
    ],
)
def test_an_answer_nested_too_deeply_is_an_unexpected_response(call: Any) -> None:
    with _answering(200, DEEP) as fleet, pytest.raises(UnexpectedResponseError):
        call(fleet)


def test_an_error_answer_nested_too_deeply_keeps_its_status() -> None:
    with _answering(400, DEEP) as fleet, pytest.raises(BadRequestError):
        fleet.agent_policies.get(id="p1")


@pytest.mark.parametrize("body", [b"{}", b'{"total": 5}', b'{"page": 1, "perPage": 20}'])
@pytest.mark.parametrize(
    "listing",
    [
        lambda f: f.agent_policies.list(),
        lambda f: f.package_policies.list(),
        lambda f: f.outputs.list(),
        lambda f: f.fleet_server_hosts.list(),
        lambda f: f.enrollment_tokens.list(),
        lambda f: f.agents.list(),
    ],
)
def test_a_listing_without_items_is_not_an_empty_fleet(body: bytes, listing: Any) -> None:
    with _answering(200, body) as fleet, pytest.raises(UnexpectedResponseError, match="items"):
        listing(fleet).to_list()


@pytest.mark.parametrize(
    "value",
    ["nan", "NaN", "inf", "-inf", "infinity", "-1", "1e9", "0x10", "1.5",
     "Wed, 99 Foo 2015 07:28:00 GMT", "Wed, 21 Oct", "Wed, 21 Oct 2015 07:28:00 GMT" * 9],
)  # fmt: skip
def test_a_retry_after_that_is_not_a_delay_falls_back_to_backoff(value: str) -> None:
    answers = [httpx.Response(503, headers={"retry-after": value}), httpx.Response(200, json={
        "item": {"id": "p1", "name": "n", "namespace": "default", "status": "active",
                 "is_managed": False, "updated_at": "x", "updated_by": "u", "revision": 1}})]
    sleeps: list[float] = []
    with Fleet(
        URL,
        api_key="k",
        sleep=sleeps.append,
        transport=httpx.MockTransport(lambda _request: answers.pop(0)),
    ) as fleet:
        assert fleet.agent_policies.get(id="p1").id == "p1"
    [delay] = sleeps
    assert math.isfinite(delay) and 0 <= delay <= 0.5  # the first backoff step, jittered


@pytest.mark.parametrize(
    ("value", "expected"), [("5", 5.0), ("99999", 60.0), ("9" * 5000, 60.0), ("0", 0.0)]
)
def test_a_valid_retry_after_is_honoured_up_to_60_seconds(value: str, expected: float) -> None:
    answers = [httpx.Response(429, headers={"retry-after": value}), httpx.Response(200, json={
        "item": {"id": "p1", "name": "n", "namespace": "default", "status": "active",
                 "is_managed": False, "updated_at": "x", "updated_by": "u", "revision": 1}})]
    sleeps: list[float] = []
    with Fleet(
        URL,
        api_key="k",
        sleep=sleeps.append,
        transport=httpx.MockTransport(lambda _request: answers.pop(0)),
    ) as fleet:
        fleet.agent_policies.get(id="p1")
    assert sleeps == [expected]


# -- whatever comes in, a library error comes out ----------------------------------------------

ANYTHING = (
    st.none() | st.text() | st.integers() | st.floats() | st.booleans() | st.binary()
    | st.lists(st.text(max_size=3), max_size=2)
)  # fmt: skip
URLS = ANYTHING | st.text().map(lambda t: "http://" + t) | st.text().map(lambda t: "https://" + t)


@settings(max_examples=400, suppress_health_check=list(HealthCheck), deadline=None)
@given(url=URLS, key=ANYTHING, user=ANYTHING, password=ANYTHING, token=ANYTHING,
       space=ANYTHING, verify=ANYTHING, timeout=ANYTHING, retries=ANYTHING,
       limit=ANYTHING)  # fmt: skip
def test_any_configuration_is_a_client_or_a_config_error(
    url: Any, key: Any, user: Any, password: Any, token: Any, space: Any, verify: Any,
    timeout: Any, retries: Any, limit: Any,
) -> None:  # fmt: skip
    try:
        Fleet(url, api_key=key, username=user, password=password, bearer_token=token,
              space=space, verify=verify, timeout=timeout, max_retries=retries,
              max_response_bytes=limit, transport=httpx.MockTransport(httpx.Response))  # fmt: skip
    except FleetConfigError as error:
        assert str(error)


TEXTS = st.text(alphabet=st.characters(), max_size=30) | st.sampled_from(
    ["..", ".", "%2e%2e", "a/../b", "\x00", "\ud800", "x\udfffy", "é" * 300]
)
TEXT_CALLS: list[Any] = [
    lambda f, v: f.agent_policies.get(id=v),
    lambda f, v: f.agent_policies.create(name=v),
    lambda f, v: f.agent_policies.list(kuery=v).to_list(),
    lambda f, v: f.packages.install(name="nginx", version=v),
    lambda f, v: f.agents.get(id=v),
    lambda f, v: f.outputs.create(name=v, type="elasticsearch", hosts=[v]),
]


@pytest.fixture(scope="module")
def served() -> Any:
    """The sandbox over loopback and one client per wire (made once: examples are many)."""
    with FleetSandbox(seed=12) as sandbox:
        clients = {
            "urllib3": Fleet(sandbox.url, api_key=sandbox.api_key, max_retries=0),
            "httpx": Fleet(sandbox.url, api_key=sandbox.api_key, max_retries=0,
                           transport=httpx.HTTPTransport()),
            "in-process": Fleet(URL, api_key=sandbox.api_key, max_retries=0,
                                transport=sandbox.transport()),
        }  # fmt: skip
        yield sandbox, clients
        for client in clients.values():
            client.close()


@settings(max_examples=300, suppress_health_check=list(HealthCheck), deadline=None)
@given(wire=st.sampled_from(["urllib3", "httpx", "in-process"]),
       call=st.integers(0, len(TEXT_CALLS) - 1), value=TEXTS)  # fmt: skip
def test_any_text_argument_is_a_result_or_a_library_error(
    served: Any, wire: str, call: int, value: str
) -> None:
    sandbox, clients = served
    try:
        TEXT_CALLS[call](clients[wire], value)
    except FleetError as error:
        assert str(error)
    assert sandbox.errors == []

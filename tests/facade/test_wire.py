"""The urllib3 wire (sync, and async from worker threads): the same requests as httpx, the
same failure classes, real overlap for concurrent async calls.

A capture server on loopback records what each wire really puts on the socket, so the
comparison is of bytes sent, not of our own code's view of them.
"""

from __future__ import annotations

import gzip
import http.server
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import anyio
import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fleet_facade import (
    AsyncFleet,
    Fleet,
    FleetConnectionError,
    FleetTimeoutError,
    InvalidRequestError,
)
from fleet_facade._httpx_wire import AsyncHttpxWire, HttpxWire, new_client
from fleet_facade._ops import operation
from fleet_facade._response_parsing import GC_PAUSE_BYTES
from fleet_facade._response_parsing import parse_reply as _parse
from fleet_facade._thread_wire import AsyncThreadWire
from fleet_facade._urllib3_wire import Urllib3Wire, encode_json, encode_query
from fleet_facade._wire_contract import MAX_IN_FLIGHT, Reply
from fleet_facade._wires import open_wire
from fleet_facade.sandbox import FleetSandbox

POLICY = {"item": {"id": "p1", "name": "web", "namespace": "default", "revision": 3,
                   "is_managed": False, "updated_at": "2025-01-01T00:00:00Z",
                   "updated_by": "tester", "status": "active"}}  # fmt: skip


@dataclass
class Seen:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes


@dataclass
class Capture:
    """A loopback server that records requests and answers each with ``reply(seen)``."""

    url: str = ""
    seen: list[Seen] = field(default_factory=list)
    reply: Callable[[Seen], tuple[int, dict[str, str], bytes]] = lambda _seen: (
        200, {"content-type": "application/json"}, json.dumps(POLICY).encode()
    )  # fmt: skip


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    capture: Capture

    def _handle(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        parts = urlsplit(self.path)
        seen = Seen(
            self.command,
            parts.path,
            parse_qsl(parts.query, keep_blank_values=True),
            {name.lower(): value for name, value in self.headers.items()},
            self.rfile.read(length),
        )
        self.capture.seen.append(seen)
        status, headers, body = self.capture.reply(seen)
        head = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in headers.items()]
        head.append(f"content-length: {len(body)}")
        # One write: headers and body in separate writes stall ~40 ms (Nagle vs delayed ACK).
        self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)

    do_GET = do_POST = do_PUT = do_DELETE = _handle

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def capture() -> Iterator[Capture]:
    state = Capture()
    handler = type("Handler", (_Handler,), {"capture": state})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


def _client(url: str, **kwargs: Any) -> Fleet:
    return Fleet(url, api_key="id:secret", sleep=lambda _s: None, **kwargs)


# -- which wire --------------------------------------------------------------------------------


def test_direct_connections_use_urllib3_and_transports_or_proxies_use_httpx(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    settings_of = _client("https://kibana.example:5601")._transport.settings
    mock = httpx.MockTransport(lambda _request: httpx.Response(204))
    def sync_wire(transport: Any) -> object:
        return open_wire(settings_of, transport, asynchronous=False)[0]

    def async_wire(transport: Any) -> object:
        return open_wire(settings_of, transport, asynchronous=True)[0]

    assert isinstance(sync_wire(None), Urllib3Wire)
    assert isinstance(sync_wire(mock), HttpxWire)
    assert isinstance(async_wire(None), AsyncThreadWire)
    assert isinstance(async_wire(mock), AsyncHttpxWire)  # (MockTransport is both kinds)

    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    assert isinstance(sync_wire(None), HttpxWire)  # httpx honours the proxy
    assert isinstance(async_wire(None), AsyncHttpxWire)
    monkeypatch.setenv("NO_PROXY", "kibana.example")
    assert isinstance(sync_wire(None), Urllib3Wire)


# -- same bytes as httpx -------------------------------------------------------------------------

_scalars = st.one_of(
    st.text(max_size=12), st.integers(-(10**6), 10**6), st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
)  # fmt: skip
_params = st.dictionaries(
    st.text(min_size=1, max_size=8), st.one_of(_scalars, st.lists(st.text(max_size=6), max_size=3))
)
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text()
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(_params)
def test_query_strings_decode_to_what_httpx_sends(params: dict[str, Any]) -> None:
    expected = httpx.Request("GET", "http://k/x", params=params).url.query.decode()
    assert parse_qsl(encode_query(params), keep_blank_values=True) == parse_qsl(
        expected, keep_blank_values=True
    )


@settings(max_examples=300, deadline=None)
@given(_json.filter(lambda body: body is not None))  # json=None: no body in either wire
def test_json_bodies_are_byte_for_byte_what_httpx_sends(body: Any) -> None:
    assert encode_json(body) == httpx.Request("POST", "http://k/x", json=body).content


def test_bodies_json_cannot_carry_are_refused_alike() -> None:
    for value in (float("inf"), float("nan")):
        with pytest.raises(ValueError):
            encode_json({"x": value})
        with pytest.raises(ValueError):
            httpx.Request("POST", "http://k/x", json={"x": value})


def test_both_wires_put_the_same_request_on_the_socket(capture: Capture) -> None:
    module = operation("post-fleet-agent-policies")
    from fleet_api_client.models.agent_policy_create_request import AgentPolicyCreateRequest

    body = AgentPolicyCreateRequest(name="wëb & co", namespace="default")
    request = module._get_kwargs(body=body, sys_monitoring=True)
    settings_of = _client(capture.url + "/kibana", space="team a")._transport.settings
    http = new_client(settings_of, None)
    fast, reference = Urllib3Wire(settings_of), HttpxWire(settings_of, http)
    try:
        fast.send(dict(request))
        reference.send(dict(request))
    finally:
        fast.close()
        http.close()

    ours, theirs = capture.seen
    assert ours.method == theirs.method == "POST"
    assert ours.path == theirs.path == "/kibana/s/team%20a/api/fleet/agent_policies"
    assert ours.query == theirs.query == [("sys_monitoring", "true")]
    assert ours.body == theirs.body
    assert json.loads(ours.body)["name"] == "wëb & co"
    for name in ("authorization", "kbn-xsrf", "elastic-api-version", "content-type", "accept",
                 "user-agent", "accept-encoding"):  # fmt: skip
        assert ours.headers.get(name) == theirs.headers.get(name), name


def test_kbn_xsrf_goes_only_where_kibana_checks_it(capture: Capture) -> None:
    def answer(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        body = {"id": "p1", "name": "web"} if seen.method == "POST" else POLICY
        return 200, {"content-type": "application/json"}, json.dumps(body).encode()

    capture.reply = answer
    with _client(capture.url) as fleet:
        fleet.agent_policies.get(id="p1")
        fleet.agent_policies.delete(id="p1")
    assert [(s.method, s.headers.get("kbn-xsrf")) for s in capture.seen] == [
        ("GET", None), ("POST", "true"),
    ]  # fmt: skip


def test_the_raw_client_can_change_things_on_every_wire() -> None:
    """``fleet.raw`` shares no ``send()``: its own headers must carry kbn-xsrf."""
    from fleet_api_client.api.elastic_agent_policies import post_fleet_agent_policies
    from fleet_api_client.models.agent_policy_create_request import AgentPolicyCreateRequest

    def body(name: str) -> AgentPolicyCreateRequest:
        return AgentPolicyCreateRequest(name=name, namespace="default")

    async def through_async(sandbox: FleetSandbox) -> int:
        async with AsyncFleet(sandbox.url, api_key=sandbox.api_key) as fleet:
            assert isinstance(fleet._transport._wire, AsyncThreadWire)
            answer = await post_fleet_agent_policies.asyncio_detailed(
                client=fleet.raw, body=body("async-raw")
            )
            return int(answer.status_code)

    with FleetSandbox(seed=4) as sandbox:
        with Fleet(sandbox.url, api_key=sandbox.api_key) as fleet:
            answer = post_fleet_agent_policies.sync_detailed(client=fleet.raw, body=body("raw"))
            assert answer.status_code == 200
        in_process = Fleet("http://fleet", api_key=sandbox.api_key, transport=sandbox.transport())
        answer = post_fleet_agent_policies.sync_detailed(client=in_process.raw, body=body("t"))
        assert answer.status_code == 200
        assert anyio.run(through_async, sandbox) == 200
        assert sandbox.count("agent_policies") == 3


def test_a_closed_client_fails_at_once() -> None:
    sleeps: list[float] = []
    with FleetSandbox(seed=6) as sandbox:
        fleet = Fleet(sandbox.url, api_key=sandbox.api_key, sleep=sleeps.append)
        fleet.close()
        with pytest.raises(FleetConnectionError, match="closed"):
            fleet.agent_policies.get(id="p1")
    assert sleeps == []


@pytest.mark.parametrize("wire", ["urllib3", "httpx"])
def test_a_body_json_cannot_carry_is_an_invalid_request(capture: Capture, wire: str) -> None:
    options: dict[str, Any] = {}
    if wire == "httpx":
        options["transport"] = httpx.HTTPTransport()
    with _client(capture.url, **options) as fleet, pytest.raises(InvalidRequestError):
        fleet.agent_policies.update(id="p1", name="n", namespace="default",
                                    monitoring_enabled=[], description=float("nan"))  # type: ignore[arg-type]  # fmt: skip
    assert all(s.method != "PUT" for s in capture.seen)


def test_gzip_answers_are_decoded(capture: Capture) -> None:
    capture.reply = lambda _seen: (
        200,
        {"content-type": "application/json", "content-encoding": "gzip"},
        gzip.compress(json.dumps(POLICY).encode()),
    )
    with _client(capture.url) as fleet:
        assert fleet.agent_policies.get(id="p1").revision == 3
    assert "gzip" in capture.seen[0].headers["accept-encoding"]


# -- failures --------------------------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("wire", ["urllib3", "httpx"])
def test_a_refused_connection_says_so_and_is_not_retried(wire: str) -> None:
    """Nothing listens at the port: a retry a second later meets the same refusal, so the
    error comes at once, with the question a user must answer (issue 14)."""
    sleeps: list[float] = []
    url = f"http://127.0.0.1:{_closed_port()}"
    options: dict[str, Any] = {"transport": httpx.HTTPTransport()} if wire == "httpx" else {}
    fleet = Fleet(url, api_key="k", sleep=sleeps.append, **options)
    with pytest.raises(FleetConnectionError) as caught:
        fleet.agent_policies.get(id="p1")
    assert sleeps == []
    message = str(caught.value)
    assert message.startswith(f"connection refused: is Kibana running at {url}?")
    assert "\n" not in message


@pytest.mark.parametrize("wire", ["urllib3", "httpx"])
def test_an_unknown_host_name_says_so_and_is_not_retried(wire: str) -> None:
    sleeps: list[float] = []
    options: dict[str, Any] = {"transport": httpx.HTTPTransport()} if wire == "httpx" else {}
    # .invalid never resolves (RFC 6761).
    fleet = Fleet("http://kibana.invalid:5601", api_key="k", sleep=sleeps.append, **options)
    with pytest.raises(FleetConnectionError, match=r"^cannot resolve 'kibana.invalid': check "
                                                   "the host name"):  # fmt: skip
        fleet.agent_policies.get(id="p1")
    assert sleeps == []


@pytest.mark.parametrize("wire", ["urllib3", "httpx"])
def test_https_against_plain_http_says_use_http(capture: Capture, wire: str) -> None:
    sleeps: list[float] = []
    url = capture.url.replace("http://", "https://")
    options: dict[str, Any] = {"transport": httpx.HTTPTransport()} if wire == "httpx" else {}
    fleet = Fleet(url, api_key="k", sleep=sleeps.append, **options)
    with pytest.raises(FleetConnectionError) as caught:
        fleet.agent_policies.get(id="p1")
    assert str(caught.value).startswith(
        f"the server at {url} does not speak TLS: use http:// instead of https://"
    )
    assert sleeps == []  # the same server speaks plain HTTP on the next try too


def test_a_slow_answer_is_a_timeout_and_a_create_is_not_resent(capture: Capture) -> None:
    def slow(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        time.sleep(0.5)
        return 200, {"content-type": "application/json"}, json.dumps(POLICY).encode()

    capture.reply = slow
    with _client(capture.url) as fleet:
        quick = fleet.with_options(timeout=0.1)
        with pytest.raises(FleetTimeoutError) as caught:
            quick.outputs.create(name="o", type="elasticsearch", hosts=["https://es:9200"])
        # The read timeout or the attempt's deadline, whichever strikes first (both 0.1 s).
        assert "0.1" in str(caught.value)
        # The POST may have been applied: without a way to find its result it is sent once.
        assert [s.method for s in capture.seen] == ["POST"]

        capture.seen.clear()
        with pytest.raises(FleetTimeoutError):
            quick.agent_policies.get(id="p1")
        assert [s.method for s in capture.seen] == ["GET"] * 3  # idempotent: retried twice


def test_the_generated_raw_client_works_beside_the_urllib3_wire() -> None:
    from fleet_api_client.api.fleet_internals import get_fleet_settings

    with FleetSandbox(seed=3) as sandbox, Fleet(sandbox.url, api_key=sandbox.api_key) as fleet:
        assert isinstance(fleet._transport._wire, Urllib3Wire)
        assert get_fleet_settings.sync_detailed(client=fleet.raw).status_code == 200


# -- async: worker threads -------------------------------------------------------------------


def test_async_calls_overlap_on_the_wire(capture: Capture) -> None:
    """Four requests must be in the server at the same moment, or the barrier breaks (a 500)."""
    barrier = threading.Barrier(4, timeout=10)

    def together(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        try:
            barrier.wait()
        except threading.BrokenBarrierError:
            return 500, {"content-type": "application/json"}, b'{"message": "not concurrent"}'
        return 200, {"content-type": "application/json"}, json.dumps(POLICY).encode()

    capture.reply = together

    async def main() -> list[int]:
        async with AsyncFleet(capture.url, api_key="k", max_retries=0) as fleet:
            assert isinstance(fleet._transport._wire, AsyncThreadWire)
            revisions: list[int] = []

            async def one() -> None:
                revisions.append((await fleet.agent_policies.get(id="p1")).revision)

            async with anyio.create_task_group() as group:
                for _ in range(4):
                    group.start_soon(one)
            return revisions

    assert anyio.run(main) == [3, 3, 3, 3]


def test_a_cancelled_async_call_leaves_the_client_usable(capture: Capture) -> None:
    release = threading.Event()

    def held(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        if seen.path.endswith("/slow"):
            release.wait(10)
        return 200, {"content-type": "application/json"}, json.dumps(POLICY).encode()

    capture.reply = held

    async def main() -> tuple[bool, int]:
        async with AsyncFleet(capture.url, api_key="k") as fleet:
            with anyio.move_on_after(0.2) as scope:
                await fleet.agent_policies.get(id="slow")
            release.set()
            return scope.cancelled_caught, (await fleet.agent_policies.get(id="p1")).revision

    assert anyio.run(main) == (True, 3)


def test_async_errors_from_threads_are_the_same_fleet_errors() -> None:
    sleeps: list[float] = []

    async def no_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def main() -> None:
        url = f"http://127.0.0.1:{_closed_port()}"
        async with AsyncFleet(url, api_key="k", sleep=no_sleep) as fleet:
            await fleet.agent_policies.get(id="p1")

    with pytest.raises(FleetConnectionError, match="connection refused: is Kibana running"):
        anyio.run(main)
    assert sleeps == []


def test_the_async_client_works_end_to_end_over_loopback() -> None:
    async def main(sandbox: FleetSandbox) -> int:
        async with AsyncFleet(sandbox.url, api_key=sandbox.api_key) as fleet:
            policy = await fleet.agent_policies.create(name="threads")
            await fleet.package_policies.create(
                name="web", package="nginx", version="1.6.0", policy_id=policy.id
            )
            listed = await fleet.agent_policies.list().to_list()
            assert [p.name for p in listed] == ["threads"]
            return (await fleet.agent_policies.get(id=policy.id)).revision

    with FleetSandbox(seed=5) as sandbox:
        assert anyio.run(main, sandbox) >= 2


# -- parsing large bodies ---------------------------------------------------------------------


def test_large_bodies_are_parsed_with_the_collector_paused_and_restored() -> None:
    import gc

    module = operation("get-fleet-agents")
    paused: list[bool] = []
    items = [{"id": f"a{n}", "type": "PERMANENT", "active": True} for n in range(2000)]
    big = json.dumps({"items": items, "total": 2000, "page": 1, "perPage": 2000}).encode()
    assert len(big) >= GC_PAUSE_BYTES
    reply = Reply(200, {}, big, "GET", "/api/fleet/agents")

    original = module._parse_response

    def spy(**kwargs: Any) -> Any:
        paused.append(not gc.isenabled())
        return original(**kwargs)

    class Spy:
        _parse_response = staticmethod(spy)

    assert len(_parse(Spy, reply).items) == 2000
    assert paused == [True] and gc.isenabled()

    broken = Reply(200, {}, big[:-1], "GET", "/api/fleet/agents")  # truncated JSON
    with pytest.raises(ValueError):
        _parse(Spy, broken)
    assert gc.isenabled()  # restored after a failure too

    gc.disable()
    try:
        _parse(Spy, reply)
        assert not gc.isenabled()  # a caller's choice to run without it is left alone
    finally:
        gc.enable()
    small = Reply(200, {}, json.dumps({"items": [], "total": 0}).encode(), "GET", "/x")
    paused.clear()
    _parse(Spy, small)
    assert paused == [False]


def test_an_async_client_serves_one_event_loop_after_another() -> None:
    """More calls than slots, in two successive event loops: slots freed in the first loop's
    threads are handed on within each loop, and the second starts with every slot free."""

    async def burst(fleet: AsyncFleet, n: int) -> None:
        async with anyio.create_task_group() as group:
            for i in range(MAX_IN_FLIGHT + 10):
                group.start_soon(lambda i=i: fleet.agent_policies.create(name=f"loop{n}-{i}"))

    with FleetSandbox(seed=8) as sandbox:
        fleet = AsyncFleet(sandbox.url, api_key=sandbox.api_key)
        for n in range(2):
            anyio.run(burst, fleet, n)
        anyio.run(fleet.close)
        assert sandbox.count("agent_policies") == 2 * (MAX_IN_FLIGHT + 10)

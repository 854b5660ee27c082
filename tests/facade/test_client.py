"""Client configuration: headers, auth, spaces, env fallback, TLS, options, raw, logging."""

from __future__ import annotations

import logging
import warnings
from typing import Any

import httpx
import pytest

from fleet_facade import AsyncFleet, Fleet, FleetConfigError, InvalidArgumentError, __version__
from fleet_facade._config import Timeouts


def _recording() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"items": [], "total": 0, "page": 1, "perPage": 20})

    return seen, httpx.MockTransport(handler)


def test_fixed_headers_and_api_key() -> None:
    seen, transport = _recording()
    Fleet("https://k.example", api_key="abc", transport=transport).outputs.list().to_list()
    headers = seen[0].headers
    assert headers["elastic-api-version"] == "2023-10-31"
    assert headers["user-agent"] == f"fleet-facade/{__version__}"
    assert headers["authorization"] == "ApiKey abc"
    # Through httpx (here: a transport) every request carries kbn-xsrf, as the client is shared
    # with ``fleet.raw``; the urllib3 wire leaves it off GETs (tests/facade/test_wire.py).
    assert headers["kbn-xsrf"] == "true"


def test_kbn_xsrf_goes_with_every_changing_request(sandbox: Any) -> None:
    seen: list[httpx.Request] = []
    inner = sandbox.transport()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return inner.handle_request(request)

    fleet = Fleet("http://fleet-sandbox", api_key=sandbox.api_key,
                  transport=httpx.MockTransport(handler))  # fmt: skip
    policy = fleet.agent_policies.create(name="xsrf")  # the sandbox refuses it without one
    fleet.agent_policies.update(id=policy.id, description="d")
    fleet.agent_policies.get(id=policy.id)
    fleet.agent_policies.delete(id=policy.id)
    assert {r.method for r in seen} == {"POST", "PUT", "GET"}
    assert all("kbn-xsrf" in r.headers for r in seen if r.method != "GET")


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"username": "u", "password": "p"}, "Basic dTpw"),
        ({"bearer_token": "t"}, "Bearer t"),
    ],
)
def test_basic_and_bearer(kwargs: dict[str, str], expected: str) -> None:
    seen, transport = _recording()
    Fleet("https://k.example", transport=transport, **kwargs).outputs.list().to_list()
    assert seen[0].headers["authorization"] == expected


def test_space_prefix() -> None:
    seen, transport = _recording()
    Fleet(
        "https://k.example", api_key="k", space="team-a", transport=transport
    ).outputs.list().to_list()
    assert seen[0].url.path == "/s/team-a/api/fleet/outputs"


def test_repr_shows_url_and_auth_kind_only() -> None:
    fleet = Fleet("https://k.example", api_key="very-secret")
    assert repr(fleet) == "Fleet(base_url='https://k.example', auth=api_key)"
    assert "very-secret" not in repr(fleet.raw) + repr(vars(fleet))


def _no_kibana_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    names = ("ENDPOINT", "URL", "API_KEY", "USERNAME", "PASSWORD", "SPACE", "CA_CERTS",
             "INSECURE")  # fmt: skip
    for name in names:
        monkeypatch.delenv(f"KIBANA_{name}", raising=False)


def test_no_credentials_is_a_config_error_before_any_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _no_kibana_environment(monkeypatch)
    seen, transport = _recording()
    for make in (lambda: Fleet("https://k.example", transport=transport),
                 lambda: AsyncFleet("https://k.example"),
                 lambda: Fleet.from_env({"KIBANA_URL": "https://k.example"})):  # fmt: skip
        with pytest.raises(FleetConfigError, match="no credentials: pass api_key="):
            make()
    assert seen == []


def test_from_env_hands_its_mapping_to_the_same_resolver(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Explicit arguments override the mapping, exactly as they override ``os.environ``."""
    _no_kibana_environment(monkeypatch)
    env = {"KIBANA_URL": "https://env.example", "KIBANA_API_KEY": "from-env",
           "KIBANA_SPACE": "ops"}  # fmt: skip
    from_mapping = Fleet.from_env(env, username="u", password="p")
    monkeypatch.setattr("os.environ", env)
    from_environ = Fleet.from_env(username="u", password="p")
    constructed = Fleet(username="u", password="p")
    for fleet in (from_mapping, from_environ, constructed):
        assert repr(fleet) == "Fleet(base_url='https://env.example/s/ops', auth=basic)"
    overridden = Fleet.from_env(env, base_url="https://arg.example", space="default")
    assert repr(overridden) == "Fleet(base_url='https://arg.example', auth=api_key)"
    with pytest.raises(InvalidArgumentError, match="unexpected keyword argument 'tiemout'"):
        Fleet.from_env(env, tiemout=3)


def test_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIBANA_URL", "https://env.example")
    monkeypatch.setenv("KIBANA_USERNAME", "elastic")
    monkeypatch.setenv("KIBANA_PASSWORD", "pw")
    monkeypatch.setenv("KIBANA_SPACE", "ops")
    monkeypatch.delenv("KIBANA_ENDPOINT", raising=False)
    monkeypatch.delenv("KIBANA_API_KEY", raising=False)
    fleet = Fleet.from_env()
    assert repr(fleet) == "Fleet(base_url='https://env.example/s/ops', auth=basic)"


def test_missing_url_and_conflicting_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KIBANA_ENDPOINT", raising=False)
    monkeypatch.delenv("KIBANA_URL", raising=False)
    with pytest.raises(FleetConfigError):
        Fleet()
    with pytest.raises(FleetConfigError):
        Fleet("https://k.example", api_key="a", bearer_token="b")


def test_disabling_tls_verification_is_logged_once_not_warned(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A log line of the library's logger, not a Python warning with a source line (which
    would also fail every request where warnings are errors)."""
    with warnings.catch_warnings(), caplog.at_level(logging.WARNING, logger="fleet_facade"):
        warnings.simplefilter("error")
        Fleet("https://k.example", api_key="k", verify=False)
    [record] = caplog.records
    assert record.name == "fleet_facade"
    assert record.getMessage() == "TLS certificate verification is disabled for https://k.example"


def test_with_options_copies() -> None:
    fast = Fleet("https://k.example", api_key="k").with_options(timeout=2.0, max_retries=0)
    assert fast._transport.max_retries == 0
    assert fast._transport._timeout == Timeouts(2.0, 2.0, 2.0, 2.0)
    parts = fast.with_options(timeout=httpx.Timeout(3.0, connect=1.0))._transport._timeout
    assert parts == Timeouts(connect=1.0, read=3.0, write=3.0, pool=3.0)


def test_raw_client_shares_the_connection(sandbox: Any) -> None:
    from fleet_api_client.api.fleet_internals import get_fleet_settings

    fleet = Fleet("http://fleet-sandbox", api_key=sandbox.api_key, transport=sandbox.transport())
    response = get_fleet_settings.sync_detailed(client=fleet.raw)
    assert response.status_code == 200


def test_debug_log_has_no_credentials(sandbox: Any, caplog: pytest.LogCaptureFixture) -> None:
    fleet = Fleet("http://fleet-sandbox", api_key=sandbox.api_key, transport=sandbox.transport())
    with caplog.at_level(logging.DEBUG, logger="fleet_facade"):
        fleet.settings.get()
    assert "GET /api/fleet/settings -> 200" in caplog.text
    assert sandbox.api_key not in caplog.text


def test_server_version_read_once(fleet: Any, sandbox: Any) -> None:
    assert fleet.server_version() == fleet.server_version() == "9.1.0"
    assert sum(r.path == "/api/status" for r in sandbox.requests) == 1


@pytest.mark.anyio
async def test_async_client_native_usage(sandbox: Any) -> None:
    async with AsyncFleet(
        "http://fleet-sandbox", api_key=sandbox.api_key, transport=sandbox.async_transport()
    ) as fleet:
        policy = await fleet.agent_policies.create(name="async", namespace="default")
        tokens = [t async for t in fleet.enrollment_tokens.list(policy_id=policy.id)]
        assert tokens and all(t.policy_id == policy.id for t in tokens)
        assert await fleet.agent_policies.list().count() == 1


def test_unusable_urls_are_config_errors_that_never_echo_credentials() -> None:
    secret = "hunter2-" + "x" * 8
    with pytest.raises(FleetConfigError, match="not in the URL") as caught:
        Fleet(f"https://elastic:{secret}@k.example", api_key="k")
    assert secret not in str(caught.value)
    with pytest.raises(FleetConfigError, match="not ftp:") as caught:
        Fleet(f"ftp://elastic:{secret}@k.example", api_key="k")
    assert secret not in str(caught.value)
    for url in ("https://k.example:port", "https://[::1", "https://:9243"):
        with pytest.raises(FleetConfigError):
            Fleet(url, api_key="k")


@pytest.mark.parametrize(
    "url",
    [
        "https://elastic:{s}/x@k.example",  # a slash in the password: the rest looks like a port
        "https://elastic:{s}",  # no host after it at all
        "https://elastic:{s}@k.example:9243",
        "elastic:{s}@k.example",  # no scheme
    ],
)
def test_a_password_typed_into_the_url_is_never_echoed(url: str) -> None:
    secret = "s3cr3t-pw"
    url = url.format(s=secret)
    with pytest.raises(FleetConfigError) as caught:
        Fleet(url, api_key="k")
    assert secret not in str(caught.value)
    assert "elastic" not in str(caught.value)


def test_an_at_sign_in_the_query_is_not_a_credential() -> None:
    fleet = Fleet("https://k.example/?next=elastic:s3cr3t-pw@x", api_key="k")
    assert fleet._transport.settings.base_url.startswith("https://k.ex")


@pytest.mark.parametrize(
    "timeout",
    [0, -1, float("nan"), float("inf"), 1e12, "30", True, httpx.Timeout(0),
     httpx.Timeout(5, read=None), httpx.Timeout(5, connect=float("inf"))],
)  # fmt: skip
def test_unusable_timeouts_are_config_errors_at_construction(timeout: Any) -> None:
    seen, transport = _recording()
    with pytest.raises(FleetConfigError, match="timeout"):
        Fleet("https://k.example", api_key="k", timeout=timeout, transport=transport)
    with pytest.raises(FleetConfigError, match="timeout"):
        Fleet("https://k.example", api_key="k", transport=transport).with_options(
            timeout=timeout
        )
    assert seen == []


@pytest.mark.parametrize("value", [0, -5, 1.5, "1000", True])
def test_unusable_response_limits_are_config_errors(value: Any) -> None:
    with pytest.raises(FleetConfigError, match="max_response_bytes"):
        Fleet("https://k.example", api_key="k", max_response_bytes=value)


def test_unusable_retries_and_verify_are_config_errors() -> None:
    for options in ({"max_retries": -1}, {"max_retries": 1.5}, {"max_retries": "2"},
                    {"verify": 1}, {"verify": b"/ca.pem"}):  # fmt: skip
        with pytest.raises(FleetConfigError):
            Fleet("https://k.example", api_key="k", **options)


def test_credentials_read_from_files_lose_their_newline_or_are_refused() -> None:
    seen, transport = _recording()
    Fleet("https://k.example", api_key="abc\n", transport=transport).outputs.list().to_list()
    assert seen[0].headers["authorization"] == "ApiKey abc"
    secret = "tok\nen-" + "x" * 8  # a newline inside: no header could carry it
    with pytest.raises(FleetConfigError, match="bearer credential contains a control") as caught:
        Fleet("https://k.example", bearer_token=secret)
    assert "tok" not in str(caught.value)

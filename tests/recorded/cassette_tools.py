"""Cassette hygiene shared by the recorded suite, its checks and ``scripts/record_cassettes.py``.

- :func:`scrub_request` / :func:`scrub_response` run before vcrpy writes an interaction: they
  drop credentials (headers, cookies, secret JSON fields, token query parameters), pin the host
  to :data:`RECORDED_HOST` and remove headers that change on every run.
- The ``fleet_*`` matchers compare what is left after scrubbing, so a replayed request matches
  its recording although the recording no longer holds the secret.
- :func:`find_credentials` is the scanner every committed cassette must pass.
- :func:`spec_violations` checks recorded requests and responses against the pinned spec.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = Path(__file__).resolve().parent / "cassettes"
SPEC = ROOT / "spec" / "fleet-openapi.json"

#: Every recorded URL is rewritten to this host: replay never needs the recording server.
RECORDED_HOST = "http://kibana.recorded"
#: What a secret looks like once scrubbed (chosen so the credential scanner cannot match it).
REDACTED = "**REDACTED**"
#: Unique-name suffix of a run as stored in cassettes (a real-Kibana run's suffix is mapped to it).
RUN_ID_PLACEHOLDER = "run0000"

#: JSON keys whose string values are secrets, wherever they appear.
SECRET_KEYS = frozenset(
    {
        "api_key",
        "token",
        "service_token",
        "password",
        "secret",
        "passphrase",
        "certificate_key",
        "enrollment_token",
        "enrollmentToken",
        "enrol_token",
        "kibana_token",
        "access_token",
        "refresh_token",
        "client_secret",
    }
)
#: Keys that are secrets only inside these parents (``ssl.key`` is a private key; Kafka's
#: top-level ``key`` is a partition key).
SECRET_CHILD_KEYS = {"key": frozenset({"ssl", "secrets"})}
#: Query parameters carrying secrets (``GET /api/fleet/kubernetes?enrolToken=``).
SECRET_QUERY = frozenset({"enrolToken", "enrollmentToken", "token", "api_key"})
#: Responses whose ``value`` is a secret (``POST /api/fleet/service_tokens`` -> ``{name, value}``).
SECRET_VALUE_PATHS = ("/service_tokens",)
SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)
#: Headers that differ between runs and say nothing about the API.
UNSTABLE_HEADERS = frozenset(
    {
        "date",
        "server",
        "host",
        "user-agent",
        "content-length",
        "connection",
        "keep-alive",
        "x-request-id",
        "x-opaque-id",
        "transfer-encoding",
        "content-encoding",
        "vary",
        "kbn-name",
        "kbn-license-sig",
        "x-elastic-product",
        "cache-control",
        "referrer-policy",
        "x-content-type-options",
        "permissions-policy",
        "cross-origin-opener-policy",
        "content-security-policy",
        "content-security-policy-report-only",
        "accept-encoding",
    }
)

#: A credential as it would leak: an Authorization value, or a long secret-looking JSON value.
AUTH_VALUE = re.compile(r"\b(ApiKey|Basic|Bearer) [A-Za-z0-9+/=_-]{12,}")
JSON_SECRET = re.compile(
    r'"(api_key|token|service_token|password|enrollment_token|secret|passphrase)"\s*:\s*"([^"]*)"'
)


#: The enrollment token inside a Kubernetes manifest (``GET /api/fleet/kubernetes``): YAML
#: text, ``- name: FLEET_ENROLLMENT_TOKEN`` then ``value: "<token>"``.
MANIFEST_TOKEN = re.compile(r'(FLEET_ENROLLMENT_TOKEN\s*\n\s*value:\s*)"?([^"\n]*)"?')


# -- scrubbing ----------------------------------------------------------------------------------


def scrub_manifest(text: str) -> str:
    """A Kubernetes manifest with its enrollment token replaced by :data:`REDACTED`."""
    return MANIFEST_TOKEN.sub(lambda m: f'{m.group(1)}"{REDACTED}"', text)


def scrub_json(value: Any, *, path: str = "", parent: str = "") -> Any:
    """A copy of a decoded JSON value with every secret string replaced by :data:`REDACTED`."""
    if isinstance(value, list):
        return [scrub_json(item, path=path, parent=parent) for item in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, item in value.items():
        secret = (
            key in SECRET_KEYS
            or parent in SECRET_CHILD_KEYS.get(key, ())
            or (key == "value" and path.endswith(SECRET_VALUE_PATHS))
        )
        if secret and isinstance(item, str) and item:
            out[key] = REDACTED
        elif isinstance(item, str) and "FLEET_ENROLLMENT_TOKEN" in item:
            out[key] = scrub_manifest(item)
        else:
            out[key] = scrub_json(item, path=path, parent=key)
    return out


def scrub_body(body: bytes | str | None, *, path: str = "", run_id: str | None = None) -> bytes:
    """A JSON body with secrets (and the run's unique suffix) replaced; other bodies as given."""
    if body is None:
        return b""
    raw = body.encode() if isinstance(body, str) else bytes(body)
    if run_id and run_id != RUN_ID_PLACEHOLDER:
        raw = raw.replace(run_id.encode(), RUN_ID_PLACEHOLDER.encode())
    if not raw.strip():
        return raw
    try:
        decoded = json.loads(raw)
    except ValueError:
        text = raw.decode("utf-8", "replace")
        return scrub_manifest(text).encode() if "FLEET_ENROLLMENT_TOKEN" in text else raw
    return json.dumps(scrub_json(decoded, path=path), separators=(",", ":")).encode()


def scrub_url(url: str, *, run_id: str | None = None) -> str:
    """The URL on :data:`RECORDED_HOST` with secret query values replaced."""
    parts = urlsplit(url)
    query = [(k, REDACTED if k in SECRET_QUERY else v) for k, v in parse_qsl(parts.query, True)]
    rebuilt = urlunsplit(("", "", parts.path, urlencode(query), ""))
    if run_id and run_id != RUN_ID_PLACEHOLDER:
        rebuilt = rebuilt.replace(run_id, RUN_ID_PLACEHOLDER)
    return RECORDED_HOST + rebuilt


def _scrub_headers(headers: dict[str, Any]) -> dict[str, Any]:
    kept: dict[str, Any] = {}
    for name, value in headers.items():
        lower = name.lower()
        if lower in UNSTABLE_HEADERS:
            continue
        kept[name] = [REDACTED] if lower in SECRET_HEADERS else value
    return kept


def make_request_scrubber(run_id: str | None = None) -> Any:
    """``before_record_request`` for vcrpy."""

    def scrub_request(request: Any) -> Any:
        path = urlsplit(request.uri).path
        request.uri = scrub_url(request.uri, run_id=run_id)
        request.body = scrub_body(request.body, path=path, run_id=run_id) or None
        request.headers = _scrub_headers(dict(request.headers))
        return request

    return scrub_request


def make_response_scrubber(run_id: str | None = None) -> Any:
    """``before_record_response`` for vcrpy (runs after vcrpy decoded a compressed body).

    The response does not know its request's path; secret ``value`` fields are recognised by
    the ``{name, value}`` shape of a service-token answer instead.
    """

    def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
        body = response.get("body", {}).get("string")
        if isinstance(body, str | bytes) and body:
            # Bytes, as vcrpy keeps bodies in memory (the YAML file stores them as text).
            response["body"]["string"] = scrub_body(body, path=_guess_path(body), run_id=run_id)
        response["headers"] = _scrub_headers(dict(response.get("headers", {})))
        return response

    return scrub_response


def _guess_path(body: str | bytes) -> str:
    try:
        decoded = json.loads(body)
    except ValueError:
        return ""
    if isinstance(decoded, dict) and set(decoded) == {"name", "value"}:
        return "/service_tokens"
    return ""


# -- matching -----------------------------------------------------------------------------------


def _query(uri: str) -> list[tuple[str, str]]:
    pairs = parse_qsl(urlsplit(uri).query, True)
    return sorted((k, REDACTED if k in SECRET_QUERY else v) for k, v in pairs)


def match_query(r1: Any, r2: Any) -> None:
    """vcrpy matcher: same query parameters once secrets are scrubbed (order ignored)."""
    assert _query(r1.uri) == _query(r2.uri), f"{_query(r1.uri)} != {_query(r2.uri)}"


def _body(request: Any) -> Any:
    raw = scrub_body(request.body, path=urlsplit(request.uri).path)
    try:
        return json.loads(raw) if raw.strip() else None
    except ValueError:
        return raw


def match_body(r1: Any, r2: Any) -> None:
    """vcrpy matcher: equal JSON bodies once secrets are scrubbed (key order ignored)."""
    assert _body(r1) == _body(r2), "request bodies differ"


def match_fleet_headers(r1: Any, r2: Any) -> None:
    """vcrpy matcher: the API-relevant headers agree (credentials and user agent are ignored).

    ``kbn-xsrf`` counts only where Kibana checks it: not on GET and OPTIONS.
    """
    names = ["elastic-api-version"]
    if r1.method.upper() not in ("GET", "OPTIONS"):
        names.append("kbn-xsrf")
    for name in names:
        assert r1.headers.get(name) == r2.headers.get(name), f"header {name} differs"


MATCHERS = {
    "fleet_query": match_query,
    "fleet_body": match_body,
    "fleet_headers": match_fleet_headers,
}
MATCH_ON = ["method", "path", "fleet_query", "fleet_body", "fleet_headers"]


# -- reading cassettes --------------------------------------------------------------------------


@dataclass(frozen=True)
class Interaction:
    """One recorded request and its response, as stored."""

    cassette: Path
    method: str
    uri: str
    request_body: str
    request_headers: dict[str, list[str]]
    status: int
    response_body: str
    response_headers: dict[str, list[str]]

    @property
    def path(self) -> str:
        return urlsplit(self.uri).path

    @property
    def query(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for key, value in parse_qsl(urlsplit(self.uri).query, True):
            out.setdefault(key, []).append(value)
        return out


def cassette_files(root: Path = CASSETTES) -> list[Path]:
    """Every cassette under ``root``, sorted."""
    return sorted(root.rglob("*.yaml"))


def _text(body: Any) -> str:
    if isinstance(body, dict):
        body = body.get("string", "")
    if body is None:
        return ""
    return body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)


def interactions(path: Path) -> Iterator[Interaction]:
    """The interactions of one cassette file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for entry in data.get("interactions", []):
        request, response = entry["request"], entry["response"]
        yield Interaction(
            cassette=path,
            method=str(request["method"]).upper(),
            uri=str(request["uri"]),
            request_body=_text(request.get("body")),
            request_headers=dict(request.get("headers") or {}),
            status=int(response["status"]["code"]),
            response_body=_text(response.get("body")),
            response_headers=dict(response.get("headers") or {}),
        )


# -- secret scanning ----------------------------------------------------------------------------


def find_credentials(text: str) -> list[str]:
    """Real-looking credentials in a cassette's text (empty when it is clean)."""
    found = [m.group(0) for m in AUTH_VALUE.finditer(text)]
    for match in JSON_SECRET.finditer(text.replace('\\"', '"')):
        value = match.group(2)
        if value and value != REDACTED:
            found.append(match.group(0))
    unescaped = text.replace("\\n", "\n").replace('\\"', '"')
    for match in MANIFEST_TOKEN.finditer(unescaped):
        if match.group(2) and match.group(2) != REDACTED:
            found.append(match.group(0).strip())
    return found


# -- spec validation ----------------------------------------------------------------------------


def spec_violations(items: list[Interaction]) -> list[str]:
    """Recorded requests and responses that do not match the pinned spec (empty when all do).

    Responses go through the sandbox's own checker (``fleet_facade.sandbox._contract``);
    requests through openapi-core's request validator on the same parsed document.
    Operations or statuses the spec does not describe are gaps, not violations.
    """
    from fleet_facade.sandbox._contract import ContractChecker, ContractViolation
    from fleet_facade.sandbox._http import SandboxResponse

    checker = ContractChecker.load(str(SPEC))
    violations: list[str] = []
    for item in items:
        response = SandboxResponse(
            status=item.status,
            body=item.response_body.encode(),
            headers={k.lower(): v[0] for k, v in item.response_headers.items() if v},
        )
        try:
            checker.check(item.method, item.path, item.query, response)
        except ContractViolation as violation:
            violations.append(f"{item.cassette.name}: response {violation}")
        problem = _request_violation(checker, item)
        if problem:
            violations.append(f"{item.cassette.name}: request {problem}")
    return violations


class _SpecRequest:
    """An openapi-core request built from a recorded interaction."""

    def __init__(self, host_url: str, item: Interaction) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        self.host_url = host_url
        self.path = item.path
        self.full_url_pattern = host_url + item.path
        self.method = item.method.lower()
        pairs = [(k, v) for k, values in item.query.items() for v in values]
        headers = Headers([(k, v[0]) for k, v in item.request_headers.items() if v])
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(pairs), header=headers, cookie=ImmutableMultiDict()
        )
        self.body = item.request_body.encode() or None
        self.content_type = headers.get("content-type", "application/json").split(";")[0]


def _request_violation(checker: Any, item: Interaction) -> str | None:
    from openapi_core.templating.paths.exceptions import PathError
    from openapi_core.validation.request.exceptions import SecurityValidationError

    if not item.path.startswith("/api/fleet"):
        return None
    try:
        checker._openapi.validate_request(_SpecRequest(checker._host_url, item))
    except (PathError, SecurityValidationError):
        return None
    except Exception as err:  # openapi-core's error family: every one is a violation
        from fleet_facade.sandbox._contract import _explain

        return f"{item.method} {item.path}: {_explain(err)}"
    return None


# -- coverage -----------------------------------------------------------------------------------


def spec_operations() -> dict[tuple[str, re.Pattern[str]], str]:
    """``(METHOD, path regex) -> operationId`` for every operation of the pinned spec."""
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    operations: dict[tuple[str, re.Pattern[str]], str] = {}
    for template, item in spec["paths"].items():
        pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                operations[(method.upper(), pattern)] = op["operationId"]
    return operations


def operation_of(
    method: str, path: str, operations: dict[tuple[str, re.Pattern[str]], str]
) -> str | None:
    """The operation a recorded request called; literal segments beat parameters."""
    path = re.sub(r"^/s/[^/]+", "", path)
    matches = [
        (pattern.pattern.count("[^/]+"), op)
        for (verb, pattern), op in operations.items()
        if verb == method and pattern.match(path)
    ]
    return min(matches)[1] if matches else None


def covered_operations(items: list[Interaction]) -> set[str]:
    """Operations with at least one recorded success (2xx)."""
    operations = spec_operations()
    return {
        op
        for item in items
        if 200 <= item.status < 300
        and (op := operation_of(item.method, item.path, operations)) is not None
    }

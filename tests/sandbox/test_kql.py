"""The KQL subset (fleet_facade.sandbox._kql)."""

from __future__ import annotations

import pytest

from fleet_facade.sandbox import _kql

DOC = {
    "name": "web-01",
    "status": "online",
    "tags": ["prod", "eu"],
    "active": True,
    "agent": {"version": "9.1.0"},
}


def matches(text: str) -> bool:
    return _kql.parse(text).matches(_kql.dotted_resolver(DOC))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name:web-01", True),
        ('name:"web-01"', True),
        ("name:web*", True),
        ('name:"web*"', False),  # quoted: no wildcard
        ("name:db*", False),
        ("tags:eu", True),
        ("active:true", True),
        ("agent.version:9.1.0", True),
        ("status:online and tags:prod", True),
        ("status:offline or tags:prod", True),
        ("not status:offline", True),
        ("NOT status:online", False),
        ("status:(offline or online)", True),
        ("(status:offline or name:web*) and not tags:us", True),
        ("missing:*", False),
        ("name:*", True),
        ("", True),
    ],
)
def test_matching(text: str, expected: bool) -> None:
    assert matches(text) is expected


@pytest.mark.parametrize(
    "text", ["status:", "(status:online", "status:online and", "free text", "a > 1"]
)
def test_syntax_errors(text: str) -> None:
    with pytest.raises(_kql.KqlSyntaxError):
        _kql.parse(text)


def test_prefixes_and_known_fields() -> None:
    query = _kql.parse(
        "ingest-agent-policies.name:x", prefixes=["ingest-agent-policies."], known_fields=["name"]
    )
    assert query.fields() == {"name"}
    with pytest.raises(_kql.KqlError, match=r"^KQLSyntaxError: This type 'nope' is not allowed$"):
        _kql.parse("nope:x", known_fields=["name"], type_name="ingest-agent-policies")
    with pytest.raises(
        _kql.KqlError, match=r"'a\.b' does NOT exist in ingest-agent-policies saved"
    ):
        _kql.parse("a.b:x", known_fields=["name"], type_name="ingest-agent-policies")


def test_bad_kql_answers_400_over_http(client: object) -> None:
    import httpx

    assert isinstance(client, httpx.Client)
    response = client.get("/api/fleet/agent_policies", params={"kuery": "name:"})
    assert response.status_code == 400
    assert response.json()["error"] == "Bad Request"

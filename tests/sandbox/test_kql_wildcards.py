"""KQL ``*`` wildcards: same answers as before, found without backtracking (issue 13).

Handlers run under the sandbox's state lock, so a slow match stalls every other request.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from fleet_facade.sandbox import _kql


def matches(value: str, name: str) -> bool:
    return _kql.parse(f"name:{value}").matches(_kql.dotted_resolver({"name": name}))


@pytest.mark.parametrize(
    ("value", "name", "expected"),
    [
        ("web*", "web-01", True),
        ("*01", "web-01", True),
        ("*b-0*", "web-01", True),
        ("w*b*1", "web-01", True),
        ("*", "", True),  # "field:*" is "has a value": an empty string is one
        ("a*a", "a", False),  # prefix and suffix may not share the one character
        ("a*a", "aa", True),
        ("ab*bc", "abc", False),
        ("*x*y*", "yx", False),  # pieces must appear in order
        ("*x*y*", "xy", True),
        ("a**b", "ab", True),
        ("we*", "WEB-01", False),  # case-sensitive, like a keyword field
        ("line*two", "line\ntwo", True),  # `*` spans newlines
    ],
)
def test_wildcard_values_match_as_globs(value: str, name: str, expected: bool) -> None:
    assert matches(value, name) is expected


_LONG_NAME_QUERIES = """
from fleet_facade.sandbox import FleetSandbox

sandbox = FleetSandbox(seed=7, validate_responses=False)
with sandbox.client() as http:
    name = "a" * 5_000
    http.post("/api/fleet/agent_policies", json={"name": name, "namespace": "default"})
    for kuery in ("name:*a*a*a*a*b", "name:*a*a*a*a*a"):
        page = http.get("/api/fleet/agent_policies", params={"kuery": kuery}).json()
        print(kuery, page["total"], [len(item["name"]) for item in page["items"]])
"""


def test_five_wildcards_against_a_long_name_answer() -> None:
    """Before the fix this query compiled to ``.*a.*a.*a.*a.*b`` and backtracked for ever
    (13 s at 200 characters) under the state lock, holding the GIL inside ``re``. It runs in
    a child process so that a regression fails (at the guard) instead of hanging the suite."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", _LONG_NAME_QUERIES],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("a five-wildcard query against a 5,000-character name did not answer")
    assert done.stdout.splitlines() == ["name:*a*a*a*a*b 0 []", "name:*a*a*a*a*a 1 [5000]"]

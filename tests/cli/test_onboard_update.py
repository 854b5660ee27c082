"""``onboard --update``: a reused policy that differs is an error unless asked to converge."""

from __future__ import annotations

import json

from .conftest import cli


def test_a_differing_reuse_is_refused_with_the_flag_hint_then_updated(
    env: dict[str, str],
) -> None:
    first = cli("--yes", "-o", "json", "onboard", "--policy", "drift", "--namespace", "default",
                env=env)
    assert first.code == 0, first.stderr
    refused = cli("--yes", "onboard", "--policy", "drift", "--namespace", "other", env=env)
    assert refused.code == 1
    assert "namespace" in refused.stderr and "--update" in refused.stderr
    assert "update=True" not in refused.stderr
    updated = cli("--yes", "-o", "json", "onboard", "--policy", "drift", "--namespace", "other",
                  "--update", env=env)
    assert updated.code == 0, updated.stderr
    document = json.loads(updated.stdout)
    assert document["agent_policy"]["namespace"] == "other"
    assert document["updated"]

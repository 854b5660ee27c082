"""Enrollment tokens, replayed from cassettes (sync and async)."""

from __future__ import annotations

from typing import Any

import pytest

from fleet_facade import NotFoundError

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]


@pytest.fixture
def policy(fleet: Any, recording: Any, cleanup: Any) -> Any:
    created = fleet.agent_policies.create(name=recording.name("enroll"))
    cleanup(fleet.agent_policies.delete, id=created.id)
    return created


def test_a_new_policy_has_a_default_token(fleet: Any, policy: Any) -> None:
    tokens = fleet.enrollment_tokens.list(policy_id=policy.id).to_list()

    assert [t.policy_id for t in tokens] == [policy.id]
    assert tokens[0].name.startswith("Default")
    assert tokens[0].api_key


def test_create_get_and_find_by_name(fleet: Any, policy: Any) -> None:
    token = fleet.enrollment_tokens.create(policy_id=policy.id, name="ci")

    fetched = fleet.enrollment_tokens.get(id=token.id)
    found = fleet.enrollment_tokens.get_by_name(policy_id=policy.id, name="ci")

    assert token.name.startswith("ci (")
    assert fetched.id == found.id == token.id
    assert fetched.active is True


def test_revoke_keeps_the_token_inactive(fleet: Any, policy: Any) -> None:
    token = fleet.enrollment_tokens.create(policy_id=policy.id, name="short-lived")

    fleet.enrollment_tokens.revoke(id=token.id)

    assert fleet.enrollment_tokens.get(id=token.id).active is False
    assert fleet.enrollment_tokens.get_by_name(policy_id=policy.id, name="short-lived") is None


def test_a_token_for_a_missing_policy_is_not_found(fleet: Any) -> None:
    with pytest.raises(NotFoundError):
        fleet.enrollment_tokens.create(policy_id="no-such-policy")

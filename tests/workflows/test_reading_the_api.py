"""help(Fleet) lists every resource; model reprs show set fields only, secrets masked."""

from __future__ import annotations

import pydoc
from typing import Any

from fleet_facade import AsyncFleet, Fleet
from fleet_facade._async._base import AsyncResource
from fleet_facade._sync._base import Resource


def test_help_lists_every_resource_with_a_line_each() -> None:
    for client, base in ((Fleet, Resource), (AsyncFleet, AsyncResource)):
        text = pydoc.render_doc(client, renderer=pydoc.plaintext)
        instance = client("http://fleet-sandbox", api_key="id:key")
        resources = [name for name, value in vars(instance).items()
                     if isinstance(value, base)]
        assert len(resources) == 15  # the resources _bind sets
        for name in resources:
            line = next((ln for ln in text.splitlines() if ln.strip(" |").startswith(f"{name}: ")),
                        None)
            assert line is not None and len(line.split(": ", 1)[1]) > 10, (client, name)


def test_a_model_repr_shows_the_fields_that_are_set(fleet: Any) -> None:
    policy = fleet.agent_policies.create(name="web", namespace="default")
    text = repr(policy)
    assert "UNSET" not in text
    assert text.startswith("AgentPolicy(id=") and "name='web'" in text
    assert "namespace='default'" in text and "additional_properties" not in text


def test_a_token_repr_masks_the_secret_and_shows_set_fields(fleet: Any) -> None:
    policy = fleet.agent_policies.create(name="web", namespace="default")
    token = fleet.enrollment_tokens.list(policy_id=policy.id).to_list()[0]
    text = repr(token)
    assert "api_key=***" in text and str(token.api_key) not in text
    assert f"policy_id='{policy.id}'" in text and "UNSET" not in text

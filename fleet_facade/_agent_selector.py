"""Which agents a bulk action targets: a list of agent ids or a KQL query."""

from __future__ import annotations

from typing import Any

from ._exceptions import InvalidArgumentError

AgentSelector = list[str] | str


def bulk_agents(selector: AgentSelector) -> Any:
    """The ``agents`` field of a bulk request: a non-blank KQL string, or a list of ids.

    Raises:
        InvalidArgumentError: Neither (an empty list, a blank string, a non-string id).
    """
    if isinstance(selector, str) and selector.strip():
        return selector
    if isinstance(selector, list | tuple) and selector and all(
        isinstance(agent_id, str) and agent_id for agent_id in selector
    ):
        return list(selector)
    raise InvalidArgumentError(
        f"agents must be a non-empty list of agent ids or a KQL string, got {selector!r:.80}"
    )

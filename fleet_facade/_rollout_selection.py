"""Which agents ``upgrade_agents`` rolls out to, and Kibana's limit on a rollout's duration."""

from __future__ import annotations

from ._exceptions import InvalidValueError
from ._kql import kql_quote

#: Kibana refuses rollout durations under 10 minutes (bulk upgrade schema).
MIN_ROLLOUT_SECONDS = 600


def rollout_selection(policy_id: str | None, kuery: str | None) -> str:
    """The KQL choosing the agents: a policy's agents, or the caller's own query.

    Raises:
        InvalidValueError: None or both of ``policy_id`` and ``kuery`` (nothing sent).
    """
    if (policy_id is None) == (kuery is None):
        raise InvalidValueError("choose the agents with exactly one of policy_id or kuery")
    return f"policy_id:{kql_quote(policy_id)}" if policy_id is not None else str(kuery)

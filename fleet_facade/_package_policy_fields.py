"""Fields of a package policy answer that Kibana versions spell differently."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def agent_policy_ids(package_policy: Any) -> list[str]:
    """The agent policies a package policy belongs to (a model or its dict form).

    Kibana 8.15 answers ``policy_ids``; before it only ``policy_id`` (recorded 8.0 and 8.13
    answers have no ``policy_ids``).
    """
    if isinstance(package_policy, Mapping):
        ids, single = package_policy.get("policy_ids"), package_policy.get("policy_id")
    else:
        ids = getattr(package_policy, "policy_ids", None)
        single = getattr(package_policy, "policy_id", None)
    if isinstance(ids, list) and ids:
        return [str(i) for i in ids]
    return [single] if isinstance(single, str) and single else []

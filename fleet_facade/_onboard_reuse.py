"""What ``onboard`` compares a reused agent policy with, and how it refuses an object that differs.

``fleet.onboard`` (``_async/onboarding.py``) reads the objects a previous call created; the fields
they must match and the error naming each difference are defined here, once for the async and
the sync client.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._exceptions import InvalidValueError


def asked_policy_fields(namespace: str, description: str | None,
                        monitoring_enabled: Sequence[str] | None) -> dict[str, Any]:
    """The agent policy fields ``onboard`` was asked for (what a reused policy must match)."""
    asked: dict[str, Any] = {"namespace": namespace}
    if description is not None:
        asked["description"] = description
    if monitoring_enabled is not None:
        asked["monitoring_enabled"] = list(monitoring_enabled)
    return asked


def differs_error(label: str, differences: Mapping[str, tuple[Any, Any]]) -> InvalidValueError:
    """The refusal of a reused object (``label``) whose fields differ from what was asked."""
    fields = ", ".join(f"{path} is {now!r}, asked {wanted!r}"
                       for path, (now, wanted) in sorted(differences.items()))
    return InvalidValueError(f"{label} exists with other settings: {fields}; pass "
                             "update=True to change it, or another name to create a new one")

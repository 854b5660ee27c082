"""Enrollment API keys: creating one for an agent policy."""

from __future__ import annotations

from typing import Any

from ._core import FleetCore
from ._http import KibanaError

Json = dict[str, Any]


def create_enrollment_key(
    core: FleetCore, policy_id: str, name: str | None, *, hidden: bool = False
) -> Json:
    """Store a new key named ``<name> (<uuid>)`` (or the uuid alone without a name)."""
    key_id = core.ids.uuid()
    for other in core.state.enrollment_api_keys.values():
        if (
            name
            and other["policy_id"] == policy_id
            and other["name"].startswith(f"{name} (")
        ):
            raise KibanaError(
                409, f"An enrollment key named {name} already exists for agent policy {policy_id}"
            )
    api_key_id, api_key = core.ids.api_key()
    item = {
        "id": key_id,
        "api_key_id": api_key_id,
        "api_key": api_key,
        "name": f"{name} ({key_id})" if name else key_id,
        "active": True,
        "policy_id": policy_id,
        "created_at": core.now_iso(),
        "hidden": hidden,
    }
    core.state.enrollment_api_keys[key_id] = item
    return item

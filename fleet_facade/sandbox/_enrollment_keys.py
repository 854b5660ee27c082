"""Enrollment API keys: creating one for an agent policy.

Follows Kibana's ``generateEnrollmentAPIKey`` (x-pack/platform/plugins/shared/fleet/server/
services/api_keys/enrollment_api_key.ts).
"""

from __future__ import annotations

import re
from typing import Any

from ._core import FleetCore
from ._http import KibanaError

Json = dict[str, Any]

#: What must be left of an existing key's name, once the asked-for name is taken out, for the
#: two to clash: ``(<uuid>)`` (the service's ``uuidRegex``).
_UUID_IN_PARENS = re.compile(
    r"^\([0-9a-fA-F]{8}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{12}\)$"
)


def _name_taken(core: FleetCore, policy_id: str, name: str) -> bool:
    for other in core.state.enrollment_api_keys.values():
        if other["policy_id"] != policy_id:
            continue
        # JavaScript's String.replace with a string pattern: the first occurrence only.
        rest = other["name"].replace(name, "", 1).strip()
        if name in other["name"] and _UUID_IN_PARENS.match(rest):
            return True
    return False


def create_enrollment_key(
    core: FleetCore, policy_id: str, name: str | None, *, hidden: bool = False
) -> Json:
    """Store a new key named ``<name> (<uuid>)`` (or the uuid alone without a name).

    Returns the stored key; the create response leaves out ``hidden`` (the service's reply
    lists only id, api_key_id, api_key, name, active, policy_id and created_at).

    Raises:
        KibanaError: 409 when the policy already has a key of that name.
    """
    if name and _name_taken(core, policy_id, name):
        raise KibanaError(
            409, f"An enrollment key named {name} already exists for agent policy {policy_id}"
        )
    key_id = core.ids.uuid()
    api_key_id, api_key = core.ids.api_key()
    item = {
        "id": key_id,
        "api_key_id": api_key_id,
        "api_key": api_key,
        "name": f"{name} ({key_id})" if name else key_id,
        "active": True,
        "policy_id": policy_id,
        "created_at": core.now_iso(),
        # Keys of hosted (and agentless) policies are hidden from the UI.
        "hidden": hidden,
    }
    core.state.enrollment_api_keys[key_id] = item
    return item

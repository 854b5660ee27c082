"""Routes of the "Message Signing Service" tag: rotating the key pair."""

from __future__ import annotations

from typing import Any

from .._http import KibanaError
from .._router import Ctx, Router

Json = dict[str, Any]


def _rotate_key_pair(ctx: Ctx) -> Json:
    if not ctx.q_bool("acknowledge"):
        # UNVERIFIED: the sentence Kibana answers without acknowledge=true.
        raise KibanaError(
            400,
            "You must acknowledge the risks of rotating the key pair with acknowledge=true in the "
            "request parameters.",
        )
    ctx.core.state.settings["message_signing_rotations"] = (
        ctx.core.state.settings.get("message_signing_rotations", 0) + 1
    )
    return {"message": "Key pair rotated successfully."}  # UNVERIFIED: the message text


def register(router: Router) -> None:
    """Add the routes of this tag."""
    router.add("POST", "/api/fleet/message_signing_service/rotate_key_pair", _rotate_key_pair)

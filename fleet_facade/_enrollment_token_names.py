"""Matching an enrollment token to the name it was created with."""

from __future__ import annotations

from typing import Any


def has_token_name(token: Any, name: str) -> bool:
    """Whether ``token`` was created with ``name``.

    Kibana stores a named token as ``"<name> (<uuid>)"``
    (x-pack/platform/plugins/shared/fleet/server/services/api_keys/enrollment_api_key.ts).
    """
    token_name = token.name if isinstance(token.name, str) else ""
    return token_name == name or token_name.startswith(f"{name} (")

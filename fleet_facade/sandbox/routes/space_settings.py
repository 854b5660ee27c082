"""Routes of the spec's untagged operations (the generator's ``default`` folder):
``/api/fleet/space_settings``."""

from __future__ import annotations

from typing import Any

from .. import _validate
from .._core import FleetCore
from .._http import KibanaError
from .._router import Ctx, Router

Json = dict[str, Any]


def _space_settings_item(core: FleetCore, space: str) -> Json:
    stored = core.state.space_settings.get(space, {})
    item: Json = {"allowed_namespace_prefixes": list(stored.get("allowed_namespace_prefixes", []))}
    if stored.get("managed_by"):
        item["managed_by"] = stored["managed_by"]
    return item


def _get_space_settings(ctx: Ctx) -> Json:
    return {"item": _space_settings_item(ctx.core, ctx.space)}


def _put_space_settings(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    prefixes = _validate.string_list(body, "allowed_namespace_prefixes")
    for index, prefix in enumerate(prefixes or []):
        # PutSpaceSettingsRequestSchema (server/types/rest_spec/settings.ts): the one rule on a
        # prefix is that it holds no dash (a namespace's dash separates dataset parts).
        if "-" in prefix:
            raise KibanaError(
                400, f"[request body.allowed_namespace_prefixes.{index}]: Must not contain -"
            )
    stored = ctx.core.state.space_settings.setdefault(ctx.space, {})
    if stored.get("managed_by"):
        # UNVERIFIED: settings preconfigured in kibana.yml cannot be changed through the API.
        raise KibanaError(400, "Space settings are managed by kibana config and cannot be updated")
    if prefixes is not None:
        stored["allowed_namespace_prefixes"] = prefixes
    return {"item": _space_settings_item(ctx.core, ctx.space)}


def register(router: Router) -> None:
    """Add the routes of this tag."""
    router.add("GET", "/api/fleet/space_settings", _get_space_settings)
    router.add("PUT", "/api/fleet/space_settings", _put_space_settings)

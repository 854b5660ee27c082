"""``fleet.settings``: global Fleet settings and per-space settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._envelopes import item_of
from .._ops import Body
from ._base import AsyncResource

if TYPE_CHECKING:
    from fleet_api_client.models import (
        FleetSettings,
    )
    from fleet_api_client.models import (
        GetFleetSpaceSettingsResponse200Item as SpaceSettings,
    )


class AsyncSettings(AsyncResource):
    """Fleet settings (``/api/fleet/settings``, ``/api/fleet/space_settings``)."""

    async def get(self) -> FleetSettings:
        """The global settings.

        Raises:
            NotFoundError: Fleet is not set up (``Settings not found``).
        """
        return cast(
            "FleetSettings", item_of(await self._t.call("get-fleet-settings"), "get-fleet-settings")
        )

    async def update(self, **fields: Any) -> FleetSettings:
        """Change settings, e.g. ``update(prerelease_integrations_enabled=True)``."""
        envelope = await self._t.call("put-fleet-settings", body=Body(fields))
        return cast("FleetSettings", item_of(envelope, "put-fleet-settings"))

    async def get_space(self) -> SpaceSettings:
        """Settings of the client's space (``allowed_namespace_prefixes``...)."""
        envelope = await self._t.call("get-fleet-space-settings")
        return cast("SpaceSettings", item_of(envelope, "get-fleet-space-settings"))

    async def update_space(self, **fields: Any) -> SpaceSettings:
        """Change the client's space settings."""
        envelope = await self._t.call("put-fleet-space-settings", body=Body(fields))
        return cast("SpaceSettings", item_of(envelope, "put-fleet-space-settings"))

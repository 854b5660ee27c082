"""``fleet.uninstall_tokens``: tokens that allow uninstalling protected agents."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._envelopes import item_of
from .._pages import DEFAULT_PER_PAGE
from ._base import AsyncResource
from ._pagination import AsyncListing

if TYPE_CHECKING:
    from fleet_api_client.models import (
        UninstallToken,
        UninstallTokenMetadata,
    )


class AsyncUninstallTokens(AsyncResource):
    """Uninstall tokens (``/api/fleet/uninstall_tokens``); ``token.token`` is masked in repr."""

    def list(
        self,
        *,
        policy_id: str | None = None,
        search: str | None = None,
        per_page: int = DEFAULT_PER_PAGE,
    ) -> AsyncListing[UninstallTokenMetadata]:
        """Token metadata (without the secret), optionally of one agent policy."""
        return self._paged(
            "get-fleet-uninstall-tokens", per_page=per_page, policy_id=policy_id, search=search
        )

    async def get(self, *, id: str) -> UninstallToken:
        """One token, with its secret.

        Raises:
            NotFoundError: ``Uninstall Token not found with id <id>``.
        """
        envelope = await self._t.call(
            "get-fleet-uninstall-tokens-uninstalltokenid", uninstall_token_id=id
        )
        return cast(
            "UninstallToken", item_of(envelope, "get-fleet-uninstall-tokens-uninstalltokenid")
        )

    async def get_for_policy(self, *, policy_id: str) -> UninstallToken | None:
        """The current token of an agent policy, with its secret, or ``None``."""
        async for meta in self.list(policy_id=policy_id, per_page=20):
            return await self.get(id=meta.id)
        return None

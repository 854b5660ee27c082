"""``fleet.admin``: Fleet setup, health and permission checks, service tokens, key rotation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._ops import Body, clean
from ._base import AsyncResource

if TYPE_CHECKING:
    from fleet_api_client.models import (
        GetFleetCheckPermissionsResponse200,
        GetFleetRemoteSyncedIntegrationsStatusResponse200,
        MessageResponse,
        PackagePolicyResponse,
        PostFleetHealthCheckResponse200,
        PostFleetServiceTokensResponse200,
        PostFleetSetupResponse200,
    )
    from fleet_api_client.models import (
        PackagePolicySecretRef as DeletedId,  # the generator's name for the shared {id} schema
    )


class AsyncAdmin(AsyncResource):
    """Operations on Fleet itself rather than on one kind of object."""

    async def setup(self) -> PostFleetSetupResponse200:
        """Run Fleet setup (idempotent, retried): default policies, outputs, packages."""
        return cast("PostFleetSetupResponse200", await self._t.call("post-fleet-setup", retry=True))

    async def check_permissions(
        self, *, fleet_server_setup: bool | None = None
    ) -> GetFleetCheckPermissionsResponse200:
        """Whether the credentials may use Fleet (``{success, error?}``)."""
        return cast(
            "GetFleetCheckPermissionsResponse200",
            await self._t.call(
                "get-fleet-check-permissions", fleet_server_setup=fleet_server_setup
            ),
        )

    async def health_check(self, *, id: str) -> PostFleetHealthCheckResponse200:
        """Check that a Fleet Server host answers (a read-only POST, retried)."""
        return cast(
            "PostFleetHealthCheckResponse200",
            await self._t.call("post-fleet-health-check", body=Body({"id": id}), retry=True),
        )

    async def create_service_token(
        self, *, remote: bool | None = None
    ) -> PostFleetServiceTokensResponse200:
        """Create a Fleet Server service token (``value`` holds the secret)."""
        return cast(
            "PostFleetServiceTokensResponse200",
            await self._t.call(
                "post-fleet-service-tokens", body=Body(clean(remote=remote) or None)
            ),
        )

    async def rotate_message_signing_key(self, *, acknowledge: bool = True) -> MessageResponse:
        """Rotate the key pair that signs agent policies and actions."""
        return cast(
            "MessageResponse",
            await self._t.call(
                "post-fleet-message-signing-service-rotate-key-pair", acknowledge=acknowledge
            ),
        )

    async def remote_synced_integrations_status(
        self, *, output_id: str | None = None
    ) -> GetFleetRemoteSyncedIntegrationsStatusResponse200:
        """Synchronisation status of integrations on remote clusters (one output or all)."""
        if output_id is None:
            return cast(
                "GetFleetRemoteSyncedIntegrationsStatusResponse200",
                await self._t.call("get-fleet-remote-synced-integrations-status"),
            )
        return cast(
            "GetFleetRemoteSyncedIntegrationsStatusResponse200",
            await self._t.call(
                "get-fleet-remote-synced-integrations-outputid-remote-status", output_id=output_id
            ),
        )


class AsyncAgentlessPolicies(AsyncResource):
    """Agentless integration policies (``/api/fleet/agentless_policies``)."""

    async def create(
        self, *, name: str, package: dict[str, Any], **fields: Any
    ) -> PackagePolicyResponse:
        """Create an agentless policy (``package={"name", "version"}``, simplified inputs)."""
        return cast(
            "PackagePolicyResponse",
            await self._t.call(
                "post-fleet-agentless-policies",
                body=Body({"name": name, "package": package, **fields}),
            ),
        )

    async def delete(self, *, id: str, force: bool | None = None) -> DeletedId | None:
        """Delete an agentless policy."""
        return cast(
            "DeletedId | None",
            await self._t.call(
                "delete-fleet-agentless-policies-policyid", policy_id=id, force=force, gone_ok=True
            ),
        )

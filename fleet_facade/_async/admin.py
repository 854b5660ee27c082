"""``fleet.admin``: Fleet setup, health and permission checks, service tokens, key rotation."""

from __future__ import annotations

from typing import Any

from .._ops import Body, clean
from ._base import AsyncResource


class AsyncAdmin(AsyncResource):
    """Operations on Fleet itself rather than on one kind of object."""

    async def setup(self) -> Any:
        """Run Fleet setup (idempotent, retried): default policies, outputs, packages."""
        return await self._t.call("post-fleet-setup", retry=True)

    async def check_permissions(self, *, fleet_server_setup: bool | None = None) -> Any:
        """Whether the credentials may use Fleet (``{success, error?}``)."""
        return await self._t.call(
            "get-fleet-check-permissions", fleet_server_setup=fleet_server_setup
        )

    async def health_check(self, *, id: str) -> Any:
        """Check that a Fleet Server host answers (a read-only POST, retried)."""
        return await self._t.call("post-fleet-health-check", body=Body({"id": id}), retry=True)

    async def create_service_token(self, *, remote: bool | None = None) -> Any:
        """Create a Fleet Server service token (``value`` holds the secret)."""
        return await self._t.call(
            "post-fleet-service-tokens", body=Body(clean(remote=remote) or None)
        )

    async def rotate_message_signing_key(self, *, acknowledge: bool = True) -> Any:
        """Rotate the key pair that signs agent policies and actions."""
        return await self._t.call(
            "post-fleet-message-signing-service-rotate-key-pair", acknowledge=acknowledge
        )

    async def data_streams(self) -> list[Any]:
        """Data streams written by Fleet-managed integrations."""
        envelope = await self._t.call("get-fleet-data-streams")
        streams = getattr(envelope, "data_streams", None)
        return list(streams) if isinstance(streams, list) else []

    async def remote_synced_integrations_status(self, *, output_id: str | None = None) -> Any:
        """Synchronisation status of integrations on remote clusters (one output or all)."""
        if output_id is None:
            return await self._t.call("get-fleet-remote-synced-integrations-status")
        return await self._t.call(
            "get-fleet-remote-synced-integrations-outputid-remote-status", output_id=output_id
        )


class AsyncAgentlessPolicies(AsyncResource):
    """Agentless integration policies (``/api/fleet/agentless_policies``)."""

    async def create(self, *, name: str, package: dict[str, Any], **fields: Any) -> Any:
        """Create an agentless policy (``package={"name", "version"}``, simplified inputs)."""
        return await self._t.call(
            "post-fleet-agentless-policies", body=Body({"name": name, "package": package, **fields})
        )

    async def delete(self, *, id: str, force: bool | None = None) -> Any:
        """Delete an agentless policy."""
        return await self._t.call(
            "delete-fleet-agentless-policies-policyid", policy_id=id, force=force, gone_ok=True
        )

"""Routes of the "Fleet remote synced integrations" tag: sync status, overall and per remote
output."""

from __future__ import annotations

from typing import Any

from .._http import KibanaError
from .._router import Ctx, Router

Json = dict[str, Any]


def _remote_synced_status(ctx: Ctx) -> Json:
    # UNVERIFIED: on a cluster that syncs nothing, an empty report.
    return {"integrations": [], "custom_assets": {}}


def _remote_status_for_output(ctx: Ctx) -> Json:
    output_id = ctx.params["outputId"]
    output = ctx.core.state.outputs.get(output_id)
    if output is None:
        raise KibanaError(404, f"Output {output_id} not found")
    if output.get("type") != "remote_elasticsearch":
        # UNVERIFIED: the sentence.
        raise KibanaError(400, f"Output {output_id} is not a remote elasticsearch output")
    if not output.get("sync_integrations"):
        return {"integrations": [], "custom_assets": {}}
    # The sandbox has no remote cluster: every installed integration is still synchronizing.
    integrations = [
        {
            "package_name": name,
            "package_version": installed["version"],
            "id": name,
            "sync_status": "synchronizing",
            "install_status": {"main": installed["install_status"]},
            "updated_at": installed["installed_at"],
        }
        for name, installed in sorted(ctx.core.state.installed_packages.items())
    ]
    return {"integrations": integrations, "custom_assets": {}}


def register(router: Router) -> None:
    """Add the routes of this tag."""
    router.add("GET", "/api/fleet/remote_synced_integrations/status", _remote_synced_status)
    router.add(
        "GET",
        "/api/fleet/remote_synced_integrations/{outputId}/remote_status",
        _remote_status_for_output,
    )

"""Routes of the "Fleet internals" tag: settings, setup, Fleet Server health check and
permissions check."""

from __future__ import annotations

from typing import Any

from .. import _validate
from .._catalog import semver_key
from .._clone import clone
from .._crud import normalize_host
from .._defaults import setup_result
from .._http import KibanaError
from .._router import Ctx, Router

Json = dict[str, Any]


def _settings(ctx: Ctx) -> Json:
    if not ctx.core.state.settings:
        raise KibanaError(404, "Settings not found")
    return {"item": clone(ctx.core.state.settings)}


#: Up to 8.4 the settings carried ``fleet_server_hosts``; 8.5 (#137785) moved them to their own
#: saved objects and the settings PUT stopped bumping agent policies.
_HOSTS_IN_SETTINGS_UNTIL = "8.5.0"


def _put_settings(ctx: Ctx) -> Json:
    # settings_handler.ts putSettingsHandler: the settings are saved as given; the newest
    # handler bumps no agent policy (settings/global_settings.ts asserts the revision holds).
    body = _validate.body_object(ctx.body)
    if not ctx.core.state.settings:
        raise KibanaError(404, "Settings not found")
    changes = {k: clone(v) for k, v in body.items() if k != "id"}
    old_kibana = semver_key(ctx.core.kibana_version) < semver_key(_HOSTS_IN_SETTINGS_UNTIL)
    hosts = _validate.string_list(body, "fleet_server_hosts") if old_kibana else None
    if hosts is not None:
        # settingsService.saveSettings (<= 8.4) normalised the URLs like the later hosts do.
        changes["fleet_server_hosts"] = [normalize_host(url) for url in hosts]
    ctx.core.state.settings.update(changes)
    ctx.core.state.settings["version"] = ctx.core.ids.so_version()
    if hosts is not None:
        # The <= 8.4 handler bumped every agent policy when the hosts changed.
        ctx.core.bump_all_agent_policies(ctx.user)
    return _settings(ctx)


def _health_check(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    host_id = _validate.string(body, "id", required=True)
    host = ctx.core.state.fleet_server_hosts.get(host_id or "")
    if host is None:
        raise KibanaError(404, f"The requested host id {host_id} does not exist.")  # UNVERIFIED
    return {"status": "OFFLINE", "name": host["name"], "host_id": host_id}


# -- check permissions ---------------------------------------------------------------------------


def _check_permissions(ctx: Ctx) -> Json:
    ctx.q_bool("fleetServerSetup")
    # The sandbox's only user is a superuser: every privilege check passes.
    return {"success": True}


def _setup(_ctx: Ctx) -> Json:
    return setup_result()


def register(router: Router) -> None:
    """Add the routes of this tag."""
    router.add("GET", "/api/fleet/settings", _settings)
    router.add("PUT", "/api/fleet/settings", _put_settings)
    router.add("POST", "/api/fleet/setup", _setup)
    router.add("POST", "/api/fleet/health_check", _health_check)
    router.add("GET", "/api/fleet/check-permissions", _check_permissions)

"""Routes of the "Fleet Server hosts" tag: ``/api/fleet/fleet_server_hosts`` (CRUD).

Read in Kibana: ``server/routes/fleet_server_hosts/handler.ts`` (404 text, duplicate secrets,
bumps) and ``server/services/fleet_server_host.ts`` (normalised URLs, default switching, 403
refusals, secrets).
"""

from __future__ import annotations

from typing import Any, ClassVar

from .._core import FleetCore
from .._crud import CrudCollection, normalize_host
from .._http import KibanaError
from .._router import Ctx, Router

Json = dict[str, Any]

_SSL_KEYS = ("key", "es_key", "agent_key")


class FleetServerHosts(CrudCollection):
    """``/api/fleet/fleet_server_hosts``."""

    base = "/api/fleet/fleet_server_hosts"
    param = "itemId"
    saved_object_type = "fleet-fleet-server-host"
    not_found = "Fleet server {id} not found"
    required = ("name", "host_urls")
    types: ClassVar[dict[str, str]] = {
        "name": "string", "host_urls": "string[]", "is_default": "boolean", "proxy_id": "string",
    }
    secret_paths = tuple(f"secrets.ssl.{key}" for key in _SSL_KEYS)
    policy_field = "fleet_server_host_id"

    def store(self, core: FleetCore) -> dict[str, Json]:
        return core.state.fleet_server_hosts

    def check(self, ctx: Ctx, body: Json, original: Json | None) -> None:
        ssl, secret_ssl = body.get("ssl") or {}, (body.get("secrets") or {}).get("ssl") or {}
        for key in _SSL_KEYS:
            if ssl.get(key) and secret_ssl.get(key):
                raise KibanaError(400, f"Cannot specify both ssl.{key} and secrets.ssl.{key}")
        if original is not None and body.get("is_preconfigured"):
            # FleetServerHostUnauthorizedError is a FleetUnauthorizedError: 403.
            raise KibanaError(
                403, f"Cannot update {original['id']} preconfigured fleet server host"
            )

    def new_item(self, ctx: Ctx, item_id: str, body: Json) -> Json:
        # The POST handler stores every API-made host as not preconfigured.
        return {**super().new_item(ctx, item_id, body), "is_preconfigured": False}

    def shape(self, ctx: Ctx, data: Json, original: Json | None) -> None:
        if data.get("host_urls"):
            data["host_urls"] = [normalize_host(url) for url in data["host_urls"]]

    def refuse_delete(self, item: Json) -> None:
        if item.get("is_preconfigured"):
            raise KibanaError(403, f"Cannot delete {item['id']} preconfigured fleet server host")
        if item.get("is_default"):
            raise KibanaError(403, f"Default Fleet Server hosts {item['id']} cannot be deleted.")


FLEET_SERVER_HOSTS = FleetServerHosts()


# Thin handlers: the collection does the work; they exist so that each route's handler lives
# in the module of its tag.
def _list(ctx: Ctx) -> Json:
    return FLEET_SERVER_HOSTS.list(ctx)


def _create(ctx: Ctx) -> Json:
    return FLEET_SERVER_HOSTS.create(ctx)


def _read(ctx: Ctx) -> Json:
    return FLEET_SERVER_HOSTS.read(ctx)


def _update(ctx: Ctx) -> Json:
    return FLEET_SERVER_HOSTS.update(ctx)


def _delete(ctx: Ctx) -> Json:
    return FLEET_SERVER_HOSTS.delete(ctx)


def register(router: Router) -> None:
    """Add the routes of this tag."""
    one = f"{FLEET_SERVER_HOSTS.base}/{{{FLEET_SERVER_HOSTS.param}}}"
    router.add("GET", FLEET_SERVER_HOSTS.base, _list)
    router.add("POST", FLEET_SERVER_HOSTS.base, _create)
    router.add("GET", one, _read)
    router.add("PUT", one, _update)
    router.add("DELETE", one, _delete)

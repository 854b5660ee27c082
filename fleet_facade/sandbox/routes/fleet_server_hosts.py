"""Routes of the "Fleet Server hosts" tag: ``/api/fleet/fleet_server_hosts`` (CRUD).

404 messages marked UNVERIFIED are the saved-object form (``Saved object [<type>/<id>] not
found``), which is what Kibana answers when its service passes the saved-objects error through.
"""

from __future__ import annotations

from typing import Any

from .._crud import CrudCollection
from .._router import Ctx, Router

Json = dict[str, Any]

FLEET_SERVER_HOSTS = CrudCollection(
    "/api/fleet/fleet_server_hosts",
    "itemId",
    lambda c: c.state.fleet_server_hosts,
    "Saved object [fleet-fleet-server-host/{id}] not found",  # UNVERIFIED
    ("name", "host_urls"),
    types={"name": "string", "host_urls": "string[]", "is_default": "boolean",
           "proxy_id": "string"},
)


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

"""Routes of the "Fleet proxies" tag: ``/api/fleet/proxies`` (CRUD).

404 messages marked UNVERIFIED are the saved-object form (``Saved object [<type>/<id>] not
found``), which is what Kibana answers when its service passes the saved-objects error through.
"""

from __future__ import annotations

from typing import Any

from .._crud import CrudCollection
from .._router import Ctx, Router

Json = dict[str, Any]

PROXIES = CrudCollection(
    "/api/fleet/proxies",
    "itemId",
    lambda c: c.state.proxies,
    "Saved object [fleet-proxy/{id}] not found",  # UNVERIFIED
    ("name", "url"),
    default_flag=None,
    types={"name": "string", "url": "string", "certificate_authorities": "string",
           "certificate": "string", "certificate_key": "string"},
)


# Thin handlers: the collection does the work; they exist so that each route's handler lives
# in the module of its tag.
def _list(ctx: Ctx) -> Json:
    return PROXIES.list(ctx)


def _create(ctx: Ctx) -> Json:
    return PROXIES.create(ctx)


def _read(ctx: Ctx) -> Json:
    return PROXIES.read(ctx)


def _update(ctx: Ctx) -> Json:
    return PROXIES.update(ctx)


def _delete(ctx: Ctx) -> Json:
    return PROXIES.delete(ctx)


def register(router: Router) -> None:
    """Add the routes of this tag."""
    one = f"{PROXIES.base}/{{{PROXIES.param}}}"
    router.add("GET", PROXIES.base, _list)
    router.add("POST", PROXIES.base, _create)
    router.add("GET", one, _read)
    router.add("PUT", one, _update)
    router.add("DELETE", one, _delete)

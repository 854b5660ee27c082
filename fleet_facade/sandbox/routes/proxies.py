"""Routes of the "Fleet proxies" tag: ``/api/fleet/proxies`` (CRUD).

Read in Kibana: ``server/routes/fleet_proxies/handler.ts`` (404 texts, bumps of related policies)
and ``server/services/fleet_proxies.ts`` (a proxy in use may be deleted: the outputs, Fleet
Server hosts and download sources using it lose their ``proxy_id``; 403 refusals).
"""

from __future__ import annotations

from typing import Any, ClassVar

from .._core import FleetCore
from .._crud import CrudCollection
from .._http import KibanaError
from .._outputs import OUTPUTS
from .._router import Ctx, Router
from .download_sources import DOWNLOAD_SOURCES
from .fleet_server_hosts import FLEET_SERVER_HOSTS

Json = dict[str, Any]

#: The kinds that may name a proxy, in the order Kibana's handler bumps their policies.
_USERS = (OUTPUTS, FLEET_SERVER_HOSTS, DOWNLOAD_SOURCES)


class Proxies(CrudCollection):
    """``/api/fleet/proxies``."""

    base = "/api/fleet/proxies"
    param = "itemId"
    saved_object_type = "fleet-proxy"
    not_found = "Fleet proxy {id} not found"
    update_not_found = "Proxy {id} not found"
    required = ("name", "url")
    types: ClassVar[dict[str, str]] = {
        "name": "string", "url": "string", "certificate_authorities": "string",
        "certificate": "string", "certificate_key": "string",
    }
    default_flags = ()
    #: ``proxy_headers`` is read back as undefined when empty.
    hidden_when_empty = ("proxy_headers",)

    def store(self, core: FleetCore) -> dict[str, Json]:
        return core.state.proxies

    def new_item(self, ctx: Ctx, item_id: str, body: Json) -> Json:
        return {**super().new_item(ctx, item_id, body), "is_preconfigured": False}

    def check(self, ctx: Ctx, body: Json, original: Json | None) -> None:
        if original is not None and body.get("is_preconfigured"):
            # FleetProxyUnauthorizedError is a FleetUnauthorizedError: 403.
            raise KibanaError(403, f"Cannot update {original['id']} preconfigured proxy")

    @staticmethod
    def _users(core: FleetCore, proxy_id: str) -> list[tuple[CrudCollection, Json]]:
        return [
            (kind, item)
            for kind in _USERS
            for item in kind.store(core).values()
            if item.get("proxy_id") == proxy_id
        ]

    def bump_after_update(self, ctx: Ctx, item: Json) -> None:
        self._bump_users(ctx, self._users(ctx.core, item["id"]))

    @staticmethod
    def _bump_users(ctx: Ctx, users: list[tuple[CrudCollection, Json]]) -> None:
        # bumpRelatedPolicies: every policy when a user is a default, else each user's policies.
        if any(kind.bumps_all(item) for kind, item in users if kind is not DOWNLOAD_SOURCES):
            ctx.core.bump_all_agent_policies(ctx.user)
            return
        for kind, item in users:
            for policy_id in sorted(kind.related_policies(ctx.core, item)):
                ctx.core.bump_agent_policy(policy_id, ctx.user)

    def delete(self, ctx: Ctx) -> Json:
        item = self._find(ctx, self.not_found)
        users = self._users(ctx.core, item["id"])
        if item.get("is_preconfigured"):
            raise KibanaError(403, f"Cannot delete {item['id']} preconfigured proxy")
        # Download sources cannot be preconfigured.
        if any(u.get("is_preconfigured") for kind, u in users if kind is not DOWNLOAD_SOURCES):
            raise KibanaError(
                403, "Cannot delete a proxy used in a preconfigured fleet server hosts or output."
            )
        for _, user in users:
            user["proxy_id"] = None
        del self.store(ctx.core)[item["id"]]
        self._bump_users(ctx, users)
        return {"id": item["id"]}


PROXIES = Proxies()


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

"""Routes of the "Elastic Agent binary download sources" tag:
``/api/fleet/agent_download_sources`` (CRUD).

404 messages marked UNVERIFIED are the saved-object form (``Saved object [<type>/<id>] not
found``), which is what Kibana answers when its service passes the saved-objects error through.
"""

from __future__ import annotations

from typing import Any

from .._crud import CrudCollection
from .._router import Ctx, Router

Json = dict[str, Any]

DOWNLOAD_SOURCES = CrudCollection(
    "/api/fleet/agent_download_sources",
    "sourceId",
    lambda c: c.state.download_sources,
    "Saved object [ingest-download-sources/{id}] not found",  # UNVERIFIED
    ("name", "host"),
    types={"name": "string", "host": "string", "is_default": "boolean",
           "proxy_id": "string"},
)


# Thin handlers: the collection does the work; they exist so that each route's handler lives
# in the module of its tag.
def _list(ctx: Ctx) -> Json:
    return DOWNLOAD_SOURCES.list(ctx)


def _create(ctx: Ctx) -> Json:
    return DOWNLOAD_SOURCES.create(ctx)


def _read(ctx: Ctx) -> Json:
    return DOWNLOAD_SOURCES.read(ctx)


def _update(ctx: Ctx) -> Json:
    return DOWNLOAD_SOURCES.update(ctx)


def _delete(ctx: Ctx) -> Json:
    return DOWNLOAD_SOURCES.delete(ctx)


def register(router: Router) -> None:
    """Add the routes of this tag."""
    one = f"{DOWNLOAD_SOURCES.base}/{{{DOWNLOAD_SOURCES.param}}}"
    router.add("GET", DOWNLOAD_SOURCES.base, _list)
    router.add("POST", DOWNLOAD_SOURCES.base, _create)
    router.add("GET", one, _read)
    router.add("PUT", one, _update)
    router.add("DELETE", one, _delete)

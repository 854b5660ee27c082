"""Routes of the "Elastic Agent binary download sources" tag:
``/api/fleet/agent_download_sources`` (CRUD).

Read in Kibana: ``server/routes/download_source/handler.ts`` (404 texts, ``validateDownloadSource``,
bumps) and ``server/services/download_source.ts`` (unique names, proxy check, default switching,
deletion, secrets).
"""

from __future__ import annotations

from typing import Any, ClassVar

from .. import _secrets
from .._catalog import semver_key
from .._core import FleetCore
from .._crud import CrudCollection
from .._http import KibanaError
from .._router import Ctx, Router

Json = dict[str, Any]

#: Download-source ``auth`` (and its secrets) came with DOWNLOAD_SOURCE_AUTH_SECRETS (9.4).
AUTH_SINCE = "9.4.0"


class DownloadSources(CrudCollection):
    """``/api/fleet/agent_download_sources``."""

    base = "/api/fleet/agent_download_sources"
    param = "sourceId"
    saved_object_type = "ingest-download-sources"
    not_found = "Agent binary source {id} not found"
    update_not_found = "Download source {id} not found"
    required = ("name", "host")
    types: ClassVar[dict[str, str]] = {
        "name": "string", "host": "string", "is_default": "boolean", "proxy_id": "string",
    }
    secret_paths = ("secrets.ssl.key", "secrets.auth.password", "secrets.auth.api_key")
    secrets_minimum = _secrets.SSL_SECRETS_MINIMUM
    #: DownloadSourceService.update checks isSecretStorageEnabled (8.10), create the SSL one.
    update_secrets_minimum = _secrets.SECRETS_MINIMUM
    policy_field = "download_source_id"
    sort_default_first = True

    def store(self, core: FleetCore) -> dict[str, Json]:
        return core.state.download_sources

    def check(self, ctx: Ctx, body: Json, original: Json | None) -> None:
        _check_credentials(body, auth=semver_key(ctx.core.kibana_version) >= semver_key(AUTH_SINCE))
        name = body.get("name")
        if name:
            self._require_unique_name(ctx.core, name, None if original is None else original["id"])
        proxy_id = body.get("proxy_id")
        if proxy_id and proxy_id not in ctx.core.state.proxies:
            # throwIfProxyNotFound: the saved-objects 404 is not kibana-utils' SavedObjectNotFound,
            # so the service reports it as a failed check.
            raise KibanaError(
                400, f"Error checking proxy_id: Saved object [fleet-proxy/{proxy_id}] not found"
            )

    def _require_unique_name(self, core: FleetCore, name: str, own_id: str | None) -> None:
        holders = [s["id"] for s in core.state.download_sources.values() if s.get("name") == name]
        if holders and (own_id is None or own_id not in holders):
            clause = (
                f"Download Source '{holders[0]}' already exists"
                if len(holders) == 1
                else f"Download Sources '{','.join(holders)}' already exist"
            )
            raise KibanaError(400, f"{clause} with name '{name}'")

    def refuse_delete(self, item: Json) -> None:
        # DownloadSourceError is a plain FleetError: 400.
        if item.get("is_default"):
            raise KibanaError(400, f"Default Download source {item['id']} cannot be deleted.")


def _check_credentials(body: Json, *, auth: bool) -> None:
    """``validateDownloadSource``'s plain-or-secret and authentication rules."""
    ssl, secrets = body.get("ssl") or {}, body.get("secrets") or {}
    if ssl.get("key") and (secrets.get("ssl") or {}).get("key"):
        raise KibanaError(400, "Cannot specify both ssl.key and secrets.ssl.key")
    if not auth:
        return
    plain, secret = body.get("auth") or {}, secrets.get("auth") or {}
    for field in ("password", "api_key"):
        if plain.get(field) and secret.get(field):
            raise KibanaError(400, f"Cannot specify both auth.{field} and secrets.auth.{field}")
    has_password = bool(plain.get("password") or secret.get("password"))
    has_user_or_password = bool(plain.get("username")) or has_password
    has_api_key = bool(plain.get("api_key") or secret.get("api_key"))
    if has_user_or_password and has_api_key:
        raise KibanaError(400, "Cannot specify both username/password and api_key authentication")
    if bool(plain.get("username")) != has_password:
        raise KibanaError(400, "Username and password must be provided together")
    headers = plain.get("headers") or []
    if (has_user_or_password or has_api_key) and any(
        isinstance(h, dict) and str(h.get("key", "")).lower() == "authorization" for h in headers
    ):
        raise KibanaError(
            400,
            'Cannot use "Authorization" custom header when username/password or api_key '
            "authentication is configured",
        )


DOWNLOAD_SOURCES = DownloadSources()


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

"""Outputs, fleet server hosts, proxies, download sources, settings, uninstall tokens, setup.

404 messages marked UNVERIFIED are the saved-object form (``Saved object [<type>/<id>] not
found``), which is what Kibana answers when its service passes the saved-objects error through.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import _listing, _validate
from ._clone import clone
from ._core import FleetCore
from ._http import KibanaError
from ._router import Ctx, Router

Json = dict[str, Any]

DEFAULT_OUTPUT_ID = "fleet-default-output"
DEFAULT_FLEET_SERVER_HOST = "https://fleet-server.sandbox.local:8220"


def seed_defaults(core: FleetCore) -> None:
    """The objects a fresh Fleet deployment has."""
    state, now = core.state, core.now_iso()
    state.outputs[DEFAULT_OUTPUT_ID] = {
        "id": DEFAULT_OUTPUT_ID,
        "name": "default",
        "type": "elasticsearch",
        "hosts": ["http://elasticsearch.sandbox.local:9200"],
        "is_default": True,
        "is_default_monitoring": True,
        "is_preconfigured": False,
        "is_internal": False,
        "preset": "balanced",
        "config_yaml": "",
    }
    state.fleet_server_hosts["fleet-default-fleet-server-host"] = {
        "id": "fleet-default-fleet-server-host",
        "name": "Default",
        "is_default": True,
        "host_urls": [DEFAULT_FLEET_SERVER_HOST],
        "is_preconfigured": False,
        "is_internal": False,
    }
    state.download_sources["fleet-default-download-source"] = {
        "id": "fleet-default-download-source",
        "name": "Elastic Artifacts",
        "is_default": True,
        "host": "https://artifacts.elastic.co/downloads/",
    }
    state.settings.update(
        id="fleet-default-settings",
        prerelease_integrations_enabled=False,
        has_seen_add_data_notice=True,
        version=core.ids.so_version(),
        updated_at=now,
    )


@dataclass(frozen=True)
class _Resource:
    """A simple CRUD collection."""

    base: str
    param: str
    store: Callable[[FleetCore], dict[str, Json]]
    not_found: str  # format string with {id}
    required: tuple[str, ...]
    default_flag: str | None = "is_default"
    bumps_policies: bool = False
    #: Typed fields checked on create and update (see ``_validate.fields``).
    types: Mapping[str, str] = field(default_factory=dict)

    def get(self, ctx: Ctx) -> Json:
        item = self.store(ctx.core).get(ctx.params[self.param])
        if item is None:
            raise KibanaError(404, self.not_found.format(id=ctx.params[self.param]))
        return item

    def list(self, ctx: Ctx) -> Json:
        items = list(self.store(ctx.core).values())
        page, per_page = ctx.q_int("page", 1), ctx.q_int("perPage", 10000)
        return {
            "items": clone(_listing.page_of(items, page, per_page)),
            "total": len(items),
            "page": page,
            "perPage": per_page,
        }

    def read(self, ctx: Ctx) -> Json:
        return {"item": clone(self.get(ctx))}

    def _make_default(self, ctx: Ctx, item_id: str, body: Json) -> None:
        if self.default_flag and body.get(self.default_flag):
            for other in self.store(ctx.core).values():
                if other["id"] != item_id:
                    other[self.default_flag] = False
        if self.bumps_policies:
            ctx.core.bump_all_agent_policies(ctx.user)

    def create(self, ctx: Ctx) -> Json:
        body = _validate.body_object(ctx.body)
        for key in self.required:
            if key not in body:
                _validate.string(body, key, required=True)
        _validate.fields(body, dict(self.types))
        store = self.store(ctx.core)
        item_id = body.get("id") or ctx.core.ids.uuid()
        if item_id in store:
            raise KibanaError(
                409, f"{self.base.rsplit('/', 1)[-1]} {item_id} already exists"
            )  # UNVERIFIED
        item = {"id": item_id, "is_preconfigured": False, **clone(body)}
        if self.default_flag:
            item.setdefault(self.default_flag, False)
        store[item_id] = item
        self._make_default(ctx, item_id, body)
        return {"item": clone(item)}

    def update(self, ctx: Ctx) -> Json:
        item = self.get(ctx)
        body = _validate.body_object(ctx.body)
        _validate.fields(body, dict(self.types))
        item.update({k: clone(v) for k, v in body.items() if k != "id"})
        self._make_default(ctx, item["id"], body)
        return {"item": clone(item)}

    def delete(self, ctx: Ctx) -> Json:
        item = self.get(ctx)
        if self.default_flag and item.get(self.default_flag):
            # UNVERIFIED: Kibana refuses to delete the default; the sentence is a plausible one.
            raise KibanaError(
                400, f"Default {self.base.rsplit('/', 1)[-1]} {item['id']} cannot be deleted"
            )
        del self.store(ctx.core)[item["id"]]
        if self.bumps_policies:
            ctx.core.bump_all_agent_policies(ctx.user)
        return {"id": item["id"]}

    def register(self, router: Router) -> None:
        one = f"{self.base}/{{{self.param}}}"
        router.add("GET", self.base, self.list)
        router.add("POST", self.base, self.create)
        router.add("GET", one, self.read)
        router.add("PUT", one, self.update)
        router.add("DELETE", one, self.delete)


RESOURCES = (
    _Resource(
        "/api/fleet/outputs",
        "outputId",
        lambda c: c.state.outputs,
        "Output {id} not found",
        ("name", "type"),
        bumps_policies=True,
        types={"name": "string", "type": "output-type", "hosts": "string[]",
               "is_default": "boolean", "is_default_monitoring": "boolean",
               "ca_sha256": "string", "ca_trusted_fingerprint": "string",
               "config_yaml": "string", "proxy_id": "string"},
    ),
    _Resource(
        "/api/fleet/fleet_server_hosts",
        "itemId",
        lambda c: c.state.fleet_server_hosts,
        "Saved object [fleet-fleet-server-host/{id}] not found",
        ("name", "host_urls"),
        types={"name": "string", "host_urls": "string[]", "is_default": "boolean",
               "proxy_id": "string"},
    ),  # UNVERIFIED
    _Resource(
        "/api/fleet/proxies",
        "itemId",
        lambda c: c.state.proxies,
        "Saved object [fleet-proxy/{id}] not found",
        ("name", "url"),
        default_flag=None,
        types={"name": "string", "url": "string", "certificate_authorities": "string",
               "certificate": "string", "certificate_key": "string"},
    ),  # UNVERIFIED
    _Resource(
        "/api/fleet/agent_download_sources",
        "sourceId",
        lambda c: c.state.download_sources,
        "Saved object [ingest-download-sources/{id}] not found",
        ("name", "host"),
        types={"name": "string", "host": "string", "is_default": "boolean",
               "proxy_id": "string"},
    ),  # UNVERIFIED
)


def _settings(ctx: Ctx) -> Json:
    if not ctx.core.state.settings:
        raise KibanaError(404, "Settings not found")
    return {"item": clone(ctx.core.state.settings)}


def _put_settings(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    ctx.core.state.settings.update({k: clone(v) for k, v in body.items() if k != "id"})
    ctx.core.state.settings["version"] = ctx.core.ids.so_version()
    ctx.core.bump_all_agent_policies(ctx.user)
    return _settings(ctx)


def _tokens(ctx: Ctx) -> Json:
    policy_id, search = ctx.q("policyId"), ctx.q("search")
    if policy_id and search:
        raise KibanaError(
            400, "Query parameters `policyId` and `search` cannot be used at the same time."
        )
    items = [
        {k: v for k, v in token.items() if k != "token"}
        for token in reversed(ctx.core.state.uninstall_tokens.values())
        if (not policy_id or policy_id in token["policy_id"])
        and (not search or search in token["policy_id"] or search in token["policy_name"])
        and not ctx.core.state.agent_policies.get(token["policy_id"], {}).get("is_managed")
    ]
    page, per_page = ctx.q_int("page", 1), ctx.q_int("perPage", 20)
    return {
        "items": _listing.page_of(items, page, per_page),
        "total": len(items),
        "page": page,
        "perPage": per_page,
    }


def _token(ctx: Ctx) -> Json:
    token = ctx.core.state.uninstall_tokens.get(ctx.params["uninstallTokenId"])
    if token is None:
        token_id = ctx.params["uninstallTokenId"]
        raise KibanaError(404, f"Uninstall Token not found with id {token_id}")
    return {"item": dict(token)}


def _setup(_ctx: Ctx) -> Json:
    return {"isInitialized": True, "nonFatalErrors": []}


def _agents_setup_status(_ctx: Ctx) -> Json:
    return {
        "isReady": True,
        "missing_requirements": [],
        "missing_optional_features": [],
        "is_secrets_storage_enabled": True,
    }


def _health_check(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    host_id = _validate.string(body, "id", required=True)
    host = ctx.core.state.fleet_server_hosts.get(host_id or "")
    if host is None:
        raise KibanaError(404, f"The requested host id {host_id} does not exist.")  # UNVERIFIED
    return {"status": "OFFLINE", "name": host["name"], "host_id": host_id}


def register(router: Router) -> None:
    """Add the routes of this module."""
    for resource in RESOURCES:
        resource.register(router)
    router.add("GET", "/api/fleet/settings", _settings)
    router.add("PUT", "/api/fleet/settings", _put_settings)
    router.add("GET", "/api/fleet/uninstall_tokens", _tokens)
    router.add("GET", "/api/fleet/uninstall_tokens/{uninstallTokenId}", _token)
    router.add("POST", "/api/fleet/setup", _setup)
    router.add("GET", "/api/fleet/agents/setup", _agents_setup_status)
    router.add("POST", "/api/fleet/agents/setup", _setup)
    router.add("POST", "/api/fleet/health_check", _health_check)

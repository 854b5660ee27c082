"""Routes of the "Fleet cloud connectors" tag: ``/api/fleet/cloud_connectors`` (CRUD)."""

from __future__ import annotations

from typing import Any

from .. import _kql, _validate
from .._clone import clone
from .._core import FleetCore
from .._http import KibanaError
from .._router import Ctx, Router

Json = dict[str, Any]

CLOUD_CONNECTOR_TYPE = "fleet-cloud-connector"
CLOUD_PROVIDERS = ("aws", "azure", "gcp")
_CONNECTOR_KQL_FIELDS = ("name", "cloudProvider", "namespace", "created_at", "updated_at")



def _connector(core: FleetCore, connector_id: str) -> Json:
    connector = core.state.cloud_connectors.get(connector_id)
    if connector is None:
        # UNVERIFIED: the saved-object message passed through by the cloud connector service.
        raise KibanaError(404, f"Saved object [{CLOUD_CONNECTOR_TYPE}/{connector_id}] not found")
    return connector


def _package_policy_count(core: FleetCore, connector_id: str) -> int:
    return sum(
        1
        for p in core.state.package_policies.values()
        if p.get("cloud_connector_id") == connector_id
    )


def _connector_out(core: FleetCore, connector: Json) -> Json:
    item = clone(connector)
    item["packagePolicyCount"] = _package_policy_count(core, connector["id"])
    return item


def _connector_name(body: Json, required: bool) -> str | None:
    if "name" not in body and not required:
        return None
    name = _validate.string(body, "name", required=True)
    assert name is not None
    if len(name) < 1:
        raise KibanaError(
            400,
            "[request body.name]: value has length [0] but it must have a minimum length of [1].",
        )
    if len(name) > 255:
        raise KibanaError(
            400,
            f"[request body.name]: value has length [{len(name)}] but it must have a maximum "
            "length of [255].",
        )
    return name


def _connector_vars(body: Json, required: bool) -> Json | None:
    if "vars" not in body and not required:
        return None
    value = body.get("vars")
    if not isinstance(value, dict):
        got = _validate.type_name(value) if "vars" in body else "undefined"
        raise KibanaError(
            400, f"[request body.vars]: expected value of type [object] but got [{got}]"
        )
    return value


def _create_connector(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    name = _connector_name(body, required=True)
    provider = body.get("cloudProvider")
    if provider not in CLOUD_PROVIDERS:
        lines = "\n".join(
            f"- [request body.cloudProvider.{n}]: expected value to equal [{p}]"
            for n, p in enumerate(CLOUD_PROVIDERS)
        )
        raise KibanaError(
            400, f"[request body.cloudProvider]: types that failed validation:\n{lines}"
        )
    variables = _connector_vars(body, required=True)
    now = ctx.core.now_iso()
    connector_id = ctx.core.ids.uuid()
    connector = {
        "id": connector_id,
        "name": name,
        "cloudProvider": provider,
        "vars": clone(variables),
        # UNVERIFIED: cloud connectors are space-scoped; the namespace echoes the request space.
        "namespace": ctx.space,
        "created_at": now,
        "updated_at": now,
    }
    ctx.core.state.cloud_connectors[connector_id] = connector
    return {"item": _connector_out(ctx.core, connector)}


def _list_connectors(ctx: Ctx) -> Json:
    try:
        query = _kql.parse(
            ctx.q("kuery"),
            prefixes=(f"{CLOUD_CONNECTOR_TYPE}.",),
            known_fields=_CONNECTOR_KQL_FIELDS,
            type_name=CLOUD_CONNECTOR_TYPE,
        )
    except _kql.KqlError as err:
        raise KibanaError(400, str(err)) from None
    page, per_page = ctx.q_int("page", 1), ctx.q_int("perPage", 20)
    connectors = ctx.core.state.cloud_connectors.values()
    matching = [c for c in connectors if query.matches(_kql.dotted_resolver(c))]
    matching.sort(key=lambda c: c["created_at"], reverse=True)
    shown = matching[(page - 1) * per_page : page * per_page]
    # The spec's response has no total/page/perPage: only the items.
    return {"items": [_connector_out(ctx.core, c) for c in shown]}


def _get_connector(ctx: Ctx) -> Json:
    return {"item": _connector_out(ctx.core, _connector(ctx.core, ctx.params["cloudConnectorId"]))}


def _update_connector(ctx: Ctx) -> Json:
    connector = _connector(ctx.core, ctx.params["cloudConnectorId"])
    body = _validate.body_object(ctx.body)
    name = _connector_name(body, required=False)
    variables = _connector_vars(body, required=False)
    if name is not None:
        connector["name"] = name
    if variables is not None:
        connector["vars"] = clone(variables)
    connector["updated_at"] = ctx.core.now_iso()
    return {"item": _connector_out(ctx.core, connector)}


def _delete_connector(ctx: Ctx) -> Json:
    connector = _connector(ctx.core, ctx.params["cloudConnectorId"])
    in_use = _package_policy_count(ctx.core, connector["id"])
    if in_use and not ctx.q_bool("force"):
        # UNVERIFIED: the sentence; Kibana refuses to delete a connector integrations still use.
        raise KibanaError(
            400,
            f"Cannot delete cloud connector \"{connector['name']}\" as it is being used by "
            f"{in_use} package policies",
        )
    del ctx.core.state.cloud_connectors[connector["id"]]
    return {"id": connector["id"]}


def register(router: Router) -> None:
    """Add the routes of this tag."""
    base = "/api/fleet/cloud_connectors"
    router.add("GET", base, _list_connectors)
    router.add("POST", base, _create_connector)
    router.add("GET", f"{base}/{{cloudConnectorId}}", _get_connector)
    router.add("PUT", f"{base}/{{cloudConnectorId}}", _update_connector)
    router.add("DELETE", f"{base}/{{cloudConnectorId}}", _delete_connector)

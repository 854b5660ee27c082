"""Smaller Fleet routes: permissions, cloud connectors, space settings, secrets, data streams.

Covers ``/check-permissions``, ``/cloud_connectors``, ``/space_settings``, ``/service_tokens``,
``/logstash_api_keys``, ``/message_signing_service/rotate_key_pair``, ``/outputs/{id}/health``,
``/remote_synced_integrations/...`` and ``/data_streams``. Secrets these routes create are
returned once and never stored in the request log beyond the response itself (the recorded
tests' scrubber removes ``value`` of ``/service_tokens`` and every ``api_key``).
"""

from __future__ import annotations

import base64
import re
from typing import Any

from . import _kql, _validate
from ._clone import clone
from ._core import FleetCore
from ._http import KibanaError
from ._router import Ctx, Router

Json = dict[str, Any]

CLOUD_CONNECTOR_TYPE = "fleet-cloud-connector"
CLOUD_PROVIDERS = ("aws", "azure", "gcp")
_CONNECTOR_KQL_FIELDS = ("name", "cloudProvider", "namespace", "created_at", "updated_at")


# -- check permissions ---------------------------------------------------------------------------


def _check_permissions(ctx: Ctx) -> Json:
    ctx.q_bool("fleetServerSetup")
    # The sandbox's only user is a superuser: every privilege check passes.
    return {"success": True}


# -- cloud connectors ----------------------------------------------------------------------------


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


# -- space settings ------------------------------------------------------------------------------

_PREFIX_PATTERN = re.compile(r"^[0-9a-zA-Z_]+\Z")


def _space_settings_item(core: FleetCore, space: str) -> Json:
    stored = core.state.space_settings.get(space, {})
    item: Json = {"allowed_namespace_prefixes": list(stored.get("allowed_namespace_prefixes", []))}
    if stored.get("managed_by"):
        item["managed_by"] = stored["managed_by"]
    return item


def _get_space_settings(ctx: Ctx) -> Json:
    return {"item": _space_settings_item(ctx.core, ctx.space)}


def _put_space_settings(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    prefixes = _validate.string_list(body, "allowed_namespace_prefixes")
    for index, prefix in enumerate(prefixes or []):
        # UNVERIFIED: Kibana's validator sentences for a namespace prefix.
        if "-" in prefix:
            raise KibanaError(
                400, f"[request body.allowed_namespace_prefixes.{index}]: Must not contain -"
            )
        if not _PREFIX_PATTERN.match(prefix):
            raise KibanaError(
                400,
                f"[request body.allowed_namespace_prefixes.{index}]: Must match "
                "^[0-9a-zA-Z_]+$",
            )
    stored = ctx.core.state.space_settings.setdefault(ctx.space, {})
    if stored.get("managed_by"):
        # UNVERIFIED: settings preconfigured in kibana.yml cannot be changed through the API.
        raise KibanaError(400, "Space settings are managed by kibana config and cannot be updated")
    if prefixes is not None:
        stored["allowed_namespace_prefixes"] = prefixes
    return {"item": _space_settings_item(ctx.core, ctx.space)}


# -- generated secrets ---------------------------------------------------------------------------


def _service_token(ctx: Ctx) -> Json:
    body = ctx.body if ctx.body is not None else {}
    body = _validate.body_object(body)
    remote = _validate.boolean(body, "remote")
    service = "fleet-server-remote" if remote else "fleet-server"
    millis = int(ctx.core.now().timestamp() * 1000)
    name = f"token-{millis}"
    # An Elasticsearch service token: base64 of a 4-byte header and
    # "elastic/<service>/<name>:<secret>".
    raw = b"\x00\x01\x00\x01" + f"elastic/{service}/{name}:{ctx.core.ids.secret()}".encode()
    return {"name": name, "value": base64.b64encode(raw).decode().rstrip("=")}


def _logstash_api_key(ctx: Ctx) -> Json:
    # Kibana answers the new key as "<id>:<api_key>" (not base64-encoded).
    return {"api_key": f"{ctx.core.ids.secret(20)}:{ctx.core.ids.secret()}"}


def _rotate_key_pair(ctx: Ctx) -> Json:
    if not ctx.q_bool("acknowledge"):
        # UNVERIFIED: the sentence Kibana answers without acknowledge=true.
        raise KibanaError(
            400,
            "You must acknowledge the risks of rotating the key pair with acknowledge=true in the "
            "request parameters.",
        )
    ctx.core.state.settings["message_signing_rotations"] = (
        ctx.core.state.settings.get("message_signing_rotations", 0) + 1
    )
    return {"message": "Key pair rotated successfully."}  # UNVERIFIED: the message text


# -- outputs: health and remote sync -------------------------------------------------------------


def _output_health(ctx: Ctx) -> Json:
    # Kibana reads the latest fleet_server.output_health document and does not check that the
    # output exists; with no document it answers UNKNOWN. No Fleet Server reports to the sandbox.
    return {"state": "UNKNOWN", "message": "", "timestamp": ""}


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


# -- data streams --------------------------------------------------------------------------------


def data_streams_in_use(core: FleetCore) -> list[Json]:
    """Data streams Fleet-managed agents write to, one per enabled stream and namespace.

    The sandbox has no Elasticsearch: a data stream "exists" once a package policy with an
    enabled stream is on an agent policy with at least one active agent.
    """
    found: dict[str, Json] = {}
    for policy in core.state.package_policies.values():
        if not any(core.agent_count(p) for p in policy.get("policy_ids", [])):
            continue
        for input_ in policy.get("inputs", []):
            if not input_.get("enabled", True):
                continue
            for stream in input_.get("streams", []):
                data_stream = stream.get("data_stream") or {}
                if not stream.get("enabled", True) or not data_stream.get("dataset"):
                    continue
                kind, dataset = data_stream.get("type", "logs"), data_stream["dataset"]
                name = f"{kind}-{dataset}-{policy['namespace']}"
                found.setdefault(
                    name,
                    {
                        "index": name,
                        "dataset": dataset,
                        "namespace": policy["namespace"],
                        "type": kind,
                        "package": policy["package"]["name"],
                        "package_version": policy["package"]["version"],
                        "last_activity_ms": 0,
                        "size_in_bytes": 0,
                        "size_in_bytes_formatted": "0b",
                        "dashboards": [],
                        "serviceDetails": None,
                    },
                )
    return [found[k] for k in sorted(found)]


def _data_streams(ctx: Ctx) -> Json:
    return {"data_streams": data_streams_in_use(ctx.core)}


def register(router: Router) -> None:
    """Add the routes of this module."""
    router.add("GET", "/api/fleet/check-permissions", _check_permissions)
    base = "/api/fleet/cloud_connectors"
    router.add("GET", base, _list_connectors)
    router.add("POST", base, _create_connector)
    router.add("GET", f"{base}/{{cloudConnectorId}}", _get_connector)
    router.add("PUT", f"{base}/{{cloudConnectorId}}", _update_connector)
    router.add("DELETE", f"{base}/{{cloudConnectorId}}", _delete_connector)
    router.add("GET", "/api/fleet/space_settings", _get_space_settings)
    router.add("PUT", "/api/fleet/space_settings", _put_space_settings)
    router.add("POST", "/api/fleet/service_tokens", _service_token)
    router.add("POST", "/api/fleet/logstash_api_keys", _logstash_api_key)
    router.add("POST", "/api/fleet/message_signing_service/rotate_key_pair", _rotate_key_pair)
    router.add("GET", "/api/fleet/outputs/{outputId}/health", _output_health)
    router.add("GET", "/api/fleet/remote_synced_integrations/status", _remote_synced_status)
    router.add(
        "GET",
        "/api/fleet/remote_synced_integrations/{outputId}/remote_status",
        _remote_status_for_output,
    )
    router.add("GET", "/api/fleet/data_streams", _data_streams)

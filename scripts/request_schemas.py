"""Request-side schemas (spec/fleet-requests.json): what Kibana validates on each Fleet route.

The pinned spec is tuned for tolerant response parsing: ``spec_steps.py`` removes
``additionalProperties: false`` and defaults and relaxes ``required``. Kibana's request
validation (``@kbn/config-schema`` behind Core's RouteValidator) depends on exactly those, so
this module derives a second document from the same locked upstream input, keeping them:

    {"operations": {"POST /api/fleet/agent_policies": {"params": S, "query": S, "body": S}},
     "components": {"schemas": {...}}}

``params`` and ``query`` are object schemas built from the operation's parameters (absent when
the operation declares none: Kibana then validates nothing there); ``body`` is the JSON request
body schema. Only validation keywords are kept. Property order is upstream's: Kibana's OpenAPI
generator sorts property names, so the schema's own key order survives only in ``required``
(the sandbox's validator reads it from there, see ``fleet_facade/sandbox/_request_schema.py``).
Schemas written here from Kibana source carry that order explicitly in ``x-key-order``.

Each correction of upstream is a named function below that says why, as in ``spec_steps.py``.
``build_spec.py`` writes the file and ``build_spec.py --check`` fails when it is stale.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

Doc = dict[str, Any]
SCHEMA_PREFIX = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
OUTPUT = Path(__file__).resolve().parent.parent / "spec" / "fleet-requests.json"

VERSIONED_JSON = re.compile(r"^application/json\s*;\s*Elastic-Api-Version=[0-9-]+$", re.I)
#: Keywords the validator understands; everything else (prose, examples, vendor marks) goes.
KEEP = {
    "$ref", "type", "properties", "required", "additionalProperties", "items", "anyOf", "oneOf",
    "enum", "nullable", "minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems",
    "format", "default", "x-key-order",
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": SCHEMA_PREFIX + name}


def _fleet_operations(upstream: Doc) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    for path, item in upstream["paths"].items():
        if not path.startswith("/api/fleet/"):
            continue
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item, item[method]


def clean(node: Any) -> Any:
    """A schema with only validation keywords (property names are kept whatever they are).

    Upstream sometimes puts an inline copy beside a ``$ref``; OpenAPI 3.0 ignores such
    siblings, and so does the validator.
    """
    if isinstance(node, list):
        return [clean(v) for v in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return {"$ref": node["$ref"]}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key not in KEEP or (key == "format" and value != "uri"):
            continue
        if key == "properties":
            out[key] = {name: clean(schema) for name, schema in value.items()}
        elif key in ("required", "enum", "default", "x-key-order"):
            out[key] = copy.deepcopy(value)
        else:
            out[key] = clean(value)
    return out


def null_members(node: Any) -> Any:
    """``{enum: [], nullable: true}`` members of a union mean ``null`` (``schema.literal(null)``).

    Kibana's OpenAPI converter renders a null literal so; newer converters write
    ``{enum: [null]}`` (kbn-router-to-openapispec ``post_process_mutations/mutations/enum.ts``,
    ``replaceNullableOutputWithNullEnum``). The validator reads the newer form.
    """
    if isinstance(node, list):
        return [null_members(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: null_members(v) for k, v in node.items()}
    for key in ("anyOf", "oneOf"):
        if isinstance(out.get(key), list):
            out[key] = [
                {"enum": [None]} if m == {"enum": [], "nullable": True} else m for m in out[key]
            ]
    return out


def _parameters(upstream: Doc, item: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
    shared = upstream.get("components", {}).get("parameters", {})
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for param in [*item.get("parameters", []), *op.get("parameters", [])]:
        if "$ref" in param:
            param = shared[param["$ref"].rsplit("/", 1)[-1]]
        found[(param["in"], param["name"])] = param  # an operation's own wins over its path's
    return list(found.values())


def _parameter_object(params: list[dict[str, Any]], where: str) -> dict[str, Any] | None:
    """The object schema config-schema validates ``request params``/``request query`` with.

    Kibana's generator writes one parameter per key of the route's ``schema.object``, in the
    schema's order (lists are not sorted), so the list order is the key order.
    """
    chosen = [p for p in params if p["in"] == where]
    if not chosen:
        return None
    return {
        "type": "object",
        "additionalProperties": False,
        "properties": {p["name"]: null_members(clean(p.get("schema", {}))) for p in chosen},
        "required": [p["name"] for p in chosen if p.get("required")],
        "x-key-order": [p["name"] for p in chosen],
    }


def _json_body(op: dict[str, Any]) -> dict[str, Any] | None:
    content = op.get("requestBody", {}).get("content", {})
    for media, body in content.items():
        if media == "application/json" or VERSIONED_JSON.match(media):
            return null_members(clean(body.get("schema", {})))  # type: ignore[no-any-return]
    return None  # an archive upload: the route reads raw bytes, config-schema never sees JSON


def path_forms(path: str, params: list[dict[str, Any]]) -> list[str]:
    """The path templates an operation answers on.

    Upstream marks ``{pkgVersion}`` optional on the EPM package routes
    (``/epm/packages/{pkgName}/{pkgVersion?}`` in Kibana): Kibana answers both with and
    without the segment, with the same schemas.
    """
    forms = [path]
    for param in params:
        if param["in"] == "path" and not param.get("required", False):
            segment = "/{" + param["name"] + "}"
            forms += [f.replace(segment, "") for f in forms if segment in f]
    return forms


def operation_entries(upstream: Doc) -> dict[str, dict[str, Any]]:
    """``"METHOD /path"`` -> ``{params, query, body}`` for every Fleet operation."""
    entries: dict[str, dict[str, Any]] = {}
    for path, method, item, op in _fleet_operations(upstream):
        params = _parameters(upstream, item, op)
        entry = {
            part: schema
            for part, schema in (
                ("params", _parameter_object(params, "path")),
                ("query", _parameter_object(params, "query")),
                ("body", _json_body(op)),
            )
            if schema is not None
        }
        for form in path_forms(path, params):
            entries[f"{method.upper()} {form}"] = copy.deepcopy(entry)
    return dict(sorted(entries.items()))


# --- corrections of the pre-filtered upstream copy -------------------------------------------
#
# Transcribed from x-pack/platform/plugins/shared/fleet/server/types/models/package_policy.ts
# (CreatePackagePolicyRequestBodySchema, UpdatePackagePolicyRequestBodySchema,
# SimplifiedCreatePackagePolicyRequestBodySchema) and types/rest_spec/package_policy.ts
# (CreatePackagePolicyRequestSchema / UpdatePackagePolicyRequestSchema: body is
# ``schema.oneOf([<full form>, <simplified form>])``), keys in the schemas' own order.

_NULL = {"enum": [None]}
_STRINGS = {"type": "array", "items": {"type": "string"}}


def _object(props: list[tuple[str, Any]], required: list[str]) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "properties": dict(props),
        "required": required,
        "x-key-order": [name for name, _ in props],
    }


def _config_record() -> dict[str, Any]:
    # ConfigRecordSchema: recordOf(string, object({type?, value?: any, frozen?}))
    entry = _object([("type", {"type": "string"}), ("value", {}),
                     ("frozen", {"type": "boolean"})], [])
    return {"type": "object", "additionalProperties": entry}


def _legacy_stream() -> dict[str, Any]:
    # PackagePolicyStreamsSchema
    data_stream = _object([
        ("dataset", {"type": "string"}),
        ("type", {"type": "string"}),
        ("elasticsearch", _object([
            ("privileges", _object([("indices", _STRINGS)], [])),
            ("dynamic_dataset", {"type": "boolean"}),
            ("dynamic_namespace", {"type": "boolean"}),
        ], [])),
    ], ["dataset", "type"])
    return _object([
        ("id", {"type": "string"}),
        ("enabled", {"type": "boolean"}),
        ("keep_enabled", {"type": "boolean"}),
        ("release", {"type": "string", "enum": ["ga", "beta", "experimental"]}),
        ("data_stream", data_stream),
        ("vars", _ref("package_policy_config_record")),
        ("config", _ref("package_policy_config_record")),
        ("compiled_stream", {}),
    ], ["enabled", "data_stream"])


def _legacy_input() -> dict[str, Any]:
    # PackagePolicyInputsSchema with ``streams`` optional (CreatePackagePolicyProps)
    return _object([
        ("id", {"type": "string"}),
        ("type", {"type": "string"}),
        ("policy_template", {"type": "string"}),
        ("enabled", {"type": "boolean"}),
        ("keep_enabled", {"type": "boolean"}),
        ("vars", _ref("package_policy_config_record")),
        ("config", _ref("package_policy_config_record")),
        ("streams", {"type": "array", "items": _ref("package_policy_legacy_stream")}),
    ], ["type", "enabled"])


def _legacy_body(*, update: bool) -> dict[str, Any]:
    # PackagePolicyBaseSchema keys, then the create (id, force) or update (version, force) keys.
    inputs = {"type": "array", "items": _ref("package_policy_legacy_input")}
    props: list[tuple[str, Any]] = [
        ("name", {"type": "string"}),
        ("description", {"type": "string"}),
        ("namespace", {"type": "string"}),
        ("policy_id", {"anyOf": [_NULL, {"type": "string"}]}),
        ("policy_ids", _STRINGS),
        ("output_id", {"anyOf": [_NULL, {"type": "string"}]}),
        ("enabled", {"type": "boolean"}),
        ("is_managed", {"type": "boolean"}),
        ("package", _ref("package_policy_request_package")),
        ("inputs", inputs),
        ("vars", _ref("package_policy_config_record")),
        ("overrides", {"anyOf": [_NULL, _object([
            ("inputs", {"type": "object", "additionalProperties": {}})], [])]}),
        # schema.maybe(schema.nullable(schema.boolean())): the value first, then null
        ("supports_agentless", {"anyOf": [{"type": "boolean"}, _NULL]}),
        ("additional_datastreams_permissions", {"anyOf": [_NULL, _STRINGS]}),
    ]
    if update:
        props += [("version", {"type": "string"}), ("force", {"type": "boolean"})]
        return _object(props, [])
    props += [("id", {"type": "string"}), ("force", {"type": "boolean"})]
    return _object(props, ["name", "inputs"])


def _simplified_vars() -> dict[str, Any]:
    # SimplifiedVarsSchema: recordOf(string, nullable(oneOf([...]))) - nullable puts null last
    secret = _object([("id", {"type": "string"}), ("isSecretRef", {"type": "boolean"})],
                     ["id", "isSecretRef"])
    value = {"anyOf": [
        {"anyOf": [
            {"type": "boolean"}, {"type": "string"}, {"type": "number"}, _STRINGS,
            {"type": "array", "items": {"type": "number"}}, secret,
        ]},
        _NULL,
    ]}
    return {"type": "object", "additionalProperties": value}


def _simplified_inputs() -> dict[str, Any]:
    # SimplifiedPackagePolicyInputsSchema
    vars_ref = _ref("package_policy_simplified_vars")
    stream = _object([("enabled", {"type": "boolean"}), ("vars", vars_ref)], [])
    entry = _object([
        ("enabled", {"type": "boolean"}),
        ("vars", vars_ref),
        ("streams", {"type": "object", "additionalProperties": stream}),
    ], [])
    return {"type": "object", "additionalProperties": entry}


def _simplified_body() -> dict[str, Any]:
    # SimplifiedPackagePolicyBaseSchema.extends({policy_id, policy_ids, force, package})
    return _object([
        ("id", {"type": "string"}),
        ("name", {"type": "string"}),
        ("description", {"type": "string"}),
        ("namespace", {"type": "string"}),
        ("output_id", {"anyOf": [_NULL, {"type": "string"}]}),
        ("vars", _ref("package_policy_simplified_vars")),
        ("inputs", _simplified_inputs()),
        ("supports_agentless", {"anyOf": [{"type": "boolean"}, _NULL]}),
        ("additional_datastreams_permissions", {"anyOf": [_NULL, _STRINGS]}),
        ("policy_id", {"anyOf": [_NULL, {"type": "string"}]}),
        ("policy_ids", _STRINGS),
        ("force", {"type": "boolean"}),
        ("package", _ref("package_policy_request_package")),
    ], ["name", "package"])


def restore_package_policy_bodies(doc: Doc) -> None:
    """Package-policy create/update bodies accept the full form and the simplified form.

    The pre-filtered upstream copy (Terraform provider) collapsed both bodies to the
    simplified form and flattened its ``vars`` to a bare object, so upstream alone would
    refuse the inputs array Kibana accepts and accept any ``vars``. The package object is
    upstream's own (it is newer than the model file transcribed here: ``fips_compatible``).
    """
    schemas = doc["components"]["schemas"]
    package = schemas.get("package_policy_request_package")
    if package is None:
        return  # raw upstream (or a test document) writes both forms inline: nothing to restore
    order = ["name", "title", "version", "experimental_data_stream_features", "requires_root"]
    package["x-key-order"] = order + [k for k in package.get("properties", {}) if k not in order]
    schemas.update({
        "package_policy_config_record": _config_record(),
        "package_policy_legacy_stream": _legacy_stream(),
        "package_policy_legacy_input": _legacy_input(),
        "package_policy_simplified_vars": _simplified_vars(),
        "package_policy_create_request": {"anyOf": [
            _legacy_body(update=False), _ref("package_policy_simplified_request")]},
        "package_policy_update_request": {"anyOf": [
            _legacy_body(update=True), _ref("package_policy_simplified_request")]},
        "package_policy_simplified_request": _simplified_body(),
    })
    for key, name in (
        ("POST /api/fleet/package_policies", "package_policy_create_request"),
        ("PUT /api/fleet/package_policies/{packagePolicyId}", "package_policy_update_request"),
    ):
        if key in doc["operations"]:
            doc["operations"][key]["body"] = _ref(name)


def optional_agent_action_data(doc: Doc) -> None:
    """An agent action's ``data`` and ``ack_data`` may be left out.

    Kibana writes them ``schema.maybe(schema.any())`` (x-pack/platform/plugins/shared/fleet/
    server/types/models/agent.ts ``NewAgentActionSchema``), but its OpenAPI generator lists
    both as required, so upstream alone would refuse ``{"type": "UNENROLL"}``.
    """
    entry = doc["operations"].get("POST /api/fleet/agents/{agentId}/actions")
    if entry is None or "body" not in entry:
        return
    for member in entry["body"]["properties"]["action"].get("anyOf", []):
        if member.get("properties", {}).get("ack_data") == {}:
            member["required"] = [k for k in member["required"] if k not in ("data", "ack_data")]


# --- assembly --------------------------------------------------------------------------------


def _reachable(schemas: dict[str, Any], roots: Any) -> list[str]:
    seen: set[str] = set()
    pending = [roots]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith(SCHEMA_PREFIX) and ref[len(SCHEMA_PREFIX):] not in seen:
                seen.add(ref[len(SCHEMA_PREFIX):])
                pending.append(schemas[ref[len(SCHEMA_PREFIX):]])
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return sorted(seen)


def build(upstream: Doc) -> Doc:
    """The request document for an upstream Kibana OpenAPI document (not modified)."""
    upstream_schemas = upstream.get("components", {}).get("schemas", {})
    doc: Doc = {
        "about": "Fleet request schemas for the sandbox's config-schema validator; "
                 "built by scripts/build_spec.py from the input in spec/upstream.lock.json.",
        "operations": operation_entries(upstream),
        "components": {"schemas": {}},
    }
    schemas = doc["components"]["schemas"]
    for name in _reachable(upstream_schemas, doc["operations"]):
        schemas[name] = null_members(clean(upstream_schemas[name]))
    restore_package_policy_bodies(doc)
    optional_agent_action_data(doc)
    doc["components"]["schemas"] = {
        name: schemas[name] for name in _reachable(schemas, doc["operations"])
    }
    return doc


def render(doc: Doc) -> str:
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"

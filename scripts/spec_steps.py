"""The named normalization steps that turn upstream Kibana OpenAPI into the pinned Fleet spec.

Each step is a function ``step(doc) -> None`` that edits the document in place, and says in its
docstring why it exists. ``STEPS`` lists them in the order ``build_spec.py`` runs them. Steps are
pure functions of their input, so the same input always gives the same bytes.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from http import HTTPStatus
from typing import Any

Doc = dict[str, Any]
SCHEMA_PREFIX = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

# Mapping keys whose children are *names* chosen by the API (property names, status codes,
# media types ...), not OpenAPI keywords: prose stripping must not touch those keys.
NAME_MAPS = {"properties", "paths", "responses", "content", "schemas", "parameters",
             "securitySchemes", "mapping", "headers", "encoding", "variables", "requestBodies"}


def operations(doc: Doc) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def walk_schemas(node: Any, visit: Callable[[dict[str, Any]], None]) -> None:
    """Calls ``visit`` on every dict below ``node`` (depth first, children before parents)."""
    if isinstance(node, dict):
        for value in list(node.values()):
            walk_schemas(value, visit)
        visit(node)
    elif isinstance(node, list):
        for value in node:
            walk_schemas(value, visit)


# --- raw upstream ---------------------------------------------------------------------------

VERSIONED_JSON = re.compile(r"^application/json\s*;\s*Elastic-Api-Version=[0-9-]+$", re.I)
TRANSPORT_HEADERS = {"kbn-xsrf", "elastic-api-version"}


def unversion_content_types(doc: Doc) -> None:
    """Raw ``oas_docs/output/kibana.yaml`` names bodies ``application/json; Elastic-Api-Version=…``.

    The generator only recognises plain ``application/json``; the version travels in the
    ``elastic-api-version`` header, which the facade's transport always sends.
    """

    def visit(node: dict[str, Any]) -> None:
        content = node.get("content")
        if isinstance(content, dict):
            node["content"] = {
                ("application/json" if VERSIONED_JSON.match(k) else k): v
                for k, v in content.items()
            }

    walk_schemas(doc["paths"], visit)


def drop_transport_header_parameters(doc: Doc) -> None:
    """Raw upstream declares ``kbn-xsrf`` (and sometimes ``elastic-api-version``) per operation.

    They are transport concerns the facade sets on every request; as parameters they would
    become a required argument of 49 generated functions.
    """
    shared = doc.get("components", {}).get("parameters", {})

    def resolve(param: dict[str, Any]) -> dict[str, Any]:
        ref = param.get("$ref", "")
        return shared.get(ref.rsplit("/", 1)[-1], param) if ref else param

    for item in doc["paths"].values():
        for holder in [item, *(item[m] for m in HTTP_METHODS if m in item)]:
            if "parameters" in holder:
                holder["parameters"] = [
                    p for p in holder["parameters"]
                    if not (resolve(p).get("in") == "header"
                            and resolve(p).get("name", "").lower() in TRANSPORT_HEADERS)
                ]


# --- scope and prose ------------------------------------------------------------------------


def keep_fleet_paths(doc: Doc) -> None:
    """The project covers Fleet only: every other Kibana API is out of scope."""
    doc["paths"] = {p: v for p, v in doc["paths"].items() if p.startswith("/api/fleet/")}


def inline_shared_parameters(doc: Doc) -> None:
    """Parameter ``$ref``s are replaced by their definition so the spec has schemas only."""
    shared = doc.get("components", {}).get("parameters", {})
    for item in doc["paths"].values():
        for holder in [item, *(item[m] for m in HTTP_METHODS if m in item)]:
            if "parameters" in holder:
                holder["parameters"] = [
                    copy.deepcopy(shared[p["$ref"].rsplit("/", 1)[-1]]) if "$ref" in p else p
                    for p in holder["parameters"]
                ]
    doc.get("components", {}).pop("parameters", None)


def _reason(status: str) -> str:
    try:
        return HTTPStatus(int(status)).phrase
    except ValueError:
        return "Response"


PROSE_KEYS = {"description", "examples", "example", "externalDocs", "x-codeSamples"}


def strip_prose(doc: Doc) -> None:
    """Drop Elastic's documentation text: the committed spec states interface facts only.

    ``summary`` and ``operationId`` stay (they name operations); so do ``title`` keys of
    schemas, which are short names. Vendor extensions (``x-*``) are editorial and go too.
    """

    def clean(node: Any, names: bool) -> Any:
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if not names and (key in PROSE_KEYS or key.startswith("x-")):
                    continue
                out[key] = clean(value, names=(not names and key in NAME_MAPS))
            return out
        if isinstance(node, list):
            return [clean(v, names=False) for v in node]
        return node

    doc["paths"] = clean(doc["paths"], names=True)
    doc["components"] = clean(doc.get("components", {}), names=True)
    # OpenAPI requires a response description: the status's reason phrase says enough.
    for _, _, op in operations(doc):
        for status, response in op.get("responses", {}).items():
            response["description"] = _reason(status)
    doc.pop("tags", None)
    doc.pop("externalDocs", None)
    doc.pop("x-topics", None)
    doc["info"] = {"title": "Kibana Fleet API", "version": "2023-10-31"}
    doc["servers"] = [{"url": "http://localhost:5601"}]


# --- generator blockers ---------------------------------------------------------------------


def drop_empty_enum_members(doc: Doc) -> None:
    """``{enum: [], nullable: true}`` (``searchAfter`` of the installed-packages list) is fatal.

    An empty enum admits no value; upstream means "or null", which ``nullable`` on the
    remaining union already says.
    """

    def visit(node: dict[str, Any]) -> None:
        for key in ("anyOf", "oneOf"):
            members = node.get(key)
            if isinstance(members, list):
                kept = [m for m in members if not (isinstance(m, dict) and m.get("enum") == [])]
                if len(kept) != len(members):
                    node["nullable"] = True
                    node[key] = kept

    walk_schemas(doc["paths"], visit)
    walk_schemas(doc["components"], visit)


def split_optional_path_parameters(doc: Doc) -> None:
    """An optional path parameter becomes two paths: with the parameter, and without it.

    Upstream marks ``{pkgVersion}`` optional on the get, install, update and delete package
    operations, because Kibana routes ``/epm/packages/{pkgName}/{pkgVersion?}``
    (``x-pack/platform/plugins/shared/fleet/common/constants/routes.ts``). OpenAPI has no
    optional path parameters and the generator skips such operations. The URL without the
    segment is a route of its own with its own meaning (Kibana resolves the installed
    version, else the registry's latest; ``services/epm/packages/get.ts`` getPackageInfo),
    so it gets its own operation, ``<operationId minus the parameter>``; the parameter stays,
    required, on the original path.
    """
    paths: Doc = {}
    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            optional = [p for p in op.get("parameters", [])
                        if p.get("in") == "path" and p.get("required") is not True]
            for param in optional:
                param["required"] = True
                segment = "/{" + param["name"] + "}"
                if not path.endswith(segment):
                    raise ValueError(f"{method} {path}: optional {param['name']} is not the "
                                     "last segment; the path without it is ambiguous")
                short = path[: -len(segment)]
                if method in doc["paths"].get(short, {}):
                    raise ValueError(f"{method} {short} exists upstream already")
                without = copy.deepcopy(op)
                without["parameters"] = [p for p in without["parameters"]
                                         if not (p.get("in") == "path"
                                                 and p["name"] == param["name"])]
                suffix = "-" + param["name"].lower()
                if not without["operationId"].endswith(suffix):
                    raise ValueError(f"{without['operationId']}: no {suffix} suffix to drop")
                without["operationId"] = without["operationId"][: -len(suffix)]
                # The shorter path goes just before the longer one, so the two read together.
                paths.setdefault(short, {})[method] = without
        paths.setdefault(path, {}).update(item)
    doc["paths"] = paths


def json_responses_for_uploads(doc: Doc) -> None:
    """The package upload operation declares its JSON *response* as ``application/gzip``/``zip``.

    Kibana answers upload installs with JSON (``{items, _meta}``); only the request body
    is an archive (mapped to bytes by the generator config's ``content_type_overrides``).
    """
    for _, _, op in operations(doc):
        for response in op.get("responses", {}).values():
            content = response.get("content", {})
            archive = [k for k in content if k in ("application/gzip", "application/zip")]
            if archive and "application/json" not in content:
                content["application/json"] = content[archive[0]]
            for key in archive:
                content.pop(key, None)


def document_missing_responses(doc: Doc) -> None:
    """An operation without responses (agent unenroll) is invalid OpenAPI.

    Kibana answers such action routes with 200 and an empty JSON object.
    """
    for _, _, op in operations(doc):
        if not op.get("responses"):
            op["responses"] = {"200": {"description": "OK", "content": {
                "application/json": {"schema": {"type": "object"}}}}}


# --- tolerant responses, quiet requests -----------------------------------------------------


def allow_unknown_fields(doc: Doc) -> None:
    """Remove ``additionalProperties: false`` (936 schemas upstream).

    Newer servers add fields; with ``false`` the generated models silently drop them, so a
    read-modify-write would lose data. Without it every model keeps unknown fields in
    ``additional_properties`` and ``to_dict()`` sends them back.
    """

    def visit(node: dict[str, Any]) -> None:
        if node.get("additionalProperties") is False:
            del node["additionalProperties"]

    walk_schemas(doc["paths"], visit)
    walk_schemas(doc["components"], visit)


def drop_defaults(doc: Doc) -> None:
    """Remove ``default`` values (83 upstream).

    The generator makes a defaulted property non-optional and always serialises it, so a
    request model would send ``inactivity_timeout``, ``keep_monitoring_alive`` … that the
    caller never set, overwriting server state on update. Kibana applies its own defaults.
    """

    def visit(node: dict[str, Any]) -> None:
        node.pop("default", None)

    walk_schemas(doc["paths"], visit)
    walk_schemas(doc["components"], visit)


def tolerate_enum_nulls(doc: Doc) -> None:
    """``nullable`` enums list ``null`` among their values in some upstream schemas.

    The generator treats a ``None`` enum member as a type error; ``nullable`` says it.
    """

    def visit(node: dict[str, Any]) -> None:
        values = node.get("enum")
        if isinstance(values, list) and None in values:
            node["enum"] = [v for v in values if v is not None]
            node["nullable"] = True

    walk_schemas(doc["paths"], visit)
    walk_schemas(doc["components"], visit)


# --- stable, human component names ---------------------------------------------------------

# Where each public entity lives in the API, by operation and JSON path inside the operation.
# Located by operationId (stable across Kibana releases) rather than by upstream component name,
# so the same table names the raw upstream document (all inline) and the pre-filtered one.
ENTITY_LOCATIONS: dict[str, tuple[str, str]] = {
    "AgentPolicy": ("get-fleet-agent-policies-agentpolicyid", "200/item"),
    "AgentPolicyCreateRequest": ("post-fleet-agent-policies", "request"),
    "AgentPolicyUpdateRequest": ("put-fleet-agent-policies-agentpolicyid", "request"),
    "FullAgentPolicy": ("get-fleet-agent-policies-agentpolicyid-full", "200/item/anyOf:1"),
    "PackagePolicy": ("get-fleet-package-policies-packagepolicyid", "200/item"),
    "PackagePolicyRequest": ("post-fleet-package-policies", "request"),
    "EnrollmentApiKey": ("get-fleet-enrollment-api-keys-keyid", "200/item"),
    "Agent": ("get-fleet-agents-agentid", "200/item"),
    "AgentStatusSummary": ("get-fleet-agent-status", "200/results"),
    "ActionStatus": ("get-fleet-agents-action-status", "200/items/[]"),
    "Output": ("get-fleet-outputs-outputid", "200/item"),
    "FleetServerHost": ("get-fleet-fleet-server-hosts-itemid", "200/item"),
    "Proxy": ("get-fleet-proxies-itemid", "200/item"),
    "DownloadSource": ("get-fleet-agent-download-sources-sourceid", "200/item"),
    "FleetSettings": ("get-fleet-settings", "200/item"),
    "UninstallToken": ("get-fleet-uninstall-tokens-uninstalltokenid", "200/item"),
    "UninstallTokenMetadata": ("get-fleet-uninstall-tokens", "200/items/[]"),
    "PackageInfo": ("get-fleet-epm-packages-pkgname-pkgversion", "200/item"),
    "PackageListItem": ("get-fleet-epm-packages", "200/items/[]"),
    "KibanaError": ("get-fleet-agent-policies-agentpolicyid", "400"),
}


def _op_index(doc: Doc) -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for _, _, op in operations(doc) if "operationId" in op}


def _json_body(holder: dict[str, Any]) -> dict[str, Any]:
    return holder["content"]["application/json"]  # type: ignore[no-any-return]


def _locate(op: dict[str, Any], where: str) -> tuple[dict[str, Any], str]:
    """Returns (parent, key) such that ``parent[key]`` is the schema at ``where``.

    ``where`` is ``<status>|request`` then ``/``-separated steps: a property name, ``[]`` for
    array items, ``anyOf:N`` for a union member.
    """
    head, *rest = where.split("/")
    if head == "request":
        parent, key = _json_body(op["requestBody"]), "schema"
    else:
        parent, key = _json_body(op["responses"][head]), "schema"
    for part in rest:
        node = parent[key]
        if part == "[]":
            parent, key = node, "items"
        elif part.startswith("anyOf:"):
            parent, key = node["anyOf"], int(part[6:])  # type: ignore[assignment]
        else:
            parent, key = node["properties"], part
    return parent, key


def _pascal(name: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[^0-9A-Za-z]+", name) if p)


def name_entity_schemas(doc: Doc) -> None:
    """Give the public entities fixed names (``AgentPolicy``, ``Agent``, ``Output`` …).

    Upstream either inlines them per endpoint (the generator then derives 100+ character
    names from the endpoint) or names them in snake case in an order that changes between
    releases. The table above is the contract for the public model names.
    """
    schemas = doc["components"].setdefault("schemas", {})
    ops = _op_index(doc)
    renames: dict[str, str] = {}
    for name, (op_id, where) in ENTITY_LOCATIONS.items():
        if op_id not in ops:
            # A partial document (tests, or a Kibana release without the operation): the
            # committed spec's entity set is checked by tests/spec/test_spec_contents.py.
            continue
        parent, key = _locate(ops[op_id], where)
        schema = parent[key]
        ref = schema.get("$ref", "")
        if ref.startswith(SCHEMA_PREFIX):
            renames[ref[len(SCHEMA_PREFIX):]] = name
        else:
            schemas[name] = schema
        parent[key] = {"$ref": SCHEMA_PREFIX + name}
    # Remaining upstream components keep their name, in the generator's PascalCase.
    for old in list(schemas):
        if old not in ENTITY_LOCATIONS and old not in renames and "_" in old:
            renames.setdefault(old, _pascal(old))
    _rename_components(doc, renames)


def _rename_components(doc: Doc, renames: dict[str, str]) -> None:
    schemas = doc["components"]["schemas"]
    for old, new in renames.items():
        if old in schemas and old != new:
            schemas[new] = schemas.pop(old)

    def renamed(ref: Any) -> Any:
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            return SCHEMA_PREFIX + renames.get(ref[len(SCHEMA_PREFIX):], ref[len(SCHEMA_PREFIX):])
        return ref

    def visit(node: dict[str, Any]) -> None:
        if "$ref" in node:
            node["$ref"] = renamed(node["$ref"])
        # Discriminator mappings name their targets by reference too.
        mapping = node.get("discriminator", {}).get("mapping")
        if isinstance(mapping, dict):
            node["discriminator"]["mapping"] = {k: renamed(v) for k, v in mapping.items()}

    walk_schemas(doc, visit)


# --- package-policy inputs: both forms Kibana really speaks ---------------------------------


def _ref(name: str) -> dict[str, str]:
    return {"$ref": SCHEMA_PREFIX + name}


def _map_of(schema: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": schema}


ANY_VALUE: dict[str, Any] = {"nullable": True}  # `{}` plus null: any JSON value

# Kibana's package-policy shapes (x-pack/.../fleet/common/types/models/package_policy.ts;
# legacy array form as seen in real 8.0–8.13 responses, simplified form from
# simplified_package_policy_helper.ts). Written here because the pre-filtered upstream copy
# collapsed them to the simplified map form only.
PACKAGE_POLICY_INPUT_SCHEMAS: dict[str, dict[str, Any]] = {
    # ``type`` is always present in the legacy form; requiring it is what tells a legacy var
    # from a simplified value when the generated union tries them in order.
    "PackagePolicyVar": {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"type": "string"}, "value": ANY_VALUE,
                       "frozen": {"type": "boolean"}},
    },
    "PackagePolicyVars": _map_of(_ref("PackagePolicyVar")),
    # ``config`` entries have no ``type`` as a rule (ConfigRecordSchema: ``type`` is
    # ``schema.maybe``): Elastic Defend's ``{policy: {value}, artifact_manifest: {value}}``,
    # filled in by the security solution (fleet_integration/fleet_integration.ts).
    "PackagePolicyConfigEntry": {
        "type": "object",
        "properties": {"type": {"type": "string"}, "value": ANY_VALUE,
                       "frozen": {"type": "boolean"}},
    },
    "PackagePolicyConfig": _map_of(_ref("PackagePolicyConfigEntry")),
    "SimplifiedVars": _map_of(ANY_VALUE),
    "PackagePolicyDataStream": {
        "type": "object",
        "required": ["type", "dataset"],
        "properties": {
            "type": {"type": "string"},
            "dataset": {"type": "string"},
            "elasticsearch": {"type": "object", "additionalProperties": ANY_VALUE},
        },
    },
    "PackagePolicyStream": {
        "type": "object",
        "required": ["data_stream"],
        "properties": {
            "id": {"type": "string"},
            "enabled": {"type": "boolean"},
            "keep_enabled": {"type": "boolean"},
            "release": {"type": "string"},
            "data_stream": _ref("PackagePolicyDataStream"),
            "vars": _ref("PackagePolicyVars"),
            "config": _ref("PackagePolicyConfig"),
            "compiled_stream": ANY_VALUE,
        },
    },
    "PackagePolicyInput": {
        "type": "object",
        "required": ["type"],
        "properties": {
            "id": {"type": "string"},
            "type": {"type": "string"},
            "policy_template": {"type": "string"},
            "enabled": {"type": "boolean"},
            "keep_enabled": {"type": "boolean"},
            "vars": _ref("PackagePolicyVars"),
            "config": _ref("PackagePolicyConfig"),
            "streams": {"type": "array", "items": _ref("PackagePolicyStream")},
            "compiled_input": ANY_VALUE,
        },
    },
    "SimplifiedPackagePolicyStream": {
        "type": "object",
        "properties": {"enabled": {"type": "boolean"}, "vars": _ref("SimplifiedVars")},
    },
    "SimplifiedPackagePolicyInput": {
        "type": "object",
        "properties": {
            "enabled": {"type": "boolean"},
            "vars": _ref("SimplifiedVars"),
            "streams": _map_of(_ref("SimplifiedPackagePolicyStream")),
        },
    },
}
PACKAGE_POLICY_INPUTS = {"anyOf": [
    {"type": "array", "items": _ref("PackagePolicyInput")},
    _map_of(_ref("SimplifiedPackagePolicyInput")),
]}
PACKAGE_POLICY_VARS = {"anyOf": [_ref("PackagePolicyVars"), _ref("SimplifiedVars")]}


def restore_package_policy_inputs(doc: Doc) -> None:
    """Package-policy ``inputs``/``vars`` accept and return both of Kibana's forms.

    Kibana answers in the legacy form (inputs an array of ``{type, policy_template, enabled,
    streams: [...], vars: {name: {type, value}}}``) unless ``?format=simplified`` is passed, and
    accepts either form on create/update (simplified iff ``inputs`` is not an array). The
    pre-filtered upstream copy knows only the simplified map, so real responses fail to parse.
    """
    schemas = doc["components"]["schemas"]
    schemas.update(copy.deepcopy(PACKAGE_POLICY_INPUT_SCHEMAS))
    for name in ("PackagePolicy", "PackagePolicyRequest"):
        if name not in schemas:
            continue
        props = schemas[name]["properties"]
        props["inputs"] = copy.deepcopy(PACKAGE_POLICY_INPUTS)
        props["vars"] = copy.deepcopy(PACKAGE_POLICY_VARS)
    # An agent policy embeds its package policies (ids, or whole objects with ?full / GET one).
    # Objects first: the generator tries union members in order, and ``list[str]`` is a cast
    # that accepts any list.
    if "package_policies" not in schemas.get("AgentPolicy", {}).get("properties", {}):
        return
    schemas["AgentPolicy"]["properties"]["package_policies"] = {"anyOf": [
        {"type": "array", "items": _ref("PackagePolicy")},
        {"type": "array", "items": {"type": "string"}},
    ]}


# Other answers that carry the same entity. Upstream describes them with their own inline
# copies (an older form: legacy-only package-policy inputs), which would parse the same JSON
# into different classes than GET does.
ENTITY_ALIASES: list[tuple[str, str, str]] = [
    ("AgentPolicy", "post-fleet-agent-policies-bulk-get", "200/items/[]"),
    ("AgentPolicy", "post-fleet-agent-policies-agentpolicyid-copy", "200/item"),
    ("PackagePolicy", "post-fleet-package-policies-bulk-get", "200/items/[]"),
    ("PackagePolicy", "post-fleet-agentless-policies", "200/item"),
    ("PackagePolicy", "post-fleet-package-policies-upgrade-dryrun", "200/[]/diff/[]/anyOf:0"),
]


def reuse_entity_schemas(doc: Doc) -> None:
    """Answers that return an entity refer to its one component (see ``ENTITY_ALIASES``).

    Runs after the package-policy inputs are restored, so the shared component already
    accepts both input forms.
    """
    ops = _op_index(doc)
    for name, op_id, where in ENTITY_ALIASES:
        if op_id in ops and name in doc["components"]["schemas"]:
            parent, key = _locate(ops[op_id], where)
            parent[key] = _ref(name)


# --- responses that older and newer servers send --------------------------------------------

ALWAYS_PRESENT = {"id", "item"}


def _reachable(schemas: dict[str, Any], roots: Any) -> set[str]:
    """Names of the components ``roots`` refer to, directly or through other components."""
    seen: set[str] = set()

    def follow(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith(SCHEMA_PREFIX) and ref[len(SCHEMA_PREFIX):] not in seen:
                seen.add(ref[len(SCHEMA_PREFIX):])
                follow(schemas[ref[len(SCHEMA_PREFIX):]])
            for value in node.values():
                follow(value)
        elif isinstance(node, list):
            for value in node:
                follow(value)

    follow(roots)
    return seen


def _response_reachable(doc: Doc) -> set[str]:
    responses = [op.get("responses", {}) for _, _, op in operations(doc)]
    return _reachable(doc["components"]["schemas"], responses)


def relax_response_required(doc: Doc) -> None:
    """Response schemas require only ``id`` (of an object) and ``item`` (of a wrapper).

    The pin describes one Kibana build; others omit fields it lists as required (the
    deprecated enrollment-key ``list`` before/after its life, ``is_protected`` before 8.10,
    ``api_key_id``, ``schema_version`` …). A required field that is absent makes
    ``from_dict`` raise, so a response from any other version would be unreadable.
    """
    reachable = _response_reachable(doc)

    def relax(node: dict[str, Any]) -> None:
        if isinstance(node.get("required"), list):
            kept = [r for r in node["required"] if r in ALWAYS_PRESENT]
            if kept:
                node["required"] = kept
            else:
                del node["required"]

    for _, _, op in operations(doc):
        walk_schemas(op.get("responses", {}), relax)
    for name in reachable:
        walk_schemas(doc["components"]["schemas"][name], relax)


# --- one model per shape ---------------------------------------------------------------------


def _canonical(schema: Any) -> str:
    return json.dumps(schema, sort_keys=True, separators=(",", ":"))


def _shape(schema: dict[str, Any]) -> str:
    """A schema's identity for deduplication; nullability belongs to the place, not the shape.

    (The generator also fails on a nullable object component referenced from two places.)
    """
    return _canonical({k: v for k, v in schema.items() if k != "nullable"})


def _is_model(schema: Any) -> bool:
    return isinstance(schema, dict) and "$ref" not in schema and (
        bool(schema.get("properties")) or (schema.get("type") == "object" and "allOf" in schema)
    )


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


Places = dict[str, list[tuple[Any, Any, str]]]


# Small shapes Kibana repeats across endpoints, named by what they are rather than by the
# first endpoint that happens to return them.
SHAPE_NAMES: dict[frozenset[str], str] = {
    frozenset({"actionId"}): "AgentActionResponse",
    frozenset({"action"}): "ActionResponse",
    frozenset({"id", "name"}): "DeletedObjectResponse",
    frozenset({"taskId"}): "TaskResponse",
    frozenset({"success"}): "SuccessResponse",
    frozenset({"message"}): "MessageResponse",
    frozenset({"id", "isSecretRef"}): "SecretReference",
    frozenset({"frozen", "type", "value"}): "TypedVar",
    frozenset({"deferred", "id", "originId", "type"}): "InstalledKibanaAsset",
    frozenset({"deferred", "id", "type", "version"}): "InstalledElasticsearchAsset",
}


def _semantic_name(schema: dict[str, Any]) -> str | None:
    """A name from the shape itself: ``{item: <X>}`` (Kibana's one-object envelope) is
    ``XResponse``; a few other repeated shapes are in ``SHAPE_NAMES``."""
    props = schema.get("properties", {})
    if set(props) == {"item"} and "$ref" in props["item"]:
        return str(props["item"]["$ref"][len(SCHEMA_PREFIX):]) + "Response"
    return SHAPE_NAMES.get(frozenset(props))


def hoist_repeated_schemas(doc: Doc) -> None:
    """Identical inline object schemas become one named component.

    Upstream repeats inline shapes per endpoint (the error body on every operation, an
    enrollment key in ``items`` and ``list`` …); the generator would emit one class per copy,
    1,000+ models with 188-character file names. A repeated shape is named after the
    property it sits in and its nearest named parent; among its places the shortest such
    name (then the alphabetically first) wins, so reordering upstream does not rename it.
    Shapes equal to an existing component become a ``$ref`` to it.
    """
    schemas = doc["components"]["schemas"]
    while True:
        places: Places = {}
        by_shape = {_shape(s): name for name, s in schemas.items() if not s.get("nullable")}

        def collect(node: Any, context: str, places: Places = places) -> None:
            if isinstance(node, dict):
                for key, value in node.items():
                    if key == "properties" and isinstance(value, dict):
                        for prop, sub in value.items():
                            label = context + _pascal(prop)
                            if _is_model(sub):
                                places.setdefault(_shape(sub), []).append((value, prop, label))
                            collect(sub, label)
                    elif key in ("items", "additionalProperties") and isinstance(value, dict):
                        label = context if key == "additionalProperties" else _singular(context)
                        label = label + ("Value" if key == "additionalProperties" else "Item")
                        if _is_model(value):
                            places.setdefault(_shape(value), []).append((node, key, label))
                        collect(value, label)
                    elif key in ("anyOf", "oneOf", "allOf") and isinstance(value, list):
                        for i, sub in enumerate(value):
                            label = f"{context}Type{i}"
                            if _is_model(sub):
                                places.setdefault(_shape(sub), []).append((value, i, label))
                            collect(sub, label)
                    elif key not in ("properties",):
                        collect(value, context)
            elif isinstance(node, list):
                for value in node:
                    collect(value, context)

        for name, schema in schemas.items():
            collect(schema, name)
        for _, _, op in operations(doc):
            base = _pascal(op["operationId"])
            for status, response in op.get("responses", {}).items():
                body = response.get("content", {}).get("application/json", {})
                if "schema" in body:
                    label = f"{base}Response{status}"
                    if _is_model(body["schema"]):
                        places.setdefault(_shape(body["schema"]), []).append(
                            (body, "schema", label))
                    collect(body["schema"], label)
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            if "schema" in body:
                collect(body["schema"], f"{base}Body")

        changed = False
        for shape, where in sorted(places.items()):
            name = by_shape.get(shape)
            if name is None:
                if len(where) < 2:
                    continue
                name = _semantic_name(json.loads(shape)) or min(
                    (label for _, _, label in where), key=lambda s: (len(s), s))
                base, number = name, 1
                while name in schemas:  # same name, other shape: number it (Name2, Name3 ...)
                    number += 1
                    name = f"{base}{number}"
                schemas[name] = json.loads(shape)
            for parent, key, _ in where:
                nullable = parent[key].get("nullable") if "$ref" not in parent[key] else False
                parent[key] = {"anyOf": [_ref(name)], "nullable": True} if nullable else _ref(name)
            changed = True
            break  # parents' shapes changed: collect again
        if not changed:
            return


def drop_unreferenced_components(doc: Doc) -> None:
    """Keep only the components the Fleet paths reach (upstream holds all of Kibana's)."""
    schemas = doc["components"].get("schemas", {})
    seen = _reachable(schemas, doc["paths"])
    doc["components"]["schemas"] = {k: schemas[k] for k in sorted(seen)}
    doc["components"].pop("examples", None)
    doc["components"].pop("responses", None)


STEPS: list[Callable[[Doc], None]] = [
    unversion_content_types,
    drop_transport_header_parameters,
    keep_fleet_paths,
    inline_shared_parameters,
    drop_unreferenced_components,
    strip_prose,
    drop_empty_enum_members,
    tolerate_enum_nulls,
    split_optional_path_parameters,
    json_responses_for_uploads,
    document_missing_responses,
    allow_unknown_fields,
    drop_defaults,
    name_entity_schemas,
    relax_response_required,
    restore_package_policy_inputs,
    reuse_entity_schemas,
    hoist_repeated_schemas,
    drop_unreferenced_components,
]

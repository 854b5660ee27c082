"""Kibana's request validation: path params, query and body checked before the handler runs.

The schemas are ``spec/fleet-requests.json`` (built by ``scripts/request_schemas.py`` from the
locked upstream document). Each operation's schemas are compiled once, on first use, into the
checks of :mod:`._config_schema`. What happens around them, and where Kibana does it
(elastic/kibana, ``src/core/packages/http/router-server-internal/src``):

- Core validates ``request params``, then ``request query``, then ``request body`` and stops at
  the first failure (``request.ts`` ``CoreKibanaRequest.validate``; ``versioned_router/
  validate.ts``); the 400 carries the ``ValidationError`` message (``route.ts``
  ``validateHapiRequest``). ``elasticInternalOrigin`` is dropped from the query first
  (``request.ts`` ``sanitizeRequest``).
- Query values are strings, or lists of strings when repeated (hapi); a single string for an
  array-typed key is wrapped into a list (``validator.ts`` ``preprocessQueryData``). An empty
  body is ``null`` (hapi ``@hapi/subtext``).
- Key order: upstream's OpenAPI keeps the schema's key order only in ``required`` (Kibana's
  generator sorts property names, ``oas_docs/bundle.json``), so an object's declared keys are
  checked required keys first, in ``required`` order, then the others; ``x-key-order`` (the
  parameter order, or a schema transcribed from source) overrides that.
- ``nullable`` is a union with the null literal. Fleet mostly writes
  ``schema.oneOf([schema.literal(null), X])`` (``x-pack/platform/plugins/shared/fleet/server/
  types/models/agent_policy.ts``, ``output.ts``), so null is the first member; a nullable body
  or union is ``schema.nullable(X)``, null last. The OpenAPI document cannot tell them apart.

Not modelled: custom ``validate`` functions (not in the OpenAPI document; the route handlers
keep those checks) and ``schema.conditional``.
"""

from __future__ import annotations

import copy
import json
import threading
from pathlib import Path
from typing import Any

from ._config_schema import (
    Check,
    Invalid,
    any_value,
    anything,
    array,
    boolean,
    literal,
    number,
    object_,
    record,
    render,
    string,
    union,
    uri,
)
from ._contract import locate_spec_file
from ._http import KibanaError
from ._request_schema_versions import apply_edits, edits_for

_INTERNAL_QUERY_KEYS = ("elasticInternalOrigin",)

_REF = "#/components/schemas/"


class _Compiler:
    """Turns the document's JSON schemas into checks; components are compiled once."""

    def __init__(self, components: dict[str, Any]) -> None:
        self._components = components
        self._refs: dict[str, Check] = {}

    def ref(self, name: str) -> Check:
        if name not in self._refs:
            slot: list[Check] = []
            # A placeholder first, so that a schema referring to itself compiles.
            self._refs[name] = lambda value, path: slot[0](value, path)
            slot.append(self.compile(self._components[name]))
            self._refs[name] = slot[0]
        return self._refs[name]

    def compile(self, schema: dict[str, Any], *, root: bool = False) -> Check:
        if "$ref" in schema:
            return self.ref(str(schema["$ref"])[len(_REF):])
        if schema.get("nullable"):
            inner = {k: v for k, v in schema.items() if k != "nullable"}
            if not set(inner) - {"default"}:
                return anything
            value, null = self.compile(inner), literal(None)
            pair = [value, null] if root or "anyOf" in inner else [null, value]
            return union(pair, default_null=True)
        alternatives = schema.get("anyOf") or schema.get("oneOf")
        if alternatives:
            return union([self.compile(m) for m in alternatives])
        if "enum" in schema:
            values = schema["enum"]
            if len(values) == 1:
                return literal(values[0])
            return union([literal(v) for v in values])
        kind = schema.get("type")
        if kind == "string":
            if schema.get("format") == "uri":
                return uri
            return string(schema.get("minLength"), schema.get("maxLength"))
        if kind in ("number", "integer"):
            return number(schema.get("minimum"), schema.get("maximum"))
        if kind == "boolean":
            return boolean
        if kind == "array" or "items" in schema:
            items = self.compile(schema["items"]) if "items" in schema else anything
            return array(items, schema.get("minItems"), schema.get("maxItems"))
        if kind == "object" or "properties" in schema:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and "properties" not in schema:
                return record(self.compile(extra) if extra else anything)
            return self._object(schema)
        return any_value

    def _object(self, schema: dict[str, Any]) -> Check:
        props: dict[str, Any] = schema.get("properties", {})
        required = [name for name in schema.get("required", []) if name in props]
        order = schema.get("x-key-order") or [*required, *(k for k in props if k not in required)]
        fields = [(name, self.compile(props[name]), name in required) for name in order]
        return object_(fields, forbid_unknown=schema.get("additionalProperties") is False)


def _query_arrays(schema: dict[str, Any] | None, components: dict[str, Any]) -> frozenset[str]:
    """Query keys whose schema is an array (not a union holding one): ``preprocessQueryData``."""
    if schema is None:
        return frozenset()
    names = set()
    for name, prop in schema.get("properties", {}).items():
        while "$ref" in prop:
            prop = components[str(prop["$ref"])[len(_REF):]]
        if prop.get("type") == "array" and not prop.get("nullable"):
            names.add(name)
    return frozenset(names)


class _Operation:
    """The compiled checks of one operation."""

    def __init__(self, entry: dict[str, Any], compiler: _Compiler, components: dict[str, Any]):
        self.params = compiler.compile(entry["params"]) if "params" in entry else None
        self.query = compiler.compile(entry["query"]) if "query" in entry else None
        self.body = compiler.compile(entry["body"], root=True) if "body" in entry else None
        self.query_arrays = _query_arrays(entry.get("query"), components)

    def run(
        self, params: dict[str, str], query: dict[str, list[str]], body: Any, check_body: bool
    ) -> Any:
        if self.params is not None:
            _run(self.params, params, "request params")
        if self.query is not None:
            values: dict[str, Any] = {
                k: v[0] if len(v) == 1 else list(v)
                for k, v in query.items()
                if v and k not in _INTERNAL_QUERY_KEYS
            }
            for name in self.query_arrays:
                if type(values.get(name)) is str:
                    values[name] = [values[name]]
            _run(self.query, values, "request query")
        if check_body and self.body is not None:
            return _run(self.body, body, "request body")
        return body


def _run(check: Check, value: Any, namespace: str) -> Any:
    try:
        return check(value, ())
    except Invalid as failure:
        raise KibanaError(400, render(failure, namespace)) from None


class RequestSchemas:
    """The operations of one request document, each compiled on first use (thread-safe)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._entries: dict[str, Any] = document["operations"]
        self._components: dict[str, Any] = document.get("components", {}).get("schemas", {})
        self._compiler = _Compiler(self._components)
        self._compiled: dict[str, _Operation | None] = {}
        self._lock = threading.Lock()

    def operation(self, method: str, template: str) -> _Operation | None:
        key = f"{method} {template}"
        try:
            return self._compiled[key]
        except KeyError:
            pass
        with self._lock:
            if key not in self._compiled:
                entry = self._entries.get(key)
                self._compiled[key] = (
                    None if entry is None else _Operation(entry, self._compiler, self._components)
                )
            return self._compiled[key]

    def validate(
        self,
        method: str,
        template: str,
        params: dict[str, str],
        query: dict[str, list[str]],
        body: Any,
        *,
        check_body: bool = True,
    ) -> Any:
        """Check one request; the body comes back with config-schema's coercions applied.

        Raises:
            KibanaError: 400 with config-schema's message, for the first failure in Kibana's
                order (params, query, body).
        """
        operation = self.operation(method, template)
        if operation is None:  # not a Fleet operation of the document (e.g. /api/status)
            return body
        return operation.run(params, query, body, check_body)


def locate_requests() -> Path:
    """``fleet-requests.json``: the packaged copy, then ``<repo>/spec/`` (a checkout).

    Raises:
        FileNotFoundError: If neither exists.
    """
    return locate_spec_file("fleet-requests.json")


_loaded: dict[tuple[int, ...], RequestSchemas] = {}
_pinned: list[dict[str, Any]] = []
_load_lock = threading.Lock()


def schemas_for(kibana_version: str) -> RequestSchemas:
    """The request schemas a Kibana version validates with.

    The pinned document, rewritten by the version's edits (:mod:`._request_schema_versions`);
    versions needing the same edits share one compiled copy.
    """
    variant = edits_for(kibana_version)
    found = _loaded.get(variant)
    if found is None:
        with _load_lock:
            found = _loaded.get(variant)
            if found is None:
                if not _pinned:
                    _pinned.append(json.loads(locate_requests().read_text(encoding="utf-8")))
                document = copy.deepcopy(_pinned[0])
                apply_edits(document, variant)
                found = _loaded[variant] = RequestSchemas(document)
    return found


def validate_request(
    kibana_version: str,
    method: str,
    template: str,
    params: dict[str, str],
    query: dict[str, list[str]],
    body: Any,
    *,
    check_body: bool = True,
) -> Any:
    """Validate a routed request as Kibana would before its handler runs.

    Args:
        kibana_version: The version the sandbox imitates (selects the schemas).
        method: Upper-case HTTP method.
        template: The matched route's path template (``/api/fleet/agent_policies/{agentPolicyId}``).
        params: Path parameters.
        query: Query parameters, each name with all of its values.
        body: The parsed JSON body (``None`` when empty).
        check_body: ``False`` for routes that read the raw body (archive uploads).

    Returns:
        The body, with config-schema's coercions applied (``"5"`` -> ``5`` for a number).

    Raises:
        KibanaError: 400 with config-schema's message for the first failure.
    """
    return schemas_for(kibana_version).validate(
        method, template, params, query, body, check_body=check_body
    )

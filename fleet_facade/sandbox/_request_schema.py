"""Kibana's request validation: path params, query and body checked as ``@kbn/config-schema`` does.

The schemas are ``spec/fleet-requests.json`` (built by ``scripts/request_schemas.py`` from the
locked upstream document). Each operation's schemas are compiled once, on first use, into
closures ``check(value, path) -> value`` that raise :class:`_Invalid`, config-schema's
``SchemaTypeError`` (``SchemaTypesError`` when it carries the failures of a union's members).

What is modelled, and where Kibana does it (elastic/kibana):

- Core validates ``request params``, then ``request query``, then ``request body`` and stops at
  the first failure (``src/core/packages/http/router-server-internal/src/request.ts``
  ``CoreKibanaRequest.validate``; ``.../versioned_router/validate.ts``); the 400 carries the
  ``ValidationError`` message (``.../src/route.ts`` ``validateHapiRequest``).
- Joi stops at the first error (config-schema never sets ``abortEarly: false``) and checks an
  object's declared keys in schema order before its unknown keys (Joi ``lib/types/keys.js``).
  Upstream's OpenAPI keeps the schema order of the required keys only (its generator sorts
  property names, ``oas_docs/bundle.json``), so declared keys are checked required keys first,
  in ``required`` order, then the others; ``x-key-order`` overrides that where the schema was
  transcribed from source.
- Messages: ``src/platform/packages/shared/kbn-config-schema/src/types/*.ts`` (``handleError``
  of each type) and ``.../src/errors/validation_error.ts`` (``[namespace.path]: message``,
  union members as ``- [...]`` lines indented one space per level).
- Coercion (``.../kbn-config-schema/src/internals/index.ts``): numbers from numeric strings,
  booleans from ``"true"``/``"false"`` (any case), objects, arrays and records from JSON text.
  Query values are strings, or lists of strings when repeated (hapi); a single string for an
  array-typed query key is wrapped into a list first (``router-server-internal/src/validator.ts``
  ``preprocessQueryData``). An empty body is ``null`` (hapi ``@hapi/subtext``).
- ``nullable`` is a union with the null literal. Fleet mostly writes
  ``schema.oneOf([schema.literal(null), X])`` (``server/types/models/agent_policy.ts``,
  ``output.ts``), so null is the first member; a nullable body or union is
  ``schema.nullable(X)``, null last. The OpenAPI document cannot tell the two apart.

Not modelled: custom ``validate`` functions (not in the OpenAPI document; the route handlers
keep those checks) and ``schema.conditional``.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from ._http import FleetError

Where = tuple[str | int, ...]
Check = Callable[[Any, Where], Any]

#: A key absent from the value (JavaScript's ``undefined``).
_MISSING: Any = object()
_INTERNAL_QUERY_KEYS = ("elasticInternalOrigin",)  # Core drops it before validation (request.ts)


class _Invalid(Exception):
    """One validation failure: message, path from the validated root, member failures."""

    __slots__ = ("errors", "message", "path")

    def __init__(self, message: str, path: Where, errors: list[_Invalid] | None = None) -> None:
        self.message, self.path, self.errors = message, path, errors


# --- formatting --------------------------------------------------------------------------------


def _type(value: Any) -> str:
    """``type-detect``'s name for a JSON value, as config-schema prints it (``but got [...]``)."""
    kind = type(value)
    if kind is str:
        return "string"
    if kind is bool:
        return "boolean"
    if kind is int or kind is float:
        return "number"
    if value is None:
        return "null"
    if kind is list:
        return "Array"
    if kind is dict:
        return "Object"
    return "undefined" if value is _MISSING else kind.__name__


def _js(value: Any) -> str:
    """A JSON scalar as JavaScript's ``String(value)`` writes it (``null``, ``true``, ``1.5``)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e21:
            return str(int(value))
        if 1e-6 <= abs(value) < 1e21:
            return format(Decimal(repr(value)), "f")
        mantissa, _, exponent = repr(value).partition("e")
        return f"{mantissa}e{'+' if int(exponent) > 0 else '-'}{abs(int(exponent))}"
    return str(value)


def _label(path: Where) -> str:
    """Joi's label for its own messages: ``a.b[0]``, or ``value`` at the root."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "value"


def render(error: _Invalid, namespace: str, level: int = 0) -> str:
    """``ValidationError.extractMessage``: ``[<namespace>.<path>]: <message>`` plus member lines."""
    message = error.message
    if error.errors is not None:
        lines = [" " * level + "- " + render(e, namespace, level + 1) for e in error.errors]
        message = message + "\n" + "\n".join(lines)
    return "[" + ".".join([namespace, *map(str, error.path)]) + "]: " + message


# --- JavaScript key order and JSON text --------------------------------------------------------

_INDEX = re.compile(r"(?:0|[1-9][0-9]{0,9})\Z")


def _js_keys(value: dict[str, Any]) -> list[str]:
    """``Object.keys`` order: integer-like keys first, ascending, then insertion order."""
    indexes = [k for k in value if _INDEX.match(k) and int(k) < 4294967295]
    if not indexes:
        return list(value)
    rest = [k for k in value if k not in set(indexes)]
    return sorted(indexes, key=int) + rest


def _no_constant(name: str) -> Any:
    raise ValueError(name)  # JSON.parse knows no NaN/Infinity


def _parse_json(text: str) -> Any:
    return json.loads(text, parse_constant=_no_constant)


def _js_length(text: str) -> int:
    """``String.length``: UTF-16 code units."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


# --- leaf types --------------------------------------------------------------------------------


def _any(value: Any, path: Where) -> Any:
    # any_type.ts: only a required key can fail
    if value is _MISSING:
        raise _Invalid("expected value of type [any] but got [undefined]", path)
    return value


def _string(min_length: int | None, max_length: int | None) -> Check:
    # string_type.ts: no coercion; minLength is checked before maxLength
    def check(value: Any, path: Where) -> Any:
        if type(value) is not str:
            raise _Invalid(f"expected value of type [string] but got [{_type(value)}]", path)
        if min_length is not None or max_length is not None:
            length = _js_length(value)
            if min_length is not None and length < min_length:
                raise _Invalid(
                    f"value has length [{length}] but it must have a minimum length of "
                    f"[{min_length}].",
                    path,
                )
            if max_length is not None and length > max_length:
                raise _Invalid(
                    f"value has length [{length}] but it must have a maximum length of "
                    f"[{max_length}].",
                    path,
                )
        return value

    return check


def _boolean(value: Any, path: Where) -> Any:
    # boolean_type.ts + internals/index.ts (strings "true"/"false", any case)
    if type(value) is bool:
        return value
    if type(value) is str and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise _Invalid(f"expected value of type [boolean] but got [{_type(value)}]", path)


# Joi's number coercion from text (lib/types/number.js: numberRx, normalizeDecimal)
_NUMBER_TEXT = re.compile(r"\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?\s*\Z", re.I)
_MAX_SAFE = 2**53 - 1
_INFINITY = float("inf")


def _normalized_decimal(text: str) -> str:
    text = re.sub(r"^\+", "", text)
    text = re.sub(r"\.0*$", "", text)
    text = re.sub(r"^(-?)\.([^.]*)$", r"\g<1>0.\g<2>", text)
    text = re.sub(r"^(-?)0+([0-9])", r"\1\2", text)
    if "." in text and text.endswith("0"):
        text = text.rstrip("0")
    return "0" if text == "-0" else text


def _number_from_text(text: str, path: Where) -> int | float | None:
    """The number a numeric string stands for, ``None`` if it is not one (Joi then fails
    ``number.base``); a string that loses precision fails ``number.unsafe``."""
    if text.isdigit() and text.isascii() and len(text) < 16:
        return int(text)  # the common case (page=2): exact, so never unsafe
    if not _NUMBER_TEXT.match(text):
        return None
    text = text.strip()
    number = float(text)
    if number in (_INFINITY, -_INFINITY):
        raise _Invalid(f'"{_label(path)}" cannot be infinity', path)
    exact = number.is_integer() and abs(number) <= _MAX_SAFE
    result: int | float = int(number) if exact else number
    if "e" not in text.lower() and "e" not in _js(number) and _js(number) != _normalized_decimal(
        text
    ):
        raise _Invalid(f'"{_label(path)}" must be a safe number', path)
    return result


def _number(minimum: float | None, maximum: float | None) -> Check:
    # number_type.ts; limits as Joi's number.min / number.max
    def check(value: Any, path: Where) -> Any:
        kind = type(value)
        if kind is not int and kind is not float:
            number = _number_from_text(value, path) if kind is str else None
            if number is None:
                raise _Invalid(f"expected value of type [number] but got [{_type(value)}]", path)
            value = number
        elif value in (_INFINITY, -_INFINITY):  # JSON text 1e999 (JSON.parse gives Infinity)
            raise _Invalid(f'"{_label(path)}" cannot be infinity', path)
        if value > _MAX_SAFE or value < -_MAX_SAFE:
            raise _Invalid(f'"{_label(path)}" must be a safe number', path)
        if minimum is not None and value < minimum:
            raise _Invalid(f"Value must be equal to or greater than [{_js(minimum)}].", path)
        if maximum is not None and value > maximum:
            raise _Invalid(f"Value must be equal to or lower than [{_js(maximum)}].", path)
        return value

    return check


def _uri_pattern() -> re.Pattern[str]:
    """RFC 3986 ``URI`` as Joi's ``string().uri()`` matches it (@hapi/address ``lib/uri.js``)."""
    hexdig, unreserved = r"0-9A-Fa-f", r"\w\-.~"
    sub_delims, pct = r"!$&'()*+,;=", r"%0-9A-Fa-f"
    pchar = f"[{unreserved}{pct}{sub_delims}:@]"
    octet = r"(?:0{0,2}\d|0?[1-9]\d|1\d\d|2[0-4]\d|25[0-5])"
    ipv4 = rf"(?:{octet}\.){{3}}{octet}"
    h16 = f"[{hexdig}]{{1,4}}"
    ls32 = f"(?:{h16}:{h16}|{ipv4})"
    ipv6 = "|".join([
        f"(?:{h16}:){{6}}{ls32}",
        f"::(?:{h16}:){{5}}{ls32}",
        f"(?:{h16})?::(?:{h16}:){{4}}{ls32}",
        f"(?:(?:{h16}:){{0,1}}{h16})?::(?:{h16}:){{3}}{ls32}",
        f"(?:(?:{h16}:){{0,2}}{h16})?::(?:{h16}:){{2}}{ls32}",
        f"(?:(?:{h16}:){{0,3}}{h16})?::{h16}:{ls32}",
        f"(?:(?:{h16}:){{0,4}}{h16})?::{ls32}",
        f"(?:(?:{h16}:){{0,5}}{h16})?::{h16}",
        f"(?:(?:{h16}:){{0,6}}{h16})?::",
    ])
    ipvfuture = f"v[{hexdig}]+\\.[{unreserved}{sub_delims}:]+"
    host = f"(?:\\[(?:{ipv6}|{ipvfuture})\\]|{ipv4}|[{unreserved}{pct}{sub_delims}]{{1,255}})"
    authority = f"(?:[{unreserved}{pct}{sub_delims}:]*@)?{host}(?::\\d*)?"
    abempty = f"(?:/{pchar}*)*"
    hier = (
        f"(?://{authority}{abempty}|/(?:{pchar}+{abempty})?|{pchar}+{abempty}"
        f"|///{pchar}*{abempty})"
    )
    scheme = r"[a-zA-Z][a-zA-Z\d+\-.]*"
    query = f"[{unreserved}{pct}{sub_delims}:@/?]*(?=#|\\Z)"
    fragment = f"[{unreserved}{pct}{sub_delims}:@/?]*"
    return re.compile(
        f"(?=.)(?!https?:/\\Z)(?!https?:///){scheme}:{hier}(?:\\?{query})?(?:#{fragment})?\\Z",
        re.ASCII | re.DOTALL,
    )


_URI = _uri_pattern()


def _uri(value: Any, path: Where) -> Any:
    # uri_type.ts (its type message ends with a period); Joi's own string.empty message
    if type(value) is not str:
        raise _Invalid(f"expected value of type [string] but got [{_type(value)}].", path)
    if value == "":
        raise _Invalid(f'"{_label(path)}" is not allowed to be empty', path)
    if not _URI.match(value):
        raise _Invalid("value must be a valid URI (see RFC 3986).", path)
    return value


def _literal(expected: Any) -> Check:
    # literal_type.ts: strict equality (1 is not true, "1" is not 1)
    message = f"expected value to equal [{_js(expected)}]"
    if expected is None or isinstance(expected, bool):

        def same(value: Any) -> bool:
            return value is expected

    elif isinstance(expected, int | float):

        def same(value: Any) -> bool:
            return type(value) in (int, float) and value == expected

    else:

        def same(value: Any) -> bool:
            return type(value) is type(expected) and value == expected

    def check(value: Any, path: Where) -> Any:
        if value is not _MISSING and same(value):
            return value
        raise _Invalid(message, path)

    return check


# --- composite types ---------------------------------------------------------------------------


def _union(members: list[Check], *, default_null: bool = False) -> Check:
    # union_type.ts; nullable_type.ts (default null: an absent value is fine)
    def check(value: Any, path: Where) -> Any:
        if value is _MISSING:
            if default_null:
                return None
            raise _Invalid("expected at least one defined value but got [undefined]", path)
        failures = []
        for member in members:
            try:
                return member(value, path)
            except _Invalid as failure:
                failures.append(failure)
        if len(failures) == 1:
            raise failures[0]
        at = len(path)
        raise _Invalid(
            "types that failed validation:",
            path,
            [_Invalid(f.message, (*f.path[:at], str(i), *f.path[at:]), f.errors)
             for i, f in enumerate(failures)],
        )

    return check


def _coerce_json(value: Any, path: Where, parse_message: str) -> Any:
    """config-schema's JSON-text coercion for objects, arrays and records."""
    if type(value) is not str:
        return value
    try:
        return _parse_json(value)
    except ValueError:
        raise _Invalid(parse_message, path) from None


def _array(items: Check, min_items: int | None, max_items: int | None) -> Check:
    # array_type.ts: items first (the first failing item), then the size limits
    def check(value: Any, path: Where) -> Any:
        if type(value) is not list:
            value = _coerce_json(value, path, "could not parse array value from json input")
            if type(value) is not list:
                raise _Invalid(f"expected value of type [array] but got [{_type(value)}]", path)
        out = value
        for index, item in enumerate(value):
            new = items(item, (*path, index))
            if new is not item:
                if out is value:
                    out = list(value)
                out[index] = new
        if min_items is not None and len(value) < min_items:
            raise _Invalid(
                f"array size is [{len(value)}], but cannot be smaller than [{min_items}]", path
            )
        if max_items is not None and len(value) > max_items:
            raise _Invalid(
                f"array size is [{len(value)}], but cannot be greater than [{max_items}]", path
            )
        return out

    return check


def _record(values: Check) -> Check:
    # record_type.ts: each value is validated on its own, then its failure is moved under
    # <path>.<key>; the member lines of a union failure keep their own (relative) paths.
    def run(value: dict[str, Any], path: Where, keys: list[str]) -> dict[str, Any]:
        out = value
        for key in keys:
            item = value[key]
            try:
                new = values(item, ())
            except _Invalid as failure:
                where = (*path, key, *failure.path)
                raise _Invalid(failure.message, where, failure.errors) from None
            if new is not item:
                if out is value:
                    out = dict(value)
                out[key] = new
        return out

    def check(value: Any, path: Where) -> Any:
        if type(value) is not dict:
            if value is _MISSING:
                raise _Invalid("expected value of type [object] but got [undefined]", path)
            value = _coerce_json(value, path, "could not parse record value from json input")
            if type(value) is not dict:
                raise _Invalid(f"expected value of type [object] but got [{_type(value)}]", path)
        try:
            return run(value, path, list(value))
        except _Invalid:
            return run(value, path, _js_keys(value))  # report the first key in JavaScript order

    return check


def _object(fields: list[tuple[str, Check, bool]], forbid_unknown: bool) -> Check:
    # object_type.ts: an absent object is validated as {} (``.default()``); declared keys in
    # order, then the first unknown key (Joi lib/types/keys.js)
    known = frozenset(name for name, _, _ in fields)

    def check(value: Any, path: Where) -> Any:
        if type(value) is not dict:
            if value is _MISSING:
                value = {}
            else:
                value = _coerce_json(value, path, "could not parse object value from json input")
                if type(value) is not dict:
                    raise _Invalid(
                        f"expected a plain object value, but found [{_type(value)}] instead.", path
                    )
        out = value
        for name, field, required in fields:
            if name in value:
                item = value[name]
                new = field(item, (*path, name))
                if new is not item:
                    if out is value:
                        out = dict(value)
                    out[name] = new
            elif required:
                field(_MISSING, (*path, name))
        if forbid_unknown and not known.issuperset(value):
            unknown = next(k for k in _js_keys(value) if k not in known)
            raise _Invalid("definition for this key is missing", (*path, unknown))
        return out

    return check


# --- compiling the document --------------------------------------------------------------------

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
                return _any_or_absent
            value, null = self.compile(inner), _literal(None)
            pair = [value, null] if root or "anyOf" in inner else [null, value]
            return _union(pair, default_null=True)
        alternatives = schema.get("anyOf") or schema.get("oneOf")
        if alternatives:
            return _union([self.compile(m) for m in alternatives])
        if "enum" in schema:
            values = schema["enum"]
            if len(values) == 1:
                return _literal(values[0])
            return _union([_literal(v) for v in values])
        kind = schema.get("type")
        if kind == "string":
            if schema.get("format") == "uri":
                return _uri
            return _string(schema.get("minLength"), schema.get("maxLength"))
        if kind in ("number", "integer"):
            return _number(schema.get("minimum"), schema.get("maximum"))
        if kind == "boolean":
            return _boolean
        if kind == "array" or "items" in schema:
            items = self.compile(schema["items"]) if "items" in schema else _any_or_absent
            return _array(items, schema.get("minItems"), schema.get("maxItems"))
        if kind == "object" or "properties" in schema:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and "properties" not in schema:
                return _record(self.compile(extra) if extra else _any_or_absent)
            return self._object(schema)
        return _any

    def _object(self, schema: dict[str, Any]) -> Check:
        props: dict[str, Any] = schema.get("properties", {})
        required = [name for name in schema.get("required", []) if name in props]
        order = schema.get("x-key-order") or [*required, *(k for k in props if k not in required)]
        fields = [(name, self.compile(props[name]), name in required) for name in order]
        return _object(fields, forbid_unknown=schema.get("additionalProperties") is False)


def _any_or_absent(value: Any, path: Where) -> Any:
    return value


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
    except _Invalid as failure:
        raise FleetError(400, render(failure, namespace)) from None


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
            FleetError: 400 with config-schema's message, for the first failure in Kibana's
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
    candidates: list[Path] = []
    try:
        packaged = resources.files("fleet_facade").joinpath("_spec/fleet-requests.json")
        candidates.append(Path(str(packaged)))
    except (ModuleNotFoundError, TypeError):
        pass
    candidates.append(Path(__file__).resolve().parents[2] / "spec" / "fleet-requests.json")
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("fleet-requests.json not found (packaged or in <repo>/spec)")


_loaded: dict[str, RequestSchemas] = {}
_load_lock = threading.Lock()


def schemas_for(kibana_version: str) -> RequestSchemas:
    """The request schemas a Kibana version validates with.

    Every version uses the pinned document for now. Version-specific differences belong here:
    pick (or patch a copy of) the document by ``kibana_version`` and cache it under its own key.
    """
    variant = "pinned"
    found = _loaded.get(variant)
    if found is None:
        with _load_lock:
            found = _loaded.get(variant)
            if found is None:
                document = json.loads(locate_requests().read_text(encoding="utf-8"))
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
        FleetError: 400 with config-schema's message for the first failure.
    """
    return schemas_for(kibana_version).validate(
        method, template, params, query, body, check_body=check_body
    )

"""``@kbn/config-schema``'s types as Python checks, with its messages and coercions.

A check is ``check(value, path) -> value``: it returns the value (coerced where config-schema
coerces: numbers from numeric text, booleans from ``"true"``/``"false"`` in any case, objects,
arrays and records from JSON text; ``src/platform/packages/shared/kbn-config-schema/src/
internals/index.ts``) or raises :class:`Invalid`, config-schema's ``SchemaTypeError``
(``SchemaTypesError`` when it carries the failures of a union's members). :data:`MISSING` is
JavaScript's ``undefined``, a key the value does not have.

Messages are each type's ``handleError`` in ``kbn-config-schema/src/types/*.ts`` (cited per
function) and ``src/errors/validation_error.ts`` for the ``[namespace.path]: message`` form.
Joi (which config-schema wraps) stops at the first error and checks an object's declared keys
before its unknown keys (Joi ``lib/types/keys.js``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

Where = tuple[str | int, ...]
Check = Callable[[Any, Where], Any]

#: A key absent from the value (JavaScript's ``undefined``).
MISSING: Any = object()


class Invalid(Exception):
    """One validation failure: message, path from the validated root, member failures."""

    __slots__ = ("errors", "message", "path")

    def __init__(self, message: str, path: Where, errors: list[Invalid] | None = None) -> None:
        self.message, self.path, self.errors = message, path, errors


# --- formatting --------------------------------------------------------------------------------


def type_name(value: Any) -> str:
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
    return "undefined" if value is MISSING else kind.__name__


def js_string(value: Any) -> str:
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


def label(path: Where) -> str:
    """Joi's label for its own messages: ``a.b[0]``, or ``value`` at the root."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "value"


def render(error: Invalid, namespace: str, level: int = 0) -> str:
    """``ValidationError.extractMessage``: ``[<namespace>.<path>]: <message>`` plus member lines."""
    message = error.message
    if error.errors is not None:
        lines = [" " * level + "- " + render(e, namespace, level + 1) for e in error.errors]
        message = message + "\n" + "\n".join(lines)
    return "[" + ".".join([namespace, *map(str, error.path)]) + "]: " + message


# --- JavaScript key order and JSON text --------------------------------------------------------

_INDEX = re.compile(r"(?:0|[1-9][0-9]{0,9})\Z")


def js_keys(value: dict[str, Any]) -> list[str]:
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
    if text.isascii():
        return len(text)
    # "surrogatepass": a lone surrogate (JSON allows "\ud800") is one UTF-16 unit, as in JS.
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


# --- leaf types --------------------------------------------------------------------------------


def any_value(value: Any, path: Where) -> Any:
    # any_type.ts: only a required key can fail
    if value is MISSING:
        raise Invalid("expected value of type [any] but got [undefined]", path)
    return value


def string(min_length: int | None, max_length: int | None) -> Check:
    # string_type.ts: no coercion; minLength is checked before maxLength
    def check(value: Any, path: Where) -> Any:
        if type(value) is not str:
            raise Invalid(f"expected value of type [string] but got [{type_name(value)}]", path)
        if min_length is not None or max_length is not None:
            length = _js_length(value)
            if min_length is not None and length < min_length:
                raise Invalid(
                    f"value has length [{length}] but it must have a minimum length of "
                    f"[{min_length}].",
                    path,
                )
            if max_length is not None and length > max_length:
                raise Invalid(
                    f"value has length [{length}] but it must have a maximum length of "
                    f"[{max_length}].",
                    path,
                )
        return value

    return check


def boolean(value: Any, path: Where) -> Any:
    # boolean_type.ts + internals/index.ts (strings "true"/"false", any case)
    if type(value) is bool:
        return value
    if type(value) is str and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise Invalid(f"expected value of type [boolean] but got [{type_name(value)}]", path)


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
    parsed = float(text)
    if parsed in (_INFINITY, -_INFINITY):
        raise Invalid(f'"{label(path)}" cannot be infinity', path)
    written = js_string(parsed)
    if "e" not in text.lower() and "e" not in written and written != _normalized_decimal(text):
        raise Invalid(f'"{label(path)}" must be a safe number', path)
    return int(parsed) if parsed.is_integer() and abs(parsed) <= _MAX_SAFE else parsed


def number(minimum: float | None, maximum: float | None) -> Check:
    # number_type.ts; limits as Joi's number.min / number.max
    def check(value: Any, path: Where) -> Any:
        kind = type(value)
        if kind is not int and kind is not float:
            number = _number_from_text(value, path) if kind is str else None
            if number is None:
                raise Invalid(f"expected value of type [number] but got [{type_name(value)}]", path)
            value = number
        elif value in (_INFINITY, -_INFINITY):  # JSON text 1e999 (JSON.parse gives Infinity)
            raise Invalid(f'"{label(path)}" cannot be infinity', path)
        if value > _MAX_SAFE or value < -_MAX_SAFE:
            raise Invalid(f'"{label(path)}" must be a safe number', path)
        if minimum is not None and value < minimum:
            raise Invalid(f"Value must be equal to or greater than [{js_string(minimum)}].", path)
        if maximum is not None and value > maximum:
            raise Invalid(f"Value must be equal to or lower than [{js_string(maximum)}].", path)
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


def uri(value: Any, path: Where) -> Any:
    # uri_type.ts (its type message ends with a period); Joi's own string.empty message
    if type(value) is not str:
        raise Invalid(f"expected value of type [string] but got [{type_name(value)}].", path)
    if value == "":
        raise Invalid(f'"{label(path)}" is not allowed to be empty', path)
    if not _URI.match(value):
        raise Invalid("value must be a valid URI (see RFC 3986).", path)
    return value


def literal(expected: Any) -> Check:
    # literal_type.ts: strict equality (1 is not true, "1" is not 1)
    message = f"expected value to equal [{js_string(expected)}]"
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
        if value is not MISSING and same(value):
            return value
        raise Invalid(message, path)

    return check


# --- composite types ---------------------------------------------------------------------------


def union(members: list[Check], *, default_null: bool = False) -> Check:
    # union_type.ts; nullable_type.ts (default null: an absent value is fine)
    def check(value: Any, path: Where) -> Any:
        if value is MISSING:
            if default_null:
                return None
            raise Invalid("expected at least one defined value but got [undefined]", path)
        failures = []
        for member in members:
            try:
                return member(value, path)
            except Invalid as failure:
                failures.append(failure)
        if len(failures) == 1:
            raise failures[0]
        at = len(path)
        raise Invalid(
            "types that failed validation:",
            path,
            [Invalid(f.message, (*f.path[:at], str(i), *f.path[at:]), f.errors)
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
        raise Invalid(parse_message, path) from None


def array(items: Check, min_items: int | None, max_items: int | None) -> Check:
    # array_type.ts: items first (the first failing item), then the size limits
    def check(value: Any, path: Where) -> Any:
        if type(value) is not list:
            value = _coerce_json(value, path, "could not parse array value from json input")
            if type(value) is not list:
                raise Invalid(f"expected value of type [array] but got [{type_name(value)}]", path)
        out = value
        for index, item in enumerate(value):
            new = items(item, (*path, index))
            if new is not item:
                if out is value:
                    out = list(value)
                out[index] = new
        if min_items is not None and len(value) < min_items:
            raise Invalid(
                f"array size is [{len(value)}], but cannot be smaller than [{min_items}]", path
            )
        if max_items is not None and len(value) > max_items:
            raise Invalid(
                f"array size is [{len(value)}], but cannot be greater than [{max_items}]", path
            )
        return out

    return check


def record(values: Check) -> Check:
    # record_type.ts: each value is validated on its own, then its failure is moved under
    # <path>.<key>; the member lines of a union failure keep their own (relative) paths.
    def run(value: dict[str, Any], path: Where, keys: list[str]) -> dict[str, Any]:
        out = value
        for key in keys:
            item = value[key]
            try:
                new = values(item, ())
            except Invalid as failure:
                where = (*path, key, *failure.path)
                raise Invalid(failure.message, where, failure.errors) from None
            if new is not item:
                if out is value:
                    out = dict(value)
                out[key] = new
        return out

    def check(value: Any, path: Where) -> Any:
        if type(value) is not dict:
            if value is MISSING:
                raise Invalid("expected value of type [object] but got [undefined]", path)
            value = _coerce_json(value, path, "could not parse record value from json input")
            if type(value) is not dict:
                raise Invalid(f"expected value of type [object] but got [{type_name(value)}]", path)
        try:
            return run(value, path, list(value))
        except Invalid:
            return run(value, path, js_keys(value))  # report the first key in JavaScript order

    return check


def object_(fields: list[tuple[str, Check, bool]], forbid_unknown: bool) -> Check:
    # object_type.ts: an absent object is validated as {} (``.default()``); declared keys in
    # order, then the first unknown key (Joi lib/types/keys.js)
    known = frozenset(name for name, _, _ in fields)

    def check(value: Any, path: Where) -> Any:
        if type(value) is not dict:
            if value is MISSING:
                value = {}
            else:
                value = _coerce_json(value, path, "could not parse object value from json input")
                if type(value) is not dict:
                    found = type_name(value)
                    raise Invalid(
                        f"expected a plain object value, but found [{found}] instead.", path
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
                field(MISSING, (*path, name))
        if forbid_unknown and not known.issuperset(value):
            unknown = next(k for k in js_keys(value) if k not in known)
            raise Invalid("definition for this key is missing", (*path, unknown))
        return out

    return check


def anything(value: Any, path: Where) -> Any:
    """``schema.any()`` where nothing is required of it (a nullable any, array items of any)."""
    return value

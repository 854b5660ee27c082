"""Request validation with ``@kbn/config-schema``'s messages (``[request body.name]: ...``)."""

from __future__ import annotations

import re
from typing import Any

from ._config_schema import type_name as type_name  # one definition, shared
from ._http import KibanaError


def _got(body: dict[str, Any], key: str) -> str:
    return type_name(body[key]) if key in body else "undefined"


def body_object(body: Any, where: str = "request body") -> dict[str, Any]:
    """The body as a dict, or config-schema's plain-object error."""
    if not isinstance(body, dict):
        found = "null" if body is None else type_name(body)
        raise KibanaError(
            400, f"[{where}]: expected a plain object value, but found [{found}] instead."
        )
    return body


def string(
    body: dict[str, Any], key: str, *, required: bool, where: str = "request body"
) -> str | None:
    """A string field; missing or mistyped answers config-schema's 400."""
    if key not in body or (body[key] is None and not required):
        if required:
            raise KibanaError(
                400, f"[{where}.{key}]: expected value of type [string] but got [undefined]"
            )
        return None
    value = body[key]
    if not isinstance(value, str):
        raise KibanaError(
            400, f"[{where}.{key}]: expected value of type [string] but got [{_got(body, key)}]"
        )
    return value


def non_empty_name(body: dict[str, Any], key: str = "name", where: str = "request body") -> str:
    """A required name: a string of at least one non-blank character."""
    value = string(body, key, required=True, where=where)
    assert value is not None
    if value == "":
        raise KibanaError(
            400, f"[{where}.{key}]: value has length [0] but it must have a minimum length of [1]."
        )
    if not value.strip():
        raise KibanaError(400, f"[{where}.{key}]: Invalid empty string")
    return value


def boolean(body: dict[str, Any], key: str, where: str = "request body") -> bool | None:
    """An optional boolean field."""
    if key not in body or body[key] is None:
        return None
    if not isinstance(body[key], bool):
        raise KibanaError(
            400, f"[{where}.{key}]: expected value of type [boolean] but got [{_got(body, key)}]"
        )
    return bool(body[key])


def string_list(body: dict[str, Any], key: str, where: str = "request body") -> list[str] | None:
    """An optional array of strings."""
    if key not in body or body[key] is None:
        return None
    value = body[key]
    if not isinstance(value, list):
        raise KibanaError(
            400, f"[{where}.{key}]: expected value of type [array] but got [{_got(body, key)}]"
        )
    for index, entry in enumerate(value):
        if not isinstance(entry, str):
            got = type_name(entry)
            raise KibanaError(
                400, f"[{where}.{key}.{index}]: expected value of type [string] but got [{got}]"
            )
    return list(value)


# Fleet's INVALID_NAMESPACE_CHARACTERS (common/services/is_valid_namespace.ts): besides
# * \\ / ? " < > | , # : it forbids every whitespace character and the hyphen.
_NAMESPACE_INVALID = re.compile(r'[*\\/?"<>|\s,#:-]')


def namespace(value: str, where: str = "request body.namespace") -> None:
    """Fleet's ``isValidNamespace`` rules, in its order and with its messages
    (x-pack/platform/plugins/shared/fleet/common/services/is_valid_namespace.ts)."""
    if not value.strip():
        raise KibanaError(400, f"[{where}]: Namespace is required")
    if value != value.lower():
        raise KibanaError(400, f"[{where}]: Namespace must be lowercase")
    if _NAMESPACE_INVALID.search(value):
        raise KibanaError(400, f"[{where}]: Namespace contains invalid characters")
    if len(value.encode()) > 100:
        raise KibanaError(400, f"[{where}]: Namespace cannot be more than 100 bytes")


def number(body: dict[str, Any], key: str, where: str = "request body") -> float | None:
    """An optional number field."""
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise KibanaError(
            400, f"[{where}.{key}]: expected value of type [number] but got [{_got(body, key)}]"
        )
    return float(value)


def optional_strings(body: dict[str, Any], keys: tuple[str, ...]) -> None:
    """Optional string fields (``schema.maybe(schema.string())``): absent or null pass."""
    for key in keys:
        if body.get(key) is not None:
            string(body, key, required=False)


OUTPUT_TYPES = ("elasticsearch", "logstash", "kafka", "remote_elasticsearch")


def fields(body: dict[str, Any], types: dict[str, str]) -> None:
    """Check the typed scalar fields of a body: ``string``, ``boolean``, ``number``,
    ``string[]`` or ``output-type`` (Kibana's output ``type`` union)."""
    for key, kind in types.items():
        if kind == "string":
            optional_strings(body, (key,))
        elif kind == "boolean":
            boolean(body, key)
        elif kind == "number":
            number(body, key)
        elif kind == "string[]":
            string_list(body, key)
        elif kind == "output-type" and key in body and body[key] not in OUTPUT_TYPES:
            # The output schemas form a union on `type`; config-schema lists each member.
            lines = "\n".join(
                f"- [request body.{n}.{key}]: expected value to equal [{t}]"
                for n, t in enumerate(OUTPUT_TYPES)
            )
            raise KibanaError(400, f"[request body]: types that failed validation:\n{lines}")

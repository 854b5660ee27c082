"""Turning a facade call into the request a generated operation builds, checked before sending.

The transport sends what :func:`prepare` returns; everything decided before the first byte is
sent happens here: path ids are refused if no URL can carry them (``_limits.py``), plain
strings become the generated enums, the generated ``_get_kwargs`` builds method, path, query
and body, and the body is checked against the limits.
"""

from __future__ import annotations

import threading
from types import ModuleType
from typing import Any, NamedTuple

from ._exceptions import InvalidArgumentError
from ._limits import check_body, check_path_id
from ._ops import Body, operation


class Prepared(NamedTuple):
    """A request ready to send, and the generated operation that parses its answer."""

    module: ModuleType
    request: dict[str, Any]


def prepare(
    operation_id: str, params: dict[str, Any], *, content_type: str | None = None
) -> Prepared:
    """The request for ``operation_id`` with ``params`` (``None`` values left out).

    Args:
        operation_id: Kibana's operationId, e.g. ``get-fleet-agent-policies-agentpolicyid``.
        params: Arguments for the generated ``_get_kwargs``.
        content_type: Replace the Content-Type the generated operation sets.

    Raises:
        InvalidArgumentError: A path id is missing or not a non-empty string.
        InvalidRequestError: A path id or the body exceeds a limit (``_limits.py``).
    """
    module = operation(operation_id)
    arguments = {k: v for k, v in params.items() if v is not None}
    signature = signature_of(module)
    for name in signature.ids:
        value = arguments.get(name)
        if not isinstance(value, str) or not value:
            raise InvalidArgumentError(f"an id is required: {name} must be a non-empty "
                                       f"string, got {short(repr(value))}")  # fmt: skip
        check_path_id(name, value)
    for name, enum_class in signature.enums.items():
        value = arguments.get(name)
        if isinstance(value, str):
            # Plain strings are accepted for enum parameters; values the pin does not know
            # pass through (the generated enums keep unknown values).
            arguments[name] = enum_class._from_value(value)
    request: dict[str, Any] = module._get_kwargs(**arguments)
    if content_type is not None:
        request.setdefault("headers", {})["Content-Type"] = content_type
    body = request.get("json")
    if body.__class__ is Body:
        request["json"] = body = body.data
    if body is not None:
        check_body(body)
    return Prepared(module, request)


def short(text: str, limit: int = 200) -> str:
    """``text`` cut to ``limit`` characters for a message, saying how long it was."""
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} characters)"


class Signature(NamedTuple):
    """What the facade checks and converts before calling a generated ``_get_kwargs``."""

    ids: tuple[str, ...]  # required string parameters: the path ids
    enums: dict[str, Any]  # parameter -> generated enum class (the code reads ``.value``)


_SIGNATURES: dict[str, Signature] = {}
_SIGNATURES_LOCK = threading.Lock()


def signature_of(module: ModuleType) -> Signature:
    """The generated operation's path ids and enum parameters, read once per operation."""
    name = module.__name__
    found = _SIGNATURES.get(name)
    if found is None:
        with _SIGNATURES_LOCK:
            found = _SIGNATURES.get(name)
            if found is None:
                found = _SIGNATURES[name] = _read_signature(module)
    return found


def _read_signature(module: ModuleType) -> Signature:
    import enum  # only on an operation's first call
    import inspect
    import typing

    function = module._get_kwargs
    # The generated modules postpone their annotations (strings): resolved in the module,
    # where every name ``_get_kwargs`` uses is imported at run time.
    hints = typing.get_type_hints(function)
    ids: list[str] = []
    enums: dict[str, Any] = {}
    for parameter in inspect.signature(function).parameters.values():
        annotation = hints.get(parameter.name, parameter.annotation)
        if parameter.default is inspect.Parameter.empty and annotation is str:
            ids.append(parameter.name)
        for member in typing.get_args(annotation) or (annotation,):
            if isinstance(member, type) and issubclass(member, enum.Enum):
                enums[parameter.name] = member
    return Signature(tuple(ids), enums)

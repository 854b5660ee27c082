"""Bridge to the generated operations: find a module by Kibana's operationId, wrap bodies.

The facade builds requests with each generated operation's ``_get_kwargs`` (so paths, path
quoting and query names come from the pinned spec) and parses successes with its
``_parse_response``; status handling, retries and errors stay in the transport.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import threading
from types import ModuleType
from typing import Any

#: operationId (underscored) -> generated module name; ``None`` until first needed. Built
#: whole, then published in one assignment: a shared client's threads never see it half full.
_INDEX: dict[str, str] | None = None
_MODULES: dict[str, ModuleType] = {}
#: Held while the index is built or a generated module first imported. One lock for both:
#: the generated modules import each other, and importing them from several threads at once
#: could meet a partly initialised module.
_LOCK = threading.Lock()


def _index() -> dict[str, str]:
    index = _INDEX
    if index is None:
        with _LOCK:
            index = _INDEX if _INDEX is not None else _build_index()
    return index


def _build_index() -> dict[str, str]:
    """Find every generated operation (called with ``_LOCK`` held)."""
    global _INDEX
    # Found without importing the generated package: importing it loads attrs and the
    # generated httpx client, which the facade needs only at the first request.
    spec = importlib.util.find_spec("fleet_api_client")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the generated package fleet_api_client is not installed")
    root = os.path.join(next(iter(spec.submodule_search_locations)), "api")
    index: dict[str, str] = {}
    for tag in sorted(os.listdir(root)):
        folder = os.path.join(root, tag)
        if not os.path.isdir(folder):
            continue
        for name in os.listdir(folder):
            if name.endswith(".py") and name != "__init__.py":
                index[name[:-3]] = f"fleet_api_client.api.{tag}.{name[:-3]}"
    _INDEX = index
    return index


def operation(operation_id: str) -> ModuleType:
    """The generated module for an operationId such as ``get-fleet-agent-policies``."""
    module = _MODULES.get(operation_id)
    if module is None:
        index = _index()
        with _LOCK:
            module = _MODULES.get(operation_id)
            if module is None:
                module = importlib.import_module(index[operation_id.replace("-", "_")])
                _MODULES[operation_id] = module
    return module


def operation_ids() -> list[str]:
    """Every operationId the generated client implements."""
    return sorted(name.replace("_", "-") for name in _index())


class Body:
    """A JSON body handed to a generated ``_get_kwargs`` (which only calls ``to_dict``).

    Request bodies are plain dicts built from keyword arguments, so a request is never refused
    locally because a newer Kibana field is missing from the pinned models.
    """

    __slots__ = ("data",)

    def __init__(self, data: Any) -> None:
        self.data = data

    def to_dict(self) -> Any:
        """The JSON value."""
        return self.data


class Found:
    """What a create's ``lookup`` found after a lost or failed attempt (see the transport)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def clean(**fields: Any) -> dict[str, Any]:
    """Drop ``None`` values: absent keyword arguments are not sent."""
    return {k: v for k, v in fields.items() if v is not None}


#: Generated operations the facade deliberately does not wrap, with the reason; reach them
#: through ``fleet.raw``. Empty today: every operation in the pinned spec has a facade method
#: (``tests/facade/test_coverage.py`` keeps it that way).
RAW_ONLY_OPERATIONS: dict[str, str] = {}


def is_unset(value: Any) -> bool:
    """Whether ``value`` is the generated client's ``UNSET`` marker.

    Checked by class name so that importing the facade does not import the generated
    ``types`` module (and attrs with it) before the first request needs them.
    """
    return bool(value.__class__.__name__ == "Unset")


#: operationId -> (method, path template), read once each from the generated ``_get_kwargs``.
_ROUTES: dict[str, tuple[str, str]] = {}


class _AnyBody:
    """Stands in for a request body while a route is read: the URL does not depend on it."""

    def to_dict(self) -> dict[str, Any]:
        return {}

    def to_multipart(self) -> dict[str, Any]:
        return {}

    payload = b""  # an uploaded package archive (``File``)


def route(operation_id: str) -> tuple[str, str]:
    """The method and path template of an operation: ``("GET", "/api/fleet/agents/{agent_id}")``.

    For errors about an answer that arrived parsed (its ``Reply`` gone): they name the
    request as the other errors do, by method and path, with the path ids as placeholders.
    A name that is no operation comes back as the path, with no method.
    """
    found = _ROUTES.get(operation_id)
    if found is None:
        import inspect
        from urllib.parse import unquote

        try:
            function = operation(operation_id)._get_kwargs
            # The required parameters are the path ids (quoted into the URL) and the body.
            parameters = inspect.signature(function).parameters
            placeholders: dict[str, Any] = {
                name: "{" + name + "}" for name, parameter in parameters.items()
                if parameter.default is inspect.Parameter.empty and name != "body"
            }
            if "body" in parameters:
                placeholders["body"] = _AnyBody()
            kwargs = function(**placeholders)
            found = (str(kwargs["method"]).upper(), unquote(str(kwargs["url"])))
        except Exception:
            found = ("", operation_id)
        _ROUTES[operation_id] = found
    return found

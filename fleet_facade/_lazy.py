"""Public names loaded on first use (PEP 562), for the packages whose ``__init__`` offers them.

A synchronous script that never touches the async client or the workflow types should not
pay for importing them; the names stay in ``__all__`` and in ``dir()``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


def lazy_getattr(
    package: str, namespace: dict[str, Any], sources: Mapping[str, str]
) -> Callable[[str], Any]:
    """A module ``__getattr__`` importing ``name`` from ``sources[name]`` once, then keeping it.

    Args:
        package: The package's ``__name__`` (for the error of an unknown name).
        namespace: The package's ``globals()``: a loaded name is stored there, so the next
            access does not come back here.
        sources: Public name -> module that defines it.
    """

    def __getattr__(name: str) -> Any:
        source = sources.get(name)
        if source is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(source), name)
        namespace[name] = value
        return value

    return __getattr__

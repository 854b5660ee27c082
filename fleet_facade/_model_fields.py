"""Reading answers that may be generated models or plain JSON, in the workflows.

Resource methods answer the generated models; an undocumented answer (or a field the spec
leaves out) arrives as plain JSON, or in a model's ``additional_properties``. The workflows
read both alike through these.
"""

from __future__ import annotations

from typing import Any

from ._ops import is_unset


def plain(model: Any) -> dict[str, Any]:
    """A generated model (or a mapping) as a plain dict, as the API answered it."""
    result: dict[str, Any] = model.to_dict() if hasattr(model, "to_dict") else dict(model)
    return result


def first_field(obj: Any, *names: str) -> Any:
    """The first of ``names`` that ``obj`` has (its camelCase or snake_case spelling)."""
    for name in names:
        if isinstance(obj, dict) and name in obj:
            return obj[name]
        value = getattr(obj, name, None)
        if value is not None and not is_unset(value):
            return value
    additional = getattr(obj, "additional_properties", None)
    if isinstance(additional, dict):
        for name in names:
            if name in additional:
                return additional[name]
    return None


def list_or_empty(value: Any) -> list[Any]:
    """``value`` if it is a list (a field may be unset or absent), else an empty list."""
    return list(value) if isinstance(value, list) else []

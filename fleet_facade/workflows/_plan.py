"""Plans: what ``plan`` found and ``apply`` makes (plain data: no I/O, no other import of the
package).

Kept apart from ``_results.py`` because :class:`ApplyError` in ``_exceptions.py`` names the
change that failed, and ``_results.py`` imports the exceptions: here neither imports the other.
The plan/apply mixin imports it on first use (its dataclasses load ``inspect``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

ChangeAction = Literal["create", "update", "delete", "unchanged"]


@dataclass(frozen=True)
class Change:
    """One object in a plan: what will happen to it and, for updates, which fields change.

    ``fields`` maps a dotted field path to ``(current, desired)`` (updates); ``values`` maps a
    dotted field path to the value a create sends (secrets masked). ``version`` is, for an
    integration created or updated, the package version it uses (resolved when the desired
    state names none).
    """

    action: ChangeAction
    kind: str
    name: str
    id: str | None = None
    fields: Mapping[str, tuple[Any, Any]] = field(default_factory=dict)
    desired: Mapping[str, Any] = field(default_factory=dict, repr=False)
    parent: str | None = None
    values: Mapping[str, Any] = field(default_factory=dict)
    version: str | None = None

    def describe(self) -> list[str]:
        sign = {"create": "+", "update": "~", "delete": "-", "unchanged": "="}[self.action]
        where = f" on {self.parent}" if self.parent else ""
        package = self.desired.get("integration") if self.version else None
        using = f" ({package.package} {self.version})" if package is not None else ""
        lines = [f"{sign} {self.kind} {self.name!r}{where}{using}"]
        for path, (old, new) in sorted(self.fields.items()):
            lines.append(f"    {path}: {_short(old)} -> {_short(new)}")
        for path, value in sorted(self.values.items()):
            lines.append(f"    {path}: {_short(value)}")
        return lines


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


@dataclass(frozen=True)
class Plan:
    """The changes that :meth:`Fleet.apply` would make, in the order it makes them."""

    changes: list[Change]

    @property
    def has_changes(self) -> bool:
        return any(c.action != "unchanged" for c in self.changes)

    def count(self, action: ChangeAction) -> int:
        return sum(1 for c in self.changes if c.action == action)

    def summary(self) -> str:
        return (f"{self.count('create')} to create, {self.count('update')} to update, "
                f"{self.count('delete')} to delete, {self.count('unchanged')} unchanged")

    def render(self) -> str:
        lines = [line for change in self.changes for line in change.describe()]
        return "\n".join([*lines, self.summary()])

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": {a: self.count(a) for a in ("create", "update", "delete", "unchanged")},
            "changes": [
                {"action": c.action, "kind": c.kind, "name": c.name, "id": c.id,
                 "parent": c.parent, "version": c.version,
                 "fields": {k: {"current": v[0], "desired": v[1]} for k, v in c.fields.items()},
                 "values": dict(c.values)}
                for c in self.changes
            ],
        }

"""Field-level comparison of desired and current objects, for plan/apply.

Only what the desired state says is compared: fields it leaves out are Fleet's to manage
(defaults, server-set fields), so they never show up as drift.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from fleet_facade._integration_inputs import PLUGIN_INPUTS
from fleet_facade._package_policy_simplified import simplified_from_full

if TYPE_CHECKING:
    from fleet_facade.workflows._results import Integration

FieldChanges = dict[str, tuple[Any, Any]]


def is_secret_reference(value: Any) -> bool:
    """Fleet answers secret variables with ``{"isSecretRef": true, "id": …}``, not the value."""
    return isinstance(value, Mapping) and bool(value.get("isSecretRef"))


def diff_fields(current: Mapping[str, Any], desired: Mapping[str, Any],
                prefix: str = "") -> FieldChanges:
    """Fields of ``desired`` whose value differs in ``current`` (dotted path -> (now, wanted))."""
    changes: FieldChanges = {}
    for key, wanted in desired.items():
        path = f"{prefix}{key}"
        now = current.get(key) if isinstance(current, Mapping) else None
        if is_secret_reference(now):
            continue  # the value is stored as a secret: Fleet cannot show it to compare
        if isinstance(wanted, Mapping) and isinstance(now, Mapping):
            changes.update(diff_fields(now, wanted, prefix=f"{path}."))
        elif isinstance(wanted, Mapping) and now is None:
            changes.update(diff_fields({}, wanted, prefix=f"{path}."))
        elif not _same(now, wanted):
            changes[path] = (now, wanted)
    return changes


def _same(now: Any, wanted: Any) -> bool:
    if isinstance(now, bool) or isinstance(wanted, bool):
        return now is wanted
    if isinstance(now, (int, float)) and isinstance(wanted, (int, float)):
        return float(now) == float(wanted)
    return bool(now == wanted)


def desired_package_policy_fields(integration: Integration, version: str) -> dict[str, Any]:
    """What a package policy must look like (simplified form) to satisfy ``integration``.

    An input or stream the integration mentions is enabled unless it says ``enabled: false``
    (Kibana's rule for simplified requests); those it does not mention are left alone.
    """
    wanted: dict[str, Any] = {"package": {"version": version}}
    given_inputs: Any = integration.inputs
    if isinstance(given_inputs, list):
        # Full form: compared as Kibana's simplified read shows it; inputs a plugin adds
        # (Elastic Defend's config) are compared through the preset instead.
        plugin_inputs = PLUGIN_INPUTS.get(integration.package, ())
        given_inputs = simplified_from_full(
            {"inputs": [e for e in given_inputs if e.get("type") not in plugin_inputs]})["inputs"]
    if integration.namespace is not None:
        wanted["namespace"] = integration.namespace
    if integration.description is not None:
        wanted["description"] = integration.description
    if integration.vars:
        wanted["vars"] = dict(integration.vars)
        if isinstance(integration.inputs, list):  # full-form vars are {name: {type, value}}
            wanted["vars"] = simplified_from_full({"inputs": [], "vars": wanted["vars"]})["vars"]
    inputs: dict[str, Any] = {}
    for input_id, spec in (given_inputs or {}).items():
        spec = spec or {}
        entry: dict[str, Any] = {"enabled": spec.get("enabled", True)}
        if spec.get("vars"):
            entry["vars"] = dict(spec["vars"])
        streams = {
            dataset: {"enabled": (s or {}).get("enabled", True),
                      **({"vars": dict(s["vars"])} if (s or {}).get("vars") else {})}
            for dataset, s in (spec.get("streams") or {}).items()
        }
        if streams:
            entry["streams"] = streams
        inputs[input_id] = entry
    if inputs:
        wanted["inputs"] = inputs
    return wanted


#: Field names whose values a plan never shows (secrets in outputs, hosts, integration vars).
_SECRET_WORDS = ("password", "passwd", "secret", "token", "api_key", "key", "certificate_key")
MASK = "***"


def shown_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The values a create would send, by dotted path, with secret-looking ones masked."""
    shown: dict[str, Any] = {}
    for path, (_, value) in diff_fields({}, fields).items():
        parts = path.lower().split(".")
        secret = "secrets" in parts or any(
            part == word or part.endswith(f"_{word}") for part in parts[-1:]
            for word in _SECRET_WORDS)
        shown[path] = MASK if secret and value is not None else value
    return shown

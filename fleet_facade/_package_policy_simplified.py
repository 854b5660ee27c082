"""The simplified form of a package policy read in the full (legacy) form.

Kibana before 8.10 has no ``?format=simplified`` on package policy reads, so ``plan`` reads the
full form and rewrites it here by the rules of Kibana's own conversion
(``x-pack/plugins/fleet/common/services/simplified_package_policy_helper.ts``,
``packagePolicyToSimplifiedPackagePolicy``): variables become ``{name: value}``, inputs are keyed
``<policy_template>-<type>`` (``<type>`` without a template) and streams by their dataset.
"""

from __future__ import annotations

from typing import Any


def _values(variables: Any) -> dict[str, Any]:
    if not isinstance(variables, dict):
        return {}
    return {name: (v.get("value") if isinstance(v, dict) else v)
            for name, v in variables.items()}


def plain_policy(model: Any) -> dict[str, Any]:
    """A package policy answer (a generated model or a mapping) as a plain dict."""
    plain: dict[str, Any] = model.to_dict() if hasattr(model, "to_dict") else dict(model)
    return plain


def simplified_from_full(policy: dict[str, Any]) -> dict[str, Any]:
    """``policy`` (a plain dict) with ``vars`` and ``inputs`` in the simplified form.

    A policy already in the simplified form (``inputs`` a mapping) is returned unchanged.
    """
    inputs = policy.get("inputs")
    if not isinstance(inputs, list):
        return policy
    simplified: dict[str, Any] = {}
    for entry in inputs:
        template = entry.get("policy_template")
        key = f"{template}-{entry['type']}" if template else str(entry["type"])
        item: dict[str, Any] = {"enabled": entry.get("enabled", True)}
        if entry.get("vars"):
            item["vars"] = _values(entry["vars"])
        streams = {}
        for stream in entry.get("streams") or []:
            dataset = (stream.get("data_stream") or {}).get("dataset")
            if dataset is None:
                continue
            streams[dataset] = {"enabled": stream.get("enabled", True),
                                **({"vars": _values(stream["vars"])} if stream.get("vars")
                                   else {})}
        if streams:
            item["streams"] = streams
        simplified[key] = item
    result = {**policy, "inputs": simplified}
    if isinstance(policy.get("vars"), dict):
        result["vars"] = _values(policy["vars"])
    return result

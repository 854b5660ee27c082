"""Elastic Defend (package ``endpoint``): its presets, its create inputs, and reading them back.

The endpoint package's manifest declares no inputs. A policy is created in the full form with
one input of type ``ENDPOINT_INTEGRATION_CONFIG`` whose ``config._config.value`` is
``{"type": "endpoint", "endpointConfig": {"preset": <preset>}}`` (the body Kibana's own tests
send, e.g. ``x-pack/test/fleet_api_integration/apis/agent_policy/agent_policy.ts``). Kibana's
security solution checks it and replaces the inputs by one ``endpoint`` input whose ``config``
holds ``integration_config`` (that value), ``artifact_manifest`` and ``policy``, the default
endpoint policy for the preset
(``x-pack/solutions/security/plugins/security_solution/server/fleet_integration/
fleet_integration.ts``, ``handlers/validate_integration_config.ts``,
``handlers/create_default_policy.ts``). The preset is applied once, on create: an update keeps
whatever ``policy`` it is sent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._exceptions import InvalidValueError

PACKAGE = "endpoint"
#: ``fleet_integration/constants.ts`` ``ENDPOINT_INTEGRATION_CONFIG_KEY``.
CONFIG_INPUT = "ENDPOINT_INTEGRATION_CONFIG"
#: ``fleet_integration/constants.ts``: the presets ``validateIntegrationConfig`` accepts.
PRESETS = ("NGAV", "EDREssential", "EDRComplete", "DataCollection")
#: The input Kibana stores (and an update must send back with its ``policy``).
STORED_INPUT = "endpoint"


def _unknown_preset(preset: Any) -> str:
    return f"unknown Elastic Defend preset {preset!r}; valid: " + ", ".join(PRESETS)


def check_preset(preset: Any) -> str:
    """``preset`` if Kibana knows it.

    Raises:
        InvalidValueError: Names the valid presets (Kibana would answer 403).
    """
    if preset not in PRESETS:
        raise InvalidValueError(_unknown_preset(preset))
    return str(preset)


def create_inputs(preset: str) -> list[dict[str, Any]]:
    """The full-form ``inputs`` that create an Elastic Defend policy with ``preset``."""
    config = {"type": "endpoint", "endpointConfig": {"preset": check_preset(preset)}}
    return [{"type": CONFIG_INPUT, "enabled": True, "streams": [],
             "config": {"_config": {"value": config}}}]


def config_problems(inputs: Sequence[Any]) -> list[str]:
    """What Kibana would refuse in the integration config input of a full-form create."""
    problems: list[str] = []
    for entry in inputs:
        if not isinstance(entry, Mapping) or entry.get("type") != CONFIG_INPUT:
            continue
        value = ((entry.get("config") or {}).get("_config") or {}).get("value")
        if not value:
            continue  # no config: Kibana applies its default (protections off)
        if not isinstance(value, Mapping) or value.get("type") not in ("endpoint", "cloud"):
            problems.append(f"{CONFIG_INPUT} config type must be 'endpoint' or 'cloud'")
        elif value["type"] == "endpoint":
            preset = (value.get("endpointConfig") or {}).get("preset")
            if preset not in PRESETS:
                problems.append(_unknown_preset(preset))
        elif not isinstance((value.get("eventFilters") or {}).get("nonInteractiveSession"),
                            bool):
            problems.append("a cloud config needs eventFilters.nonInteractiveSession "
                            "(true or false)")
    return problems


def update_problems(inputs: Sequence[Any]) -> list[str]:
    """What Kibana refuses in a full-form update of an Elastic Defend policy: the ``endpoint``
    input must carry ``config.policy.value`` and ``config.artifact_manifest.value``
    (``handlers/validate_endpoint_package_policy.ts``), as a read returns them."""
    stored = next((e for e in inputs
                   if isinstance(e, Mapping) and e.get("type") == STORED_INPUT), None)
    config = (stored or {}).get("config") or {}
    if (config.get("policy") or {}).get("value") and (
            config.get("artifact_manifest") or {}).get("value"):
        return []
    return ["an Elastic Defend update needs the 'endpoint' input with config.policy.value and "
            "config.artifact_manifest.value (send back the inputs a read returns, changed)"]


def preset_of(inputs: Any) -> str | None:
    """The preset a full-form ``inputs`` list carries: the stored ``endpoint`` input's
    ``integration_config``, or a create body's config input; ``None`` without one."""
    if not isinstance(inputs, Sequence) or isinstance(inputs, str):
        return None
    for entry in inputs:
        if not isinstance(entry, Mapping):
            continue
        config = entry.get("config") or {}
        holder = {STORED_INPUT: "integration_config", CONFIG_INPUT: "_config"}.get(
            str(entry.get("type")))
        if holder is None:
            continue
        value = (config.get(holder) or {}).get("value") or {}
        preset = (value.get("endpointConfig") or {}).get("preset")
        if preset is not None:
            return str(preset)
    return None

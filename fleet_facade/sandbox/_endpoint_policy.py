"""Elastic Defend (package ``endpoint``): what Kibana's security solution does to its policies.

Fleet runs external callbacks on a package policy before it validates and stores it
(``server/services/package_policy.ts`` ``create``: ``runExternalCallbacks('packagePolicyCreate')``
right after the preflight checks); the security solution registers the ones for ``endpoint``
(``x-pack/solutions/security/plugins/security_solution/server/fleet_integration/
fleet_integration.ts``):

* on create, the optional integration config is read from the input of type
  ``ENDPOINT_INTEGRATION_CONFIG`` (``config._config.value``) and checked
  (``handlers/validate_integration_config.ts``: an unknown ``type``, a missing or unknown
  ``endpointConfig.preset``, a cloud config without ``eventFilters.nonInteractiveSession`` are
  refused with 403); then the inputs are replaced by one ``endpoint`` input whose ``config``
  holds ``integration_config`` (the config given, else ``{}``), ``artifact_manifest`` and
  ``policy``, the default endpoint policy for the preset (``handlers/create_default_policy.ts``);
* on update, the ``endpoint`` input must carry ``config.policy.value`` and
  ``config.artifact_manifest.value`` (``handlers/validate_endpoint_package_policy.ts``, 400),
  and the policy's ``meta`` is brought up to date with the cluster's license.

The sandbox stands for a cluster on a trial licence (platinum features on, so
``createDefaultPolicy`` keeps the factory's protections), outside the cloud and not serverless,
with the trusted-devices feature off (``removeDeviceControl`` leaves no ``device_control``).
"""

from __future__ import annotations

import uuid
from typing import Any

from ._clone import clone
from ._http import KibanaError

Json = dict[str, Any]

PACKAGE = "endpoint"
#: ``fleet_integration/constants.ts``.
CONFIG_INPUT = "ENDPOINT_INTEGRATION_CONFIG"
PRESETS = ("NGAV", "EDREssential", "EDRComplete", "DataCollection")
LICENSE = "trial"
CLUSTER_NAME = "sandbox"
#: Fixed ids of the sandbox's cluster and licence (Kibana reads them from Elasticsearch).
CLUSTER_UUID = str(uuid.uuid5(uuid.NAMESPACE_URL, "fleet-facade-sandbox/cluster"))
LICENSE_UUID = str(uuid.uuid5(uuid.NAMESPACE_URL, "fleet-facade-sandbox/license"))

_OSES = ("windows", "mac", "linux")
#: ``common/endpoint/models/policy_config.ts`` ``policyFactory``: events per operating system.
_EVENTS = {
    "windows": ("credential_access", "dll_and_driver_load", "dns", "file", "network", "process",
                "registry", "security"),
    "mac": ("dns", "process", "file", "network", "security"),
    "linux": ("dns", "file", "process", "network"),
}
#: Protections with a ``mode`` per operating system (the same factory).
_PROTECTIONS = {
    "windows": ("malware", "ransomware", "memory_protection", "behavior_protection"),
    "mac": ("malware", "ransomware", "memory_protection", "behavior_protection"),
    "linux": ("malware", "memory_protection", "behavior_protection"),
}


def _meta() -> Json:
    return {"license": LICENSE, "license_uuid": LICENSE_UUID, "cluster_uuid": CLUSTER_UUID,
            "cluster_name": CLUSTER_NAME, "cloud": False, "serverless": False}


def _factory_policy() -> Json:
    """``policyFactory`` for the sandbox's cluster, without device control."""
    policy: Json = {
        "meta": _meta(),
        "global_manifest_version": "latest",
        "global_telemetry_enabled": False,
    }
    for os_name in _OSES:
        section: Json = {"events": {event: True for event in _EVENTS[os_name]}}
        if os_name == "linux":
            section["events"].update(session_data=False, tty_io=False)
        for protection in _PROTECTIONS[os_name]:
            entry: Json = {"mode": "prevent"}
            if protection == "malware":
                entry.update(blocklist=True, on_write_scan=True)
            else:
                entry["supported"] = True
            if protection == "memory_protection":
                entry["custom_yara_signatures"] = True
            if protection == "behavior_protection":
                entry["reputation_service"] = False  # true only on cloud
            section[protection] = entry
        section["popup"] = {p: {"message": "", "enabled": True} for p in _PROTECTIONS[os_name]}
        section["logging"] = {"file": "info"}
        if os_name == "windows":
            section["antivirus_registration"] = {"mode": "sync", "enabled": True}
            section["attack_surface_reduction"] = {"credential_hardening": {"enabled": True}}
        policy[os_name] = section
    policy["mac"]["advanced"] = {"capture_env_vars": ",".join(
        ["DYLD_INSERT_LIBRARIES", "DYLD_FRAMEWORK_PATH", "DYLD_LIBRARY_PATH", "LD_PRELOAD"])}
    policy["linux"]["advanced"] = {"capture_env_vars": "LD_PRELOAD,LD_LIBRARY_PATH"}
    return policy


def _disable_protections(policy: Json) -> Json:
    """``policy_config_helpers.ts`` ``disableProtections``: every mode off, its popup off, and on
    Windows antivirus registration and credential hardening off."""
    for os_name in _OSES:
        section = policy[os_name]
        for protection in _PROTECTIONS[os_name]:
            section[protection]["mode"] = "off"
            section["popup"][protection]["enabled"] = False
    policy["windows"]["antivirus_registration"]["enabled"] = False
    policy["windows"]["attack_surface_reduction"]["credential_hardening"]["enabled"] = False
    return policy


def _is_billable(policy: Json) -> bool:
    """``isBillablePolicy``: some protection is on (event collection alone is not billed)."""
    return any(policy[os_name][protection]["mode"] != "off"
               for os_name in _OSES for protection in _PROTECTIONS[os_name])


def default_policy(config: Json | None) -> Json:
    """``createDefaultPolicy`` for an integration config (``None``: none was given)."""
    policy = _factory_policy()
    preset = ((config or {}).get("endpointConfig") or {}).get("preset")
    if config is not None and config.get("type") == "cloud":
        policy = _disable_protections(policy)
        policy["linux"]["events"]["session_data"] = True
    elif preset in ("NGAV", "EDREssential"):
        for os_name in _OSES:
            events = {event: False for event in policy[os_name]["events"]}
            events.update(process=True, file=preset == "EDREssential",
                          network=preset == "EDREssential")
            policy[os_name]["events"] = events
    elif preset != "EDRComplete":  # DataCollection, and no preset at all
        policy = _disable_protections(policy)
    policy["meta"]["billable"] = _is_billable(policy)
    return policy


def _refuse(message: str) -> KibanaError:
    # validate_integration_config.ts throws with statusCode 403; Fleet's handler answers with it.
    return KibanaError(403, message)


def check_integration_config(config: Any) -> None:
    """``validateIntegrationConfig``."""
    if not isinstance(config, dict):
        raise _refuse("Invalid integration config type")
    if config.get("type") == "endpoint":
        preset = (config.get("endpointConfig") or {}).get("preset")
        if not preset or preset not in PRESETS:
            raise _refuse("Invalid endpointConfig preset")
    elif config.get("type") == "cloud":
        event_filters = config.get("eventFilters")
        if not event_filters:
            raise _refuse("eventFilters is required for cloud integration")
        if not isinstance(event_filters.get("nonInteractiveSession"), bool):
            raise _refuse("invalid value for eventFilters nonInteractiveSession")
    else:
        raise _refuse("Invalid integration config type")


def artifact_manifest() -> Json:
    """``ManifestManager.createDefaultManifest().toPackagePolicyManifest()``: the sandbox has no
    exception lists, so no artifacts."""
    return {"manifest_version": "1.0.0", "schema_version": "v1", "artifacts": {}}


def on_create(body: Json) -> Json:
    """The body after the ``packagePolicyCreate`` callback (a copy; ``body`` is not changed)."""
    given = body.get("inputs")
    inputs: list[Any] = given if isinstance(given, list) else []
    config_input = next((i for i in inputs
                         if isinstance(i, dict) and i.get("type") == CONFIG_INPUT), None)
    value = (((config_input or {}).get("config") or {}).get("_config") or {}).get("value")
    config = clone(value) if value else None
    if config is not None:
        check_integration_config(config)
    endpoint_input: Json = {
        "type": "endpoint", "enabled": True, "streams": [],
        "config": {
            "integration_config": {"value": config} if config is not None else {},
            "artifact_manifest": {"value": artifact_manifest()},
            "policy": {"value": default_policy(config)},
        },
    }
    return {**body, "inputs": [endpoint_input]}


def on_update(inputs: list[Json]) -> None:
    """The ``packagePolicyUpdate`` callback's checks, and its ``meta`` refresh, on ``inputs``."""
    endpoint_input = next((i for i in inputs if i.get("type") == "endpoint"), None)
    config = (endpoint_input or {}).get("config") or {}
    if not (config.get("policy") or {}).get("value") or not (
            config.get("artifact_manifest") or {}).get("value"):
        raise KibanaError(
            400, "Invalid Elastic Defend security policy. 'inputs[0].config.policy.value' and "
                 "'inputs[0].config.artifact_manifest.value' are required.")
    policy = config["policy"]["value"]
    if isinstance(policy, dict) and isinstance(policy.get("meta"), dict):
        policy["meta"].update(_meta())
        policy["meta"]["billable"] = _is_billable(policy)

"""The sandbox's HTTP handlers, one module per OpenAPI tag of the pinned spec.

Each module registers exactly the operations its tag holds in ``spec/fleet-openapi.json`` (the
tags are the folders of ``generated/fleet_api_client/api/``). State and logic shared between
tags live outside this package: ``_agents``, ``_agent_policies``, ``_package_policies``,
``_enrollment_keys``, ``_epm`` and ``_package_archives`` hold each area's stored objects and
rules; ``_crud``, ``_listing``, ``_kql``, ``_validate`` and ``_policy_inputs`` are helpers.
The router ranks templates by specificity, so the order of registration does not matter.
"""

from __future__ import annotations

from types import ModuleType

from .._router import Router
from . import (
    agent_actions,
    agent_policies,
    agent_status,
    agentless_policies,
    agents,
    cloud_connectors,
    data_streams,
    download_sources,
    enrollment_api_keys,
    epm,
    fleet_server_hosts,
    internals,
    message_signing,
    outputs,
    package_policies,
    proxies,
    remote_synced_integrations,
    service_tokens,
    space_settings,
    uninstall_tokens,
)

#: The one mapping from a tag (as the generator names its folder) to the module routing it.
#: ``default`` holds the spec's untagged operations.
MODULES_BY_TAG: dict[str, ModuleType] = {
    "data_streams": data_streams,
    "default": space_settings,
    "elastic_agent_actions": agent_actions,
    "elastic_agent_binary_download_sources": download_sources,
    "elastic_agent_policies": agent_policies,
    "elastic_agent_status": agent_status,
    "elastic_agents": agents,
    "elastic_package_manager_epm": epm,
    "fleet_agentless_policies": agentless_policies,
    "fleet_cloud_connectors": cloud_connectors,
    "fleet_enrollment_api_keys": enrollment_api_keys,
    "fleet_internals": internals,
    "fleet_outputs": outputs,
    "fleet_package_policies": package_policies,
    "fleet_proxies": proxies,
    "fleet_remote_synced_integrations": remote_synced_integrations,
    "fleet_server_hosts": fleet_server_hosts,
    "fleet_service_tokens": service_tokens,
    "fleet_uninstall_tokens": uninstall_tokens,
    "message_signing_service": message_signing,
}


def register_all(router: Router) -> None:
    """Add every Fleet route to ``router``."""
    for module in MODULES_BY_TAG.values():
        module.register(router)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.agent_policy_monitoring_enabled_item import (
    AgentPolicyMonitoringEnabledItem,
)
from ..models.agent_policy_status import AgentPolicyStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_policy_advanced_settings import AgentPolicyAdvancedSettings
    from ..models.agent_policy_agent_features_item import AgentPolicyAgentFeaturesItem
    from ..models.agent_policy_agentless import AgentPolicyAgentless
    from ..models.agent_policy_global_data_tags_item import (
        AgentPolicyGlobalDataTagsItem,
    )
    from ..models.agent_policy_monitoring_diagnostics import (
        AgentPolicyMonitoringDiagnostics,
    )
    from ..models.agent_policy_monitoring_http import AgentPolicyMonitoringHttp
    from ..models.agent_policy_overrides_type_0 import AgentPolicyOverridesType0
    from ..models.agent_policy_required_versions_type_0_item import (
        AgentPolicyRequiredVersionsType0Item,
    )
    from ..models.package_policy import PackagePolicy


T = TypeVar("T", bound="AgentPolicy")


@_attrs_define
class AgentPolicy:
    """
    Attributes:
        id (str):
        advanced_settings (AgentPolicyAdvancedSettings | Unset):
        agent_features (list[AgentPolicyAgentFeaturesItem] | Unset):
        agentless (AgentPolicyAgentless | Unset):
        agents (float | Unset):
        data_output_id (None | str | Unset):
        description (str | Unset):
        download_source_id (None | str | Unset):
        fips_agents (float | Unset):
        fleet_server_host_id (None | str | Unset):
        global_data_tags (list[AgentPolicyGlobalDataTagsItem] | Unset):
        has_fleet_server (bool | Unset):
        inactivity_timeout (float | Unset):
        is_default (bool | Unset):
        is_default_fleet_server (bool | Unset):
        is_managed (bool | Unset):
        is_preconfigured (bool | Unset):
        is_protected (bool | Unset):
        keep_monitoring_alive (bool | None | Unset):
        monitoring_diagnostics (AgentPolicyMonitoringDiagnostics | Unset):
        monitoring_enabled (list[AgentPolicyMonitoringEnabledItem] | Unset):
        monitoring_http (AgentPolicyMonitoringHttp | Unset):
        monitoring_output_id (None | str | Unset):
        monitoring_pprof_enabled (bool | Unset):
        name (str | Unset):
        namespace (str | Unset):
        overrides (AgentPolicyOverridesType0 | None | Unset):
        package_policies (list[PackagePolicy] | list[str] | Unset):
        required_versions (list[AgentPolicyRequiredVersionsType0Item] | None | Unset):
        revision (float | Unset):
        schema_version (str | Unset):
        space_ids (list[str] | Unset):
        status (AgentPolicyStatus | Unset):
        supports_agentless (bool | None | Unset):
        unenroll_timeout (float | Unset):
        unprivileged_agents (float | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
        version (str | Unset):
    """

    id: str
    advanced_settings: AgentPolicyAdvancedSettings | Unset = UNSET
    agent_features: list[AgentPolicyAgentFeaturesItem] | Unset = UNSET
    agentless: AgentPolicyAgentless | Unset = UNSET
    agents: float | Unset = UNSET
    data_output_id: None | str | Unset = UNSET
    description: str | Unset = UNSET
    download_source_id: None | str | Unset = UNSET
    fips_agents: float | Unset = UNSET
    fleet_server_host_id: None | str | Unset = UNSET
    global_data_tags: list[AgentPolicyGlobalDataTagsItem] | Unset = UNSET
    has_fleet_server: bool | Unset = UNSET
    inactivity_timeout: float | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_default_fleet_server: bool | Unset = UNSET
    is_managed: bool | Unset = UNSET
    is_preconfigured: bool | Unset = UNSET
    is_protected: bool | Unset = UNSET
    keep_monitoring_alive: bool | None | Unset = UNSET
    monitoring_diagnostics: AgentPolicyMonitoringDiagnostics | Unset = UNSET
    monitoring_enabled: list[AgentPolicyMonitoringEnabledItem] | Unset = UNSET
    monitoring_http: AgentPolicyMonitoringHttp | Unset = UNSET
    monitoring_output_id: None | str | Unset = UNSET
    monitoring_pprof_enabled: bool | Unset = UNSET
    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    overrides: AgentPolicyOverridesType0 | None | Unset = UNSET
    package_policies: list[PackagePolicy] | list[str] | Unset = UNSET
    required_versions: list[AgentPolicyRequiredVersionsType0Item] | None | Unset = UNSET
    revision: float | Unset = UNSET
    schema_version: str | Unset = UNSET
    space_ids: list[str] | Unset = UNSET
    status: AgentPolicyStatus | Unset = UNSET
    supports_agentless: bool | None | Unset = UNSET
    unenroll_timeout: float | Unset = UNSET
    unprivileged_agents: float | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = []
        for attribute in _attrs_fields(type(self)):
            value = getattr(self, attribute.name)
            if isinstance(value, Unset) or (
                attribute.name == "additional_properties" and not value
            ):
                continue
            shown.append(f"{attribute.name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    __str__ = __repr__

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
        id = self.id

        advanced_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advanced_settings, Unset):
            advanced_settings = self.advanced_settings.to_dict()

        agent_features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_features, Unset):
            agent_features = []
            for agent_features_item_data in self.agent_features:
                agent_features_item = agent_features_item_data.to_dict()
                agent_features.append(agent_features_item)

        agentless: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agentless, Unset):
            agentless = self.agentless.to_dict()

        agents = self.agents

        data_output_id: None | str | Unset
        if isinstance(self.data_output_id, Unset):
            data_output_id = UNSET
        else:
            data_output_id = self.data_output_id

        description = self.description

        download_source_id: None | str | Unset
        if isinstance(self.download_source_id, Unset):
            download_source_id = UNSET
        else:
            download_source_id = self.download_source_id

        fips_agents = self.fips_agents

        fleet_server_host_id: None | str | Unset
        if isinstance(self.fleet_server_host_id, Unset):
            fleet_server_host_id = UNSET
        else:
            fleet_server_host_id = self.fleet_server_host_id

        global_data_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.global_data_tags, Unset):
            global_data_tags = []
            for global_data_tags_item_data in self.global_data_tags:
                global_data_tags_item = global_data_tags_item_data.to_dict()
                global_data_tags.append(global_data_tags_item)

        has_fleet_server = self.has_fleet_server

        inactivity_timeout = self.inactivity_timeout

        is_default = self.is_default

        is_default_fleet_server = self.is_default_fleet_server

        is_managed = self.is_managed

        is_preconfigured = self.is_preconfigured

        is_protected = self.is_protected

        keep_monitoring_alive: bool | None | Unset
        if isinstance(self.keep_monitoring_alive, Unset):
            keep_monitoring_alive = UNSET
        else:
            keep_monitoring_alive = self.keep_monitoring_alive

        monitoring_diagnostics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monitoring_diagnostics, Unset):
            monitoring_diagnostics = self.monitoring_diagnostics.to_dict()

        monitoring_enabled: list[str] | Unset = UNSET
        if not isinstance(self.monitoring_enabled, Unset):
            monitoring_enabled = []
            for monitoring_enabled_item_data in self.monitoring_enabled:
                monitoring_enabled_item = monitoring_enabled_item_data.value
                monitoring_enabled.append(monitoring_enabled_item)

        monitoring_http: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monitoring_http, Unset):
            monitoring_http = self.monitoring_http.to_dict()

        monitoring_output_id: None | str | Unset
        if isinstance(self.monitoring_output_id, Unset):
            monitoring_output_id = UNSET
        else:
            monitoring_output_id = self.monitoring_output_id

        monitoring_pprof_enabled = self.monitoring_pprof_enabled

        name = self.name

        namespace = self.namespace

        overrides: dict[str, Any] | None | Unset
        if isinstance(self.overrides, Unset):
            overrides = UNSET
        elif isinstance(self.overrides, AgentPolicyOverridesType0):
            overrides = self.overrides.to_dict()
        else:
            overrides = self.overrides

        package_policies: list[dict[str, Any]] | list[str] | Unset
        if isinstance(self.package_policies, Unset):
            package_policies = UNSET
        elif isinstance(self.package_policies, list):
            package_policies = []
            for package_policies_type_0_item_data in self.package_policies:
                package_policies_type_0_item = (
                    package_policies_type_0_item_data.to_dict()
                )
                package_policies.append(package_policies_type_0_item)

        else:
            package_policies = self.package_policies

        required_versions: list[dict[str, Any]] | None | Unset
        if isinstance(self.required_versions, Unset):
            required_versions = UNSET
        elif isinstance(self.required_versions, list):
            required_versions = []
            for required_versions_type_0_item_data in self.required_versions:
                required_versions_type_0_item = (
                    required_versions_type_0_item_data.to_dict()
                )
                required_versions.append(required_versions_type_0_item)

        else:
            required_versions = self.required_versions

        revision = self.revision

        schema_version = self.schema_version

        space_ids: list[str] | Unset = UNSET
        if not isinstance(self.space_ids, Unset):
            space_ids = self.space_ids

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        supports_agentless: bool | None | Unset
        if isinstance(self.supports_agentless, Unset):
            supports_agentless = UNSET
        else:
            supports_agentless = self.supports_agentless

        unenroll_timeout = self.unenroll_timeout

        unprivileged_agents = self.unprivileged_agents

        updated_at = self.updated_at

        updated_by = self.updated_by

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if advanced_settings is not UNSET:
            field_dict["advanced_settings"] = advanced_settings
        if agent_features is not UNSET:
            field_dict["agent_features"] = agent_features
        if agentless is not UNSET:
            field_dict["agentless"] = agentless
        if agents is not UNSET:
            field_dict["agents"] = agents
        if data_output_id is not UNSET:
            field_dict["data_output_id"] = data_output_id
        if description is not UNSET:
            field_dict["description"] = description
        if download_source_id is not UNSET:
            field_dict["download_source_id"] = download_source_id
        if fips_agents is not UNSET:
            field_dict["fips_agents"] = fips_agents
        if fleet_server_host_id is not UNSET:
            field_dict["fleet_server_host_id"] = fleet_server_host_id
        if global_data_tags is not UNSET:
            field_dict["global_data_tags"] = global_data_tags
        if has_fleet_server is not UNSET:
            field_dict["has_fleet_server"] = has_fleet_server
        if inactivity_timeout is not UNSET:
            field_dict["inactivity_timeout"] = inactivity_timeout
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if is_default_fleet_server is not UNSET:
            field_dict["is_default_fleet_server"] = is_default_fleet_server
        if is_managed is not UNSET:
            field_dict["is_managed"] = is_managed
        if is_preconfigured is not UNSET:
            field_dict["is_preconfigured"] = is_preconfigured
        if is_protected is not UNSET:
            field_dict["is_protected"] = is_protected
        if keep_monitoring_alive is not UNSET:
            field_dict["keep_monitoring_alive"] = keep_monitoring_alive
        if monitoring_diagnostics is not UNSET:
            field_dict["monitoring_diagnostics"] = monitoring_diagnostics
        if monitoring_enabled is not UNSET:
            field_dict["monitoring_enabled"] = monitoring_enabled
        if monitoring_http is not UNSET:
            field_dict["monitoring_http"] = monitoring_http
        if monitoring_output_id is not UNSET:
            field_dict["monitoring_output_id"] = monitoring_output_id
        if monitoring_pprof_enabled is not UNSET:
            field_dict["monitoring_pprof_enabled"] = monitoring_pprof_enabled
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if package_policies is not UNSET:
            field_dict["package_policies"] = package_policies
        if required_versions is not UNSET:
            field_dict["required_versions"] = required_versions
        if revision is not UNSET:
            field_dict["revision"] = revision
        if schema_version is not UNSET:
            field_dict["schema_version"] = schema_version
        if space_ids is not UNSET:
            field_dict["space_ids"] = space_ids
        if status is not UNSET:
            field_dict["status"] = status
        if supports_agentless is not UNSET:
            field_dict["supports_agentless"] = supports_agentless
        if unenroll_timeout is not UNSET:
            field_dict["unenroll_timeout"] = unenroll_timeout
        if unprivileged_agents is not UNSET:
            field_dict["unprivileged_agents"] = unprivileged_agents
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        id = d.pop("id")

        _advanced_settings = d.pop("advanced_settings", UNSET)
        advanced_settings: AgentPolicyAdvancedSettings | Unset
        if _advanced_settings is UNSET:
            advanced_settings = UNSET
        else:
            advanced_settings = AgentPolicyAdvancedSettings.from_dict(
                _advanced_settings
            )

        _agent_features = d.pop("agent_features", UNSET)
        agent_features: list[AgentPolicyAgentFeaturesItem] | Unset = UNSET
        if _agent_features is not UNSET:
            agent_features = []
            for agent_features_item_data in _agent_features:
                agent_features_item = AgentPolicyAgentFeaturesItem.from_dict(
                    agent_features_item_data
                )

                agent_features.append(agent_features_item)

        _agentless = d.pop("agentless", UNSET)
        agentless: AgentPolicyAgentless | Unset
        if _agentless is UNSET:
            agentless = UNSET
        else:
            agentless = AgentPolicyAgentless.from_dict(_agentless)

        agents = d.pop("agents", UNSET)

        data_output_id: None | str | Unset = d.pop("data_output_id", UNSET)

        description = d.pop("description", UNSET)

        download_source_id: None | str | Unset = d.pop("download_source_id", UNSET)

        fips_agents = d.pop("fips_agents", UNSET)

        fleet_server_host_id: None | str | Unset = d.pop("fleet_server_host_id", UNSET)

        _global_data_tags = d.pop("global_data_tags", UNSET)
        global_data_tags: list[AgentPolicyGlobalDataTagsItem] | Unset = UNSET
        if _global_data_tags is not UNSET:
            global_data_tags = []
            for global_data_tags_item_data in _global_data_tags:
                global_data_tags_item = AgentPolicyGlobalDataTagsItem.from_dict(
                    global_data_tags_item_data
                )

                global_data_tags.append(global_data_tags_item)

        has_fleet_server = d.pop("has_fleet_server", UNSET)

        inactivity_timeout = d.pop("inactivity_timeout", UNSET)

        is_default = d.pop("is_default", UNSET)

        is_default_fleet_server = d.pop("is_default_fleet_server", UNSET)

        is_managed = d.pop("is_managed", UNSET)

        is_preconfigured = d.pop("is_preconfigured", UNSET)

        is_protected = d.pop("is_protected", UNSET)

        keep_monitoring_alive: bool | None | Unset = d.pop(
            "keep_monitoring_alive", UNSET
        )

        _monitoring_diagnostics = d.pop("monitoring_diagnostics", UNSET)
        monitoring_diagnostics: AgentPolicyMonitoringDiagnostics | Unset
        if _monitoring_diagnostics is UNSET:
            monitoring_diagnostics = UNSET
        else:
            monitoring_diagnostics = AgentPolicyMonitoringDiagnostics.from_dict(
                _monitoring_diagnostics
            )

        _monitoring_enabled = d.pop("monitoring_enabled", UNSET)
        monitoring_enabled: list[AgentPolicyMonitoringEnabledItem] | Unset = UNSET
        if _monitoring_enabled is not UNSET:
            monitoring_enabled = []
            for monitoring_enabled_item_data in _monitoring_enabled:
                monitoring_enabled_item = AgentPolicyMonitoringEnabledItem._from_value(
                    monitoring_enabled_item_data
                )

                monitoring_enabled.append(monitoring_enabled_item)

        _monitoring_http = d.pop("monitoring_http", UNSET)
        monitoring_http: AgentPolicyMonitoringHttp | Unset
        if _monitoring_http is UNSET:
            monitoring_http = UNSET
        else:
            monitoring_http = AgentPolicyMonitoringHttp.from_dict(_monitoring_http)

        monitoring_output_id: None | str | Unset = d.pop("monitoring_output_id", UNSET)

        monitoring_pprof_enabled = d.pop("monitoring_pprof_enabled", UNSET)

        name = d.pop("name", UNSET)

        namespace = d.pop("namespace", UNSET)

        _overrides_data = d.pop("overrides", UNSET)
        while True:
            if _overrides_data is None:
                overrides = _overrides_data
                break
            if _overrides_data is UNSET:
                overrides = _overrides_data
                break
            try:
                if not isinstance(_overrides_data, dict):
                    raise TypeError()
                overrides_type_0 = AgentPolicyOverridesType0.from_dict(_overrides_data)

                overrides = overrides_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            overrides: AgentPolicyOverridesType0 | None | Unset = _overrides_data
            break

        _package_policies_data = d.pop("package_policies", UNSET)
        while True:
            if _package_policies_data is UNSET:
                package_policies = _package_policies_data
                break
            try:
                if not isinstance(_package_policies_data, list):
                    raise TypeError()
                package_policies_type_0 = []
                _package_policies_type_0 = _package_policies_data
                for package_policies_type_0_item_data in _package_policies_type_0:
                    package_policies_type_0_item = PackagePolicy.from_dict(
                        package_policies_type_0_item_data
                    )

                    package_policies_type_0.append(package_policies_type_0_item)

                package_policies = package_policies_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(_package_policies_data, list):
                raise TypeError()
            package_policies_type_1: list[str] = _package_policies_data

            package_policies = package_policies_type_1
            break

        _required_versions_data = d.pop("required_versions", UNSET)
        while True:
            if _required_versions_data is None:
                required_versions = _required_versions_data
                break
            if _required_versions_data is UNSET:
                required_versions = _required_versions_data
                break
            try:
                if not isinstance(_required_versions_data, list):
                    raise TypeError()
                required_versions_type_0 = []
                _required_versions_type_0 = _required_versions_data
                for required_versions_type_0_item_data in _required_versions_type_0:
                    required_versions_type_0_item = (
                        AgentPolicyRequiredVersionsType0Item.from_dict(
                            required_versions_type_0_item_data
                        )
                    )

                    required_versions_type_0.append(required_versions_type_0_item)

                required_versions = required_versions_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            required_versions: (
                list[AgentPolicyRequiredVersionsType0Item] | None | Unset
            ) = _required_versions_data
            break

        revision = d.pop("revision", UNSET)

        schema_version = d.pop("schema_version", UNSET)

        space_ids: list[str] | Unset = d.pop("space_ids", UNSET)

        _status = d.pop("status", UNSET)
        status: AgentPolicyStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = AgentPolicyStatus._from_value(_status)

        supports_agentless: bool | None | Unset = d.pop("supports_agentless", UNSET)

        unenroll_timeout = d.pop("unenroll_timeout", UNSET)

        unprivileged_agents = d.pop("unprivileged_agents", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        updated_by = d.pop("updated_by", UNSET)

        version = d.pop("version", UNSET)

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.advanced_settings = advanced_settings
        _obj.agent_features = agent_features
        _obj.agentless = agentless
        _obj.agents = agents
        _obj.data_output_id = data_output_id
        _obj.description = description
        _obj.download_source_id = download_source_id
        _obj.fips_agents = fips_agents
        _obj.fleet_server_host_id = fleet_server_host_id
        _obj.global_data_tags = global_data_tags
        _obj.has_fleet_server = has_fleet_server
        _obj.inactivity_timeout = inactivity_timeout
        _obj.is_default = is_default
        _obj.is_default_fleet_server = is_default_fleet_server
        _obj.is_managed = is_managed
        _obj.is_preconfigured = is_preconfigured
        _obj.is_protected = is_protected
        _obj.keep_monitoring_alive = keep_monitoring_alive
        _obj.monitoring_diagnostics = monitoring_diagnostics
        _obj.monitoring_enabled = monitoring_enabled
        _obj.monitoring_http = monitoring_http
        _obj.monitoring_output_id = monitoring_output_id
        _obj.monitoring_pprof_enabled = monitoring_pprof_enabled
        _obj.name = name
        _obj.namespace = namespace
        _obj.overrides = overrides
        _obj.package_policies = package_policies
        _obj.required_versions = required_versions
        _obj.revision = revision
        _obj.schema_version = schema_version
        _obj.space_ids = space_ids
        _obj.status = status
        _obj.supports_agentless = supports_agentless
        _obj.unenroll_timeout = unenroll_timeout
        _obj.unprivileged_agents = unprivileged_agents
        _obj.updated_at = updated_at
        _obj.updated_by = updated_by
        _obj.version = version

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# fleet-facade template: the models this one refers to are imported once, on first use, into
# module globals. (The generator's default imports them inside every from_dict/to_dict call;
# parsing a 10,000-agent page then runs 80,000 import statements.)
_models_imported = False


def _import_models() -> None:
    global _models_imported
    if _models_imported:
        return
    global AgentPolicyAdvancedSettings
    global AgentPolicyAgentFeaturesItem
    global AgentPolicyAgentless
    global AgentPolicyGlobalDataTagsItem
    global AgentPolicyMonitoringDiagnostics
    global AgentPolicyMonitoringHttp
    global AgentPolicyOverridesType0
    global AgentPolicyRequiredVersionsType0Item
    global PackagePolicy
    from ..models.agent_policy_advanced_settings import AgentPolicyAdvancedSettings
    from ..models.agent_policy_agent_features_item import AgentPolicyAgentFeaturesItem
    from ..models.agent_policy_agentless import AgentPolicyAgentless
    from ..models.agent_policy_global_data_tags_item import (
        AgentPolicyGlobalDataTagsItem,
    )
    from ..models.agent_policy_monitoring_diagnostics import (
        AgentPolicyMonitoringDiagnostics,
    )
    from ..models.agent_policy_monitoring_http import AgentPolicyMonitoringHttp
    from ..models.agent_policy_overrides_type_0 import AgentPolicyOverridesType0
    from ..models.agent_policy_required_versions_type_0_item import (
        AgentPolicyRequiredVersionsType0Item,
    )
    from ..models.package_policy import PackagePolicy

    _models_imported = True

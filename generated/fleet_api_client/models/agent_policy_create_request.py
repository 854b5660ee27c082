from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.agent_policy_create_request_monitoring_enabled_item import (
    AgentPolicyCreateRequestMonitoringEnabledItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_policy_advanced_settings import AgentPolicyAdvancedSettings
    from ..models.agent_policy_create_request_agent_feature_item import (
        AgentPolicyCreateRequestAgentFeatureItem,
    )
    from ..models.agent_policy_create_request_agentless import (
        AgentPolicyCreateRequestAgentless,
    )
    from ..models.agent_policy_create_request_overrides_type_0 import (
        AgentPolicyCreateRequestOverridesType0,
    )
    from ..models.agent_policy_create_request_required_version_item import (
        AgentPolicyCreateRequestRequiredVersionItem,
    )
    from ..models.agent_policy_global_data_tags_item import (
        AgentPolicyGlobalDataTagsItem,
    )
    from ..models.agent_policy_monitoring_diagnostics import (
        AgentPolicyMonitoringDiagnostics,
    )
    from ..models.agent_policy_monitoring_http import AgentPolicyMonitoringHttp


T = TypeVar("T", bound="AgentPolicyCreateRequest")


@_attrs_define
class AgentPolicyCreateRequest:
    """
    Attributes:
        name (str):
        namespace (str):
        advanced_settings (AgentPolicyAdvancedSettings | Unset):
        agent_features (list[AgentPolicyCreateRequestAgentFeatureItem] | Unset):
        agentless (AgentPolicyCreateRequestAgentless | Unset):
        data_output_id (None | str | Unset):
        description (str | Unset):
        download_source_id (None | str | Unset):
        fleet_server_host_id (None | str | Unset):
        force (bool | Unset):
        global_data_tags (list[AgentPolicyGlobalDataTagsItem] | Unset):
        has_fleet_server (bool | Unset):
        id (str | Unset):
        inactivity_timeout (float | Unset):
        is_default (bool | Unset):
        is_default_fleet_server (bool | Unset):
        is_managed (bool | Unset):
        is_protected (bool | Unset):
        keep_monitoring_alive (bool | None | Unset):
        monitoring_diagnostics (AgentPolicyMonitoringDiagnostics | Unset):
        monitoring_enabled (list[AgentPolicyCreateRequestMonitoringEnabledItem] | Unset):
        monitoring_http (AgentPolicyMonitoringHttp | Unset):
        monitoring_output_id (None | str | Unset):
        monitoring_pprof_enabled (bool | Unset):
        overrides (AgentPolicyCreateRequestOverridesType0 | None | Unset):
        required_versions (list[AgentPolicyCreateRequestRequiredVersionItem] | None | Unset):
        space_ids (list[str] | Unset):
        supports_agentless (bool | None | Unset):
        unenroll_timeout (float | Unset):
    """

    name: str
    namespace: str
    advanced_settings: AgentPolicyAdvancedSettings | Unset = UNSET
    agent_features: list[AgentPolicyCreateRequestAgentFeatureItem] | Unset = UNSET
    agentless: AgentPolicyCreateRequestAgentless | Unset = UNSET
    data_output_id: None | str | Unset = UNSET
    description: str | Unset = UNSET
    download_source_id: None | str | Unset = UNSET
    fleet_server_host_id: None | str | Unset = UNSET
    force: bool | Unset = UNSET
    global_data_tags: list[AgentPolicyGlobalDataTagsItem] | Unset = UNSET
    has_fleet_server: bool | Unset = UNSET
    id: str | Unset = UNSET
    inactivity_timeout: float | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_default_fleet_server: bool | Unset = UNSET
    is_managed: bool | Unset = UNSET
    is_protected: bool | Unset = UNSET
    keep_monitoring_alive: bool | None | Unset = UNSET
    monitoring_diagnostics: AgentPolicyMonitoringDiagnostics | Unset = UNSET
    monitoring_enabled: list[AgentPolicyCreateRequestMonitoringEnabledItem] | Unset = (
        UNSET
    )
    monitoring_http: AgentPolicyMonitoringHttp | Unset = UNSET
    monitoring_output_id: None | str | Unset = UNSET
    monitoring_pprof_enabled: bool | Unset = UNSET
    overrides: AgentPolicyCreateRequestOverridesType0 | None | Unset = UNSET
    required_versions: (
        list[AgentPolicyCreateRequestRequiredVersionItem] | None | Unset
    ) = UNSET
    space_ids: list[str] | Unset = UNSET
    supports_agentless: bool | None | Unset = UNSET
    unenroll_timeout: float | Unset = UNSET
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
        name = self.name

        namespace = self.namespace

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

        fleet_server_host_id: None | str | Unset
        if isinstance(self.fleet_server_host_id, Unset):
            fleet_server_host_id = UNSET
        else:
            fleet_server_host_id = self.fleet_server_host_id

        force = self.force

        global_data_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.global_data_tags, Unset):
            global_data_tags = []
            for global_data_tags_item_data in self.global_data_tags:
                global_data_tags_item = global_data_tags_item_data.to_dict()
                global_data_tags.append(global_data_tags_item)

        has_fleet_server = self.has_fleet_server

        id = self.id

        inactivity_timeout = self.inactivity_timeout

        is_default = self.is_default

        is_default_fleet_server = self.is_default_fleet_server

        is_managed = self.is_managed

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

        overrides: dict[str, Any] | None | Unset
        if isinstance(self.overrides, Unset):
            overrides = UNSET
        elif isinstance(self.overrides, AgentPolicyCreateRequestOverridesType0):
            overrides = self.overrides.to_dict()
        else:
            overrides = self.overrides

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

        space_ids: list[str] | Unset = UNSET
        if not isinstance(self.space_ids, Unset):
            space_ids = self.space_ids

        supports_agentless: bool | None | Unset
        if isinstance(self.supports_agentless, Unset):
            supports_agentless = UNSET
        else:
            supports_agentless = self.supports_agentless

        unenroll_timeout = self.unenroll_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "namespace": namespace,
            }
        )
        if advanced_settings is not UNSET:
            field_dict["advanced_settings"] = advanced_settings
        if agent_features is not UNSET:
            field_dict["agent_features"] = agent_features
        if agentless is not UNSET:
            field_dict["agentless"] = agentless
        if data_output_id is not UNSET:
            field_dict["data_output_id"] = data_output_id
        if description is not UNSET:
            field_dict["description"] = description
        if download_source_id is not UNSET:
            field_dict["download_source_id"] = download_source_id
        if fleet_server_host_id is not UNSET:
            field_dict["fleet_server_host_id"] = fleet_server_host_id
        if force is not UNSET:
            field_dict["force"] = force
        if global_data_tags is not UNSET:
            field_dict["global_data_tags"] = global_data_tags
        if has_fleet_server is not UNSET:
            field_dict["has_fleet_server"] = has_fleet_server
        if id is not UNSET:
            field_dict["id"] = id
        if inactivity_timeout is not UNSET:
            field_dict["inactivity_timeout"] = inactivity_timeout
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if is_default_fleet_server is not UNSET:
            field_dict["is_default_fleet_server"] = is_default_fleet_server
        if is_managed is not UNSET:
            field_dict["is_managed"] = is_managed
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
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if required_versions is not UNSET:
            field_dict["required_versions"] = required_versions
        if space_ids is not UNSET:
            field_dict["space_ids"] = space_ids
        if supports_agentless is not UNSET:
            field_dict["supports_agentless"] = supports_agentless
        if unenroll_timeout is not UNSET:
            field_dict["unenroll_timeout"] = unenroll_timeout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        name = d.pop("name")

        namespace = d.pop("namespace")

        _advanced_settings = d.pop("advanced_settings", UNSET)
        advanced_settings: AgentPolicyAdvancedSettings | Unset
        if _advanced_settings is UNSET:
            advanced_settings = UNSET
        else:
            advanced_settings = AgentPolicyAdvancedSettings.from_dict(
                _advanced_settings
            )

        _agent_features = d.pop("agent_features", UNSET)
        agent_features: list[AgentPolicyCreateRequestAgentFeatureItem] | Unset = UNSET
        if _agent_features is not UNSET:
            agent_features = []
            for agent_features_item_data in _agent_features:
                agent_features_item = (
                    AgentPolicyCreateRequestAgentFeatureItem.from_dict(
                        agent_features_item_data
                    )
                )

                agent_features.append(agent_features_item)

        _agentless = d.pop("agentless", UNSET)
        agentless: AgentPolicyCreateRequestAgentless | Unset
        if _agentless is UNSET:
            agentless = UNSET
        else:
            agentless = AgentPolicyCreateRequestAgentless.from_dict(_agentless)

        data_output_id: None | str | Unset = d.pop("data_output_id", UNSET)

        description = d.pop("description", UNSET)

        download_source_id: None | str | Unset = d.pop("download_source_id", UNSET)

        fleet_server_host_id: None | str | Unset = d.pop("fleet_server_host_id", UNSET)

        force = d.pop("force", UNSET)

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

        id = d.pop("id", UNSET)

        inactivity_timeout = d.pop("inactivity_timeout", UNSET)

        is_default = d.pop("is_default", UNSET)

        is_default_fleet_server = d.pop("is_default_fleet_server", UNSET)

        is_managed = d.pop("is_managed", UNSET)

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
        monitoring_enabled: (
            list[AgentPolicyCreateRequestMonitoringEnabledItem] | Unset
        ) = UNSET
        if _monitoring_enabled is not UNSET:
            monitoring_enabled = []
            for monitoring_enabled_item_data in _monitoring_enabled:
                monitoring_enabled_item = (
                    AgentPolicyCreateRequestMonitoringEnabledItem._from_value(
                        monitoring_enabled_item_data
                    )
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
                overrides_type_0 = AgentPolicyCreateRequestOverridesType0.from_dict(
                    _overrides_data
                )

                overrides = overrides_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            overrides: AgentPolicyCreateRequestOverridesType0 | None | Unset = (
                _overrides_data
            )
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
                        AgentPolicyCreateRequestRequiredVersionItem.from_dict(
                            required_versions_type_0_item_data
                        )
                    )

                    required_versions_type_0.append(required_versions_type_0_item)

                required_versions = required_versions_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            required_versions: (
                list[AgentPolicyCreateRequestRequiredVersionItem] | None | Unset
            ) = _required_versions_data
            break

        space_ids: list[str] | Unset = d.pop("space_ids", UNSET)

        supports_agentless: bool | None | Unset = d.pop("supports_agentless", UNSET)

        unenroll_timeout = d.pop("unenroll_timeout", UNSET)

        _obj = cls.__new__(cls)
        _obj.name = name
        _obj.namespace = namespace
        _obj.advanced_settings = advanced_settings
        _obj.agent_features = agent_features
        _obj.agentless = agentless
        _obj.data_output_id = data_output_id
        _obj.description = description
        _obj.download_source_id = download_source_id
        _obj.fleet_server_host_id = fleet_server_host_id
        _obj.force = force
        _obj.global_data_tags = global_data_tags
        _obj.has_fleet_server = has_fleet_server
        _obj.id = id
        _obj.inactivity_timeout = inactivity_timeout
        _obj.is_default = is_default
        _obj.is_default_fleet_server = is_default_fleet_server
        _obj.is_managed = is_managed
        _obj.is_protected = is_protected
        _obj.keep_monitoring_alive = keep_monitoring_alive
        _obj.monitoring_diagnostics = monitoring_diagnostics
        _obj.monitoring_enabled = monitoring_enabled
        _obj.monitoring_http = monitoring_http
        _obj.monitoring_output_id = monitoring_output_id
        _obj.monitoring_pprof_enabled = monitoring_pprof_enabled
        _obj.overrides = overrides
        _obj.required_versions = required_versions
        _obj.space_ids = space_ids
        _obj.supports_agentless = supports_agentless
        _obj.unenroll_timeout = unenroll_timeout

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
    global AgentPolicyCreateRequestAgentFeatureItem
    global AgentPolicyCreateRequestAgentless
    global AgentPolicyCreateRequestOverridesType0
    global AgentPolicyCreateRequestRequiredVersionItem
    global AgentPolicyGlobalDataTagsItem
    global AgentPolicyMonitoringDiagnostics
    global AgentPolicyMonitoringHttp
    from ..models.agent_policy_advanced_settings import AgentPolicyAdvancedSettings
    from ..models.agent_policy_create_request_agent_feature_item import (
        AgentPolicyCreateRequestAgentFeatureItem,
    )
    from ..models.agent_policy_create_request_agentless import (
        AgentPolicyCreateRequestAgentless,
    )
    from ..models.agent_policy_create_request_overrides_type_0 import (
        AgentPolicyCreateRequestOverridesType0,
    )
    from ..models.agent_policy_create_request_required_version_item import (
        AgentPolicyCreateRequestRequiredVersionItem,
    )
    from ..models.agent_policy_global_data_tags_item import (
        AgentPolicyGlobalDataTagsItem,
    )
    from ..models.agent_policy_monitoring_diagnostics import (
        AgentPolicyMonitoringDiagnostics,
    )
    from ..models.agent_policy_monitoring_http import AgentPolicyMonitoringHttp

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.fleet_settings_preconfigured_fields_item import (
    FleetSettingsPreconfiguredFieldsItem,
)
from ..models.fleet_settings_use_space_awareness_migration_status import (
    FleetSettingsUseSpaceAwarenessMigrationStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fleet_settings_delete_unenrolled_agents import (
        FleetSettingsDeleteUnenrolledAgents,
    )


T = TypeVar("T", bound="FleetSettings")


@_attrs_define
class FleetSettings:
    """
    Attributes:
        id (str):
        action_secret_storage_requirements_met (bool | Unset):
        delete_unenrolled_agents (FleetSettingsDeleteUnenrolledAgents | Unset):
        has_seen_add_data_notice (bool | Unset):
        output_secret_storage_requirements_met (bool | Unset):
        preconfigured_fields (list[FleetSettingsPreconfiguredFieldsItem] | Unset):
        prerelease_integrations_enabled (bool | Unset):
        secret_storage_requirements_met (bool | Unset):
        use_space_awareness_migration_started_at (None | str | Unset):
        use_space_awareness_migration_status (FleetSettingsUseSpaceAwarenessMigrationStatus | Unset):
        version (str | Unset):
    """

    id: str
    action_secret_storage_requirements_met: bool | Unset = UNSET
    delete_unenrolled_agents: FleetSettingsDeleteUnenrolledAgents | Unset = UNSET
    has_seen_add_data_notice: bool | Unset = UNSET
    output_secret_storage_requirements_met: bool | Unset = UNSET
    preconfigured_fields: list[FleetSettingsPreconfiguredFieldsItem] | Unset = UNSET
    prerelease_integrations_enabled: bool | Unset = UNSET
    secret_storage_requirements_met: bool | Unset = UNSET
    use_space_awareness_migration_started_at: None | str | Unset = UNSET
    use_space_awareness_migration_status: (
        FleetSettingsUseSpaceAwarenessMigrationStatus | Unset
    ) = UNSET
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

        action_secret_storage_requirements_met = (
            self.action_secret_storage_requirements_met
        )

        delete_unenrolled_agents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delete_unenrolled_agents, Unset):
            delete_unenrolled_agents = self.delete_unenrolled_agents.to_dict()

        has_seen_add_data_notice = self.has_seen_add_data_notice

        output_secret_storage_requirements_met = (
            self.output_secret_storage_requirements_met
        )

        preconfigured_fields: list[str] | Unset = UNSET
        if not isinstance(self.preconfigured_fields, Unset):
            preconfigured_fields = []
            for preconfigured_fields_item_data in self.preconfigured_fields:
                preconfigured_fields_item = preconfigured_fields_item_data.value
                preconfigured_fields.append(preconfigured_fields_item)

        prerelease_integrations_enabled = self.prerelease_integrations_enabled

        secret_storage_requirements_met = self.secret_storage_requirements_met

        use_space_awareness_migration_started_at: None | str | Unset
        if isinstance(self.use_space_awareness_migration_started_at, Unset):
            use_space_awareness_migration_started_at = UNSET
        else:
            use_space_awareness_migration_started_at = (
                self.use_space_awareness_migration_started_at
            )

        use_space_awareness_migration_status: str | Unset = UNSET
        if not isinstance(self.use_space_awareness_migration_status, Unset):
            use_space_awareness_migration_status = (
                self.use_space_awareness_migration_status.value
            )

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if action_secret_storage_requirements_met is not UNSET:
            field_dict["action_secret_storage_requirements_met"] = (
                action_secret_storage_requirements_met
            )
        if delete_unenrolled_agents is not UNSET:
            field_dict["delete_unenrolled_agents"] = delete_unenrolled_agents
        if has_seen_add_data_notice is not UNSET:
            field_dict["has_seen_add_data_notice"] = has_seen_add_data_notice
        if output_secret_storage_requirements_met is not UNSET:
            field_dict["output_secret_storage_requirements_met"] = (
                output_secret_storage_requirements_met
            )
        if preconfigured_fields is not UNSET:
            field_dict["preconfigured_fields"] = preconfigured_fields
        if prerelease_integrations_enabled is not UNSET:
            field_dict["prerelease_integrations_enabled"] = (
                prerelease_integrations_enabled
            )
        if secret_storage_requirements_met is not UNSET:
            field_dict["secret_storage_requirements_met"] = (
                secret_storage_requirements_met
            )
        if use_space_awareness_migration_started_at is not UNSET:
            field_dict["use_space_awareness_migration_started_at"] = (
                use_space_awareness_migration_started_at
            )
        if use_space_awareness_migration_status is not UNSET:
            field_dict["use_space_awareness_migration_status"] = (
                use_space_awareness_migration_status
            )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        id = d.pop("id")

        action_secret_storage_requirements_met = d.pop(
            "action_secret_storage_requirements_met", UNSET
        )

        _delete_unenrolled_agents = d.pop("delete_unenrolled_agents", UNSET)
        delete_unenrolled_agents: FleetSettingsDeleteUnenrolledAgents | Unset
        if _delete_unenrolled_agents is UNSET:
            delete_unenrolled_agents = UNSET
        else:
            delete_unenrolled_agents = FleetSettingsDeleteUnenrolledAgents.from_dict(
                _delete_unenrolled_agents
            )

        has_seen_add_data_notice = d.pop("has_seen_add_data_notice", UNSET)

        output_secret_storage_requirements_met = d.pop(
            "output_secret_storage_requirements_met", UNSET
        )

        _preconfigured_fields = d.pop("preconfigured_fields", UNSET)
        preconfigured_fields: list[FleetSettingsPreconfiguredFieldsItem] | Unset = UNSET
        if _preconfigured_fields is not UNSET:
            preconfigured_fields = []
            for preconfigured_fields_item_data in _preconfigured_fields:
                preconfigured_fields_item = (
                    FleetSettingsPreconfiguredFieldsItem._from_value(
                        preconfigured_fields_item_data
                    )
                )

                preconfigured_fields.append(preconfigured_fields_item)

        prerelease_integrations_enabled = d.pop(
            "prerelease_integrations_enabled", UNSET
        )

        secret_storage_requirements_met = d.pop(
            "secret_storage_requirements_met", UNSET
        )

        use_space_awareness_migration_started_at: None | str | Unset = d.pop(
            "use_space_awareness_migration_started_at", UNSET
        )

        _use_space_awareness_migration_status = d.pop(
            "use_space_awareness_migration_status", UNSET
        )
        use_space_awareness_migration_status: (
            FleetSettingsUseSpaceAwarenessMigrationStatus | Unset
        )
        if _use_space_awareness_migration_status is UNSET:
            use_space_awareness_migration_status = UNSET
        else:
            use_space_awareness_migration_status = (
                FleetSettingsUseSpaceAwarenessMigrationStatus._from_value(
                    _use_space_awareness_migration_status
                )
            )

        version = d.pop("version", UNSET)

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.action_secret_storage_requirements_met = (
            action_secret_storage_requirements_met
        )
        _obj.delete_unenrolled_agents = delete_unenrolled_agents
        _obj.has_seen_add_data_notice = has_seen_add_data_notice
        _obj.output_secret_storage_requirements_met = (
            output_secret_storage_requirements_met
        )
        _obj.preconfigured_fields = preconfigured_fields
        _obj.prerelease_integrations_enabled = prerelease_integrations_enabled
        _obj.secret_storage_requirements_met = secret_storage_requirements_met
        _obj.use_space_awareness_migration_started_at = (
            use_space_awareness_migration_started_at
        )
        _obj.use_space_awareness_migration_status = use_space_awareness_migration_status
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
    global FleetSettingsDeleteUnenrolledAgents
    from ..models.fleet_settings_delete_unenrolled_agents import (
        FleetSettingsDeleteUnenrolledAgents,
    )

    _models_imported = True

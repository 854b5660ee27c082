from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.get_fleet_agents_setup_response_200_missing_optional_features_item import (
    GetFleetAgentsSetupResponse200MissingOptionalFeaturesItem,
)
from ..models.get_fleet_agents_setup_response_200_missing_requirements_item import (
    GetFleetAgentsSetupResponse200MissingRequirementsItem,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFleetAgentsSetupResponse200")


@_attrs_define
class GetFleetAgentsSetupResponse200:
    """
    Attributes:
        is_action_secrets_storage_enabled (bool | Unset):
        is_secrets_storage_enabled (bool | Unset):
        is_space_awareness_enabled (bool | Unset):
        is_ready (bool | Unset):
        missing_optional_features (list[GetFleetAgentsSetupResponse200MissingOptionalFeaturesItem] | Unset):
        missing_requirements (list[GetFleetAgentsSetupResponse200MissingRequirementsItem] | Unset):
        package_verification_key_id (str | Unset):
    """

    is_action_secrets_storage_enabled: bool | Unset = UNSET
    is_secrets_storage_enabled: bool | Unset = UNSET
    is_space_awareness_enabled: bool | Unset = UNSET
    is_ready: bool | Unset = UNSET
    missing_optional_features: (
        list[GetFleetAgentsSetupResponse200MissingOptionalFeaturesItem] | Unset
    ) = UNSET
    missing_requirements: (
        list[GetFleetAgentsSetupResponse200MissingRequirementsItem] | Unset
    ) = UNSET
    package_verification_key_id: str | Unset = UNSET
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
        is_action_secrets_storage_enabled = self.is_action_secrets_storage_enabled

        is_secrets_storage_enabled = self.is_secrets_storage_enabled

        is_space_awareness_enabled = self.is_space_awareness_enabled

        is_ready = self.is_ready

        missing_optional_features: list[str] | Unset = UNSET
        if not isinstance(self.missing_optional_features, Unset):
            missing_optional_features = []
            for missing_optional_features_item_data in self.missing_optional_features:
                missing_optional_features_item = (
                    missing_optional_features_item_data.value
                )
                missing_optional_features.append(missing_optional_features_item)

        missing_requirements: list[str] | Unset = UNSET
        if not isinstance(self.missing_requirements, Unset):
            missing_requirements = []
            for missing_requirements_item_data in self.missing_requirements:
                missing_requirements_item = missing_requirements_item_data.value
                missing_requirements.append(missing_requirements_item)

        package_verification_key_id = self.package_verification_key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_action_secrets_storage_enabled is not UNSET:
            field_dict["is_action_secrets_storage_enabled"] = (
                is_action_secrets_storage_enabled
            )
        if is_secrets_storage_enabled is not UNSET:
            field_dict["is_secrets_storage_enabled"] = is_secrets_storage_enabled
        if is_space_awareness_enabled is not UNSET:
            field_dict["is_space_awareness_enabled"] = is_space_awareness_enabled
        if is_ready is not UNSET:
            field_dict["isReady"] = is_ready
        if missing_optional_features is not UNSET:
            field_dict["missing_optional_features"] = missing_optional_features
        if missing_requirements is not UNSET:
            field_dict["missing_requirements"] = missing_requirements
        if package_verification_key_id is not UNSET:
            field_dict["package_verification_key_id"] = package_verification_key_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_action_secrets_storage_enabled = d.pop(
            "is_action_secrets_storage_enabled", UNSET
        )

        is_secrets_storage_enabled = d.pop("is_secrets_storage_enabled", UNSET)

        is_space_awareness_enabled = d.pop("is_space_awareness_enabled", UNSET)

        is_ready = d.pop("isReady", UNSET)

        _missing_optional_features = d.pop("missing_optional_features", UNSET)
        missing_optional_features: (
            list[GetFleetAgentsSetupResponse200MissingOptionalFeaturesItem] | Unset
        ) = UNSET
        if _missing_optional_features is not UNSET:
            missing_optional_features = []
            for missing_optional_features_item_data in _missing_optional_features:
                missing_optional_features_item = GetFleetAgentsSetupResponse200MissingOptionalFeaturesItem._from_value(
                    missing_optional_features_item_data
                )

                missing_optional_features.append(missing_optional_features_item)

        _missing_requirements = d.pop("missing_requirements", UNSET)
        missing_requirements: (
            list[GetFleetAgentsSetupResponse200MissingRequirementsItem] | Unset
        ) = UNSET
        if _missing_requirements is not UNSET:
            missing_requirements = []
            for missing_requirements_item_data in _missing_requirements:
                missing_requirements_item = (
                    GetFleetAgentsSetupResponse200MissingRequirementsItem._from_value(
                        missing_requirements_item_data
                    )
                )

                missing_requirements.append(missing_requirements_item)

        package_verification_key_id = d.pop("package_verification_key_id", UNSET)

        _obj = cls.__new__(cls)
        _obj.is_action_secrets_storage_enabled = is_action_secrets_storage_enabled
        _obj.is_secrets_storage_enabled = is_secrets_storage_enabled
        _obj.is_space_awareness_enabled = is_space_awareness_enabled
        _obj.is_ready = is_ready
        _obj.missing_optional_features = missing_optional_features
        _obj.missing_requirements = missing_requirements
        _obj.package_verification_key_id = package_verification_key_id

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

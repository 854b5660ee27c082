from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.agent_upgrade_details_type_0_metadata_failed_state import (
    AgentUpgradeDetailsType0MetadataFailedState,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentUpgradeDetailsType0Metadata")


@_attrs_define
class AgentUpgradeDetailsType0Metadata:
    """
    Attributes:
        download_percent (float | Unset):
        download_rate (float | Unset):
        error_msg (str | Unset):
        failed_state (AgentUpgradeDetailsType0MetadataFailedState | Unset):
        retry_error_msg (str | Unset):
        retry_until (str | Unset):
        scheduled_at (str | Unset):
    """

    download_percent: float | Unset = UNSET
    download_rate: float | Unset = UNSET
    error_msg: str | Unset = UNSET
    failed_state: AgentUpgradeDetailsType0MetadataFailedState | Unset = UNSET
    retry_error_msg: str | Unset = UNSET
    retry_until: str | Unset = UNSET
    scheduled_at: str | Unset = UNSET
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
        download_percent = self.download_percent

        download_rate = self.download_rate

        error_msg = self.error_msg

        failed_state: str | Unset = UNSET
        if not isinstance(self.failed_state, Unset):
            failed_state = self.failed_state.value

        retry_error_msg = self.retry_error_msg

        retry_until = self.retry_until

        scheduled_at = self.scheduled_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if download_percent is not UNSET:
            field_dict["download_percent"] = download_percent
        if download_rate is not UNSET:
            field_dict["download_rate"] = download_rate
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if failed_state is not UNSET:
            field_dict["failed_state"] = failed_state
        if retry_error_msg is not UNSET:
            field_dict["retry_error_msg"] = retry_error_msg
        if retry_until is not UNSET:
            field_dict["retry_until"] = retry_until
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        download_percent = d.pop("download_percent", UNSET)

        download_rate = d.pop("download_rate", UNSET)

        error_msg = d.pop("error_msg", UNSET)

        _failed_state = d.pop("failed_state", UNSET)
        failed_state: AgentUpgradeDetailsType0MetadataFailedState | Unset
        if _failed_state is UNSET:
            failed_state = UNSET
        else:
            failed_state = AgentUpgradeDetailsType0MetadataFailedState._from_value(
                _failed_state
            )

        retry_error_msg = d.pop("retry_error_msg", UNSET)

        retry_until = d.pop("retry_until", UNSET)

        scheduled_at = d.pop("scheduled_at", UNSET)

        _obj = cls.__new__(cls)
        _obj.download_percent = download_percent
        _obj.download_rate = download_rate
        _obj.error_msg = error_msg
        _obj.failed_state = failed_state
        _obj.retry_error_msg = retry_error_msg
        _obj.retry_until = retry_until
        _obj.scheduled_at = scheduled_at

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.get_fleet_agents_agentid_uploads_response_200_items_item_status import (
    GetFleetAgentsAgentidUploadsResponse200ItemsItemStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFleetAgentsAgentidUploadsResponse200ItemsItem")


@_attrs_define
class GetFleetAgentsAgentidUploadsResponse200ItemsItem:
    """
    Attributes:
        id (str):
        action_id (str | Unset):
        create_time (str | Unset):
        error (str | Unset):
        file_path (str | Unset):
        name (str | Unset):
        status (GetFleetAgentsAgentidUploadsResponse200ItemsItemStatus | Unset):
    """

    id: str
    action_id: str | Unset = UNSET
    create_time: str | Unset = UNSET
    error: str | Unset = UNSET
    file_path: str | Unset = UNSET
    name: str | Unset = UNSET
    status: GetFleetAgentsAgentidUploadsResponse200ItemsItemStatus | Unset = UNSET
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
        id = self.id

        action_id = self.action_id

        create_time = self.create_time

        error = self.error

        file_path = self.file_path

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if action_id is not UNSET:
            field_dict["actionId"] = action_id
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if error is not UNSET:
            field_dict["error"] = error
        if file_path is not UNSET:
            field_dict["filePath"] = file_path
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        action_id = d.pop("actionId", UNSET)

        create_time = d.pop("createTime", UNSET)

        error = d.pop("error", UNSET)

        file_path = d.pop("filePath", UNSET)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: GetFleetAgentsAgentidUploadsResponse200ItemsItemStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = GetFleetAgentsAgentidUploadsResponse200ItemsItemStatus._from_value(
                _status
            )

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.action_id = action_id
        _obj.create_time = create_time
        _obj.error = error
        _obj.file_path = file_path
        _obj.name = name
        _obj.status = status

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

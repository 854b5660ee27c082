from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.installed_kibana_asset_type_type_0 import InstalledKibanaAssetTypeType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="InstalledKibanaAsset")


@_attrs_define
class InstalledKibanaAsset:
    """
    Attributes:
        id (str):
        deferred (bool | Unset):
        origin_id (str | Unset):
        type_ (InstalledKibanaAssetTypeType0 | str | Unset):
    """

    id: str
    deferred: bool | Unset = UNSET
    origin_id: str | Unset = UNSET
    type_: InstalledKibanaAssetTypeType0 | str | Unset = UNSET
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

        deferred = self.deferred

        origin_id = self.origin_id

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, InstalledKibanaAssetTypeType0):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if deferred is not UNSET:
            field_dict["deferred"] = deferred
        if origin_id is not UNSET:
            field_dict["originId"] = origin_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        deferred = d.pop("deferred", UNSET)

        origin_id = d.pop("originId", UNSET)

        _type__data = d.pop("type", UNSET)
        while True:
            if _type__data is UNSET:
                type_ = _type__data
                break
            try:
                if not isinstance(_type__data, str):
                    raise TypeError()
                type_type_0 = InstalledKibanaAssetTypeType0._from_value(_type__data)

                type_ = type_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            type_: InstalledKibanaAssetTypeType0 | str | Unset = _type__data
            break

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.deferred = deferred
        _obj.origin_id = origin_id
        _obj.type_ = type_

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.package_info_installation_info_installed_es_item_type import (
    PackageInfoInstallationInfoInstalledEsItemType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PackageInfoInstallationInfoInstalledEsItem")


@_attrs_define
class PackageInfoInstallationInfoInstalledEsItem:
    """
    Attributes:
        id (str):
        deferred (bool | Unset):
        type_ (PackageInfoInstallationInfoInstalledEsItemType | Unset):
        version (str | Unset):
    """

    id: str
    deferred: bool | Unset = UNSET
    type_: PackageInfoInstallationInfoInstalledEsItemType | Unset = UNSET
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
        id = self.id

        deferred = self.deferred

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if deferred is not UNSET:
            field_dict["deferred"] = deferred
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        deferred = d.pop("deferred", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PackageInfoInstallationInfoInstalledEsItemType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = PackageInfoInstallationInfoInstalledEsItemType._from_value(_type_)

        version = d.pop("version", UNSET)

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.deferred = deferred
        _obj.type_ = type_
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

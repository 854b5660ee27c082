from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="PackageInfoScreenshotItem")


@_attrs_define
class PackageInfoScreenshotItem:
    """
    Attributes:
        dark_mode (bool | Unset):
        path (str | Unset):
        size (str | Unset):
        src (str | Unset):
        title (str | Unset):
        type_ (str | Unset):
    """

    dark_mode: bool | Unset = UNSET
    path: str | Unset = UNSET
    size: str | Unset = UNSET
    src: str | Unset = UNSET
    title: str | Unset = UNSET
    type_: str | Unset = UNSET
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
        dark_mode = self.dark_mode

        path = self.path

        size = self.size

        src = self.src

        title = self.title

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dark_mode is not UNSET:
            field_dict["dark_mode"] = dark_mode
        if path is not UNSET:
            field_dict["path"] = path
        if size is not UNSET:
            field_dict["size"] = size
        if src is not UNSET:
            field_dict["src"] = src
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dark_mode = d.pop("dark_mode", UNSET)

        path = d.pop("path", UNSET)

        size = d.pop("size", UNSET)

        src = d.pop("src", UNSET)

        title = d.pop("title", UNSET)

        type_ = d.pop("type", UNSET)

        _obj = cls.__new__(cls)
        _obj.dark_mode = dark_mode
        _obj.path = path
        _obj.size = size
        _obj.src = src
        _obj.title = title
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="FullAgentPolicyAgentLoggingFiles")


@_attrs_define
class FullAgentPolicyAgentLoggingFiles:
    """
    Attributes:
        interval (str | Unset):
        keepfiles (float | Unset):
        rotateeverybytes (float | Unset):
    """

    interval: str | Unset = UNSET
    keepfiles: float | Unset = UNSET
    rotateeverybytes: float | Unset = UNSET
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
        interval = self.interval

        keepfiles = self.keepfiles

        rotateeverybytes = self.rotateeverybytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interval is not UNSET:
            field_dict["interval"] = interval
        if keepfiles is not UNSET:
            field_dict["keepfiles"] = keepfiles
        if rotateeverybytes is not UNSET:
            field_dict["rotateeverybytes"] = rotateeverybytes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        interval = d.pop("interval", UNSET)

        keepfiles = d.pop("keepfiles", UNSET)

        rotateeverybytes = d.pop("rotateeverybytes", UNSET)

        _obj = cls.__new__(cls)
        _obj.interval = interval
        _obj.keepfiles = keepfiles
        _obj.rotateeverybytes = rotateeverybytes

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="KibanaError")


@_attrs_define
class KibanaError:
    """
    Attributes:
        attributes (Any | Unset):
        error (str | Unset):
        error_type (str | Unset):
        message (str | Unset):
        status_code (float | Unset):
    """

    attributes: Any | Unset = UNSET
    error: str | Unset = UNSET
    error_type: str | Unset = UNSET
    message: str | Unset = UNSET
    status_code: float | Unset = UNSET
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
        attributes = self.attributes

        error = self.error

        error_type = self.error_type

        message = self.message

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if error is not UNSET:
            field_dict["error"] = error
        if error_type is not UNSET:
            field_dict["errorType"] = error_type
        if message is not UNSET:
            field_dict["message"] = message
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        attributes = d.pop("attributes", UNSET)

        error = d.pop("error", UNSET)

        error_type = d.pop("errorType", UNSET)

        message = d.pop("message", UNSET)

        status_code = d.pop("statusCode", UNSET)

        _obj = cls.__new__(cls)
        _obj.attributes = attributes
        _obj.error = error
        _obj.error_type = error_type
        _obj.message = message
        _obj.status_code = status_code

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.update_output_ssl_type_0_verification_mode import (
    UpdateOutputSslType0VerificationMode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOutputSslType0")


@_attrs_define
class UpdateOutputSslType0:
    """
    Attributes:
        certificate (str | Unset):
        certificate_authorities (list[str] | Unset):
        key (str | Unset):
        verification_mode (UpdateOutputSslType0VerificationMode | Unset):
    """

    certificate: str | Unset = UNSET
    certificate_authorities: list[str] | Unset = UNSET
    key: str | Unset = UNSET
    verification_mode: UpdateOutputSslType0VerificationMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        secret = ["key"]
        shown = []
        for attribute in _attrs_fields(type(self)):
            value = getattr(self, attribute.name)
            if isinstance(value, Unset) or (
                attribute.name == "additional_properties" and not value
            ):
                continue
            masked = attribute.name in secret and isinstance(value, str)
            shown.append(f"{attribute.name}={'***' if masked else repr(value)}")
        return f"{type(self).__name__}({', '.join(shown)})"

    __str__ = __repr__

    def to_dict(self) -> dict[str, Any]:
        certificate = self.certificate

        certificate_authorities: list[str] | Unset = UNSET
        if not isinstance(self.certificate_authorities, Unset):
            certificate_authorities = self.certificate_authorities

        key = self.key

        verification_mode: str | Unset = UNSET
        if not isinstance(self.verification_mode, Unset):
            verification_mode = self.verification_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if certificate is not UNSET:
            field_dict["certificate"] = certificate
        if certificate_authorities is not UNSET:
            field_dict["certificate_authorities"] = certificate_authorities
        if key is not UNSET:
            field_dict["key"] = key
        if verification_mode is not UNSET:
            field_dict["verification_mode"] = verification_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        certificate = d.pop("certificate", UNSET)

        certificate_authorities: list[str] | Unset = d.pop(
            "certificate_authorities", UNSET
        )

        key = d.pop("key", UNSET)

        _verification_mode = d.pop("verification_mode", UNSET)
        verification_mode: UpdateOutputSslType0VerificationMode | Unset
        if _verification_mode is UNSET:
            verification_mode = UNSET
        else:
            verification_mode = UpdateOutputSslType0VerificationMode._from_value(
                _verification_mode
            )

        _obj = cls.__new__(cls)
        _obj.certificate = certificate
        _obj.certificate_authorities = certificate_authorities
        _obj.key = key
        _obj.verification_mode = verification_mode

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="FullAgentPolicyAgentProtection")


@_attrs_define
class FullAgentPolicyAgentProtection:
    """
    Attributes:
        enabled (bool | Unset):
        signing_key (str | Unset):
        uninstall_token_hash (str | Unset):
    """

    enabled: bool | Unset = UNSET
    signing_key: str | Unset = UNSET
    uninstall_token_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        secret = ["signing_key"]
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
        enabled = self.enabled

        signing_key = self.signing_key

        uninstall_token_hash = self.uninstall_token_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if signing_key is not UNSET:
            field_dict["signing_key"] = signing_key
        if uninstall_token_hash is not UNSET:
            field_dict["uninstall_token_hash"] = uninstall_token_hash

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        signing_key = d.pop("signing_key", UNSET)

        uninstall_token_hash = d.pop("uninstall_token_hash", UNSET)

        _obj = cls.__new__(cls)
        _obj.enabled = enabled
        _obj.signing_key = signing_key
        _obj.uninstall_token_hash = uninstall_token_hash

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnrollmentApiKey")


@_attrs_define
class EnrollmentApiKey:
    """
    Attributes:
        id (str):
        active (bool | Unset):
        api_key (str | Unset):
        api_key_id (str | Unset):
        created_at (str | Unset):
        hidden (bool | Unset):
        name (str | Unset):
        policy_id (str | Unset):
    """

    id: str
    active: bool | Unset = UNSET
    api_key: str | Unset = UNSET
    api_key_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    hidden: bool | Unset = UNSET
    name: str | Unset = UNSET
    policy_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        secret = ["api_key"]
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
        id = self.id

        active = self.active

        api_key = self.api_key

        api_key_id = self.api_key_id

        created_at = self.created_at

        hidden = self.hidden

        name = self.name

        policy_id = self.policy_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if name is not UNSET:
            field_dict["name"] = name
        if policy_id is not UNSET:
            field_dict["policy_id"] = policy_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        active = d.pop("active", UNSET)

        api_key = d.pop("api_key", UNSET)

        api_key_id = d.pop("api_key_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        hidden = d.pop("hidden", UNSET)

        name = d.pop("name", UNSET)

        policy_id = d.pop("policy_id", UNSET)

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.active = active
        _obj.api_key = api_key
        _obj.api_key_id = api_key_id
        _obj.created_at = created_at
        _obj.hidden = hidden
        _obj.name = name
        _obj.policy_id = policy_id

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

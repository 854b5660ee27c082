from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="UninstallToken")


@_attrs_define
class UninstallToken:
    """
    Attributes:
        id (str):
        created_at (str | Unset):
        namespaces (list[str] | Unset):
        policy_id (str | Unset):
        policy_name (None | str | Unset):
        token (str | Unset):
    """

    id: str
    created_at: str | Unset = UNSET
    namespaces: list[str] | Unset = UNSET
    policy_id: str | Unset = UNSET
    policy_name: None | str | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        secret = ["token"]
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

        created_at = self.created_at

        namespaces: list[str] | Unset = UNSET
        if not isinstance(self.namespaces, Unset):
            namespaces = self.namespaces

        policy_id = self.policy_id

        policy_name: None | str | Unset
        if isinstance(self.policy_name, Unset):
            policy_name = UNSET
        else:
            policy_name = self.policy_name

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if namespaces is not UNSET:
            field_dict["namespaces"] = namespaces
        if policy_id is not UNSET:
            field_dict["policy_id"] = policy_id
        if policy_name is not UNSET:
            field_dict["policy_name"] = policy_name
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = d.pop("created_at", UNSET)

        namespaces: list[str] | Unset = d.pop("namespaces", UNSET)

        policy_id = d.pop("policy_id", UNSET)

        policy_name: None | str | Unset = d.pop("policy_name", UNSET)

        token = d.pop("token", UNSET)

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.created_at = created_at
        _obj.namespaces = namespaces
        _obj.policy_id = policy_id
        _obj.policy_name = policy_name
        _obj.token = token

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

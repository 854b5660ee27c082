from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionStatusLatestErrorsItem")


@_attrs_define
class ActionStatusLatestErrorsItem:
    """
    Attributes:
        agent_id (str | Unset):
        error (str | Unset):
        hostname (str | Unset):
        timestamp (str | Unset):
    """

    agent_id: str | Unset = UNSET
    error: str | Unset = UNSET
    hostname: str | Unset = UNSET
    timestamp: str | Unset = UNSET
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
        agent_id = self.agent_id

        error = self.error

        hostname = self.hostname

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if error is not UNSET:
            field_dict["error"] = error
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_id = d.pop("agentId", UNSET)

        error = d.pop("error", UNSET)

        hostname = d.pop("hostname", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        _obj = cls.__new__(cls)
        _obj.agent_id = agent_id
        _obj.error = error
        _obj.hostname = hostname
        _obj.timestamp = timestamp

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

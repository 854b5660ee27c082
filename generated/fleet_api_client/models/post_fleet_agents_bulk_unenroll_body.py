from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostFleetAgentsBulkUnenrollBody")


@_attrs_define
class PostFleetAgentsBulkUnenrollBody:
    """
    Attributes:
        agents (list[str] | str):
        batch_size (float | Unset):
        force (bool | Unset):
        include_inactive (bool | Unset):
        revoke (bool | Unset):
    """

    agents: list[str] | str
    batch_size: float | Unset = UNSET
    force: bool | Unset = UNSET
    include_inactive: bool | Unset = UNSET
    revoke: bool | Unset = UNSET
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
        agents: list[str] | str
        if isinstance(self.agents, list):
            agents = self.agents

        else:
            agents = self.agents

        batch_size = self.batch_size

        force = self.force

        include_inactive = self.include_inactive

        revoke = self.revoke

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agents": agents,
            }
        )
        if batch_size is not UNSET:
            field_dict["batchSize"] = batch_size
        if force is not UNSET:
            field_dict["force"] = force
        if include_inactive is not UNSET:
            field_dict["includeInactive"] = include_inactive
        if revoke is not UNSET:
            field_dict["revoke"] = revoke

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _agents_data = d.pop("agents")
        while True:
            try:
                if not isinstance(_agents_data, list):
                    raise TypeError()
                agents_type_0: list[str] = _agents_data

                agents = agents_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            agents: list[str] | str = _agents_data
            break

        batch_size = d.pop("batchSize", UNSET)

        force = d.pop("force", UNSET)

        include_inactive = d.pop("includeInactive", UNSET)

        revoke = d.pop("revoke", UNSET)

        _obj = cls.__new__(cls)
        _obj.agents = agents
        _obj.batch_size = batch_size
        _obj.force = force
        _obj.include_inactive = include_inactive
        _obj.revoke = revoke

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

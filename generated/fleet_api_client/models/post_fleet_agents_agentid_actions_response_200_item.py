from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostFleetAgentsAgentidActionsResponse200Item")


@_attrs_define
class PostFleetAgentsAgentidActionsResponse200Item:
    """
    Attributes:
        id (str):
        ack_data (Any | Unset):
        agents (list[str] | Unset):
        created_at (str | Unset):
        data (Any | Unset):
        expiration (str | Unset):
        minimum_execution_duration (float | Unset):
        namespaces (list[str] | Unset):
        rollout_duration_seconds (float | Unset):
        sent_at (str | Unset):
        source_uri (str | Unset):
        start_time (str | Unset):
        total (float | Unset):
        type_ (str | Unset):
    """

    id: str
    ack_data: Any | Unset = UNSET
    agents: list[str] | Unset = UNSET
    created_at: str | Unset = UNSET
    data: Any | Unset = UNSET
    expiration: str | Unset = UNSET
    minimum_execution_duration: float | Unset = UNSET
    namespaces: list[str] | Unset = UNSET
    rollout_duration_seconds: float | Unset = UNSET
    sent_at: str | Unset = UNSET
    source_uri: str | Unset = UNSET
    start_time: str | Unset = UNSET
    total: float | Unset = UNSET
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
        id = self.id

        ack_data = self.ack_data

        agents: list[str] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = self.agents

        created_at = self.created_at

        data = self.data

        expiration = self.expiration

        minimum_execution_duration = self.minimum_execution_duration

        namespaces: list[str] | Unset = UNSET
        if not isinstance(self.namespaces, Unset):
            namespaces = self.namespaces

        rollout_duration_seconds = self.rollout_duration_seconds

        sent_at = self.sent_at

        source_uri = self.source_uri

        start_time = self.start_time

        total = self.total

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if ack_data is not UNSET:
            field_dict["ack_data"] = ack_data
        if agents is not UNSET:
            field_dict["agents"] = agents
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if data is not UNSET:
            field_dict["data"] = data
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if minimum_execution_duration is not UNSET:
            field_dict["minimum_execution_duration"] = minimum_execution_duration
        if namespaces is not UNSET:
            field_dict["namespaces"] = namespaces
        if rollout_duration_seconds is not UNSET:
            field_dict["rollout_duration_seconds"] = rollout_duration_seconds
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if source_uri is not UNSET:
            field_dict["source_uri"] = source_uri
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if total is not UNSET:
            field_dict["total"] = total
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        ack_data = d.pop("ack_data", UNSET)

        agents: list[str] | Unset = d.pop("agents", UNSET)

        created_at = d.pop("created_at", UNSET)

        data = d.pop("data", UNSET)

        expiration = d.pop("expiration", UNSET)

        minimum_execution_duration = d.pop("minimum_execution_duration", UNSET)

        namespaces: list[str] | Unset = d.pop("namespaces", UNSET)

        rollout_duration_seconds = d.pop("rollout_duration_seconds", UNSET)

        sent_at = d.pop("sent_at", UNSET)

        source_uri = d.pop("source_uri", UNSET)

        start_time = d.pop("start_time", UNSET)

        total = d.pop("total", UNSET)

        type_ = d.pop("type", UNSET)

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.ack_data = ack_data
        _obj.agents = agents
        _obj.created_at = created_at
        _obj.data = data
        _obj.expiration = expiration
        _obj.minimum_execution_duration = minimum_execution_duration
        _obj.namespaces = namespaces
        _obj.rollout_duration_seconds = rollout_duration_seconds
        _obj.sent_at = sent_at
        _obj.source_uri = source_uri
        _obj.start_time = start_time
        _obj.total = total
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

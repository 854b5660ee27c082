from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostFleetAgentsBulkUpgradeBody")


@_attrs_define
class PostFleetAgentsBulkUpgradeBody:
    """
    Attributes:
        agents (list[str] | str):
        version (str):
        batch_size (float | Unset):
        force (bool | Unset):
        include_inactive (bool | Unset):
        rollout_duration_seconds (float | Unset):
        skip_rate_limit_check (bool | Unset):
        source_uri (str | Unset):
        start_time (str | Unset):
    """

    agents: list[str] | str
    version: str
    batch_size: float | Unset = UNSET
    force: bool | Unset = UNSET
    include_inactive: bool | Unset = UNSET
    rollout_duration_seconds: float | Unset = UNSET
    skip_rate_limit_check: bool | Unset = UNSET
    source_uri: str | Unset = UNSET
    start_time: str | Unset = UNSET
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

        version = self.version

        batch_size = self.batch_size

        force = self.force

        include_inactive = self.include_inactive

        rollout_duration_seconds = self.rollout_duration_seconds

        skip_rate_limit_check = self.skip_rate_limit_check

        source_uri = self.source_uri

        start_time = self.start_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agents": agents,
                "version": version,
            }
        )
        if batch_size is not UNSET:
            field_dict["batchSize"] = batch_size
        if force is not UNSET:
            field_dict["force"] = force
        if include_inactive is not UNSET:
            field_dict["includeInactive"] = include_inactive
        if rollout_duration_seconds is not UNSET:
            field_dict["rollout_duration_seconds"] = rollout_duration_seconds
        if skip_rate_limit_check is not UNSET:
            field_dict["skipRateLimitCheck"] = skip_rate_limit_check
        if source_uri is not UNSET:
            field_dict["source_uri"] = source_uri
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

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

        version = d.pop("version")

        batch_size = d.pop("batchSize", UNSET)

        force = d.pop("force", UNSET)

        include_inactive = d.pop("includeInactive", UNSET)

        rollout_duration_seconds = d.pop("rollout_duration_seconds", UNSET)

        skip_rate_limit_check = d.pop("skipRateLimitCheck", UNSET)

        source_uri = d.pop("source_uri", UNSET)

        start_time = d.pop("start_time", UNSET)

        _obj = cls.__new__(cls)
        _obj.agents = agents
        _obj.version = version
        _obj.batch_size = batch_size
        _obj.force = force
        _obj.include_inactive = include_inactive
        _obj.rollout_duration_seconds = rollout_duration_seconds
        _obj.skip_rate_limit_check = skip_rate_limit_check
        _obj.source_uri = source_uri
        _obj.start_time = start_time

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

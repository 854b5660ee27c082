from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentPolicyAdvancedSettings")


@_attrs_define
class AgentPolicyAdvancedSettings:
    """
    Attributes:
        agent_download_target_directory (Any | Unset):
        agent_download_timeout (Any | Unset):
        agent_limits_go_max_procs (Any | Unset):
        agent_logging_files_interval (Any | Unset):
        agent_logging_files_keepfiles (Any | Unset):
        agent_logging_files_rotateeverybytes (Any | Unset):
        agent_logging_level (Any | Unset):
        agent_logging_metrics_period (Any | Unset):
        agent_logging_to_files (Any | Unset):
        agent_monitoring_runtime_experimental (Any | Unset):
    """

    agent_download_target_directory: Any | Unset = UNSET
    agent_download_timeout: Any | Unset = UNSET
    agent_limits_go_max_procs: Any | Unset = UNSET
    agent_logging_files_interval: Any | Unset = UNSET
    agent_logging_files_keepfiles: Any | Unset = UNSET
    agent_logging_files_rotateeverybytes: Any | Unset = UNSET
    agent_logging_level: Any | Unset = UNSET
    agent_logging_metrics_period: Any | Unset = UNSET
    agent_logging_to_files: Any | Unset = UNSET
    agent_monitoring_runtime_experimental: Any | Unset = UNSET
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
        agent_download_target_directory = self.agent_download_target_directory

        agent_download_timeout = self.agent_download_timeout

        agent_limits_go_max_procs = self.agent_limits_go_max_procs

        agent_logging_files_interval = self.agent_logging_files_interval

        agent_logging_files_keepfiles = self.agent_logging_files_keepfiles

        agent_logging_files_rotateeverybytes = self.agent_logging_files_rotateeverybytes

        agent_logging_level = self.agent_logging_level

        agent_logging_metrics_period = self.agent_logging_metrics_period

        agent_logging_to_files = self.agent_logging_to_files

        agent_monitoring_runtime_experimental = (
            self.agent_monitoring_runtime_experimental
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_download_target_directory is not UNSET:
            field_dict["agent_download_target_directory"] = (
                agent_download_target_directory
            )
        if agent_download_timeout is not UNSET:
            field_dict["agent_download_timeout"] = agent_download_timeout
        if agent_limits_go_max_procs is not UNSET:
            field_dict["agent_limits_go_max_procs"] = agent_limits_go_max_procs
        if agent_logging_files_interval is not UNSET:
            field_dict["agent_logging_files_interval"] = agent_logging_files_interval
        if agent_logging_files_keepfiles is not UNSET:
            field_dict["agent_logging_files_keepfiles"] = agent_logging_files_keepfiles
        if agent_logging_files_rotateeverybytes is not UNSET:
            field_dict["agent_logging_files_rotateeverybytes"] = (
                agent_logging_files_rotateeverybytes
            )
        if agent_logging_level is not UNSET:
            field_dict["agent_logging_level"] = agent_logging_level
        if agent_logging_metrics_period is not UNSET:
            field_dict["agent_logging_metrics_period"] = agent_logging_metrics_period
        if agent_logging_to_files is not UNSET:
            field_dict["agent_logging_to_files"] = agent_logging_to_files
        if agent_monitoring_runtime_experimental is not UNSET:
            field_dict["agent_monitoring_runtime_experimental"] = (
                agent_monitoring_runtime_experimental
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_download_target_directory = d.pop(
            "agent_download_target_directory", UNSET
        )

        agent_download_timeout = d.pop("agent_download_timeout", UNSET)

        agent_limits_go_max_procs = d.pop("agent_limits_go_max_procs", UNSET)

        agent_logging_files_interval = d.pop("agent_logging_files_interval", UNSET)

        agent_logging_files_keepfiles = d.pop("agent_logging_files_keepfiles", UNSET)

        agent_logging_files_rotateeverybytes = d.pop(
            "agent_logging_files_rotateeverybytes", UNSET
        )

        agent_logging_level = d.pop("agent_logging_level", UNSET)

        agent_logging_metrics_period = d.pop("agent_logging_metrics_period", UNSET)

        agent_logging_to_files = d.pop("agent_logging_to_files", UNSET)

        agent_monitoring_runtime_experimental = d.pop(
            "agent_monitoring_runtime_experimental", UNSET
        )

        _obj = cls.__new__(cls)
        _obj.agent_download_target_directory = agent_download_target_directory
        _obj.agent_download_timeout = agent_download_timeout
        _obj.agent_limits_go_max_procs = agent_limits_go_max_procs
        _obj.agent_logging_files_interval = agent_logging_files_interval
        _obj.agent_logging_files_keepfiles = agent_logging_files_keepfiles
        _obj.agent_logging_files_rotateeverybytes = agent_logging_files_rotateeverybytes
        _obj.agent_logging_level = agent_logging_level
        _obj.agent_logging_metrics_period = agent_logging_metrics_period
        _obj.agent_logging_to_files = agent_logging_to_files
        _obj.agent_monitoring_runtime_experimental = (
            agent_monitoring_runtime_experimental
        )

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

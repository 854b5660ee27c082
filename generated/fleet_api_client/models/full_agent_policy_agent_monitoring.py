from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="FullAgentPolicyAgentMonitoring")


@_attrs_define
class FullAgentPolicyAgentMonitoring:
    """
    Attributes:
        field_runtime_experimental (str | Unset):
        apm (Any | Unset):
        enabled (bool | Unset):
        logs (bool | Unset):
        metrics (bool | Unset):
        namespace (str | Unset):
        traces (bool | Unset):
        use_output (str | Unset):
    """

    field_runtime_experimental: str | Unset = UNSET
    apm: Any | Unset = UNSET
    enabled: bool | Unset = UNSET
    logs: bool | Unset = UNSET
    metrics: bool | Unset = UNSET
    namespace: str | Unset = UNSET
    traces: bool | Unset = UNSET
    use_output: str | Unset = UNSET
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
        field_runtime_experimental = self.field_runtime_experimental

        apm = self.apm

        enabled = self.enabled

        logs = self.logs

        metrics = self.metrics

        namespace = self.namespace

        traces = self.traces

        use_output = self.use_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_runtime_experimental is not UNSET:
            field_dict["_runtime_experimental"] = field_runtime_experimental
        if apm is not UNSET:
            field_dict["apm"] = apm
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if logs is not UNSET:
            field_dict["logs"] = logs
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if traces is not UNSET:
            field_dict["traces"] = traces
        if use_output is not UNSET:
            field_dict["use_output"] = use_output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_runtime_experimental = d.pop("_runtime_experimental", UNSET)

        apm = d.pop("apm", UNSET)

        enabled = d.pop("enabled", UNSET)

        logs = d.pop("logs", UNSET)

        metrics = d.pop("metrics", UNSET)

        namespace = d.pop("namespace", UNSET)

        traces = d.pop("traces", UNSET)

        use_output = d.pop("use_output", UNSET)

        _obj = cls.__new__(cls)
        _obj.field_runtime_experimental = field_runtime_experimental
        _obj.apm = apm
        _obj.enabled = enabled
        _obj.logs = logs
        _obj.metrics = metrics
        _obj.namespace = namespace
        _obj.traces = traces
        _obj.use_output = use_output

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

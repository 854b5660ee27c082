from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.post_fleet_agents_agentid_request_diagnostics_body_type_0_additional_metrics_item import (
    PostFleetAgentsAgentidRequestDiagnosticsBodyType0AdditionalMetricsItem,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostFleetAgentsAgentidRequestDiagnosticsBodyType0")


@_attrs_define
class PostFleetAgentsAgentidRequestDiagnosticsBodyType0:
    """
    Attributes:
        additional_metrics (list[PostFleetAgentsAgentidRequestDiagnosticsBodyType0AdditionalMetricsItem] | Unset):
    """

    additional_metrics: (
        list[PostFleetAgentsAgentidRequestDiagnosticsBodyType0AdditionalMetricsItem]
        | Unset
    ) = UNSET
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
        additional_metrics: list[str] | Unset = UNSET
        if not isinstance(self.additional_metrics, Unset):
            additional_metrics = []
            for additional_metrics_item_data in self.additional_metrics:
                additional_metrics_item = additional_metrics_item_data.value
                additional_metrics.append(additional_metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_metrics is not UNSET:
            field_dict["additional_metrics"] = additional_metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _additional_metrics = d.pop("additional_metrics", UNSET)
        additional_metrics: (
            list[PostFleetAgentsAgentidRequestDiagnosticsBodyType0AdditionalMetricsItem]
            | Unset
        ) = UNSET
        if _additional_metrics is not UNSET:
            additional_metrics = []
            for additional_metrics_item_data in _additional_metrics:
                additional_metrics_item = PostFleetAgentsAgentidRequestDiagnosticsBodyType0AdditionalMetricsItem._from_value(
                    additional_metrics_item_data
                )

                additional_metrics.append(additional_metrics_item)

        _obj = cls.__new__(cls)
        _obj.additional_metrics = additional_metrics

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

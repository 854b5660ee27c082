from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.post_fleet_agents_bulk_request_diagnostics_body_additional_metrics_item import (
    PostFleetAgentsBulkRequestDiagnosticsBodyAdditionalMetricsItem,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostFleetAgentsBulkRequestDiagnosticsBody")


@_attrs_define
class PostFleetAgentsBulkRequestDiagnosticsBody:
    """
    Attributes:
        agents (list[str] | str):
        additional_metrics (list[PostFleetAgentsBulkRequestDiagnosticsBodyAdditionalMetricsItem] | Unset):
        batch_size (float | Unset):
    """

    agents: list[str] | str
    additional_metrics: (
        list[PostFleetAgentsBulkRequestDiagnosticsBodyAdditionalMetricsItem] | Unset
    ) = UNSET
    batch_size: float | Unset = UNSET
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

        additional_metrics: list[str] | Unset = UNSET
        if not isinstance(self.additional_metrics, Unset):
            additional_metrics = []
            for additional_metrics_item_data in self.additional_metrics:
                additional_metrics_item = additional_metrics_item_data.value
                additional_metrics.append(additional_metrics_item)

        batch_size = self.batch_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agents": agents,
            }
        )
        if additional_metrics is not UNSET:
            field_dict["additional_metrics"] = additional_metrics
        if batch_size is not UNSET:
            field_dict["batchSize"] = batch_size

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

        _additional_metrics = d.pop("additional_metrics", UNSET)
        additional_metrics: (
            list[PostFleetAgentsBulkRequestDiagnosticsBodyAdditionalMetricsItem] | Unset
        ) = UNSET
        if _additional_metrics is not UNSET:
            additional_metrics = []
            for additional_metrics_item_data in _additional_metrics:
                additional_metrics_item = PostFleetAgentsBulkRequestDiagnosticsBodyAdditionalMetricsItem._from_value(
                    additional_metrics_item_data
                )

                additional_metrics.append(additional_metrics_item)

        batch_size = d.pop("batchSize", UNSET)

        _obj = cls.__new__(cls)
        _obj.agents = agents
        _obj.additional_metrics = additional_metrics
        _obj.batch_size = batch_size

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

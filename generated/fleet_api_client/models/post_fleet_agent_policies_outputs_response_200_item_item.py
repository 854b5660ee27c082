from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_fleet_agent_policies_outputs_response_200_item_item_data import (
        PostFleetAgentPoliciesOutputsResponse200ItemItemData,
    )
    from ..models.post_fleet_agent_policies_outputs_response_200_item_item_monitoring import (
        PostFleetAgentPoliciesOutputsResponse200ItemItemMonitoring,
    )


T = TypeVar("T", bound="PostFleetAgentPoliciesOutputsResponse200ItemItem")


@_attrs_define
class PostFleetAgentPoliciesOutputsResponse200ItemItem:
    """
    Attributes:
        agent_policy_id (str | Unset):
        data (PostFleetAgentPoliciesOutputsResponse200ItemItemData | Unset):
        monitoring (PostFleetAgentPoliciesOutputsResponse200ItemItemMonitoring | Unset):
    """

    agent_policy_id: str | Unset = UNSET
    data: PostFleetAgentPoliciesOutputsResponse200ItemItemData | Unset = UNSET
    monitoring: PostFleetAgentPoliciesOutputsResponse200ItemItemMonitoring | Unset = (
        UNSET
    )
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
        if not _models_imported:
            _import_models()
        agent_policy_id = self.agent_policy_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        monitoring: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monitoring, Unset):
            monitoring = self.monitoring.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_policy_id is not UNSET:
            field_dict["agentPolicyId"] = agent_policy_id
        if data is not UNSET:
            field_dict["data"] = data
        if monitoring is not UNSET:
            field_dict["monitoring"] = monitoring

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        agent_policy_id = d.pop("agentPolicyId", UNSET)

        _data = d.pop("data", UNSET)
        data: PostFleetAgentPoliciesOutputsResponse200ItemItemData | Unset
        if _data is UNSET:
            data = UNSET
        else:
            data = PostFleetAgentPoliciesOutputsResponse200ItemItemData.from_dict(_data)

        _monitoring = d.pop("monitoring", UNSET)
        monitoring: PostFleetAgentPoliciesOutputsResponse200ItemItemMonitoring | Unset
        if _monitoring is UNSET:
            monitoring = UNSET
        else:
            monitoring = (
                PostFleetAgentPoliciesOutputsResponse200ItemItemMonitoring.from_dict(
                    _monitoring
                )
            )

        _obj = cls.__new__(cls)
        _obj.agent_policy_id = agent_policy_id
        _obj.data = data
        _obj.monitoring = monitoring

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


# fleet-facade template: the models this one refers to are imported once, on first use, into
# module globals. (The generator's default imports them inside every from_dict/to_dict call;
# parsing a 10,000-agent page then runs 80,000 import statements.)
_models_imported = False


def _import_models() -> None:
    global _models_imported
    if _models_imported:
        return
    global PostFleetAgentPoliciesOutputsResponse200ItemItemData
    global PostFleetAgentPoliciesOutputsResponse200ItemItemMonitoring
    from ..models.post_fleet_agent_policies_outputs_response_200_item_item_data import (
        PostFleetAgentPoliciesOutputsResponse200ItemItemData,
    )
    from ..models.post_fleet_agent_policies_outputs_response_200_item_item_monitoring import (
        PostFleetAgentPoliciesOutputsResponse200ItemItemMonitoring,
    )

    _models_imported = True

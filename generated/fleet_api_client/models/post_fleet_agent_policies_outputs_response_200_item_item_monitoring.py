from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_fleet_agent_policies_delete_response_200 import (
        PostFleetAgentPoliciesDeleteResponse200,
    )


T = TypeVar("T", bound="PostFleetAgentPoliciesOutputsResponse200ItemItemMonitoring")


@_attrs_define
class PostFleetAgentPoliciesOutputsResponse200ItemItemMonitoring:
    """
    Attributes:
        output (PostFleetAgentPoliciesDeleteResponse200 | Unset):
    """

    output: PostFleetAgentPoliciesDeleteResponse200 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.post_fleet_agent_policies_delete_response_200 import (
            PostFleetAgentPoliciesDeleteResponse200,
        )

        d = dict(src_dict)
        _output = d.pop("output", UNSET)
        output: PostFleetAgentPoliciesDeleteResponse200 | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = PostFleetAgentPoliciesDeleteResponse200.from_dict(_output)

        post_fleet_agent_policies_outputs_response_200_item_item_monitoring = cls(
            output=output,
        )

        post_fleet_agent_policies_outputs_response_200_item_item_monitoring.additional_properties = d
        return post_fleet_agent_policies_outputs_response_200_item_item_monitoring

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

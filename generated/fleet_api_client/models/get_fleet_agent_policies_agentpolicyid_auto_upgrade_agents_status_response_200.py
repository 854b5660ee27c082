from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_fleet_agent_policies_agentpolicyid_auto_upgrade_agents_status_response_200_current_versions_item import (
        GetFleetAgentPoliciesAgentpolicyidAutoUpgradeAgentsStatusResponse200CurrentVersionsItem,
    )


T = TypeVar(
    "T", bound="GetFleetAgentPoliciesAgentpolicyidAutoUpgradeAgentsStatusResponse200"
)


@_attrs_define
class GetFleetAgentPoliciesAgentpolicyidAutoUpgradeAgentsStatusResponse200:
    """
    Attributes:
        current_versions (list[GetFleetAgentPoliciesAgentpolicyidAutoUpgradeAgentsStatusResponse200CurrentVersionsItem]
            | Unset):
        total_agents (float | Unset):
    """

    current_versions: (
        list[
            GetFleetAgentPoliciesAgentpolicyidAutoUpgradeAgentsStatusResponse200CurrentVersionsItem
        ]
        | Unset
    ) = UNSET
    total_agents: float | Unset = UNSET
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
        current_versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.current_versions, Unset):
            current_versions = []
            for current_versions_item_data in self.current_versions:
                current_versions_item = current_versions_item_data.to_dict()
                current_versions.append(current_versions_item)

        total_agents = self.total_agents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_versions is not UNSET:
            field_dict["currentVersions"] = current_versions
        if total_agents is not UNSET:
            field_dict["totalAgents"] = total_agents

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _current_versions = d.pop("currentVersions", UNSET)
        current_versions: (
            list[
                GetFleetAgentPoliciesAgentpolicyidAutoUpgradeAgentsStatusResponse200CurrentVersionsItem
            ]
            | Unset
        ) = UNSET
        if _current_versions is not UNSET:
            current_versions = []
            for current_versions_item_data in _current_versions:
                current_versions_item = GetFleetAgentPoliciesAgentpolicyidAutoUpgradeAgentsStatusResponse200CurrentVersionsItem.from_dict(
                    current_versions_item_data
                )

                current_versions.append(current_versions_item)

        total_agents = d.pop("totalAgents", UNSET)

        _obj = cls.__new__(cls)
        _obj.current_versions = current_versions
        _obj.total_agents = total_agents

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
    global \
        GetFleetAgentPoliciesAgentpolicyidAutoUpgradeAgentsStatusResponse200CurrentVersionsItem
    from ..models.get_fleet_agent_policies_agentpolicyid_auto_upgrade_agents_status_response_200_current_versions_item import (
        GetFleetAgentPoliciesAgentpolicyidAutoUpgradeAgentsStatusResponse200CurrentVersionsItem,
    )

    _models_imported = True

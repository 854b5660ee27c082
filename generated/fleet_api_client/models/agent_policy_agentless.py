from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_policy_agentless_cloud_connectors import (
        AgentPolicyAgentlessCloudConnectors,
    )
    from ..models.agent_policy_agentless_resources import AgentPolicyAgentlessResources


T = TypeVar("T", bound="AgentPolicyAgentless")


@_attrs_define
class AgentPolicyAgentless:
    """
    Attributes:
        cloud_connectors (AgentPolicyAgentlessCloudConnectors | Unset):
        resources (AgentPolicyAgentlessResources | Unset):
    """

    cloud_connectors: AgentPolicyAgentlessCloudConnectors | Unset = UNSET
    resources: AgentPolicyAgentlessResources | Unset = UNSET
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
        cloud_connectors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cloud_connectors, Unset):
            cloud_connectors = self.cloud_connectors.to_dict()

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cloud_connectors is not UNSET:
            field_dict["cloud_connectors"] = cloud_connectors
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _cloud_connectors = d.pop("cloud_connectors", UNSET)
        cloud_connectors: AgentPolicyAgentlessCloudConnectors | Unset
        if _cloud_connectors is UNSET:
            cloud_connectors = UNSET
        else:
            cloud_connectors = AgentPolicyAgentlessCloudConnectors.from_dict(
                _cloud_connectors
            )

        _resources = d.pop("resources", UNSET)
        resources: AgentPolicyAgentlessResources | Unset
        if _resources is UNSET:
            resources = UNSET
        else:
            resources = AgentPolicyAgentlessResources.from_dict(_resources)

        _obj = cls.__new__(cls)
        _obj.cloud_connectors = cloud_connectors
        _obj.resources = resources

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
    global AgentPolicyAgentlessCloudConnectors
    global AgentPolicyAgentlessResources
    from ..models.agent_policy_agentless_cloud_connectors import (
        AgentPolicyAgentlessCloudConnectors,
    )
    from ..models.agent_policy_agentless_resources import AgentPolicyAgentlessResources

    _models_imported = True

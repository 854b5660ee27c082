from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.agent_upgrade_details_type_0_state import AgentUpgradeDetailsType0State
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_upgrade_details_type_0_metadata import (
        AgentUpgradeDetailsType0Metadata,
    )


T = TypeVar("T", bound="AgentUpgradeDetailsType0")


@_attrs_define
class AgentUpgradeDetailsType0:
    """
    Attributes:
        action_id (str | Unset):
        metadata (AgentUpgradeDetailsType0Metadata | Unset):
        state (AgentUpgradeDetailsType0State | Unset):
        target_version (str | Unset):
    """

    action_id: str | Unset = UNSET
    metadata: AgentUpgradeDetailsType0Metadata | Unset = UNSET
    state: AgentUpgradeDetailsType0State | Unset = UNSET
    target_version: str | Unset = UNSET
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
        action_id = self.action_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        target_version = self.target_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if state is not UNSET:
            field_dict["state"] = state
        if target_version is not UNSET:
            field_dict["target_version"] = target_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        action_id = d.pop("action_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: AgentUpgradeDetailsType0Metadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = AgentUpgradeDetailsType0Metadata.from_dict(_metadata)

        _state = d.pop("state", UNSET)
        state: AgentUpgradeDetailsType0State | Unset
        if _state is UNSET:
            state = UNSET
        else:
            state = AgentUpgradeDetailsType0State._from_value(_state)

        target_version = d.pop("target_version", UNSET)

        _obj = cls.__new__(cls)
        _obj.action_id = action_id
        _obj.metadata = metadata
        _obj.state = state
        _obj.target_version = target_version

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
    global AgentUpgradeDetailsType0Metadata
    from ..models.agent_upgrade_details_type_0_metadata import (
        AgentUpgradeDetailsType0Metadata,
    )

    _models_imported = True

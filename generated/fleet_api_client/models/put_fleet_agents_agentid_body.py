from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.put_fleet_agents_agentid_body_user_provided_metadata import (
        PutFleetAgentsAgentidBodyUserProvidedMetadata,
    )


T = TypeVar("T", bound="PutFleetAgentsAgentidBody")


@_attrs_define
class PutFleetAgentsAgentidBody:
    """
    Attributes:
        tags (list[str] | Unset):
        user_provided_metadata (PutFleetAgentsAgentidBodyUserProvidedMetadata | Unset):
    """

    tags: list[str] | Unset = UNSET
    user_provided_metadata: PutFleetAgentsAgentidBodyUserProvidedMetadata | Unset = (
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
        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        user_provided_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_provided_metadata, Unset):
            user_provided_metadata = self.user_provided_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tags is not UNSET:
            field_dict["tags"] = tags
        if user_provided_metadata is not UNSET:
            field_dict["user_provided_metadata"] = user_provided_metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        tags: list[str] | Unset = d.pop("tags", UNSET)

        _user_provided_metadata = d.pop("user_provided_metadata", UNSET)
        user_provided_metadata: PutFleetAgentsAgentidBodyUserProvidedMetadata | Unset
        if _user_provided_metadata is UNSET:
            user_provided_metadata = UNSET
        else:
            user_provided_metadata = (
                PutFleetAgentsAgentidBodyUserProvidedMetadata.from_dict(
                    _user_provided_metadata
                )
            )

        _obj = cls.__new__(cls)
        _obj.tags = tags
        _obj.user_provided_metadata = user_provided_metadata

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
    global PutFleetAgentsAgentidBodyUserProvidedMetadata
    from ..models.put_fleet_agents_agentid_body_user_provided_metadata import (
        PutFleetAgentsAgentidBodyUserProvidedMetadata,
    )

    _models_imported = True

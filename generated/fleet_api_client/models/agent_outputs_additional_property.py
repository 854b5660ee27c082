from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_outputs_additional_property_to_retire_api_key_ids_item import (
        AgentOutputsAdditionalPropertyToRetireApiKeyIdsItem,
    )


T = TypeVar("T", bound="AgentOutputsAdditionalProperty")


@_attrs_define
class AgentOutputsAdditionalProperty:
    """
    Attributes:
        api_key_id (str | Unset):
        to_retire_api_key_ids (list[AgentOutputsAdditionalPropertyToRetireApiKeyIdsItem] | Unset):
        type_ (str | Unset):
    """

    api_key_id: str | Unset = UNSET
    to_retire_api_key_ids: (
        list[AgentOutputsAdditionalPropertyToRetireApiKeyIdsItem] | Unset
    ) = UNSET
    type_: str | Unset = UNSET
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
        api_key_id = self.api_key_id

        to_retire_api_key_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.to_retire_api_key_ids, Unset):
            to_retire_api_key_ids = []
            for to_retire_api_key_ids_item_data in self.to_retire_api_key_ids:
                to_retire_api_key_ids_item = to_retire_api_key_ids_item_data.to_dict()
                to_retire_api_key_ids.append(to_retire_api_key_ids_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if to_retire_api_key_ids is not UNSET:
            field_dict["to_retire_api_key_ids"] = to_retire_api_key_ids
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        api_key_id = d.pop("api_key_id", UNSET)

        _to_retire_api_key_ids = d.pop("to_retire_api_key_ids", UNSET)
        to_retire_api_key_ids: (
            list[AgentOutputsAdditionalPropertyToRetireApiKeyIdsItem] | Unset
        ) = UNSET
        if _to_retire_api_key_ids is not UNSET:
            to_retire_api_key_ids = []
            for to_retire_api_key_ids_item_data in _to_retire_api_key_ids:
                to_retire_api_key_ids_item = (
                    AgentOutputsAdditionalPropertyToRetireApiKeyIdsItem.from_dict(
                        to_retire_api_key_ids_item_data
                    )
                )

                to_retire_api_key_ids.append(to_retire_api_key_ids_item)

        type_ = d.pop("type", UNSET)

        _obj = cls.__new__(cls)
        _obj.api_key_id = api_key_id
        _obj.to_retire_api_key_ids = to_retire_api_key_ids
        _obj.type_ = type_

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
    global AgentOutputsAdditionalPropertyToRetireApiKeyIdsItem
    from ..models.agent_outputs_additional_property_to_retire_api_key_ids_item import (
        AgentOutputsAdditionalPropertyToRetireApiKeyIdsItem,
    )

    _models_imported = True

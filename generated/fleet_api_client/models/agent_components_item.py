from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.agent_components_item_status import AgentComponentsItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_components_item_units_item import AgentComponentsItemUnitsItem


T = TypeVar("T", bound="AgentComponentsItem")


@_attrs_define
class AgentComponentsItem:
    """
    Attributes:
        id (str):
        message (str | Unset):
        status (AgentComponentsItemStatus | Unset):
        type_ (str | Unset):
        units (list[AgentComponentsItemUnitsItem] | Unset):
    """

    id: str
    message: str | Unset = UNSET
    status: AgentComponentsItemStatus | Unset = UNSET
    type_: str | Unset = UNSET
    units: list[AgentComponentsItemUnitsItem] | Unset = UNSET
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
        id = self.id

        message = self.message

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_ = self.type_

        units: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.units, Unset):
            units = []
            for units_item_data in self.units:
                units_item = units_item_data.to_dict()
                units.append(units_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if units is not UNSET:
            field_dict["units"] = units

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        id = d.pop("id")

        message = d.pop("message", UNSET)

        _status = d.pop("status", UNSET)
        status: AgentComponentsItemStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = AgentComponentsItemStatus._from_value(_status)

        type_ = d.pop("type", UNSET)

        _units = d.pop("units", UNSET)
        units: list[AgentComponentsItemUnitsItem] | Unset = UNSET
        if _units is not UNSET:
            units = []
            for units_item_data in _units:
                units_item = AgentComponentsItemUnitsItem.from_dict(units_item_data)

                units.append(units_item)

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.message = message
        _obj.status = status
        _obj.type_ = type_
        _obj.units = units

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
    global AgentComponentsItemUnitsItem
    from ..models.agent_components_item_units_item import AgentComponentsItemUnitsItem

    _models_imported = True

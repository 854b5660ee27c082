from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent import Agent
    from ..models.get_fleet_agents_response_200_status_summary import (
        GetFleetAgentsResponse200StatusSummary,
    )


T = TypeVar("T", bound="GetFleetAgentsResponse200")


@_attrs_define
class GetFleetAgentsResponse200:
    """
    Attributes:
        items (list[Agent] | Unset):
        next_search_after (str | Unset):
        page (float | Unset):
        per_page (float | Unset):
        pit (str | Unset):
        status_summary (GetFleetAgentsResponse200StatusSummary | Unset):
        total (float | Unset):
    """

    items: list[Agent] | Unset = UNSET
    next_search_after: str | Unset = UNSET
    page: float | Unset = UNSET
    per_page: float | Unset = UNSET
    pit: str | Unset = UNSET
    status_summary: GetFleetAgentsResponse200StatusSummary | Unset = UNSET
    total: float | Unset = UNSET
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
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        next_search_after = self.next_search_after

        page = self.page

        per_page = self.per_page

        pit = self.pit

        status_summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_summary, Unset):
            status_summary = self.status_summary.to_dict()

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if next_search_after is not UNSET:
            field_dict["nextSearchAfter"] = next_search_after
        if page is not UNSET:
            field_dict["page"] = page
        if per_page is not UNSET:
            field_dict["perPage"] = per_page
        if pit is not UNSET:
            field_dict["pit"] = pit
        if status_summary is not UNSET:
            field_dict["statusSummary"] = status_summary
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[Agent] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = Agent.from_dict(items_item_data)

                items.append(items_item)

        next_search_after = d.pop("nextSearchAfter", UNSET)

        page = d.pop("page", UNSET)

        per_page = d.pop("perPage", UNSET)

        pit = d.pop("pit", UNSET)

        _status_summary = d.pop("statusSummary", UNSET)
        status_summary: GetFleetAgentsResponse200StatusSummary | Unset
        if _status_summary is UNSET:
            status_summary = UNSET
        else:
            status_summary = GetFleetAgentsResponse200StatusSummary.from_dict(
                _status_summary
            )

        total = d.pop("total", UNSET)

        _obj = cls.__new__(cls)
        _obj.items = items
        _obj.next_search_after = next_search_after
        _obj.page = page
        _obj.per_page = per_page
        _obj.pit = pit
        _obj.status_summary = status_summary
        _obj.total = total

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
    global Agent
    global GetFleetAgentsResponse200StatusSummary
    from ..models.agent import Agent
    from ..models.get_fleet_agents_response_200_status_summary import (
        GetFleetAgentsResponse200StatusSummary,
    )

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_elasticsearch import OutputElasticsearch
    from ..models.output_kafka import OutputKafka
    from ..models.output_logstash import OutputLogstash
    from ..models.output_remote_elasticsearch import OutputRemoteElasticsearch


T = TypeVar("T", bound="GetFleetOutputsResponse200")


@_attrs_define
class GetFleetOutputsResponse200:
    """
    Attributes:
        items (list[OutputElasticsearch | OutputKafka | OutputLogstash | OutputRemoteElasticsearch] | Unset):
        page (float | Unset):
        per_page (float | Unset):
        total (float | Unset):
    """

    items: (
        list[
            OutputElasticsearch
            | OutputKafka
            | OutputLogstash
            | OutputRemoteElasticsearch
        ]
        | Unset
    ) = UNSET
    page: float | Unset = UNSET
    per_page: float | Unset = UNSET
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
                items_item: dict[str, Any]
                if (
                    isinstance(items_item_data, OutputElasticsearch)
                    or isinstance(items_item_data, OutputRemoteElasticsearch)
                    or isinstance(items_item_data, OutputLogstash)
                ):
                    items_item = items_item_data.to_dict()
                else:
                    items_item = items_item_data.to_dict()

                items.append(items_item)

        page = self.page

        per_page = self.per_page

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if page is not UNSET:
            field_dict["page"] = page
        if per_page is not UNSET:
            field_dict["perPage"] = per_page
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: (
            list[
                OutputElasticsearch
                | OutputKafka
                | OutputLogstash
                | OutputRemoteElasticsearch
            ]
            | Unset
        ) = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                _items_item_data = items_item_data
                while True:
                    try:
                        if not isinstance(_items_item_data, dict):
                            raise TypeError()
                        componentsschemas_output_type_0 = OutputElasticsearch.from_dict(
                            _items_item_data
                        )

                        items_item = componentsschemas_output_type_0
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(_items_item_data, dict):
                            raise TypeError()
                        componentsschemas_output_type_1 = (
                            OutputRemoteElasticsearch.from_dict(_items_item_data)
                        )

                        items_item = componentsschemas_output_type_1
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(_items_item_data, dict):
                            raise TypeError()
                        componentsschemas_output_type_2 = OutputLogstash.from_dict(
                            _items_item_data
                        )

                        items_item = componentsschemas_output_type_2
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(_items_item_data, dict):
                        raise TypeError()
                    componentsschemas_output_type_3 = OutputKafka.from_dict(
                        _items_item_data
                    )

                    items_item = componentsschemas_output_type_3
                    break

                items.append(items_item)

        page = d.pop("page", UNSET)

        per_page = d.pop("perPage", UNSET)

        total = d.pop("total", UNSET)

        _obj = cls.__new__(cls)
        _obj.items = items
        _obj.page = page
        _obj.per_page = per_page
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
    global OutputElasticsearch
    global OutputKafka
    global OutputLogstash
    global OutputRemoteElasticsearch
    from ..models.output_elasticsearch import OutputElasticsearch
    from ..models.output_kafka import OutputKafka
    from ..models.output_logstash import OutputLogstash
    from ..models.output_remote_elasticsearch import OutputRemoteElasticsearch

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_fleet_epm_bulk_assets_response_200_items_item_attributes import (
        PostFleetEpmBulkAssetsResponse200ItemsItemAttributes,
    )


T = TypeVar("T", bound="PostFleetEpmBulkAssetsResponse200ItemsItem")


@_attrs_define
class PostFleetEpmBulkAssetsResponse200ItemsItem:
    """
    Attributes:
        id (str):
        app_link (str | Unset):
        attributes (PostFleetEpmBulkAssetsResponse200ItemsItemAttributes | Unset):
        type_ (str | Unset):
        updated_at (str | Unset):
    """

    id: str
    app_link: str | Unset = UNSET
    attributes: PostFleetEpmBulkAssetsResponse200ItemsItemAttributes | Unset = UNSET
    type_: str | Unset = UNSET
    updated_at: str | Unset = UNSET
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

        app_link = self.app_link

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        type_ = self.type_

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if app_link is not UNSET:
            field_dict["appLink"] = app_link
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        id = d.pop("id")

        app_link = d.pop("appLink", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: PostFleetEpmBulkAssetsResponse200ItemsItemAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = PostFleetEpmBulkAssetsResponse200ItemsItemAttributes.from_dict(
                _attributes
            )

        type_ = d.pop("type", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.app_link = app_link
        _obj.attributes = attributes
        _obj.type_ = type_
        _obj.updated_at = updated_at

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
    global PostFleetEpmBulkAssetsResponse200ItemsItemAttributes
    from ..models.post_fleet_epm_bulk_assets_response_200_items_item_attributes import (
        PostFleetEpmBulkAssetsResponse200ItemsItemAttributes,
    )

    _models_imported = True

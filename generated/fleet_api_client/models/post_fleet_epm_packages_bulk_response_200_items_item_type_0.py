from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_fleet_epm_packages_bulk_response_200_items_item_type_0_result import (
        PostFleetEpmPackagesBulkResponse200ItemsItemType0Result,
    )


T = TypeVar("T", bound="PostFleetEpmPackagesBulkResponse200ItemsItemType0")


@_attrs_define
class PostFleetEpmPackagesBulkResponse200ItemsItemType0:
    """
    Attributes:
        name (str | Unset):
        result (PostFleetEpmPackagesBulkResponse200ItemsItemType0Result | Unset):
        version (str | Unset):
    """

    name: str | Unset = UNSET
    result: PostFleetEpmPackagesBulkResponse200ItemsItemType0Result | Unset = UNSET
    version: str | Unset = UNSET
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
        name = self.name

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if result is not UNSET:
            field_dict["result"] = result
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _result = d.pop("result", UNSET)
        result: PostFleetEpmPackagesBulkResponse200ItemsItemType0Result | Unset
        if _result is UNSET:
            result = UNSET
        else:
            result = PostFleetEpmPackagesBulkResponse200ItemsItemType0Result.from_dict(
                _result
            )

        version = d.pop("version", UNSET)

        _obj = cls.__new__(cls)
        _obj.name = name
        _obj.result = result
        _obj.version = version

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
    global PostFleetEpmPackagesBulkResponse200ItemsItemType0Result
    from ..models.post_fleet_epm_packages_bulk_response_200_items_item_type_0_result import (
        PostFleetEpmPackagesBulkResponse200ItemsItemType0Result,
    )

    _models_imported = True

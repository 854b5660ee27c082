from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_fleet_epm_packages_bulk_body_packages_item_type_1 import (
        PostFleetEpmPackagesBulkBodyPackagesItemType1,
    )


T = TypeVar("T", bound="PostFleetEpmPackagesBulkBody")


@_attrs_define
class PostFleetEpmPackagesBulkBody:
    """
    Attributes:
        packages (list[PostFleetEpmPackagesBulkBodyPackagesItemType1 | str]):
        force (bool | Unset):
    """

    packages: list[PostFleetEpmPackagesBulkBodyPackagesItemType1 | str]
    force: bool | Unset = UNSET
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
        packages = []
        for packages_item_data in self.packages:
            packages_item: dict[str, Any] | str
            if isinstance(
                packages_item_data, PostFleetEpmPackagesBulkBodyPackagesItemType1
            ):
                packages_item = packages_item_data.to_dict()
            else:
                packages_item = packages_item_data
            packages.append(packages_item)

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packages": packages,
            }
        )
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        packages = []
        _packages = d.pop("packages")
        for packages_item_data in _packages:
            _packages_item_data = packages_item_data
            while True:
                try:
                    if not isinstance(_packages_item_data, dict):
                        raise TypeError()
                    packages_item_type_1 = (
                        PostFleetEpmPackagesBulkBodyPackagesItemType1.from_dict(
                            _packages_item_data
                        )
                    )

                    packages_item = packages_item_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                packages_item: PostFleetEpmPackagesBulkBodyPackagesItemType1 | str = (
                    _packages_item_data
                )
                break

            packages.append(packages_item)

        force = d.pop("force", UNSET)

        _obj = cls.__new__(cls)
        _obj.packages = packages
        _obj.force = force

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
    global PostFleetEpmPackagesBulkBodyPackagesItemType1
    from ..models.post_fleet_epm_packages_bulk_body_packages_item_type_1 import (
        PostFleetEpmPackagesBulkBodyPackagesItemType1,
    )

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_fleet_epm_packages_bulk_upgrade_body_packages_item import (
        PostFleetEpmPackagesBulkUpgradeBodyPackagesItem,
    )


T = TypeVar("T", bound="PostFleetEpmPackagesBulkUpgradeBody")


@_attrs_define
class PostFleetEpmPackagesBulkUpgradeBody:
    """
    Attributes:
        packages (list[PostFleetEpmPackagesBulkUpgradeBodyPackagesItem]):
        force (bool | Unset):
        prerelease (bool | Unset):
        upgrade_package_policies (bool | Unset):
    """

    packages: list[PostFleetEpmPackagesBulkUpgradeBodyPackagesItem]
    force: bool | Unset = UNSET
    prerelease: bool | Unset = UNSET
    upgrade_package_policies: bool | Unset = UNSET
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
            packages_item = packages_item_data.to_dict()
            packages.append(packages_item)

        force = self.force

        prerelease = self.prerelease

        upgrade_package_policies = self.upgrade_package_policies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packages": packages,
            }
        )
        if force is not UNSET:
            field_dict["force"] = force
        if prerelease is not UNSET:
            field_dict["prerelease"] = prerelease
        if upgrade_package_policies is not UNSET:
            field_dict["upgrade_package_policies"] = upgrade_package_policies

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        packages = []
        _packages = d.pop("packages")
        for packages_item_data in _packages:
            packages_item = PostFleetEpmPackagesBulkUpgradeBodyPackagesItem.from_dict(
                packages_item_data
            )

            packages.append(packages_item)

        force = d.pop("force", UNSET)

        prerelease = d.pop("prerelease", UNSET)

        upgrade_package_policies = d.pop("upgrade_package_policies", UNSET)

        _obj = cls.__new__(cls)
        _obj.packages = packages
        _obj.force = force
        _obj.prerelease = prerelease
        _obj.upgrade_package_policies = upgrade_package_policies

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
    global PostFleetEpmPackagesBulkUpgradeBodyPackagesItem
    from ..models.post_fleet_epm_packages_bulk_upgrade_body_packages_item import (
        PostFleetEpmPackagesBulkUpgradeBodyPackagesItem,
    )

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_info_installation_info_latest_install_failed_attempts_item_error import (
        PackageInfoInstallationInfoLatestInstallFailedAttemptsItemError,
    )


T = TypeVar("T", bound="PackageInfoInstallationInfoLatestInstallFailedAttemptsItem")


@_attrs_define
class PackageInfoInstallationInfoLatestInstallFailedAttemptsItem:
    """
    Attributes:
        created_at (str | Unset):
        error (PackageInfoInstallationInfoLatestInstallFailedAttemptsItemError | Unset):
        target_version (str | Unset):
    """

    created_at: str | Unset = UNSET
    error: PackageInfoInstallationInfoLatestInstallFailedAttemptsItemError | Unset = (
        UNSET
    )
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
        created_at = self.created_at

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        target_version = self.target_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if error is not UNSET:
            field_dict["error"] = error
        if target_version is not UNSET:
            field_dict["target_version"] = target_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        _error = d.pop("error", UNSET)
        error: PackageInfoInstallationInfoLatestInstallFailedAttemptsItemError | Unset
        if _error is UNSET:
            error = UNSET
        else:
            error = PackageInfoInstallationInfoLatestInstallFailedAttemptsItemError.from_dict(
                _error
            )

        target_version = d.pop("target_version", UNSET)

        _obj = cls.__new__(cls)
        _obj.created_at = created_at
        _obj.error = error
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
    global PackageInfoInstallationInfoLatestInstallFailedAttemptsItemError
    from ..models.package_info_installation_info_latest_install_failed_attempts_item_error import (
        PackageInfoInstallationInfoLatestInstallFailedAttemptsItemError,
    )

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_policy_package_experimental_data_stream_feature_item import (
        PackagePolicyPackageExperimentalDataStreamFeatureItem,
    )


T = TypeVar("T", bound="PackagePolicyPackage")


@_attrs_define
class PackagePolicyPackage:
    """
    Attributes:
        experimental_data_stream_features (list[PackagePolicyPackageExperimentalDataStreamFeatureItem] | Unset):
        fips_compatible (bool | Unset):
        name (str | Unset):
        requires_root (bool | Unset):
        title (str | Unset):
        version (str | Unset):
    """

    experimental_data_stream_features: (
        list[PackagePolicyPackageExperimentalDataStreamFeatureItem] | Unset
    ) = UNSET
    fips_compatible: bool | Unset = UNSET
    name: str | Unset = UNSET
    requires_root: bool | Unset = UNSET
    title: str | Unset = UNSET
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
        experimental_data_stream_features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.experimental_data_stream_features, Unset):
            experimental_data_stream_features = []
            for (
                experimental_data_stream_features_item_data
            ) in self.experimental_data_stream_features:
                experimental_data_stream_features_item = (
                    experimental_data_stream_features_item_data.to_dict()
                )
                experimental_data_stream_features.append(
                    experimental_data_stream_features_item
                )

        fips_compatible = self.fips_compatible

        name = self.name

        requires_root = self.requires_root

        title = self.title

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experimental_data_stream_features is not UNSET:
            field_dict["experimental_data_stream_features"] = (
                experimental_data_stream_features
            )
        if fips_compatible is not UNSET:
            field_dict["fips_compatible"] = fips_compatible
        if name is not UNSET:
            field_dict["name"] = name
        if requires_root is not UNSET:
            field_dict["requires_root"] = requires_root
        if title is not UNSET:
            field_dict["title"] = title
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _experimental_data_stream_features = d.pop(
            "experimental_data_stream_features", UNSET
        )
        experimental_data_stream_features: (
            list[PackagePolicyPackageExperimentalDataStreamFeatureItem] | Unset
        ) = UNSET
        if _experimental_data_stream_features is not UNSET:
            experimental_data_stream_features = []
            for (
                experimental_data_stream_features_item_data
            ) in _experimental_data_stream_features:
                experimental_data_stream_features_item = (
                    PackagePolicyPackageExperimentalDataStreamFeatureItem.from_dict(
                        experimental_data_stream_features_item_data
                    )
                )

                experimental_data_stream_features.append(
                    experimental_data_stream_features_item
                )

        fips_compatible = d.pop("fips_compatible", UNSET)

        name = d.pop("name", UNSET)

        requires_root = d.pop("requires_root", UNSET)

        title = d.pop("title", UNSET)

        version = d.pop("version", UNSET)

        _obj = cls.__new__(cls)
        _obj.experimental_data_stream_features = experimental_data_stream_features
        _obj.fips_compatible = fips_compatible
        _obj.name = name
        _obj.requires_root = requires_root
        _obj.title = title
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
    global PackagePolicyPackageExperimentalDataStreamFeatureItem
    from ..models.package_policy_package_experimental_data_stream_feature_item import (
        PackagePolicyPackageExperimentalDataStreamFeatureItem,
    )

    _models_imported = True

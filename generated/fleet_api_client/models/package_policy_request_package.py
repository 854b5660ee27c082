from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_policy_request_package_experimental_data_stream_feature_item import (
        PackagePolicyRequestPackageExperimentalDataStreamFeatureItem,
    )


T = TypeVar("T", bound="PackagePolicyRequestPackage")


@_attrs_define
class PackagePolicyRequestPackage:
    """
    Attributes:
        name (str):
        version (str):
        experimental_data_stream_features (list[PackagePolicyRequestPackageExperimentalDataStreamFeatureItem] | Unset):
        fips_compatible (bool | Unset):
        requires_root (bool | Unset):
        title (str | Unset):
    """

    name: str
    version: str
    experimental_data_stream_features: (
        list[PackagePolicyRequestPackageExperimentalDataStreamFeatureItem] | Unset
    ) = UNSET
    fips_compatible: bool | Unset = UNSET
    requires_root: bool | Unset = UNSET
    title: str | Unset = UNSET
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

        version = self.version

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

        requires_root = self.requires_root

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "version": version,
            }
        )
        if experimental_data_stream_features is not UNSET:
            field_dict["experimental_data_stream_features"] = (
                experimental_data_stream_features
            )
        if fips_compatible is not UNSET:
            field_dict["fips_compatible"] = fips_compatible
        if requires_root is not UNSET:
            field_dict["requires_root"] = requires_root
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        name = d.pop("name")

        version = d.pop("version")

        _experimental_data_stream_features = d.pop(
            "experimental_data_stream_features", UNSET
        )
        experimental_data_stream_features: (
            list[PackagePolicyRequestPackageExperimentalDataStreamFeatureItem] | Unset
        ) = UNSET
        if _experimental_data_stream_features is not UNSET:
            experimental_data_stream_features = []
            for (
                experimental_data_stream_features_item_data
            ) in _experimental_data_stream_features:
                experimental_data_stream_features_item = PackagePolicyRequestPackageExperimentalDataStreamFeatureItem.from_dict(
                    experimental_data_stream_features_item_data
                )

                experimental_data_stream_features.append(
                    experimental_data_stream_features_item
                )

        fips_compatible = d.pop("fips_compatible", UNSET)

        requires_root = d.pop("requires_root", UNSET)

        title = d.pop("title", UNSET)

        _obj = cls.__new__(cls)
        _obj.name = name
        _obj.version = version
        _obj.experimental_data_stream_features = experimental_data_stream_features
        _obj.fips_compatible = fips_compatible
        _obj.requires_root = requires_root
        _obj.title = title

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
    global PackagePolicyRequestPackageExperimentalDataStreamFeatureItem
    from ..models.package_policy_request_package_experimental_data_stream_feature_item import (
        PackagePolicyRequestPackageExperimentalDataStreamFeatureItem,
    )

    _models_imported = True

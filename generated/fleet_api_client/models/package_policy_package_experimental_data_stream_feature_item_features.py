from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="PackagePolicyPackageExperimentalDataStreamFeatureItemFeatures")


@_attrs_define
class PackagePolicyPackageExperimentalDataStreamFeatureItemFeatures:
    """
    Attributes:
        doc_value_only_numeric (bool | Unset):
        doc_value_only_other (bool | Unset):
        synthetic_source (bool | Unset):
        tsdb (bool | Unset):
    """

    doc_value_only_numeric: bool | Unset = UNSET
    doc_value_only_other: bool | Unset = UNSET
    synthetic_source: bool | Unset = UNSET
    tsdb: bool | Unset = UNSET
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
        doc_value_only_numeric = self.doc_value_only_numeric

        doc_value_only_other = self.doc_value_only_other

        synthetic_source = self.synthetic_source

        tsdb = self.tsdb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if doc_value_only_numeric is not UNSET:
            field_dict["doc_value_only_numeric"] = doc_value_only_numeric
        if doc_value_only_other is not UNSET:
            field_dict["doc_value_only_other"] = doc_value_only_other
        if synthetic_source is not UNSET:
            field_dict["synthetic_source"] = synthetic_source
        if tsdb is not UNSET:
            field_dict["tsdb"] = tsdb

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        doc_value_only_numeric = d.pop("doc_value_only_numeric", UNSET)

        doc_value_only_other = d.pop("doc_value_only_other", UNSET)

        synthetic_source = d.pop("synthetic_source", UNSET)

        tsdb = d.pop("tsdb", UNSET)

        _obj = cls.__new__(cls)
        _obj.doc_value_only_numeric = doc_value_only_numeric
        _obj.doc_value_only_other = doc_value_only_other
        _obj.synthetic_source = synthetic_source
        _obj.tsdb = tsdb

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_info_conditions_elastic import PackageInfoConditionsElastic
    from ..models.package_info_conditions_kibana import PackageInfoConditionsKibana


T = TypeVar("T", bound="PackageInfoConditions")


@_attrs_define
class PackageInfoConditions:
    """
    Attributes:
        elastic (PackageInfoConditionsElastic | Unset):
        kibana (PackageInfoConditionsKibana | Unset):
    """

    elastic: PackageInfoConditionsElastic | Unset = UNSET
    kibana: PackageInfoConditionsKibana | Unset = UNSET
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
        elastic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.elastic, Unset):
            elastic = self.elastic.to_dict()

        kibana: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kibana, Unset):
            kibana = self.kibana.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if elastic is not UNSET:
            field_dict["elastic"] = elastic
        if kibana is not UNSET:
            field_dict["kibana"] = kibana

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _elastic = d.pop("elastic", UNSET)
        elastic: PackageInfoConditionsElastic | Unset
        if _elastic is UNSET:
            elastic = UNSET
        else:
            elastic = PackageInfoConditionsElastic.from_dict(_elastic)

        _kibana = d.pop("kibana", UNSET)
        kibana: PackageInfoConditionsKibana | Unset
        if _kibana is UNSET:
            kibana = UNSET
        else:
            kibana = PackageInfoConditionsKibana.from_dict(_kibana)

        _obj = cls.__new__(cls)
        _obj.elastic = elastic
        _obj.kibana = kibana

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
    global PackageInfoConditionsElastic
    global PackageInfoConditionsKibana
    from ..models.package_info_conditions_elastic import PackageInfoConditionsElastic
    from ..models.package_info_conditions_kibana import PackageInfoConditionsKibana

    _models_imported = True

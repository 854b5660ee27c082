from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_fleet_epm_packages_bulk_upgrade_taskid_response_200_result_item import (
        GetFleetEpmPackagesBulkUpgradeTaskidResponse200ResultItem,
    )
    from ..models.message_response import MessageResponse


T = TypeVar("T", bound="GetFleetEpmPackagesBulkUpgradeTaskidResponse200")


@_attrs_define
class GetFleetEpmPackagesBulkUpgradeTaskidResponse200:
    """
    Attributes:
        error (MessageResponse | Unset):
        results (list[GetFleetEpmPackagesBulkUpgradeTaskidResponse200ResultItem] | Unset):
        status (str | Unset):
    """

    error: MessageResponse | Unset = UNSET
    results: list[GetFleetEpmPackagesBulkUpgradeTaskidResponse200ResultItem] | Unset = (
        UNSET
    )
    status: str | Unset = UNSET
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
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if results is not UNSET:
            field_dict["results"] = results
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _error = d.pop("error", UNSET)
        error: MessageResponse | Unset
        if _error is UNSET:
            error = UNSET
        else:
            error = MessageResponse.from_dict(_error)

        _results = d.pop("results", UNSET)
        results: (
            list[GetFleetEpmPackagesBulkUpgradeTaskidResponse200ResultItem] | Unset
        ) = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = (
                    GetFleetEpmPackagesBulkUpgradeTaskidResponse200ResultItem.from_dict(
                        results_item_data
                    )
                )

                results.append(results_item)

        status = d.pop("status", UNSET)

        _obj = cls.__new__(cls)
        _obj.error = error
        _obj.results = results
        _obj.status = status

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
    global GetFleetEpmPackagesBulkUpgradeTaskidResponse200ResultItem
    global MessageResponse
    from ..models.get_fleet_epm_packages_bulk_upgrade_taskid_response_200_result_item import (
        GetFleetEpmPackagesBulkUpgradeTaskidResponse200ResultItem,
    )
    from ..models.message_response import MessageResponse

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_fleet_data_streams_response_200_data_streams_item_dashboards_item import (
        GetFleetDataStreamsResponse200DataStreamsItemDashboardsItem,
    )
    from ..models.get_fleet_data_streams_response_200_data_streams_item_service_details_type_0 import (
        GetFleetDataStreamsResponse200DataStreamsItemServiceDetailsType0,
    )


T = TypeVar("T", bound="GetFleetDataStreamsResponse200DataStreamsItem")


@_attrs_define
class GetFleetDataStreamsResponse200DataStreamsItem:
    """
    Attributes:
        dashboards (list[GetFleetDataStreamsResponse200DataStreamsItemDashboardsItem] | Unset):
        dataset (str | Unset):
        index (str | Unset):
        last_activity_ms (float | Unset):
        namespace (str | Unset):
        package (str | Unset):
        package_version (str | Unset):
        service_details (GetFleetDataStreamsResponse200DataStreamsItemServiceDetailsType0 | None | Unset):
        size_in_bytes (float | Unset):
        size_in_bytes_formatted (float | str | Unset):
        type_ (str | Unset):
    """

    dashboards: (
        list[GetFleetDataStreamsResponse200DataStreamsItemDashboardsItem] | Unset
    ) = UNSET
    dataset: str | Unset = UNSET
    index: str | Unset = UNSET
    last_activity_ms: float | Unset = UNSET
    namespace: str | Unset = UNSET
    package: str | Unset = UNSET
    package_version: str | Unset = UNSET
    service_details: (
        GetFleetDataStreamsResponse200DataStreamsItemServiceDetailsType0 | None | Unset
    ) = UNSET
    size_in_bytes: float | Unset = UNSET
    size_in_bytes_formatted: float | str | Unset = UNSET
    type_: str | Unset = UNSET
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
        dashboards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dashboards, Unset):
            dashboards = []
            for dashboards_item_data in self.dashboards:
                dashboards_item = dashboards_item_data.to_dict()
                dashboards.append(dashboards_item)

        dataset = self.dataset

        index = self.index

        last_activity_ms = self.last_activity_ms

        namespace = self.namespace

        package = self.package

        package_version = self.package_version

        service_details: dict[str, Any] | None | Unset
        if isinstance(self.service_details, Unset):
            service_details = UNSET
        elif isinstance(
            self.service_details,
            GetFleetDataStreamsResponse200DataStreamsItemServiceDetailsType0,
        ):
            service_details = self.service_details.to_dict()
        else:
            service_details = self.service_details

        size_in_bytes = self.size_in_bytes

        size_in_bytes_formatted: float | str | Unset
        if isinstance(self.size_in_bytes_formatted, Unset):
            size_in_bytes_formatted = UNSET
        else:
            size_in_bytes_formatted = self.size_in_bytes_formatted

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dashboards is not UNSET:
            field_dict["dashboards"] = dashboards
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if index is not UNSET:
            field_dict["index"] = index
        if last_activity_ms is not UNSET:
            field_dict["last_activity_ms"] = last_activity_ms
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if package is not UNSET:
            field_dict["package"] = package
        if package_version is not UNSET:
            field_dict["package_version"] = package_version
        if service_details is not UNSET:
            field_dict["serviceDetails"] = service_details
        if size_in_bytes is not UNSET:
            field_dict["size_in_bytes"] = size_in_bytes
        if size_in_bytes_formatted is not UNSET:
            field_dict["size_in_bytes_formatted"] = size_in_bytes_formatted
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _dashboards = d.pop("dashboards", UNSET)
        dashboards: (
            list[GetFleetDataStreamsResponse200DataStreamsItemDashboardsItem] | Unset
        ) = UNSET
        if _dashboards is not UNSET:
            dashboards = []
            for dashboards_item_data in _dashboards:
                dashboards_item = GetFleetDataStreamsResponse200DataStreamsItemDashboardsItem.from_dict(
                    dashboards_item_data
                )

                dashboards.append(dashboards_item)

        dataset = d.pop("dataset", UNSET)

        index = d.pop("index", UNSET)

        last_activity_ms = d.pop("last_activity_ms", UNSET)

        namespace = d.pop("namespace", UNSET)

        package = d.pop("package", UNSET)

        package_version = d.pop("package_version", UNSET)

        _service_details_data = d.pop("serviceDetails", UNSET)
        while True:
            if _service_details_data is None:
                service_details = _service_details_data
                break
            if _service_details_data is UNSET:
                service_details = _service_details_data
                break
            try:
                if not isinstance(_service_details_data, dict):
                    raise TypeError()
                service_details_type_0 = GetFleetDataStreamsResponse200DataStreamsItemServiceDetailsType0.from_dict(
                    _service_details_data
                )

                service_details = service_details_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            service_details: (
                GetFleetDataStreamsResponse200DataStreamsItemServiceDetailsType0
                | None
                | Unset
            ) = _service_details_data
            break

        size_in_bytes = d.pop("size_in_bytes", UNSET)

        size_in_bytes_formatted: float | str | Unset = d.pop(
            "size_in_bytes_formatted", UNSET
        )

        type_ = d.pop("type", UNSET)

        _obj = cls.__new__(cls)
        _obj.dashboards = dashboards
        _obj.dataset = dataset
        _obj.index = index
        _obj.last_activity_ms = last_activity_ms
        _obj.namespace = namespace
        _obj.package = package
        _obj.package_version = package_version
        _obj.service_details = service_details
        _obj.size_in_bytes = size_in_bytes
        _obj.size_in_bytes_formatted = size_in_bytes_formatted
        _obj.type_ = type_

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
    global GetFleetDataStreamsResponse200DataStreamsItemDashboardsItem
    global GetFleetDataStreamsResponse200DataStreamsItemServiceDetailsType0
    from ..models.get_fleet_data_streams_response_200_data_streams_item_dashboards_item import (
        GetFleetDataStreamsResponse200DataStreamsItemDashboardsItem,
    )
    from ..models.get_fleet_data_streams_response_200_data_streams_item_service_details_type_0 import (
        GetFleetDataStreamsResponse200DataStreamsItemServiceDetailsType0,
    )

    _models_imported = True

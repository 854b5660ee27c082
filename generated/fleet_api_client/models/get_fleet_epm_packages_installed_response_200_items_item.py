from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_fleet_epm_packages_installed_response_200_items_item_data_streams_item import (
        GetFleetEpmPackagesInstalledResponse200ItemsItemDataStreamsItem,
    )
    from ..models.package_info_screenshot_item import PackageInfoScreenshotItem


T = TypeVar("T", bound="GetFleetEpmPackagesInstalledResponse200ItemsItem")


@_attrs_define
class GetFleetEpmPackagesInstalledResponse200ItemsItem:
    """
    Attributes:
        data_streams (list[GetFleetEpmPackagesInstalledResponse200ItemsItemDataStreamsItem] | Unset):
        description (str | Unset):
        icons (list[PackageInfoScreenshotItem] | Unset):
        name (str | Unset):
        status (str | Unset):
        title (str | Unset):
        version (str | Unset):
    """

    data_streams: (
        list[GetFleetEpmPackagesInstalledResponse200ItemsItemDataStreamsItem] | Unset
    ) = UNSET
    description: str | Unset = UNSET
    icons: list[PackageInfoScreenshotItem] | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
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
        data_streams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_streams, Unset):
            data_streams = []
            for data_streams_item_data in self.data_streams:
                data_streams_item = data_streams_item_data.to_dict()
                data_streams.append(data_streams_item)

        description = self.description

        icons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.icons, Unset):
            icons = []
            for icons_item_data in self.icons:
                icons_item = icons_item_data.to_dict()
                icons.append(icons_item)

        name = self.name

        status = self.status

        title = self.title

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_streams is not UNSET:
            field_dict["dataStreams"] = data_streams
        if description is not UNSET:
            field_dict["description"] = description
        if icons is not UNSET:
            field_dict["icons"] = icons
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
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
        _data_streams = d.pop("dataStreams", UNSET)
        data_streams: (
            list[GetFleetEpmPackagesInstalledResponse200ItemsItemDataStreamsItem]
            | Unset
        ) = UNSET
        if _data_streams is not UNSET:
            data_streams = []
            for data_streams_item_data in _data_streams:
                data_streams_item = GetFleetEpmPackagesInstalledResponse200ItemsItemDataStreamsItem.from_dict(
                    data_streams_item_data
                )

                data_streams.append(data_streams_item)

        description = d.pop("description", UNSET)

        _icons = d.pop("icons", UNSET)
        icons: list[PackageInfoScreenshotItem] | Unset = UNSET
        if _icons is not UNSET:
            icons = []
            for icons_item_data in _icons:
                icons_item = PackageInfoScreenshotItem.from_dict(icons_item_data)

                icons.append(icons_item)

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        title = d.pop("title", UNSET)

        version = d.pop("version", UNSET)

        _obj = cls.__new__(cls)
        _obj.data_streams = data_streams
        _obj.description = description
        _obj.icons = icons
        _obj.name = name
        _obj.status = status
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
    global GetFleetEpmPackagesInstalledResponse200ItemsItemDataStreamsItem
    global PackageInfoScreenshotItem
    from ..models.get_fleet_epm_packages_installed_response_200_items_item_data_streams_item import (
        GetFleetEpmPackagesInstalledResponse200ItemsItemDataStreamsItem,
    )
    from ..models.package_info_screenshot_item import PackageInfoScreenshotItem

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.post_fleet_epm_packages_bulk_response_200_items_item_type_0_result_status import (
    PostFleetEpmPackagesBulkResponse200ItemsItemType0ResultStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.installed_elasticsearch_asset import InstalledElasticsearchAsset
    from ..models.installed_kibana_asset_2 import InstalledKibanaAsset2


T = TypeVar("T", bound="PostFleetEpmPackagesBulkResponse200ItemsItemType0Result")


@_attrs_define
class PostFleetEpmPackagesBulkResponse200ItemsItemType0Result:
    """
    Attributes:
        assets (list[InstalledElasticsearchAsset | InstalledKibanaAsset2] | Unset):
        error (Any | Unset):
        install_source (str | Unset):
        install_type (str | Unset):
        status (PostFleetEpmPackagesBulkResponse200ItemsItemType0ResultStatus | Unset):
    """

    assets: list[InstalledElasticsearchAsset | InstalledKibanaAsset2] | Unset = UNSET
    error: Any | Unset = UNSET
    install_source: str | Unset = UNSET
    install_type: str | Unset = UNSET
    status: PostFleetEpmPackagesBulkResponse200ItemsItemType0ResultStatus | Unset = (
        UNSET
    )
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
        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item: dict[str, Any]
                if isinstance(assets_item_data, InstalledKibanaAsset2):
                    assets_item = assets_item_data.to_dict()
                else:
                    assets_item = assets_item_data.to_dict()

                assets.append(assets_item)

        error = self.error

        install_source = self.install_source

        install_type = self.install_type

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assets is not UNSET:
            field_dict["assets"] = assets
        if error is not UNSET:
            field_dict["error"] = error
        if install_source is not UNSET:
            field_dict["installSource"] = install_source
        if install_type is not UNSET:
            field_dict["installType"] = install_type
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _assets = d.pop("assets", UNSET)
        assets: list[InstalledElasticsearchAsset | InstalledKibanaAsset2] | Unset = (
            UNSET
        )
        if _assets is not UNSET:
            assets = []
            for assets_item_data in _assets:
                _assets_item_data = assets_item_data
                while True:
                    try:
                        if not isinstance(_assets_item_data, dict):
                            raise TypeError()
                        assets_item_type_0 = InstalledKibanaAsset2.from_dict(
                            _assets_item_data
                        )

                        assets_item = assets_item_type_0
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(_assets_item_data, dict):
                        raise TypeError()
                    assets_item_type_1 = InstalledElasticsearchAsset.from_dict(
                        _assets_item_data
                    )

                    assets_item = assets_item_type_1
                    break

                assets.append(assets_item)

        error = d.pop("error", UNSET)

        install_source = d.pop("installSource", UNSET)

        install_type = d.pop("installType", UNSET)

        _status = d.pop("status", UNSET)
        status: PostFleetEpmPackagesBulkResponse200ItemsItemType0ResultStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = PostFleetEpmPackagesBulkResponse200ItemsItemType0ResultStatus._from_value(
                _status
            )

        _obj = cls.__new__(cls)
        _obj.assets = assets
        _obj.error = error
        _obj.install_source = install_source
        _obj.install_type = install_type
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
    global InstalledElasticsearchAsset
    global InstalledKibanaAsset2
    from ..models.installed_elasticsearch_asset import InstalledElasticsearchAsset
    from ..models.installed_kibana_asset_2 import InstalledKibanaAsset2

    _models_imported = True

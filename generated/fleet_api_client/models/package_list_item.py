from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.package_list_item_release import PackageListItemRelease
from ..models.package_list_item_type_type_0 import PackageListItemTypeType0
from ..models.package_list_item_type_type_1 import PackageListItemTypeType1
from ..models.package_list_item_type_type_2 import PackageListItemTypeType2
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_info_conditions import PackageInfoConditions
    from ..models.package_info_discovery import PackageInfoDiscovery
    from ..models.package_info_icon_item import PackageInfoIconItem
    from ..models.package_info_installation_info import PackageInfoInstallationInfo
    from ..models.package_info_owner import PackageInfoOwner
    from ..models.package_info_source import PackageInfoSource
    from ..models.package_list_item_data_streams_item import (
        PackageListItemDataStreamsItem,
    )
    from ..models.package_list_item_policy_templates_item import (
        PackageListItemPolicyTemplatesItem,
    )
    from ..models.package_list_item_vars_item import PackageListItemVarsItem


T = TypeVar("T", bound="PackageListItem")


@_attrs_define
class PackageListItem:
    """
    Attributes:
        id (str):
        categories (list[str] | Unset):
        conditions (PackageInfoConditions | Unset):
        data_streams (list[PackageListItemDataStreamsItem] | Unset):
        description (str | Unset):
        discovery (PackageInfoDiscovery | Unset):
        download (str | Unset):
        format_version (str | Unset):
        icons (list[PackageInfoIconItem] | Unset):
        installation_info (PackageInfoInstallationInfo | Unset):
        integration (str | Unset):
        internal (bool | Unset):
        latest_version (str | Unset):
        name (str | Unset):
        owner (PackageInfoOwner | Unset):
        path (str | Unset):
        policy_templates (list[PackageListItemPolicyTemplatesItem] | Unset):
        readme (str | Unset):
        release (PackageListItemRelease | Unset):
        signature_path (str | Unset):
        source (PackageInfoSource | Unset):
        status (str | Unset):
        title (str | Unset):
        type_ (PackageListItemTypeType0 | PackageListItemTypeType1 | PackageListItemTypeType2 | str | Unset):
        vars_ (list[PackageListItemVarsItem] | Unset):
        version (str | Unset):
    """

    id: str
    categories: list[str] | Unset = UNSET
    conditions: PackageInfoConditions | Unset = UNSET
    data_streams: list[PackageListItemDataStreamsItem] | Unset = UNSET
    description: str | Unset = UNSET
    discovery: PackageInfoDiscovery | Unset = UNSET
    download: str | Unset = UNSET
    format_version: str | Unset = UNSET
    icons: list[PackageInfoIconItem] | Unset = UNSET
    installation_info: PackageInfoInstallationInfo | Unset = UNSET
    integration: str | Unset = UNSET
    internal: bool | Unset = UNSET
    latest_version: str | Unset = UNSET
    name: str | Unset = UNSET
    owner: PackageInfoOwner | Unset = UNSET
    path: str | Unset = UNSET
    policy_templates: list[PackageListItemPolicyTemplatesItem] | Unset = UNSET
    readme: str | Unset = UNSET
    release: PackageListItemRelease | Unset = UNSET
    signature_path: str | Unset = UNSET
    source: PackageInfoSource | Unset = UNSET
    status: str | Unset = UNSET
    title: str | Unset = UNSET
    type_: (
        PackageListItemTypeType0
        | PackageListItemTypeType1
        | PackageListItemTypeType2
        | str
        | Unset
    ) = UNSET
    vars_: list[PackageListItemVarsItem] | Unset = UNSET
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
        id = self.id

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions.to_dict()

        data_streams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_streams, Unset):
            data_streams = []
            for data_streams_item_data in self.data_streams:
                data_streams_item = data_streams_item_data.to_dict()
                data_streams.append(data_streams_item)

        description = self.description

        discovery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discovery, Unset):
            discovery = self.discovery.to_dict()

        download = self.download

        format_version = self.format_version

        icons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.icons, Unset):
            icons = []
            for icons_item_data in self.icons:
                icons_item = icons_item_data.to_dict()
                icons.append(icons_item)

        installation_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.installation_info, Unset):
            installation_info = self.installation_info.to_dict()

        integration = self.integration

        internal = self.internal

        latest_version = self.latest_version

        name = self.name

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        path = self.path

        policy_templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.policy_templates, Unset):
            policy_templates = []
            for policy_templates_item_data in self.policy_templates:
                policy_templates_item = policy_templates_item_data.to_dict()
                policy_templates.append(policy_templates_item)

        readme = self.readme

        release: str | Unset = UNSET
        if not isinstance(self.release, Unset):
            release = self.release.value

        signature_path = self.signature_path

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        status = self.status

        title = self.title

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif (
            isinstance(self.type_, PackageListItemTypeType0)
            or isinstance(self.type_, PackageListItemTypeType1)
            or isinstance(self.type_, PackageListItemTypeType2)
        ):
            type_ = self.type_.value
        else:
            type_ = self.type_

        vars_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vars_, Unset):
            vars_ = []
            for vars_item_data in self.vars_:
                vars_item = vars_item_data.to_dict()
                vars_.append(vars_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if categories is not UNSET:
            field_dict["categories"] = categories
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if data_streams is not UNSET:
            field_dict["data_streams"] = data_streams
        if description is not UNSET:
            field_dict["description"] = description
        if discovery is not UNSET:
            field_dict["discovery"] = discovery
        if download is not UNSET:
            field_dict["download"] = download
        if format_version is not UNSET:
            field_dict["format_version"] = format_version
        if icons is not UNSET:
            field_dict["icons"] = icons
        if installation_info is not UNSET:
            field_dict["installationInfo"] = installation_info
        if integration is not UNSET:
            field_dict["integration"] = integration
        if internal is not UNSET:
            field_dict["internal"] = internal
        if latest_version is not UNSET:
            field_dict["latestVersion"] = latest_version
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if path is not UNSET:
            field_dict["path"] = path
        if policy_templates is not UNSET:
            field_dict["policy_templates"] = policy_templates
        if readme is not UNSET:
            field_dict["readme"] = readme
        if release is not UNSET:
            field_dict["release"] = release
        if signature_path is not UNSET:
            field_dict["signature_path"] = signature_path
        if source is not UNSET:
            field_dict["source"] = source
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if vars_ is not UNSET:
            field_dict["vars"] = vars_
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        id = d.pop("id")

        categories: list[str] | Unset = d.pop("categories", UNSET)

        _conditions = d.pop("conditions", UNSET)
        conditions: PackageInfoConditions | Unset
        if _conditions is UNSET:
            conditions = UNSET
        else:
            conditions = PackageInfoConditions.from_dict(_conditions)

        _data_streams = d.pop("data_streams", UNSET)
        data_streams: list[PackageListItemDataStreamsItem] | Unset = UNSET
        if _data_streams is not UNSET:
            data_streams = []
            for data_streams_item_data in _data_streams:
                data_streams_item = PackageListItemDataStreamsItem.from_dict(
                    data_streams_item_data
                )

                data_streams.append(data_streams_item)

        description = d.pop("description", UNSET)

        _discovery = d.pop("discovery", UNSET)
        discovery: PackageInfoDiscovery | Unset
        if _discovery is UNSET:
            discovery = UNSET
        else:
            discovery = PackageInfoDiscovery.from_dict(_discovery)

        download = d.pop("download", UNSET)

        format_version = d.pop("format_version", UNSET)

        _icons = d.pop("icons", UNSET)
        icons: list[PackageInfoIconItem] | Unset = UNSET
        if _icons is not UNSET:
            icons = []
            for icons_item_data in _icons:
                icons_item = PackageInfoIconItem.from_dict(icons_item_data)

                icons.append(icons_item)

        _installation_info = d.pop("installationInfo", UNSET)
        installation_info: PackageInfoInstallationInfo | Unset
        if _installation_info is UNSET:
            installation_info = UNSET
        else:
            installation_info = PackageInfoInstallationInfo.from_dict(
                _installation_info
            )

        integration = d.pop("integration", UNSET)

        internal = d.pop("internal", UNSET)

        latest_version = d.pop("latestVersion", UNSET)

        name = d.pop("name", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: PackageInfoOwner | Unset
        if _owner is UNSET:
            owner = UNSET
        else:
            owner = PackageInfoOwner.from_dict(_owner)

        path = d.pop("path", UNSET)

        _policy_templates = d.pop("policy_templates", UNSET)
        policy_templates: list[PackageListItemPolicyTemplatesItem] | Unset = UNSET
        if _policy_templates is not UNSET:
            policy_templates = []
            for policy_templates_item_data in _policy_templates:
                policy_templates_item = PackageListItemPolicyTemplatesItem.from_dict(
                    policy_templates_item_data
                )

                policy_templates.append(policy_templates_item)

        readme = d.pop("readme", UNSET)

        _release = d.pop("release", UNSET)
        release: PackageListItemRelease | Unset
        if _release is UNSET:
            release = UNSET
        else:
            release = PackageListItemRelease._from_value(_release)

        signature_path = d.pop("signature_path", UNSET)

        _source = d.pop("source", UNSET)
        source: PackageInfoSource | Unset
        if _source is UNSET:
            source = UNSET
        else:
            source = PackageInfoSource.from_dict(_source)

        status = d.pop("status", UNSET)

        title = d.pop("title", UNSET)

        _type__data = d.pop("type", UNSET)
        while True:
            if _type__data is UNSET:
                type_ = _type__data
                break
            try:
                if not isinstance(_type__data, str):
                    raise TypeError()
                type_type_0 = PackageListItemTypeType0._from_value(_type__data)

                type_ = type_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(_type__data, str):
                    raise TypeError()
                type_type_1 = PackageListItemTypeType1._from_value(_type__data)

                type_ = type_type_1
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(_type__data, str):
                    raise TypeError()
                type_type_2 = PackageListItemTypeType2._from_value(_type__data)

                type_ = type_type_2
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            type_: (
                PackageListItemTypeType0
                | PackageListItemTypeType1
                | PackageListItemTypeType2
                | str
                | Unset
            ) = _type__data
            break

        _vars_ = d.pop("vars", UNSET)
        vars_: list[PackageListItemVarsItem] | Unset = UNSET
        if _vars_ is not UNSET:
            vars_ = []
            for vars_item_data in _vars_:
                vars_item = PackageListItemVarsItem.from_dict(vars_item_data)

                vars_.append(vars_item)

        version = d.pop("version", UNSET)

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.categories = categories
        _obj.conditions = conditions
        _obj.data_streams = data_streams
        _obj.description = description
        _obj.discovery = discovery
        _obj.download = download
        _obj.format_version = format_version
        _obj.icons = icons
        _obj.installation_info = installation_info
        _obj.integration = integration
        _obj.internal = internal
        _obj.latest_version = latest_version
        _obj.name = name
        _obj.owner = owner
        _obj.path = path
        _obj.policy_templates = policy_templates
        _obj.readme = readme
        _obj.release = release
        _obj.signature_path = signature_path
        _obj.source = source
        _obj.status = status
        _obj.title = title
        _obj.type_ = type_
        _obj.vars_ = vars_
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
    global PackageInfoConditions
    global PackageInfoDiscovery
    global PackageInfoIconItem
    global PackageInfoInstallationInfo
    global PackageInfoOwner
    global PackageInfoSource
    global PackageListItemDataStreamsItem
    global PackageListItemPolicyTemplatesItem
    global PackageListItemVarsItem
    from ..models.package_info_conditions import PackageInfoConditions
    from ..models.package_info_discovery import PackageInfoDiscovery
    from ..models.package_info_icon_item import PackageInfoIconItem
    from ..models.package_info_installation_info import PackageInfoInstallationInfo
    from ..models.package_info_owner import PackageInfoOwner
    from ..models.package_info_source import PackageInfoSource
    from ..models.package_list_item_data_streams_item import (
        PackageListItemDataStreamsItem,
    )
    from ..models.package_list_item_policy_templates_item import (
        PackageListItemPolicyTemplatesItem,
    )
    from ..models.package_list_item_vars_item import PackageListItemVarsItem

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.package_info_release import PackageInfoRelease
from ..models.package_info_type_type_0 import PackageInfoTypeType0
from ..models.package_info_type_type_1 import PackageInfoTypeType1
from ..models.package_info_type_type_2 import PackageInfoTypeType2
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_info_agent import PackageInfoAgent
    from ..models.package_info_asset_tags_item import PackageInfoAssetTagsItem
    from ..models.package_info_assets import PackageInfoAssets
    from ..models.package_info_conditions import PackageInfoConditions
    from ..models.package_info_data_streams_item import PackageInfoDataStreamsItem
    from ..models.package_info_discovery import PackageInfoDiscovery
    from ..models.package_info_elasticsearch import PackageInfoElasticsearch
    from ..models.package_info_icon_item import PackageInfoIconItem
    from ..models.package_info_installation_info import PackageInfoInstallationInfo
    from ..models.package_info_owner import PackageInfoOwner
    from ..models.package_info_policy_templates_item import (
        PackageInfoPolicyTemplatesItem,
    )
    from ..models.package_info_screenshot_item import PackageInfoScreenshotItem
    from ..models.package_info_source import PackageInfoSource
    from ..models.package_info_vars_item import PackageInfoVarsItem


T = TypeVar("T", bound="PackageInfo")


@_attrs_define
class PackageInfo:
    """
    Attributes:
        agent (PackageInfoAgent | Unset):
        asset_tags (list[PackageInfoAssetTagsItem] | Unset):
        assets (PackageInfoAssets | Unset):
        categories (list[str] | Unset):
        conditions (PackageInfoConditions | Unset):
        data_streams (list[PackageInfoDataStreamsItem] | Unset):
        description (str | Unset):
        discovery (PackageInfoDiscovery | Unset):
        download (str | Unset):
        elasticsearch (PackageInfoElasticsearch | Unset):
        format_version (str | Unset):
        icons (list[PackageInfoIconItem] | Unset):
        installation_info (PackageInfoInstallationInfo | Unset):
        internal (bool | Unset):
        keep_policies_up_to_date (bool | Unset):
        latest_version (str | Unset):
        license_ (str | Unset):
        license_path (str | Unset):
        name (str | Unset):
        notice (str | Unset):
        owner (PackageInfoOwner | Unset):
        path (str | Unset):
        policy_templates (list[PackageInfoPolicyTemplatesItem] | Unset):
        readme (str | Unset):
        release (PackageInfoRelease | Unset):
        screenshots (list[PackageInfoScreenshotItem] | Unset):
        signature_path (str | Unset):
        source (PackageInfoSource | Unset):
        status (str | Unset):
        title (str | Unset):
        type_ (PackageInfoTypeType0 | PackageInfoTypeType1 | PackageInfoTypeType2 | str | Unset):
        vars_ (list[PackageInfoVarsItem] | Unset):
        version (str | Unset):
    """

    agent: PackageInfoAgent | Unset = UNSET
    asset_tags: list[PackageInfoAssetTagsItem] | Unset = UNSET
    assets: PackageInfoAssets | Unset = UNSET
    categories: list[str] | Unset = UNSET
    conditions: PackageInfoConditions | Unset = UNSET
    data_streams: list[PackageInfoDataStreamsItem] | Unset = UNSET
    description: str | Unset = UNSET
    discovery: PackageInfoDiscovery | Unset = UNSET
    download: str | Unset = UNSET
    elasticsearch: PackageInfoElasticsearch | Unset = UNSET
    format_version: str | Unset = UNSET
    icons: list[PackageInfoIconItem] | Unset = UNSET
    installation_info: PackageInfoInstallationInfo | Unset = UNSET
    internal: bool | Unset = UNSET
    keep_policies_up_to_date: bool | Unset = UNSET
    latest_version: str | Unset = UNSET
    license_: str | Unset = UNSET
    license_path: str | Unset = UNSET
    name: str | Unset = UNSET
    notice: str | Unset = UNSET
    owner: PackageInfoOwner | Unset = UNSET
    path: str | Unset = UNSET
    policy_templates: list[PackageInfoPolicyTemplatesItem] | Unset = UNSET
    readme: str | Unset = UNSET
    release: PackageInfoRelease | Unset = UNSET
    screenshots: list[PackageInfoScreenshotItem] | Unset = UNSET
    signature_path: str | Unset = UNSET
    source: PackageInfoSource | Unset = UNSET
    status: str | Unset = UNSET
    title: str | Unset = UNSET
    type_: (
        PackageInfoTypeType0 | PackageInfoTypeType1 | PackageInfoTypeType2 | str | Unset
    ) = UNSET
    vars_: list[PackageInfoVarsItem] | Unset = UNSET
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
        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        asset_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.asset_tags, Unset):
            asset_tags = []
            for asset_tags_item_data in self.asset_tags:
                asset_tags_item = asset_tags_item_data.to_dict()
                asset_tags.append(asset_tags_item)

        assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = self.assets.to_dict()

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

        elasticsearch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.elasticsearch, Unset):
            elasticsearch = self.elasticsearch.to_dict()

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

        internal = self.internal

        keep_policies_up_to_date = self.keep_policies_up_to_date

        latest_version = self.latest_version

        license_ = self.license_

        license_path = self.license_path

        name = self.name

        notice = self.notice

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

        screenshots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.screenshots, Unset):
            screenshots = []
            for screenshots_item_data in self.screenshots:
                screenshots_item = screenshots_item_data.to_dict()
                screenshots.append(screenshots_item)

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
            isinstance(self.type_, PackageInfoTypeType0)
            or isinstance(self.type_, PackageInfoTypeType1)
            or isinstance(self.type_, PackageInfoTypeType2)
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
        field_dict.update({})
        if agent is not UNSET:
            field_dict["agent"] = agent
        if asset_tags is not UNSET:
            field_dict["asset_tags"] = asset_tags
        if assets is not UNSET:
            field_dict["assets"] = assets
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
        if elasticsearch is not UNSET:
            field_dict["elasticsearch"] = elasticsearch
        if format_version is not UNSET:
            field_dict["format_version"] = format_version
        if icons is not UNSET:
            field_dict["icons"] = icons
        if installation_info is not UNSET:
            field_dict["installationInfo"] = installation_info
        if internal is not UNSET:
            field_dict["internal"] = internal
        if keep_policies_up_to_date is not UNSET:
            field_dict["keepPoliciesUpToDate"] = keep_policies_up_to_date
        if latest_version is not UNSET:
            field_dict["latestVersion"] = latest_version
        if license_ is not UNSET:
            field_dict["license"] = license_
        if license_path is not UNSET:
            field_dict["licensePath"] = license_path
        if name is not UNSET:
            field_dict["name"] = name
        if notice is not UNSET:
            field_dict["notice"] = notice
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
        if screenshots is not UNSET:
            field_dict["screenshots"] = screenshots
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
        _agent = d.pop("agent", UNSET)
        agent: PackageInfoAgent | Unset
        if _agent is UNSET:
            agent = UNSET
        else:
            agent = PackageInfoAgent.from_dict(_agent)

        _asset_tags = d.pop("asset_tags", UNSET)
        asset_tags: list[PackageInfoAssetTagsItem] | Unset = UNSET
        if _asset_tags is not UNSET:
            asset_tags = []
            for asset_tags_item_data in _asset_tags:
                asset_tags_item = PackageInfoAssetTagsItem.from_dict(
                    asset_tags_item_data
                )

                asset_tags.append(asset_tags_item)

        _assets = d.pop("assets", UNSET)
        assets: PackageInfoAssets | Unset
        if _assets is UNSET:
            assets = UNSET
        else:
            assets = PackageInfoAssets.from_dict(_assets)

        categories: list[str] | Unset = d.pop("categories", UNSET)

        _conditions = d.pop("conditions", UNSET)
        conditions: PackageInfoConditions | Unset
        if _conditions is UNSET:
            conditions = UNSET
        else:
            conditions = PackageInfoConditions.from_dict(_conditions)

        _data_streams = d.pop("data_streams", UNSET)
        data_streams: list[PackageInfoDataStreamsItem] | Unset = UNSET
        if _data_streams is not UNSET:
            data_streams = []
            for data_streams_item_data in _data_streams:
                data_streams_item = PackageInfoDataStreamsItem.from_dict(
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

        _elasticsearch = d.pop("elasticsearch", UNSET)
        elasticsearch: PackageInfoElasticsearch | Unset
        if _elasticsearch is UNSET:
            elasticsearch = UNSET
        else:
            elasticsearch = PackageInfoElasticsearch.from_dict(_elasticsearch)

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

        internal = d.pop("internal", UNSET)

        keep_policies_up_to_date = d.pop("keepPoliciesUpToDate", UNSET)

        latest_version = d.pop("latestVersion", UNSET)

        license_ = d.pop("license", UNSET)

        license_path = d.pop("licensePath", UNSET)

        name = d.pop("name", UNSET)

        notice = d.pop("notice", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: PackageInfoOwner | Unset
        if _owner is UNSET:
            owner = UNSET
        else:
            owner = PackageInfoOwner.from_dict(_owner)

        path = d.pop("path", UNSET)

        _policy_templates = d.pop("policy_templates", UNSET)
        policy_templates: list[PackageInfoPolicyTemplatesItem] | Unset = UNSET
        if _policy_templates is not UNSET:
            policy_templates = []
            for policy_templates_item_data in _policy_templates:
                policy_templates_item = PackageInfoPolicyTemplatesItem.from_dict(
                    policy_templates_item_data
                )

                policy_templates.append(policy_templates_item)

        readme = d.pop("readme", UNSET)

        _release = d.pop("release", UNSET)
        release: PackageInfoRelease | Unset
        if _release is UNSET:
            release = UNSET
        else:
            release = PackageInfoRelease._from_value(_release)

        _screenshots = d.pop("screenshots", UNSET)
        screenshots: list[PackageInfoScreenshotItem] | Unset = UNSET
        if _screenshots is not UNSET:
            screenshots = []
            for screenshots_item_data in _screenshots:
                screenshots_item = PackageInfoScreenshotItem.from_dict(
                    screenshots_item_data
                )

                screenshots.append(screenshots_item)

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
                type_type_0 = PackageInfoTypeType0._from_value(_type__data)

                type_ = type_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(_type__data, str):
                    raise TypeError()
                type_type_1 = PackageInfoTypeType1._from_value(_type__data)

                type_ = type_type_1
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(_type__data, str):
                    raise TypeError()
                type_type_2 = PackageInfoTypeType2._from_value(_type__data)

                type_ = type_type_2
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            type_: (
                PackageInfoTypeType0
                | PackageInfoTypeType1
                | PackageInfoTypeType2
                | str
                | Unset
            ) = _type__data
            break

        _vars_ = d.pop("vars", UNSET)
        vars_: list[PackageInfoVarsItem] | Unset = UNSET
        if _vars_ is not UNSET:
            vars_ = []
            for vars_item_data in _vars_:
                vars_item = PackageInfoVarsItem.from_dict(vars_item_data)

                vars_.append(vars_item)

        version = d.pop("version", UNSET)

        _obj = cls.__new__(cls)
        _obj.agent = agent
        _obj.asset_tags = asset_tags
        _obj.assets = assets
        _obj.categories = categories
        _obj.conditions = conditions
        _obj.data_streams = data_streams
        _obj.description = description
        _obj.discovery = discovery
        _obj.download = download
        _obj.elasticsearch = elasticsearch
        _obj.format_version = format_version
        _obj.icons = icons
        _obj.installation_info = installation_info
        _obj.internal = internal
        _obj.keep_policies_up_to_date = keep_policies_up_to_date
        _obj.latest_version = latest_version
        _obj.license_ = license_
        _obj.license_path = license_path
        _obj.name = name
        _obj.notice = notice
        _obj.owner = owner
        _obj.path = path
        _obj.policy_templates = policy_templates
        _obj.readme = readme
        _obj.release = release
        _obj.screenshots = screenshots
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
    global PackageInfoAgent
    global PackageInfoAssetTagsItem
    global PackageInfoAssets
    global PackageInfoConditions
    global PackageInfoDataStreamsItem
    global PackageInfoDiscovery
    global PackageInfoElasticsearch
    global PackageInfoIconItem
    global PackageInfoInstallationInfo
    global PackageInfoOwner
    global PackageInfoPolicyTemplatesItem
    global PackageInfoScreenshotItem
    global PackageInfoSource
    global PackageInfoVarsItem
    from ..models.package_info_agent import PackageInfoAgent
    from ..models.package_info_asset_tags_item import PackageInfoAssetTagsItem
    from ..models.package_info_assets import PackageInfoAssets
    from ..models.package_info_conditions import PackageInfoConditions
    from ..models.package_info_data_streams_item import PackageInfoDataStreamsItem
    from ..models.package_info_discovery import PackageInfoDiscovery
    from ..models.package_info_elasticsearch import PackageInfoElasticsearch
    from ..models.package_info_icon_item import PackageInfoIconItem
    from ..models.package_info_installation_info import PackageInfoInstallationInfo
    from ..models.package_info_owner import PackageInfoOwner
    from ..models.package_info_policy_templates_item import (
        PackageInfoPolicyTemplatesItem,
    )
    from ..models.package_info_screenshot_item import PackageInfoScreenshotItem
    from ..models.package_info_source import PackageInfoSource
    from ..models.package_info_vars_item import PackageInfoVarsItem

    _models_imported = True

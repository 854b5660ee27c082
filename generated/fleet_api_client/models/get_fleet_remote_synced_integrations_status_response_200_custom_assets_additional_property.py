from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.get_fleet_remote_synced_integrations_status_response_200_custom_assets_additional_property_sync_status import (
    GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssetsAdditionalPropertySyncStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_fleet_remote_synced_integrations_status_response_200_warning import (
        GetFleetRemoteSyncedIntegrationsStatusResponse200Warning,
    )


T = TypeVar(
    "T",
    bound="GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssetsAdditionalProperty",
)


@_attrs_define
class GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssetsAdditionalProperty:
    """
    Attributes:
        error (str | Unset):
        is_deleted (bool | Unset):
        name (str | Unset):
        package_name (str | Unset):
        package_version (str | Unset):
        sync_status (GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssetsAdditionalPropertySyncStatus | Unset):
        type_ (str | Unset):
        warning (GetFleetRemoteSyncedIntegrationsStatusResponse200Warning | Unset):
    """

    error: str | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    name: str | Unset = UNSET
    package_name: str | Unset = UNSET
    package_version: str | Unset = UNSET
    sync_status: (
        GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssetsAdditionalPropertySyncStatus
        | Unset
    ) = UNSET
    type_: str | Unset = UNSET
    warning: GetFleetRemoteSyncedIntegrationsStatusResponse200Warning | Unset = UNSET
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
        error = self.error

        is_deleted = self.is_deleted

        name = self.name

        package_name = self.package_name

        package_version = self.package_version

        sync_status: str | Unset = UNSET
        if not isinstance(self.sync_status, Unset):
            sync_status = self.sync_status.value

        type_ = self.type_

        warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warning, Unset):
            warning = self.warning.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if name is not UNSET:
            field_dict["name"] = name
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if package_version is not UNSET:
            field_dict["package_version"] = package_version
        if sync_status is not UNSET:
            field_dict["sync_status"] = sync_status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        error = d.pop("error", UNSET)

        is_deleted = d.pop("is_deleted", UNSET)

        name = d.pop("name", UNSET)

        package_name = d.pop("package_name", UNSET)

        package_version = d.pop("package_version", UNSET)

        _sync_status = d.pop("sync_status", UNSET)
        sync_status: (
            GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssetsAdditionalPropertySyncStatus
            | Unset
        )
        if _sync_status is UNSET:
            sync_status = UNSET
        else:
            sync_status = GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssetsAdditionalPropertySyncStatus._from_value(
                _sync_status
            )

        type_ = d.pop("type", UNSET)

        _warning = d.pop("warning", UNSET)
        warning: GetFleetRemoteSyncedIntegrationsStatusResponse200Warning | Unset
        if _warning is UNSET:
            warning = UNSET
        else:
            warning = (
                GetFleetRemoteSyncedIntegrationsStatusResponse200Warning.from_dict(
                    _warning
                )
            )

        _obj = cls.__new__(cls)
        _obj.error = error
        _obj.is_deleted = is_deleted
        _obj.name = name
        _obj.package_name = package_name
        _obj.package_version = package_version
        _obj.sync_status = sync_status
        _obj.type_ = type_
        _obj.warning = warning

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
    global GetFleetRemoteSyncedIntegrationsStatusResponse200Warning
    from ..models.get_fleet_remote_synced_integrations_status_response_200_warning import (
        GetFleetRemoteSyncedIntegrationsStatusResponse200Warning,
    )

    _models_imported = True

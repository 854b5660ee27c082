from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_fleet_remote_synced_integrations_status_response_200_custom_assets import (
        GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssets,
    )
    from ..models.get_fleet_remote_synced_integrations_status_response_200_integrations_item import (
        GetFleetRemoteSyncedIntegrationsStatusResponse200IntegrationsItem,
    )
    from ..models.get_fleet_remote_synced_integrations_status_response_200_warning import (
        GetFleetRemoteSyncedIntegrationsStatusResponse200Warning,
    )


T = TypeVar("T", bound="GetFleetRemoteSyncedIntegrationsStatusResponse200")


@_attrs_define
class GetFleetRemoteSyncedIntegrationsStatusResponse200:
    """
    Attributes:
        custom_assets (GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssets | Unset):
        error (str | Unset):
        integrations (list[GetFleetRemoteSyncedIntegrationsStatusResponse200IntegrationsItem] | Unset):
        warning (GetFleetRemoteSyncedIntegrationsStatusResponse200Warning | Unset):
    """

    custom_assets: (
        GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssets | Unset
    ) = UNSET
    error: str | Unset = UNSET
    integrations: (
        list[GetFleetRemoteSyncedIntegrationsStatusResponse200IntegrationsItem] | Unset
    ) = UNSET
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
        custom_assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_assets, Unset):
            custom_assets = self.custom_assets.to_dict()

        error = self.error

        integrations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = []
            for integrations_item_data in self.integrations:
                integrations_item = integrations_item_data.to_dict()
                integrations.append(integrations_item)

        warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warning, Unset):
            warning = self.warning.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_assets is not UNSET:
            field_dict["custom_assets"] = custom_assets
        if error is not UNSET:
            field_dict["error"] = error
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _custom_assets = d.pop("custom_assets", UNSET)
        custom_assets: (
            GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssets | Unset
        )
        if _custom_assets is UNSET:
            custom_assets = UNSET
        else:
            custom_assets = (
                GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssets.from_dict(
                    _custom_assets
                )
            )

        error = d.pop("error", UNSET)

        _integrations = d.pop("integrations", UNSET)
        integrations: (
            list[GetFleetRemoteSyncedIntegrationsStatusResponse200IntegrationsItem]
            | Unset
        ) = UNSET
        if _integrations is not UNSET:
            integrations = []
            for integrations_item_data in _integrations:
                integrations_item = GetFleetRemoteSyncedIntegrationsStatusResponse200IntegrationsItem.from_dict(
                    integrations_item_data
                )

                integrations.append(integrations_item)

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
        _obj.custom_assets = custom_assets
        _obj.error = error
        _obj.integrations = integrations
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
    global GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssets
    global GetFleetRemoteSyncedIntegrationsStatusResponse200IntegrationsItem
    global GetFleetRemoteSyncedIntegrationsStatusResponse200Warning
    from ..models.get_fleet_remote_synced_integrations_status_response_200_custom_assets import (
        GetFleetRemoteSyncedIntegrationsStatusResponse200CustomAssets,
    )
    from ..models.get_fleet_remote_synced_integrations_status_response_200_integrations_item import (
        GetFleetRemoteSyncedIntegrationsStatusResponse200IntegrationsItem,
    )
    from ..models.get_fleet_remote_synced_integrations_status_response_200_warning import (
        GetFleetRemoteSyncedIntegrationsStatusResponse200Warning,
    )

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.package_info_installation_info_install_source import (
    PackageInfoInstallationInfoInstallSource,
)
from ..models.package_info_installation_info_install_status import (
    PackageInfoInstallationInfoInstallStatus,
)
from ..models.package_info_installation_info_verification_status import (
    PackageInfoInstallationInfoVerificationStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.installed_kibana_asset import InstalledKibanaAsset
    from ..models.package_info_installation_info_additional_spaces_installed_kibana import (
        PackageInfoInstallationInfoAdditionalSpacesInstalledKibana,
    )
    from ..models.package_info_installation_info_experimental_data_stream_features_item import (
        PackageInfoInstallationInfoExperimentalDataStreamFeaturesItem,
    )
    from ..models.package_info_installation_info_installed_es_item import (
        PackageInfoInstallationInfoInstalledEsItem,
    )
    from ..models.package_info_installation_info_latest_executed_state import (
        PackageInfoInstallationInfoLatestExecutedState,
    )
    from ..models.package_info_installation_info_latest_install_failed_attempts_item import (
        PackageInfoInstallationInfoLatestInstallFailedAttemptsItem,
    )


T = TypeVar("T", bound="PackageInfoInstallationInfo")


@_attrs_define
class PackageInfoInstallationInfo:
    """
    Attributes:
        additional_spaces_installed_kibana (PackageInfoInstallationInfoAdditionalSpacesInstalledKibana | Unset):
        created_at (str | Unset):
        experimental_data_stream_features (list[PackageInfoInstallationInfoExperimentalDataStreamFeaturesItem] | Unset):
        install_format_schema_version (str | Unset):
        install_source (PackageInfoInstallationInfoInstallSource | Unset):
        install_status (PackageInfoInstallationInfoInstallStatus | Unset):
        installed_es (list[PackageInfoInstallationInfoInstalledEsItem] | Unset):
        installed_kibana (list[InstalledKibanaAsset] | Unset):
        installed_kibana_space_id (str | Unset):
        is_rollback_ttl_expired (bool | Unset):
        latest_executed_state (PackageInfoInstallationInfoLatestExecutedState | Unset):
        latest_install_failed_attempts (list[PackageInfoInstallationInfoLatestInstallFailedAttemptsItem] | Unset):
        name (str | Unset):
        namespaces (list[str] | Unset):
        previous_version (None | str | Unset):
        rolled_back (bool | Unset):
        type_ (str | Unset):
        updated_at (str | Unset):
        verification_key_id (None | str | Unset):
        verification_status (PackageInfoInstallationInfoVerificationStatus | Unset):
        version (str | Unset):
    """

    additional_spaces_installed_kibana: (
        PackageInfoInstallationInfoAdditionalSpacesInstalledKibana | Unset
    ) = UNSET
    created_at: str | Unset = UNSET
    experimental_data_stream_features: (
        list[PackageInfoInstallationInfoExperimentalDataStreamFeaturesItem] | Unset
    ) = UNSET
    install_format_schema_version: str | Unset = UNSET
    install_source: PackageInfoInstallationInfoInstallSource | Unset = UNSET
    install_status: PackageInfoInstallationInfoInstallStatus | Unset = UNSET
    installed_es: list[PackageInfoInstallationInfoInstalledEsItem] | Unset = UNSET
    installed_kibana: list[InstalledKibanaAsset] | Unset = UNSET
    installed_kibana_space_id: str | Unset = UNSET
    is_rollback_ttl_expired: bool | Unset = UNSET
    latest_executed_state: PackageInfoInstallationInfoLatestExecutedState | Unset = (
        UNSET
    )
    latest_install_failed_attempts: (
        list[PackageInfoInstallationInfoLatestInstallFailedAttemptsItem] | Unset
    ) = UNSET
    name: str | Unset = UNSET
    namespaces: list[str] | Unset = UNSET
    previous_version: None | str | Unset = UNSET
    rolled_back: bool | Unset = UNSET
    type_: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    verification_key_id: None | str | Unset = UNSET
    verification_status: PackageInfoInstallationInfoVerificationStatus | Unset = UNSET
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
        additional_spaces_installed_kibana: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_spaces_installed_kibana, Unset):
            additional_spaces_installed_kibana = (
                self.additional_spaces_installed_kibana.to_dict()
            )

        created_at = self.created_at

        experimental_data_stream_features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.experimental_data_stream_features, Unset):
            experimental_data_stream_features = []
            for (
                experimental_data_stream_features_item_data
            ) in self.experimental_data_stream_features:
                experimental_data_stream_features_item = (
                    experimental_data_stream_features_item_data.to_dict()
                )
                experimental_data_stream_features.append(
                    experimental_data_stream_features_item
                )

        install_format_schema_version = self.install_format_schema_version

        install_source: str | Unset = UNSET
        if not isinstance(self.install_source, Unset):
            install_source = self.install_source.value

        install_status: str | Unset = UNSET
        if not isinstance(self.install_status, Unset):
            install_status = self.install_status.value

        installed_es: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.installed_es, Unset):
            installed_es = []
            for installed_es_item_data in self.installed_es:
                installed_es_item = installed_es_item_data.to_dict()
                installed_es.append(installed_es_item)

        installed_kibana: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.installed_kibana, Unset):
            installed_kibana = []
            for installed_kibana_item_data in self.installed_kibana:
                installed_kibana_item = installed_kibana_item_data.to_dict()
                installed_kibana.append(installed_kibana_item)

        installed_kibana_space_id = self.installed_kibana_space_id

        is_rollback_ttl_expired = self.is_rollback_ttl_expired

        latest_executed_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latest_executed_state, Unset):
            latest_executed_state = self.latest_executed_state.to_dict()

        latest_install_failed_attempts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.latest_install_failed_attempts, Unset):
            latest_install_failed_attempts = []
            for (
                latest_install_failed_attempts_item_data
            ) in self.latest_install_failed_attempts:
                latest_install_failed_attempts_item = (
                    latest_install_failed_attempts_item_data.to_dict()
                )
                latest_install_failed_attempts.append(
                    latest_install_failed_attempts_item
                )

        name = self.name

        namespaces: list[str] | Unset = UNSET
        if not isinstance(self.namespaces, Unset):
            namespaces = self.namespaces

        previous_version: None | str | Unset
        if isinstance(self.previous_version, Unset):
            previous_version = UNSET
        else:
            previous_version = self.previous_version

        rolled_back = self.rolled_back

        type_ = self.type_

        updated_at = self.updated_at

        verification_key_id: None | str | Unset
        if isinstance(self.verification_key_id, Unset):
            verification_key_id = UNSET
        else:
            verification_key_id = self.verification_key_id

        verification_status: str | Unset = UNSET
        if not isinstance(self.verification_status, Unset):
            verification_status = self.verification_status.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_spaces_installed_kibana is not UNSET:
            field_dict["additional_spaces_installed_kibana"] = (
                additional_spaces_installed_kibana
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if experimental_data_stream_features is not UNSET:
            field_dict["experimental_data_stream_features"] = (
                experimental_data_stream_features
            )
        if install_format_schema_version is not UNSET:
            field_dict["install_format_schema_version"] = install_format_schema_version
        if install_source is not UNSET:
            field_dict["install_source"] = install_source
        if install_status is not UNSET:
            field_dict["install_status"] = install_status
        if installed_es is not UNSET:
            field_dict["installed_es"] = installed_es
        if installed_kibana is not UNSET:
            field_dict["installed_kibana"] = installed_kibana
        if installed_kibana_space_id is not UNSET:
            field_dict["installed_kibana_space_id"] = installed_kibana_space_id
        if is_rollback_ttl_expired is not UNSET:
            field_dict["is_rollback_ttl_expired"] = is_rollback_ttl_expired
        if latest_executed_state is not UNSET:
            field_dict["latest_executed_state"] = latest_executed_state
        if latest_install_failed_attempts is not UNSET:
            field_dict["latest_install_failed_attempts"] = (
                latest_install_failed_attempts
            )
        if name is not UNSET:
            field_dict["name"] = name
        if namespaces is not UNSET:
            field_dict["namespaces"] = namespaces
        if previous_version is not UNSET:
            field_dict["previous_version"] = previous_version
        if rolled_back is not UNSET:
            field_dict["rolled_back"] = rolled_back
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if verification_key_id is not UNSET:
            field_dict["verification_key_id"] = verification_key_id
        if verification_status is not UNSET:
            field_dict["verification_status"] = verification_status
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _additional_spaces_installed_kibana = d.pop(
            "additional_spaces_installed_kibana", UNSET
        )
        additional_spaces_installed_kibana: (
            PackageInfoInstallationInfoAdditionalSpacesInstalledKibana | Unset
        )
        if _additional_spaces_installed_kibana is UNSET:
            additional_spaces_installed_kibana = UNSET
        else:
            additional_spaces_installed_kibana = (
                PackageInfoInstallationInfoAdditionalSpacesInstalledKibana.from_dict(
                    _additional_spaces_installed_kibana
                )
            )

        created_at = d.pop("created_at", UNSET)

        _experimental_data_stream_features = d.pop(
            "experimental_data_stream_features", UNSET
        )
        experimental_data_stream_features: (
            list[PackageInfoInstallationInfoExperimentalDataStreamFeaturesItem] | Unset
        ) = UNSET
        if _experimental_data_stream_features is not UNSET:
            experimental_data_stream_features = []
            for (
                experimental_data_stream_features_item_data
            ) in _experimental_data_stream_features:
                experimental_data_stream_features_item = PackageInfoInstallationInfoExperimentalDataStreamFeaturesItem.from_dict(
                    experimental_data_stream_features_item_data
                )

                experimental_data_stream_features.append(
                    experimental_data_stream_features_item
                )

        install_format_schema_version = d.pop("install_format_schema_version", UNSET)

        _install_source = d.pop("install_source", UNSET)
        install_source: PackageInfoInstallationInfoInstallSource | Unset
        if _install_source is UNSET:
            install_source = UNSET
        else:
            install_source = PackageInfoInstallationInfoInstallSource._from_value(
                _install_source
            )

        _install_status = d.pop("install_status", UNSET)
        install_status: PackageInfoInstallationInfoInstallStatus | Unset
        if _install_status is UNSET:
            install_status = UNSET
        else:
            install_status = PackageInfoInstallationInfoInstallStatus._from_value(
                _install_status
            )

        _installed_es = d.pop("installed_es", UNSET)
        installed_es: list[PackageInfoInstallationInfoInstalledEsItem] | Unset = UNSET
        if _installed_es is not UNSET:
            installed_es = []
            for installed_es_item_data in _installed_es:
                installed_es_item = (
                    PackageInfoInstallationInfoInstalledEsItem.from_dict(
                        installed_es_item_data
                    )
                )

                installed_es.append(installed_es_item)

        _installed_kibana = d.pop("installed_kibana", UNSET)
        installed_kibana: list[InstalledKibanaAsset] | Unset = UNSET
        if _installed_kibana is not UNSET:
            installed_kibana = []
            for installed_kibana_item_data in _installed_kibana:
                installed_kibana_item = InstalledKibanaAsset.from_dict(
                    installed_kibana_item_data
                )

                installed_kibana.append(installed_kibana_item)

        installed_kibana_space_id = d.pop("installed_kibana_space_id", UNSET)

        is_rollback_ttl_expired = d.pop("is_rollback_ttl_expired", UNSET)

        _latest_executed_state = d.pop("latest_executed_state", UNSET)
        latest_executed_state: PackageInfoInstallationInfoLatestExecutedState | Unset
        if _latest_executed_state is UNSET:
            latest_executed_state = UNSET
        else:
            latest_executed_state = (
                PackageInfoInstallationInfoLatestExecutedState.from_dict(
                    _latest_executed_state
                )
            )

        _latest_install_failed_attempts = d.pop("latest_install_failed_attempts", UNSET)
        latest_install_failed_attempts: (
            list[PackageInfoInstallationInfoLatestInstallFailedAttemptsItem] | Unset
        ) = UNSET
        if _latest_install_failed_attempts is not UNSET:
            latest_install_failed_attempts = []
            for (
                latest_install_failed_attempts_item_data
            ) in _latest_install_failed_attempts:
                latest_install_failed_attempts_item = PackageInfoInstallationInfoLatestInstallFailedAttemptsItem.from_dict(
                    latest_install_failed_attempts_item_data
                )

                latest_install_failed_attempts.append(
                    latest_install_failed_attempts_item
                )

        name = d.pop("name", UNSET)

        namespaces: list[str] | Unset = d.pop("namespaces", UNSET)

        previous_version: None | str | Unset = d.pop("previous_version", UNSET)

        rolled_back = d.pop("rolled_back", UNSET)

        type_ = d.pop("type", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        verification_key_id: None | str | Unset = d.pop("verification_key_id", UNSET)

        _verification_status = d.pop("verification_status", UNSET)
        verification_status: PackageInfoInstallationInfoVerificationStatus | Unset
        if _verification_status is UNSET:
            verification_status = UNSET
        else:
            verification_status = (
                PackageInfoInstallationInfoVerificationStatus._from_value(
                    _verification_status
                )
            )

        version = d.pop("version", UNSET)

        _obj = cls.__new__(cls)
        _obj.additional_spaces_installed_kibana = additional_spaces_installed_kibana
        _obj.created_at = created_at
        _obj.experimental_data_stream_features = experimental_data_stream_features
        _obj.install_format_schema_version = install_format_schema_version
        _obj.install_source = install_source
        _obj.install_status = install_status
        _obj.installed_es = installed_es
        _obj.installed_kibana = installed_kibana
        _obj.installed_kibana_space_id = installed_kibana_space_id
        _obj.is_rollback_ttl_expired = is_rollback_ttl_expired
        _obj.latest_executed_state = latest_executed_state
        _obj.latest_install_failed_attempts = latest_install_failed_attempts
        _obj.name = name
        _obj.namespaces = namespaces
        _obj.previous_version = previous_version
        _obj.rolled_back = rolled_back
        _obj.type_ = type_
        _obj.updated_at = updated_at
        _obj.verification_key_id = verification_key_id
        _obj.verification_status = verification_status
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
    global InstalledKibanaAsset
    global PackageInfoInstallationInfoAdditionalSpacesInstalledKibana
    global PackageInfoInstallationInfoExperimentalDataStreamFeaturesItem
    global PackageInfoInstallationInfoInstalledEsItem
    global PackageInfoInstallationInfoLatestExecutedState
    global PackageInfoInstallationInfoLatestInstallFailedAttemptsItem
    from ..models.installed_kibana_asset import InstalledKibanaAsset
    from ..models.package_info_installation_info_additional_spaces_installed_kibana import (
        PackageInfoInstallationInfoAdditionalSpacesInstalledKibana,
    )
    from ..models.package_info_installation_info_experimental_data_stream_features_item import (
        PackageInfoInstallationInfoExperimentalDataStreamFeaturesItem,
    )
    from ..models.package_info_installation_info_installed_es_item import (
        PackageInfoInstallationInfoInstalledEsItem,
    )
    from ..models.package_info_installation_info_latest_executed_state import (
        PackageInfoInstallationInfoLatestExecutedState,
    )
    from ..models.package_info_installation_info_latest_install_failed_attempts_item import (
        PackageInfoInstallationInfoLatestInstallFailedAttemptsItem,
    )

    _models_imported = True

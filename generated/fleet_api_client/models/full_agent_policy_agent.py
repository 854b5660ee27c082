from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.full_agent_policy_agent_download import FullAgentPolicyAgentDownload
    from ..models.full_agent_policy_agent_features import FullAgentPolicyAgentFeatures
    from ..models.full_agent_policy_agent_limits import FullAgentPolicyAgentLimits
    from ..models.full_agent_policy_agent_logging import FullAgentPolicyAgentLogging
    from ..models.full_agent_policy_agent_monitoring import (
        FullAgentPolicyAgentMonitoring,
    )
    from ..models.full_agent_policy_agent_protection import (
        FullAgentPolicyAgentProtection,
    )


T = TypeVar("T", bound="FullAgentPolicyAgent")


@_attrs_define
class FullAgentPolicyAgent:
    """
    Attributes:
        download (FullAgentPolicyAgentDownload | Unset):
        features (FullAgentPolicyAgentFeatures | Unset):
        limits (FullAgentPolicyAgentLimits | Unset):
        logging (FullAgentPolicyAgentLogging | Unset):
        monitoring (FullAgentPolicyAgentMonitoring | Unset):
        protection (FullAgentPolicyAgentProtection | Unset):
    """

    download: FullAgentPolicyAgentDownload | Unset = UNSET
    features: FullAgentPolicyAgentFeatures | Unset = UNSET
    limits: FullAgentPolicyAgentLimits | Unset = UNSET
    logging: FullAgentPolicyAgentLogging | Unset = UNSET
    monitoring: FullAgentPolicyAgentMonitoring | Unset = UNSET
    protection: FullAgentPolicyAgentProtection | Unset = UNSET
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
        download: dict[str, Any] | Unset = UNSET
        if not isinstance(self.download, Unset):
            download = self.download.to_dict()

        features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features.to_dict()

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        logging: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logging, Unset):
            logging = self.logging.to_dict()

        monitoring: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monitoring, Unset):
            monitoring = self.monitoring.to_dict()

        protection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.protection, Unset):
            protection = self.protection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if download is not UNSET:
            field_dict["download"] = download
        if features is not UNSET:
            field_dict["features"] = features
        if limits is not UNSET:
            field_dict["limits"] = limits
        if logging is not UNSET:
            field_dict["logging"] = logging
        if monitoring is not UNSET:
            field_dict["monitoring"] = monitoring
        if protection is not UNSET:
            field_dict["protection"] = protection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _download = d.pop("download", UNSET)
        download: FullAgentPolicyAgentDownload | Unset
        if _download is UNSET:
            download = UNSET
        else:
            download = FullAgentPolicyAgentDownload.from_dict(_download)

        _features = d.pop("features", UNSET)
        features: FullAgentPolicyAgentFeatures | Unset
        if _features is UNSET:
            features = UNSET
        else:
            features = FullAgentPolicyAgentFeatures.from_dict(_features)

        _limits = d.pop("limits", UNSET)
        limits: FullAgentPolicyAgentLimits | Unset
        if _limits is UNSET:
            limits = UNSET
        else:
            limits = FullAgentPolicyAgentLimits.from_dict(_limits)

        _logging = d.pop("logging", UNSET)
        logging: FullAgentPolicyAgentLogging | Unset
        if _logging is UNSET:
            logging = UNSET
        else:
            logging = FullAgentPolicyAgentLogging.from_dict(_logging)

        _monitoring = d.pop("monitoring", UNSET)
        monitoring: FullAgentPolicyAgentMonitoring | Unset
        if _monitoring is UNSET:
            monitoring = UNSET
        else:
            monitoring = FullAgentPolicyAgentMonitoring.from_dict(_monitoring)

        _protection = d.pop("protection", UNSET)
        protection: FullAgentPolicyAgentProtection | Unset
        if _protection is UNSET:
            protection = UNSET
        else:
            protection = FullAgentPolicyAgentProtection.from_dict(_protection)

        _obj = cls.__new__(cls)
        _obj.download = download
        _obj.features = features
        _obj.limits = limits
        _obj.logging = logging
        _obj.monitoring = monitoring
        _obj.protection = protection

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
    global FullAgentPolicyAgentDownload
    global FullAgentPolicyAgentFeatures
    global FullAgentPolicyAgentLimits
    global FullAgentPolicyAgentLogging
    global FullAgentPolicyAgentMonitoring
    global FullAgentPolicyAgentProtection
    from ..models.full_agent_policy_agent_download import FullAgentPolicyAgentDownload
    from ..models.full_agent_policy_agent_features import FullAgentPolicyAgentFeatures
    from ..models.full_agent_policy_agent_limits import FullAgentPolicyAgentLimits
    from ..models.full_agent_policy_agent_logging import FullAgentPolicyAgentLogging
    from ..models.full_agent_policy_agent_monitoring import (
        FullAgentPolicyAgentMonitoring,
    )
    from ..models.full_agent_policy_agent_protection import (
        FullAgentPolicyAgentProtection,
    )

    _models_imported = True

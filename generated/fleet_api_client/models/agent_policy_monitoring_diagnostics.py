from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_policy_monitoring_diagnostics_limit import (
        AgentPolicyMonitoringDiagnosticsLimit,
    )
    from ..models.agent_policy_monitoring_diagnostics_uploader import (
        AgentPolicyMonitoringDiagnosticsUploader,
    )


T = TypeVar("T", bound="AgentPolicyMonitoringDiagnostics")


@_attrs_define
class AgentPolicyMonitoringDiagnostics:
    """
    Attributes:
        limit (AgentPolicyMonitoringDiagnosticsLimit | Unset):
        uploader (AgentPolicyMonitoringDiagnosticsUploader | Unset):
    """

    limit: AgentPolicyMonitoringDiagnosticsLimit | Unset = UNSET
    uploader: AgentPolicyMonitoringDiagnosticsUploader | Unset = UNSET
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
        limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limit, Unset):
            limit = self.limit.to_dict()

        uploader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uploader, Unset):
            uploader = self.uploader.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if uploader is not UNSET:
            field_dict["uploader"] = uploader

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _limit = d.pop("limit", UNSET)
        limit: AgentPolicyMonitoringDiagnosticsLimit | Unset
        if _limit is UNSET:
            limit = UNSET
        else:
            limit = AgentPolicyMonitoringDiagnosticsLimit.from_dict(_limit)

        _uploader = d.pop("uploader", UNSET)
        uploader: AgentPolicyMonitoringDiagnosticsUploader | Unset
        if _uploader is UNSET:
            uploader = UNSET
        else:
            uploader = AgentPolicyMonitoringDiagnosticsUploader.from_dict(_uploader)

        _obj = cls.__new__(cls)
        _obj.limit = limit
        _obj.uploader = uploader

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
    global AgentPolicyMonitoringDiagnosticsLimit
    global AgentPolicyMonitoringDiagnosticsUploader
    from ..models.agent_policy_monitoring_diagnostics_limit import (
        AgentPolicyMonitoringDiagnosticsLimit,
    )
    from ..models.agent_policy_monitoring_diagnostics_uploader import (
        AgentPolicyMonitoringDiagnosticsUploader,
    )

    _models_imported = True

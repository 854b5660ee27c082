from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.full_agent_policy_agent_logging_files import (
        FullAgentPolicyAgentLoggingFiles,
    )
    from ..models.full_agent_policy_agent_logging_metrics import (
        FullAgentPolicyAgentLoggingMetrics,
    )


T = TypeVar("T", bound="FullAgentPolicyAgentLogging")


@_attrs_define
class FullAgentPolicyAgentLogging:
    """
    Attributes:
        files (FullAgentPolicyAgentLoggingFiles | Unset):
        level (str | Unset):
        metrics (FullAgentPolicyAgentLoggingMetrics | Unset):
        to_files (bool | Unset):
    """

    files: FullAgentPolicyAgentLoggingFiles | Unset = UNSET
    level: str | Unset = UNSET
    metrics: FullAgentPolicyAgentLoggingMetrics | Unset = UNSET
    to_files: bool | Unset = UNSET
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
        files: dict[str, Any] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = self.files.to_dict()

        level = self.level

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        to_files = self.to_files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if files is not UNSET:
            field_dict["files"] = files
        if level is not UNSET:
            field_dict["level"] = level
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if to_files is not UNSET:
            field_dict["to_files"] = to_files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _files = d.pop("files", UNSET)
        files: FullAgentPolicyAgentLoggingFiles | Unset
        if _files is UNSET:
            files = UNSET
        else:
            files = FullAgentPolicyAgentLoggingFiles.from_dict(_files)

        level = d.pop("level", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: FullAgentPolicyAgentLoggingMetrics | Unset
        if _metrics is UNSET:
            metrics = UNSET
        else:
            metrics = FullAgentPolicyAgentLoggingMetrics.from_dict(_metrics)

        to_files = d.pop("to_files", UNSET)

        _obj = cls.__new__(cls)
        _obj.files = files
        _obj.level = level
        _obj.metrics = metrics
        _obj.to_files = to_files

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
    global FullAgentPolicyAgentLoggingFiles
    global FullAgentPolicyAgentLoggingMetrics
    from ..models.full_agent_policy_agent_logging_files import (
        FullAgentPolicyAgentLoggingFiles,
    )
    from ..models.full_agent_policy_agent_logging_metrics import (
        FullAgentPolicyAgentLoggingMetrics,
    )

    _models_imported = True

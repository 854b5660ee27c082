from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.put_fleet_settings_body_delete_unenrolled_agents import (
        PutFleetSettingsBodyDeleteUnenrolledAgents,
    )


T = TypeVar("T", bound="PutFleetSettingsBody")


@_attrs_define
class PutFleetSettingsBody:
    """
    Attributes:
        additional_yaml_config (str | Unset):
        delete_unenrolled_agents (PutFleetSettingsBodyDeleteUnenrolledAgents | Unset):
        has_seen_add_data_notice (bool | Unset):
        kibana_ca_sha256 (str | Unset):
        kibana_urls (list[str] | Unset):
        prerelease_integrations_enabled (bool | Unset):
    """

    additional_yaml_config: str | Unset = UNSET
    delete_unenrolled_agents: PutFleetSettingsBodyDeleteUnenrolledAgents | Unset = UNSET
    has_seen_add_data_notice: bool | Unset = UNSET
    kibana_ca_sha256: str | Unset = UNSET
    kibana_urls: list[str] | Unset = UNSET
    prerelease_integrations_enabled: bool | Unset = UNSET
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
        additional_yaml_config = self.additional_yaml_config

        delete_unenrolled_agents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delete_unenrolled_agents, Unset):
            delete_unenrolled_agents = self.delete_unenrolled_agents.to_dict()

        has_seen_add_data_notice = self.has_seen_add_data_notice

        kibana_ca_sha256 = self.kibana_ca_sha256

        kibana_urls: list[str] | Unset = UNSET
        if not isinstance(self.kibana_urls, Unset):
            kibana_urls = self.kibana_urls

        prerelease_integrations_enabled = self.prerelease_integrations_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_yaml_config is not UNSET:
            field_dict["additional_yaml_config"] = additional_yaml_config
        if delete_unenrolled_agents is not UNSET:
            field_dict["delete_unenrolled_agents"] = delete_unenrolled_agents
        if has_seen_add_data_notice is not UNSET:
            field_dict["has_seen_add_data_notice"] = has_seen_add_data_notice
        if kibana_ca_sha256 is not UNSET:
            field_dict["kibana_ca_sha256"] = kibana_ca_sha256
        if kibana_urls is not UNSET:
            field_dict["kibana_urls"] = kibana_urls
        if prerelease_integrations_enabled is not UNSET:
            field_dict["prerelease_integrations_enabled"] = (
                prerelease_integrations_enabled
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        additional_yaml_config = d.pop("additional_yaml_config", UNSET)

        _delete_unenrolled_agents = d.pop("delete_unenrolled_agents", UNSET)
        delete_unenrolled_agents: PutFleetSettingsBodyDeleteUnenrolledAgents | Unset
        if _delete_unenrolled_agents is UNSET:
            delete_unenrolled_agents = UNSET
        else:
            delete_unenrolled_agents = (
                PutFleetSettingsBodyDeleteUnenrolledAgents.from_dict(
                    _delete_unenrolled_agents
                )
            )

        has_seen_add_data_notice = d.pop("has_seen_add_data_notice", UNSET)

        kibana_ca_sha256 = d.pop("kibana_ca_sha256", UNSET)

        kibana_urls: list[str] | Unset = d.pop("kibana_urls", UNSET)

        prerelease_integrations_enabled = d.pop(
            "prerelease_integrations_enabled", UNSET
        )

        _obj = cls.__new__(cls)
        _obj.additional_yaml_config = additional_yaml_config
        _obj.delete_unenrolled_agents = delete_unenrolled_agents
        _obj.has_seen_add_data_notice = has_seen_add_data_notice
        _obj.kibana_ca_sha256 = kibana_ca_sha256
        _obj.kibana_urls = kibana_urls
        _obj.prerelease_integrations_enabled = prerelease_integrations_enabled

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
    global PutFleetSettingsBodyDeleteUnenrolledAgents
    from ..models.put_fleet_settings_body_delete_unenrolled_agents import (
        PutFleetSettingsBodyDeleteUnenrolledAgents,
    )

    _models_imported = True

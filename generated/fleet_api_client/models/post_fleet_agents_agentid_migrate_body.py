from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_fleet_agents_agentid_migrate_body_settings import (
        PostFleetAgentsAgentidMigrateBodySettings,
    )


T = TypeVar("T", bound="PostFleetAgentsAgentidMigrateBody")


@_attrs_define
class PostFleetAgentsAgentidMigrateBody:
    """
    Attributes:
        enrollment_token (str):
        uri (str):
        settings (PostFleetAgentsAgentidMigrateBodySettings | Unset):
    """

    enrollment_token: str
    uri: str
    settings: PostFleetAgentsAgentidMigrateBodySettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        secret = ["enrollment_token"]
        shown = []
        for attribute in _attrs_fields(type(self)):
            value = getattr(self, attribute.name)
            if isinstance(value, Unset) or (
                attribute.name == "additional_properties" and not value
            ):
                continue
            masked = attribute.name in secret and isinstance(value, str)
            shown.append(f"{attribute.name}={'***' if masked else repr(value)}")
        return f"{type(self).__name__}({', '.join(shown)})"

    __str__ = __repr__

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
        enrollment_token = self.enrollment_token

        uri = self.uri

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enrollment_token": enrollment_token,
                "uri": uri,
            }
        )
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        enrollment_token = d.pop("enrollment_token")

        uri = d.pop("uri")

        _settings = d.pop("settings", UNSET)
        settings: PostFleetAgentsAgentidMigrateBodySettings | Unset
        if _settings is UNSET:
            settings = UNSET
        else:
            settings = PostFleetAgentsAgentidMigrateBodySettings.from_dict(_settings)

        _obj = cls.__new__(cls)
        _obj.enrollment_token = enrollment_token
        _obj.uri = uri
        _obj.settings = settings

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
    global PostFleetAgentsAgentidMigrateBodySettings
    from ..models.post_fleet_agents_agentid_migrate_body_settings import (
        PostFleetAgentsAgentidMigrateBodySettings,
    )

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.download_source_secrets import DownloadSourceSecrets
    from ..models.download_source_ssl import DownloadSourceSsl


T = TypeVar("T", bound="PutFleetAgentDownloadSourcesSourceidBody")


@_attrs_define
class PutFleetAgentDownloadSourcesSourceidBody:
    """
    Attributes:
        host (str):
        name (str):
        id (str | Unset):
        is_default (bool | Unset):
        proxy_id (None | str | Unset):
        secrets (DownloadSourceSecrets | Unset):
        ssl (DownloadSourceSsl | Unset):
    """

    host: str
    name: str
    id: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    proxy_id: None | str | Unset = UNSET
    secrets: DownloadSourceSecrets | Unset = UNSET
    ssl: DownloadSourceSsl | Unset = UNSET
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
        host = self.host

        name = self.name

        id = self.id

        is_default = self.is_default

        proxy_id: None | str | Unset
        if isinstance(self.proxy_id, Unset):
            proxy_id = UNSET
        else:
            proxy_id = self.proxy_id

        secrets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secrets, Unset):
            secrets = self.secrets.to_dict()

        ssl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ssl, Unset):
            ssl = self.ssl.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if proxy_id is not UNSET:
            field_dict["proxy_id"] = proxy_id
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if ssl is not UNSET:
            field_dict["ssl"] = ssl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        host = d.pop("host")

        name = d.pop("name")

        id = d.pop("id", UNSET)

        is_default = d.pop("is_default", UNSET)

        proxy_id: None | str | Unset = d.pop("proxy_id", UNSET)

        _secrets = d.pop("secrets", UNSET)
        secrets: DownloadSourceSecrets | Unset
        if _secrets is UNSET:
            secrets = UNSET
        else:
            secrets = DownloadSourceSecrets.from_dict(_secrets)

        _ssl = d.pop("ssl", UNSET)
        ssl: DownloadSourceSsl | Unset
        if _ssl is UNSET:
            ssl = UNSET
        else:
            ssl = DownloadSourceSsl.from_dict(_ssl)

        _obj = cls.__new__(cls)
        _obj.host = host
        _obj.name = name
        _obj.id = id
        _obj.is_default = is_default
        _obj.proxy_id = proxy_id
        _obj.secrets = secrets
        _obj.ssl = ssl

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
    global DownloadSourceSecrets
    global DownloadSourceSsl
    from ..models.download_source_secrets import DownloadSourceSecrets
    from ..models.download_source_ssl import DownloadSourceSsl

    _models_imported = True

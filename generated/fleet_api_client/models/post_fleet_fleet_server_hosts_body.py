from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fleet_server_host_secrets import FleetServerHostSecrets
    from ..models.fleet_server_host_ssl import FleetServerHostSsl


T = TypeVar("T", bound="PostFleetFleetServerHostsBody")


@_attrs_define
class PostFleetFleetServerHostsBody:
    """
    Attributes:
        host_urls (list[str]):
        name (str):
        id (str | Unset):
        is_default (bool | Unset):
        is_internal (bool | Unset):
        is_preconfigured (bool | Unset):
        proxy_id (None | str | Unset):
        secrets (FleetServerHostSecrets | Unset):
        ssl (FleetServerHostSsl | None | Unset):
    """

    host_urls: list[str]
    name: str
    id: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_internal: bool | Unset = UNSET
    is_preconfigured: bool | Unset = UNSET
    proxy_id: None | str | Unset = UNSET
    secrets: FleetServerHostSecrets | Unset = UNSET
    ssl: FleetServerHostSsl | None | Unset = UNSET
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
        host_urls = self.host_urls

        name = self.name

        id = self.id

        is_default = self.is_default

        is_internal = self.is_internal

        is_preconfigured = self.is_preconfigured

        proxy_id: None | str | Unset
        if isinstance(self.proxy_id, Unset):
            proxy_id = UNSET
        else:
            proxy_id = self.proxy_id

        secrets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secrets, Unset):
            secrets = self.secrets.to_dict()

        ssl: dict[str, Any] | None | Unset
        if isinstance(self.ssl, Unset):
            ssl = UNSET
        elif isinstance(self.ssl, FleetServerHostSsl):
            ssl = self.ssl.to_dict()
        else:
            ssl = self.ssl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host_urls": host_urls,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if is_internal is not UNSET:
            field_dict["is_internal"] = is_internal
        if is_preconfigured is not UNSET:
            field_dict["is_preconfigured"] = is_preconfigured
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
        host_urls: list[str] = d.pop("host_urls")

        name = d.pop("name")

        id = d.pop("id", UNSET)

        is_default = d.pop("is_default", UNSET)

        is_internal = d.pop("is_internal", UNSET)

        is_preconfigured = d.pop("is_preconfigured", UNSET)

        proxy_id: None | str | Unset = d.pop("proxy_id", UNSET)

        _secrets = d.pop("secrets", UNSET)
        secrets: FleetServerHostSecrets | Unset
        if _secrets is UNSET:
            secrets = UNSET
        else:
            secrets = FleetServerHostSecrets.from_dict(_secrets)

        _ssl_data = d.pop("ssl", UNSET)
        while True:
            if _ssl_data is None:
                ssl = _ssl_data
                break
            if _ssl_data is UNSET:
                ssl = _ssl_data
                break
            try:
                if not isinstance(_ssl_data, dict):
                    raise TypeError()
                ssl_type_0 = FleetServerHostSsl.from_dict(_ssl_data)

                ssl = ssl_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            ssl: FleetServerHostSsl | None | Unset = _ssl_data
            break

        _obj = cls.__new__(cls)
        _obj.host_urls = host_urls
        _obj.name = name
        _obj.id = id
        _obj.is_default = is_default
        _obj.is_internal = is_internal
        _obj.is_preconfigured = is_preconfigured
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
    global FleetServerHostSecrets
    global FleetServerHostSsl
    from ..models.fleet_server_host_secrets import FleetServerHostSecrets
    from ..models.fleet_server_host_ssl import FleetServerHostSsl

    _models_imported = True

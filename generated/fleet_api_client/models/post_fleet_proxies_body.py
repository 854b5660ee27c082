from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_fleet_proxies_body_proxy_headers_type_0 import (
        PostFleetProxiesBodyProxyHeadersType0,
    )


T = TypeVar("T", bound="PostFleetProxiesBody")


@_attrs_define
class PostFleetProxiesBody:
    """
    Attributes:
        name (str):
        url (str):
        certificate (None | str | Unset):
        certificate_authorities (None | str | Unset):
        certificate_key (None | str | Unset):
        id (str | Unset):
        is_preconfigured (bool | Unset):
        proxy_headers (None | PostFleetProxiesBodyProxyHeadersType0 | Unset):
    """

    name: str
    url: str
    certificate: None | str | Unset = UNSET
    certificate_authorities: None | str | Unset = UNSET
    certificate_key: None | str | Unset = UNSET
    id: str | Unset = UNSET
    is_preconfigured: bool | Unset = UNSET
    proxy_headers: None | PostFleetProxiesBodyProxyHeadersType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        secret = ["certificate_key"]
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
        name = self.name

        url = self.url

        certificate: None | str | Unset
        if isinstance(self.certificate, Unset):
            certificate = UNSET
        else:
            certificate = self.certificate

        certificate_authorities: None | str | Unset
        if isinstance(self.certificate_authorities, Unset):
            certificate_authorities = UNSET
        else:
            certificate_authorities = self.certificate_authorities

        certificate_key: None | str | Unset
        if isinstance(self.certificate_key, Unset):
            certificate_key = UNSET
        else:
            certificate_key = self.certificate_key

        id = self.id

        is_preconfigured = self.is_preconfigured

        proxy_headers: dict[str, Any] | None | Unset
        if isinstance(self.proxy_headers, Unset):
            proxy_headers = UNSET
        elif isinstance(self.proxy_headers, PostFleetProxiesBodyProxyHeadersType0):
            proxy_headers = self.proxy_headers.to_dict()
        else:
            proxy_headers = self.proxy_headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "url": url,
            }
        )
        if certificate is not UNSET:
            field_dict["certificate"] = certificate
        if certificate_authorities is not UNSET:
            field_dict["certificate_authorities"] = certificate_authorities
        if certificate_key is not UNSET:
            field_dict["certificate_key"] = certificate_key
        if id is not UNSET:
            field_dict["id"] = id
        if is_preconfigured is not UNSET:
            field_dict["is_preconfigured"] = is_preconfigured
        if proxy_headers is not UNSET:
            field_dict["proxy_headers"] = proxy_headers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        name = d.pop("name")

        url = d.pop("url")

        certificate: None | str | Unset = d.pop("certificate", UNSET)

        certificate_authorities: None | str | Unset = d.pop(
            "certificate_authorities", UNSET
        )

        certificate_key: None | str | Unset = d.pop("certificate_key", UNSET)

        id = d.pop("id", UNSET)

        is_preconfigured = d.pop("is_preconfigured", UNSET)

        _proxy_headers_data = d.pop("proxy_headers", UNSET)
        while True:
            if _proxy_headers_data is None:
                proxy_headers = _proxy_headers_data
                break
            if _proxy_headers_data is UNSET:
                proxy_headers = _proxy_headers_data
                break
            try:
                if not isinstance(_proxy_headers_data, dict):
                    raise TypeError()
                proxy_headers_type_0 = PostFleetProxiesBodyProxyHeadersType0.from_dict(
                    _proxy_headers_data
                )

                proxy_headers = proxy_headers_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            proxy_headers: None | PostFleetProxiesBodyProxyHeadersType0 | Unset = (
                _proxy_headers_data
            )
            break

        _obj = cls.__new__(cls)
        _obj.name = name
        _obj.url = url
        _obj.certificate = certificate
        _obj.certificate_authorities = certificate_authorities
        _obj.certificate_key = certificate_key
        _obj.id = id
        _obj.is_preconfigured = is_preconfigured
        _obj.proxy_headers = proxy_headers

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
    global PostFleetProxiesBodyProxyHeadersType0
    from ..models.post_fleet_proxies_body_proxy_headers_type_0 import (
        PostFleetProxiesBodyProxyHeadersType0,
    )

    _models_imported = True

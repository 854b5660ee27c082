from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.put_fleet_proxies_itemid_body_proxy_headers_type_0 import (
        PutFleetProxiesItemidBodyProxyHeadersType0,
    )


T = TypeVar("T", bound="PutFleetProxiesItemidBody")


@_attrs_define
class PutFleetProxiesItemidBody:
    """
    Attributes:
        certificate (None | str):
        certificate_authorities (None | str):
        certificate_key (None | str):
        name (str | Unset):
        proxy_headers (None | PutFleetProxiesItemidBodyProxyHeadersType0 | Unset):
        url (str | Unset):
    """

    certificate: None | str
    certificate_authorities: None | str
    certificate_key: None | str
    name: str | Unset = UNSET
    proxy_headers: None | PutFleetProxiesItemidBodyProxyHeadersType0 | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        secret = ["certificate_key"]
        shown = []
        for attribute in _attrs_fields(type(self)):
            value = getattr(self, attribute.name)
            masked = attribute.name in secret and isinstance(value, str)
            shown.append(f"{attribute.name}={'***' if masked else repr(value)}")
        return f"{type(self).__name__}({', '.join(shown)})"

    __str__ = __repr__

    def to_dict(self) -> dict[str, Any]:
        _import_models()
        certificate: None | str
        certificate = self.certificate

        certificate_authorities: None | str
        certificate_authorities = self.certificate_authorities

        certificate_key: None | str
        certificate_key = self.certificate_key

        name = self.name

        proxy_headers: dict[str, Any] | None | Unset
        if isinstance(self.proxy_headers, Unset):
            proxy_headers = UNSET
        elif isinstance(self.proxy_headers, PutFleetProxiesItemidBodyProxyHeadersType0):
            proxy_headers = self.proxy_headers.to_dict()
        else:
            proxy_headers = self.proxy_headers

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "certificate": certificate,
                "certificate_authorities": certificate_authorities,
                "certificate_key": certificate_key,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if proxy_headers is not UNSET:
            field_dict["proxy_headers"] = proxy_headers
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _import_models()
        d = dict(src_dict)

        def _parse_certificate(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        certificate = _parse_certificate(d.pop("certificate"))

        def _parse_certificate_authorities(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        certificate_authorities = _parse_certificate_authorities(
            d.pop("certificate_authorities")
        )

        def _parse_certificate_key(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        certificate_key = _parse_certificate_key(d.pop("certificate_key"))

        name = d.pop("name", UNSET)

        def _parse_proxy_headers(
            data: object,
        ) -> None | PutFleetProxiesItemidBodyProxyHeadersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                proxy_headers_type_0 = (
                    PutFleetProxiesItemidBodyProxyHeadersType0.from_dict(data)
                )

                return proxy_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "None | PutFleetProxiesItemidBodyProxyHeadersType0 | Unset", data
            )

        proxy_headers = _parse_proxy_headers(d.pop("proxy_headers", UNSET))

        url = d.pop("url", UNSET)

        put_fleet_proxies_itemid_body = cls(
            certificate=certificate,
            certificate_authorities=certificate_authorities,
            certificate_key=certificate_key,
            name=name,
            proxy_headers=proxy_headers,
            url=url,
        )

        put_fleet_proxies_itemid_body.additional_properties = d
        return put_fleet_proxies_itemid_body

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
    global PutFleetProxiesItemidBodyProxyHeadersType0
    from ..models.put_fleet_proxies_itemid_body_proxy_headers_type_0 import (
        PutFleetProxiesItemidBodyProxyHeadersType0,
    )

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.fleet_server_host_ssl_client_auth import FleetServerHostSslClientAuth
from ..types import UNSET, Unset

T = TypeVar("T", bound="FleetServerHostSsl")


@_attrs_define
class FleetServerHostSsl:
    """
    Attributes:
        agent_certificate (str | Unset):
        agent_certificate_authorities (list[str] | Unset):
        agent_key (str | Unset):
        certificate (str | Unset):
        certificate_authorities (list[str] | Unset):
        client_auth (FleetServerHostSslClientAuth | Unset):
        es_certificate (str | Unset):
        es_certificate_authorities (list[str] | Unset):
        es_key (str | Unset):
        key (str | Unset):
    """

    agent_certificate: str | Unset = UNSET
    agent_certificate_authorities: list[str] | Unset = UNSET
    agent_key: str | Unset = UNSET
    certificate: str | Unset = UNSET
    certificate_authorities: list[str] | Unset = UNSET
    client_auth: FleetServerHostSslClientAuth | Unset = UNSET
    es_certificate: str | Unset = UNSET
    es_certificate_authorities: list[str] | Unset = UNSET
    es_key: str | Unset = UNSET
    key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        secret = ["agent_key", "es_key", "key"]
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
        agent_certificate = self.agent_certificate

        agent_certificate_authorities: list[str] | Unset = UNSET
        if not isinstance(self.agent_certificate_authorities, Unset):
            agent_certificate_authorities = self.agent_certificate_authorities

        agent_key = self.agent_key

        certificate = self.certificate

        certificate_authorities: list[str] | Unset = UNSET
        if not isinstance(self.certificate_authorities, Unset):
            certificate_authorities = self.certificate_authorities

        client_auth: str | Unset = UNSET
        if not isinstance(self.client_auth, Unset):
            client_auth = self.client_auth.value

        es_certificate = self.es_certificate

        es_certificate_authorities: list[str] | Unset = UNSET
        if not isinstance(self.es_certificate_authorities, Unset):
            es_certificate_authorities = self.es_certificate_authorities

        es_key = self.es_key

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_certificate is not UNSET:
            field_dict["agent_certificate"] = agent_certificate
        if agent_certificate_authorities is not UNSET:
            field_dict["agent_certificate_authorities"] = agent_certificate_authorities
        if agent_key is not UNSET:
            field_dict["agent_key"] = agent_key
        if certificate is not UNSET:
            field_dict["certificate"] = certificate
        if certificate_authorities is not UNSET:
            field_dict["certificate_authorities"] = certificate_authorities
        if client_auth is not UNSET:
            field_dict["client_auth"] = client_auth
        if es_certificate is not UNSET:
            field_dict["es_certificate"] = es_certificate
        if es_certificate_authorities is not UNSET:
            field_dict["es_certificate_authorities"] = es_certificate_authorities
        if es_key is not UNSET:
            field_dict["es_key"] = es_key
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_certificate = d.pop("agent_certificate", UNSET)

        agent_certificate_authorities: list[str] | Unset = d.pop(
            "agent_certificate_authorities", UNSET
        )

        agent_key = d.pop("agent_key", UNSET)

        certificate = d.pop("certificate", UNSET)

        certificate_authorities: list[str] | Unset = d.pop(
            "certificate_authorities", UNSET
        )

        _client_auth = d.pop("client_auth", UNSET)
        client_auth: FleetServerHostSslClientAuth | Unset
        if _client_auth is UNSET:
            client_auth = UNSET
        else:
            client_auth = FleetServerHostSslClientAuth._from_value(_client_auth)

        es_certificate = d.pop("es_certificate", UNSET)

        es_certificate_authorities: list[str] | Unset = d.pop(
            "es_certificate_authorities", UNSET
        )

        es_key = d.pop("es_key", UNSET)

        key = d.pop("key", UNSET)

        _obj = cls.__new__(cls)
        _obj.agent_certificate = agent_certificate
        _obj.agent_certificate_authorities = agent_certificate_authorities
        _obj.agent_key = agent_key
        _obj.certificate = certificate
        _obj.certificate_authorities = certificate_authorities
        _obj.client_auth = client_auth
        _obj.es_certificate = es_certificate
        _obj.es_certificate_authorities = es_certificate_authorities
        _obj.es_key = es_key
        _obj.key = key

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

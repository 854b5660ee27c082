from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_fleet_agents_bulk_migrate_body_settings_headers import (
        PostFleetAgentsBulkMigrateBodySettingsHeaders,
    )
    from ..models.post_fleet_agents_bulk_migrate_body_settings_proxy_headers import (
        PostFleetAgentsBulkMigrateBodySettingsProxyHeaders,
    )


T = TypeVar("T", bound="PostFleetAgentsBulkMigrateBodySettings")


@_attrs_define
class PostFleetAgentsBulkMigrateBodySettings:
    """
    Attributes:
        ca_sha256 (str | Unset):
        certificate_authorities (str | Unset):
        elastic_agent_cert (str | Unset):
        elastic_agent_cert_key (str | Unset):
        elastic_agent_cert_key_passphrase (str | Unset):
        headers (PostFleetAgentsBulkMigrateBodySettingsHeaders | Unset):
        insecure (bool | Unset):
        proxy_disabled (bool | Unset):
        proxy_headers (PostFleetAgentsBulkMigrateBodySettingsProxyHeaders | Unset):
        proxy_url (str | Unset):
        staging (str | Unset):
        tags (list[str] | Unset):
    """

    ca_sha256: str | Unset = UNSET
    certificate_authorities: str | Unset = UNSET
    elastic_agent_cert: str | Unset = UNSET
    elastic_agent_cert_key: str | Unset = UNSET
    elastic_agent_cert_key_passphrase: str | Unset = UNSET
    headers: PostFleetAgentsBulkMigrateBodySettingsHeaders | Unset = UNSET
    insecure: bool | Unset = UNSET
    proxy_disabled: bool | Unset = UNSET
    proxy_headers: PostFleetAgentsBulkMigrateBodySettingsProxyHeaders | Unset = UNSET
    proxy_url: str | Unset = UNSET
    staging: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        secret = ["elastic_agent_cert_key"]
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
        ca_sha256 = self.ca_sha256

        certificate_authorities = self.certificate_authorities

        elastic_agent_cert = self.elastic_agent_cert

        elastic_agent_cert_key = self.elastic_agent_cert_key

        elastic_agent_cert_key_passphrase = self.elastic_agent_cert_key_passphrase

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        insecure = self.insecure

        proxy_disabled = self.proxy_disabled

        proxy_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proxy_headers, Unset):
            proxy_headers = self.proxy_headers.to_dict()

        proxy_url = self.proxy_url

        staging = self.staging

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ca_sha256 is not UNSET:
            field_dict["ca_sha256"] = ca_sha256
        if certificate_authorities is not UNSET:
            field_dict["certificate_authorities"] = certificate_authorities
        if elastic_agent_cert is not UNSET:
            field_dict["elastic_agent_cert"] = elastic_agent_cert
        if elastic_agent_cert_key is not UNSET:
            field_dict["elastic_agent_cert_key"] = elastic_agent_cert_key
        if elastic_agent_cert_key_passphrase is not UNSET:
            field_dict["elastic_agent_cert_key_passphrase"] = (
                elastic_agent_cert_key_passphrase
            )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if insecure is not UNSET:
            field_dict["insecure"] = insecure
        if proxy_disabled is not UNSET:
            field_dict["proxy_disabled"] = proxy_disabled
        if proxy_headers is not UNSET:
            field_dict["proxy_headers"] = proxy_headers
        if proxy_url is not UNSET:
            field_dict["proxy_url"] = proxy_url
        if staging is not UNSET:
            field_dict["staging"] = staging
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        ca_sha256 = d.pop("ca_sha256", UNSET)

        certificate_authorities = d.pop("certificate_authorities", UNSET)

        elastic_agent_cert = d.pop("elastic_agent_cert", UNSET)

        elastic_agent_cert_key = d.pop("elastic_agent_cert_key", UNSET)

        elastic_agent_cert_key_passphrase = d.pop(
            "elastic_agent_cert_key_passphrase", UNSET
        )

        _headers = d.pop("headers", UNSET)
        headers: PostFleetAgentsBulkMigrateBodySettingsHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            headers = PostFleetAgentsBulkMigrateBodySettingsHeaders.from_dict(_headers)

        insecure = d.pop("insecure", UNSET)

        proxy_disabled = d.pop("proxy_disabled", UNSET)

        _proxy_headers = d.pop("proxy_headers", UNSET)
        proxy_headers: PostFleetAgentsBulkMigrateBodySettingsProxyHeaders | Unset
        if _proxy_headers is UNSET:
            proxy_headers = UNSET
        else:
            proxy_headers = (
                PostFleetAgentsBulkMigrateBodySettingsProxyHeaders.from_dict(
                    _proxy_headers
                )
            )

        proxy_url = d.pop("proxy_url", UNSET)

        staging = d.pop("staging", UNSET)

        tags: list[str] | Unset = d.pop("tags", UNSET)

        _obj = cls.__new__(cls)
        _obj.ca_sha256 = ca_sha256
        _obj.certificate_authorities = certificate_authorities
        _obj.elastic_agent_cert = elastic_agent_cert
        _obj.elastic_agent_cert_key = elastic_agent_cert_key
        _obj.elastic_agent_cert_key_passphrase = elastic_agent_cert_key_passphrase
        _obj.headers = headers
        _obj.insecure = insecure
        _obj.proxy_disabled = proxy_disabled
        _obj.proxy_headers = proxy_headers
        _obj.proxy_url = proxy_url
        _obj.staging = staging
        _obj.tags = tags

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
    global PostFleetAgentsBulkMigrateBodySettingsHeaders
    global PostFleetAgentsBulkMigrateBodySettingsProxyHeaders
    from ..models.post_fleet_agents_bulk_migrate_body_settings_headers import (
        PostFleetAgentsBulkMigrateBodySettingsHeaders,
    )
    from ..models.post_fleet_agents_bulk_migrate_body_settings_proxy_headers import (
        PostFleetAgentsBulkMigrateBodySettingsProxyHeaders,
    )

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.full_agent_policy_agent_download_proxy_headers_type_0 import (
        FullAgentPolicyAgentDownloadProxyHeadersType0,
    )
    from ..models.full_agent_policy_fleet_type_0_secrets import (
        FullAgentPolicyFleetType0Secrets,
    )
    from ..models.full_agent_policy_fleet_type_0_ssl import FullAgentPolicyFleetType0Ssl


T = TypeVar("T", bound="FullAgentPolicyAgentDownload")


@_attrs_define
class FullAgentPolicyAgentDownload:
    """
    Attributes:
        proxy_headers (FullAgentPolicyAgentDownloadProxyHeadersType0 | None | Unset):
        proxy_url (str | Unset):
        secrets (FullAgentPolicyFleetType0Secrets | Unset):
        source_uri (str | Unset):
        ssl (FullAgentPolicyFleetType0Ssl | Unset):
        target_directory (str | Unset):
        timeout (str | Unset):
    """

    proxy_headers: FullAgentPolicyAgentDownloadProxyHeadersType0 | None | Unset = UNSET
    proxy_url: str | Unset = UNSET
    secrets: FullAgentPolicyFleetType0Secrets | Unset = UNSET
    source_uri: str | Unset = UNSET
    ssl: FullAgentPolicyFleetType0Ssl | Unset = UNSET
    target_directory: str | Unset = UNSET
    timeout: str | Unset = UNSET
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
        proxy_headers: dict[str, Any] | None | Unset
        if isinstance(self.proxy_headers, Unset):
            proxy_headers = UNSET
        elif isinstance(
            self.proxy_headers, FullAgentPolicyAgentDownloadProxyHeadersType0
        ):
            proxy_headers = self.proxy_headers.to_dict()
        else:
            proxy_headers = self.proxy_headers

        proxy_url = self.proxy_url

        secrets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secrets, Unset):
            secrets = self.secrets.to_dict()

        source_uri = self.source_uri

        ssl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ssl, Unset):
            ssl = self.ssl.to_dict()

        target_directory = self.target_directory

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if proxy_headers is not UNSET:
            field_dict["proxy_headers"] = proxy_headers
        if proxy_url is not UNSET:
            field_dict["proxy_url"] = proxy_url
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if source_uri is not UNSET:
            field_dict["sourceURI"] = source_uri
        if ssl is not UNSET:
            field_dict["ssl"] = ssl
        if target_directory is not UNSET:
            field_dict["target_directory"] = target_directory
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
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
                proxy_headers_type_0 = (
                    FullAgentPolicyAgentDownloadProxyHeadersType0.from_dict(
                        _proxy_headers_data
                    )
                )

                proxy_headers = proxy_headers_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            proxy_headers: (
                FullAgentPolicyAgentDownloadProxyHeadersType0 | None | Unset
            ) = _proxy_headers_data
            break

        proxy_url = d.pop("proxy_url", UNSET)

        _secrets = d.pop("secrets", UNSET)
        secrets: FullAgentPolicyFleetType0Secrets | Unset
        if _secrets is UNSET:
            secrets = UNSET
        else:
            secrets = FullAgentPolicyFleetType0Secrets.from_dict(_secrets)

        source_uri = d.pop("sourceURI", UNSET)

        _ssl = d.pop("ssl", UNSET)
        ssl: FullAgentPolicyFleetType0Ssl | Unset
        if _ssl is UNSET:
            ssl = UNSET
        else:
            ssl = FullAgentPolicyFleetType0Ssl.from_dict(_ssl)

        target_directory = d.pop("target_directory", UNSET)

        timeout = d.pop("timeout", UNSET)

        _obj = cls.__new__(cls)
        _obj.proxy_headers = proxy_headers
        _obj.proxy_url = proxy_url
        _obj.secrets = secrets
        _obj.source_uri = source_uri
        _obj.ssl = ssl
        _obj.target_directory = target_directory
        _obj.timeout = timeout

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
    global FullAgentPolicyAgentDownloadProxyHeadersType0
    global FullAgentPolicyFleetType0Secrets
    global FullAgentPolicyFleetType0Ssl
    from ..models.full_agent_policy_agent_download_proxy_headers_type_0 import (
        FullAgentPolicyAgentDownloadProxyHeadersType0,
    )
    from ..models.full_agent_policy_fleet_type_0_secrets import (
        FullAgentPolicyFleetType0Secrets,
    )
    from ..models.full_agent_policy_fleet_type_0_ssl import FullAgentPolicyFleetType0Ssl

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_kafka_secrets_ssl import OutputKafkaSecretsSsl
    from ..models.output_kafka_secrets_ssl_key_type_0 import (
        OutputKafkaSecretsSslKeyType0,
    )


T = TypeVar("T", bound="OutputRemoteElasticsearchSecrets")


@_attrs_define
class OutputRemoteElasticsearchSecrets:
    """
    Attributes:
        service_token (OutputKafkaSecretsSslKeyType0 | str | Unset):
        ssl (OutputKafkaSecretsSsl | Unset):
    """

    service_token: OutputKafkaSecretsSslKeyType0 | str | Unset = UNSET
    ssl: OutputKafkaSecretsSsl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        secret = ["service_token"]
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
        service_token: dict[str, Any] | str | Unset
        if isinstance(self.service_token, Unset):
            service_token = UNSET
        elif isinstance(self.service_token, OutputKafkaSecretsSslKeyType0):
            service_token = self.service_token.to_dict()
        else:
            service_token = self.service_token

        ssl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ssl, Unset):
            ssl = self.ssl.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_token is not UNSET:
            field_dict["service_token"] = service_token
        if ssl is not UNSET:
            field_dict["ssl"] = ssl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _service_token_data = d.pop("service_token", UNSET)
        while True:
            if _service_token_data is UNSET:
                service_token = _service_token_data
                break
            try:
                if not isinstance(_service_token_data, dict):
                    raise TypeError()
                service_token_type_0 = OutputKafkaSecretsSslKeyType0.from_dict(
                    _service_token_data
                )

                service_token = service_token_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            service_token: OutputKafkaSecretsSslKeyType0 | str | Unset = (
                _service_token_data
            )
            break

        _ssl = d.pop("ssl", UNSET)
        ssl: OutputKafkaSecretsSsl | Unset
        if _ssl is UNSET:
            ssl = UNSET
        else:
            ssl = OutputKafkaSecretsSsl.from_dict(_ssl)

        _obj = cls.__new__(cls)
        _obj.service_token = service_token
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
    global OutputKafkaSecretsSsl
    global OutputKafkaSecretsSslKeyType0
    from ..models.output_kafka_secrets_ssl import OutputKafkaSecretsSsl
    from ..models.output_kafka_secrets_ssl_key_type_0 import (
        OutputKafkaSecretsSslKeyType0,
    )

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_output_kafka_secrets_ssl import NewOutputKafkaSecretsSsl
    from ..models.new_output_kafka_secrets_ssl_key_type_0 import (
        NewOutputKafkaSecretsSslKeyType0,
    )


T = TypeVar("T", bound="NewOutputKafkaSecrets")


@_attrs_define
class NewOutputKafkaSecrets:
    """
    Attributes:
        password (NewOutputKafkaSecretsSslKeyType0 | str | Unset):
        ssl (NewOutputKafkaSecretsSsl | Unset):
    """

    password: NewOutputKafkaSecretsSslKeyType0 | str | Unset = UNSET
    ssl: NewOutputKafkaSecretsSsl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        secret = ["password"]
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
        password: dict[str, Any] | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        elif isinstance(self.password, NewOutputKafkaSecretsSslKeyType0):
            password = self.password.to_dict()
        else:
            password = self.password

        ssl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ssl, Unset):
            ssl = self.ssl.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if password is not UNSET:
            field_dict["password"] = password
        if ssl is not UNSET:
            field_dict["ssl"] = ssl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _password_data = d.pop("password", UNSET)
        while True:
            if _password_data is UNSET:
                password = _password_data
                break
            try:
                if not isinstance(_password_data, dict):
                    raise TypeError()
                password_type_0 = NewOutputKafkaSecretsSslKeyType0.from_dict(
                    _password_data
                )

                password = password_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            password: NewOutputKafkaSecretsSslKeyType0 | str | Unset = _password_data
            break

        _ssl = d.pop("ssl", UNSET)
        ssl: NewOutputKafkaSecretsSsl | Unset
        if _ssl is UNSET:
            ssl = UNSET
        else:
            ssl = NewOutputKafkaSecretsSsl.from_dict(_ssl)

        _obj = cls.__new__(cls)
        _obj.password = password
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
    global NewOutputKafkaSecretsSsl
    global NewOutputKafkaSecretsSslKeyType0
    from ..models.new_output_kafka_secrets_ssl import NewOutputKafkaSecretsSsl
    from ..models.new_output_kafka_secrets_ssl_key_type_0 import (
        NewOutputKafkaSecretsSslKeyType0,
    )

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.output_elasticsearch_preset import OutputElasticsearchPreset
from ..models.output_elasticsearch_type import OutputElasticsearchType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_logstash_secrets import OutputLogstashSecrets
    from ..models.output_shipper_type_0 import OutputShipperType0
    from ..models.output_ssl_type_0 import OutputSslType0


T = TypeVar("T", bound="OutputElasticsearch")


@_attrs_define
class OutputElasticsearch:
    """
    Attributes:
        allow_edit (list[str] | Unset):
        ca_sha256 (None | str | Unset):
        ca_trusted_fingerprint (None | str | Unset):
        config_yaml (None | str | Unset):
        hosts (list[str] | Unset):
        id (str | Unset):
        is_default (bool | Unset):
        is_default_monitoring (bool | Unset):
        is_internal (bool | Unset):
        is_preconfigured (bool | Unset):
        name (str | Unset):
        preset (OutputElasticsearchPreset | Unset):
        proxy_id (None | str | Unset):
        secrets (OutputLogstashSecrets | Unset):
        shipper (None | OutputShipperType0 | Unset):
        ssl (None | OutputSslType0 | Unset):
        type_ (OutputElasticsearchType | Unset):
        write_to_logs_streams (bool | None | Unset):
    """

    allow_edit: list[str] | Unset = UNSET
    ca_sha256: None | str | Unset = UNSET
    ca_trusted_fingerprint: None | str | Unset = UNSET
    config_yaml: None | str | Unset = UNSET
    hosts: list[str] | Unset = UNSET
    id: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_default_monitoring: bool | Unset = UNSET
    is_internal: bool | Unset = UNSET
    is_preconfigured: bool | Unset = UNSET
    name: str | Unset = UNSET
    preset: OutputElasticsearchPreset | Unset = UNSET
    proxy_id: None | str | Unset = UNSET
    secrets: OutputLogstashSecrets | Unset = UNSET
    shipper: None | OutputShipperType0 | Unset = UNSET
    ssl: None | OutputSslType0 | Unset = UNSET
    type_: OutputElasticsearchType | Unset = UNSET
    write_to_logs_streams: bool | None | Unset = UNSET
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
        allow_edit: list[str] | Unset = UNSET
        if not isinstance(self.allow_edit, Unset):
            allow_edit = self.allow_edit

        ca_sha256: None | str | Unset
        if isinstance(self.ca_sha256, Unset):
            ca_sha256 = UNSET
        else:
            ca_sha256 = self.ca_sha256

        ca_trusted_fingerprint: None | str | Unset
        if isinstance(self.ca_trusted_fingerprint, Unset):
            ca_trusted_fingerprint = UNSET
        else:
            ca_trusted_fingerprint = self.ca_trusted_fingerprint

        config_yaml: None | str | Unset
        if isinstance(self.config_yaml, Unset):
            config_yaml = UNSET
        else:
            config_yaml = self.config_yaml

        hosts: list[str] | Unset = UNSET
        if not isinstance(self.hosts, Unset):
            hosts = self.hosts

        id = self.id

        is_default = self.is_default

        is_default_monitoring = self.is_default_monitoring

        is_internal = self.is_internal

        is_preconfigured = self.is_preconfigured

        name = self.name

        preset: str | Unset = UNSET
        if not isinstance(self.preset, Unset):
            preset = self.preset.value

        proxy_id: None | str | Unset
        if isinstance(self.proxy_id, Unset):
            proxy_id = UNSET
        else:
            proxy_id = self.proxy_id

        secrets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secrets, Unset):
            secrets = self.secrets.to_dict()

        shipper: dict[str, Any] | None | Unset
        if isinstance(self.shipper, Unset):
            shipper = UNSET
        elif isinstance(self.shipper, OutputShipperType0):
            shipper = self.shipper.to_dict()
        else:
            shipper = self.shipper

        ssl: dict[str, Any] | None | Unset
        if isinstance(self.ssl, Unset):
            ssl = UNSET
        elif isinstance(self.ssl, OutputSslType0):
            ssl = self.ssl.to_dict()
        else:
            ssl = self.ssl

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        write_to_logs_streams: bool | None | Unset
        if isinstance(self.write_to_logs_streams, Unset):
            write_to_logs_streams = UNSET
        else:
            write_to_logs_streams = self.write_to_logs_streams

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_edit is not UNSET:
            field_dict["allow_edit"] = allow_edit
        if ca_sha256 is not UNSET:
            field_dict["ca_sha256"] = ca_sha256
        if ca_trusted_fingerprint is not UNSET:
            field_dict["ca_trusted_fingerprint"] = ca_trusted_fingerprint
        if config_yaml is not UNSET:
            field_dict["config_yaml"] = config_yaml
        if hosts is not UNSET:
            field_dict["hosts"] = hosts
        if id is not UNSET:
            field_dict["id"] = id
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if is_default_monitoring is not UNSET:
            field_dict["is_default_monitoring"] = is_default_monitoring
        if is_internal is not UNSET:
            field_dict["is_internal"] = is_internal
        if is_preconfigured is not UNSET:
            field_dict["is_preconfigured"] = is_preconfigured
        if name is not UNSET:
            field_dict["name"] = name
        if preset is not UNSET:
            field_dict["preset"] = preset
        if proxy_id is not UNSET:
            field_dict["proxy_id"] = proxy_id
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if shipper is not UNSET:
            field_dict["shipper"] = shipper
        if ssl is not UNSET:
            field_dict["ssl"] = ssl
        if type_ is not UNSET:
            field_dict["type"] = type_
        if write_to_logs_streams is not UNSET:
            field_dict["write_to_logs_streams"] = write_to_logs_streams

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        allow_edit: list[str] | Unset = d.pop("allow_edit", UNSET)

        ca_sha256: None | str | Unset = d.pop("ca_sha256", UNSET)

        ca_trusted_fingerprint: None | str | Unset = d.pop(
            "ca_trusted_fingerprint", UNSET
        )

        config_yaml: None | str | Unset = d.pop("config_yaml", UNSET)

        hosts: list[str] | Unset = d.pop("hosts", UNSET)

        id = d.pop("id", UNSET)

        is_default = d.pop("is_default", UNSET)

        is_default_monitoring = d.pop("is_default_monitoring", UNSET)

        is_internal = d.pop("is_internal", UNSET)

        is_preconfigured = d.pop("is_preconfigured", UNSET)

        name = d.pop("name", UNSET)

        _preset = d.pop("preset", UNSET)
        preset: OutputElasticsearchPreset | Unset
        if _preset is UNSET:
            preset = UNSET
        else:
            preset = OutputElasticsearchPreset._from_value(_preset)

        proxy_id: None | str | Unset = d.pop("proxy_id", UNSET)

        _secrets = d.pop("secrets", UNSET)
        secrets: OutputLogstashSecrets | Unset
        if _secrets is UNSET:
            secrets = UNSET
        else:
            secrets = OutputLogstashSecrets.from_dict(_secrets)

        _shipper_data = d.pop("shipper", UNSET)
        while True:
            if _shipper_data is None:
                shipper = _shipper_data
                break
            if _shipper_data is UNSET:
                shipper = _shipper_data
                break
            try:
                if not isinstance(_shipper_data, dict):
                    raise TypeError()
                componentsschemas_output_shipper_type_0 = OutputShipperType0.from_dict(
                    _shipper_data
                )

                shipper = componentsschemas_output_shipper_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            shipper: None | OutputShipperType0 | Unset = _shipper_data
            break

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
                componentsschemas_output_ssl_type_0 = OutputSslType0.from_dict(
                    _ssl_data
                )

                ssl = componentsschemas_output_ssl_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            ssl: None | OutputSslType0 | Unset = _ssl_data
            break

        _type_ = d.pop("type", UNSET)
        type_: OutputElasticsearchType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = OutputElasticsearchType._from_value(_type_)

        write_to_logs_streams: bool | None | Unset = d.pop(
            "write_to_logs_streams", UNSET
        )

        _obj = cls.__new__(cls)
        _obj.allow_edit = allow_edit
        _obj.ca_sha256 = ca_sha256
        _obj.ca_trusted_fingerprint = ca_trusted_fingerprint
        _obj.config_yaml = config_yaml
        _obj.hosts = hosts
        _obj.id = id
        _obj.is_default = is_default
        _obj.is_default_monitoring = is_default_monitoring
        _obj.is_internal = is_internal
        _obj.is_preconfigured = is_preconfigured
        _obj.name = name
        _obj.preset = preset
        _obj.proxy_id = proxy_id
        _obj.secrets = secrets
        _obj.shipper = shipper
        _obj.ssl = ssl
        _obj.type_ = type_
        _obj.write_to_logs_streams = write_to_logs_streams

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
    global OutputLogstashSecrets
    global OutputShipperType0
    global OutputSslType0
    from ..models.output_logstash_secrets import OutputLogstashSecrets
    from ..models.output_shipper_type_0 import OutputShipperType0
    from ..models.output_ssl_type_0 import OutputSslType0

    _models_imported = True

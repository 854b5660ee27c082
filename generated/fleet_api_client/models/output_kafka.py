from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.output_kafka_auth_type import OutputKafkaAuthType
from ..models.output_kafka_compression import OutputKafkaCompression
from ..models.output_kafka_partition import OutputKafkaPartition
from ..models.output_kafka_required_acks import OutputKafkaRequiredAcks
from ..models.output_kafka_type import OutputKafkaType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_kafka_hash import OutputKafkaHash
    from ..models.output_kafka_headers_item import OutputKafkaHeadersItem
    from ..models.output_kafka_random import OutputKafkaRandom
    from ..models.output_kafka_sasl_type_0 import OutputKafkaSaslType0
    from ..models.output_kafka_secrets import OutputKafkaSecrets
    from ..models.output_shipper_type_0 import OutputShipperType0
    from ..models.output_ssl_type_0 import OutputSslType0


T = TypeVar("T", bound="OutputKafka")


@_attrs_define
class OutputKafka:
    """
    Attributes:
        allow_edit (list[str] | Unset):
        auth_type (OutputKafkaAuthType | Unset):
        broker_timeout (float | Unset):
        ca_sha256 (None | str | Unset):
        ca_trusted_fingerprint (None | str | Unset):
        client_id (str | Unset):
        compression (OutputKafkaCompression | Unset):
        compression_level (int | Unset):
        config_yaml (None | str | Unset):
        connection_type (str | Unset):
        hash_ (OutputKafkaHash | Unset):
        headers (list[OutputKafkaHeadersItem] | Unset):
        hosts (list[str] | Unset):
        id (str | Unset):
        is_default (bool | Unset):
        is_default_monitoring (bool | Unset):
        is_internal (bool | Unset):
        is_preconfigured (bool | Unset):
        key (str | Unset):
        name (str | Unset):
        partition (OutputKafkaPartition | Unset):
        password (str | Unset):
        proxy_id (None | str | Unset):
        random (OutputKafkaRandom | Unset):
        required_acks (OutputKafkaRequiredAcks | Unset):
        round_robin (OutputKafkaRandom | Unset):
        sasl (None | OutputKafkaSaslType0 | Unset):
        secrets (OutputKafkaSecrets | Unset):
        shipper (None | OutputShipperType0 | Unset):
        ssl (None | OutputSslType0 | Unset):
        timeout (float | Unset):
        topic (str | Unset):
        type_ (OutputKafkaType | Unset):
        username (str | Unset):
        version (str | Unset):
    """

    allow_edit: list[str] | Unset = UNSET
    auth_type: OutputKafkaAuthType | Unset = UNSET
    broker_timeout: float | Unset = UNSET
    ca_sha256: None | str | Unset = UNSET
    ca_trusted_fingerprint: None | str | Unset = UNSET
    client_id: str | Unset = UNSET
    compression: OutputKafkaCompression | Unset = UNSET
    compression_level: int | Unset = UNSET
    config_yaml: None | str | Unset = UNSET
    connection_type: str | Unset = UNSET
    hash_: OutputKafkaHash | Unset = UNSET
    headers: list[OutputKafkaHeadersItem] | Unset = UNSET
    hosts: list[str] | Unset = UNSET
    id: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_default_monitoring: bool | Unset = UNSET
    is_internal: bool | Unset = UNSET
    is_preconfigured: bool | Unset = UNSET
    key: str | Unset = UNSET
    name: str | Unset = UNSET
    partition: OutputKafkaPartition | Unset = UNSET
    password: str | Unset = UNSET
    proxy_id: None | str | Unset = UNSET
    random: OutputKafkaRandom | Unset = UNSET
    required_acks: OutputKafkaRequiredAcks | Unset = UNSET
    round_robin: OutputKafkaRandom | Unset = UNSET
    sasl: None | OutputKafkaSaslType0 | Unset = UNSET
    secrets: OutputKafkaSecrets | Unset = UNSET
    shipper: None | OutputShipperType0 | Unset = UNSET
    ssl: None | OutputSslType0 | Unset = UNSET
    timeout: float | Unset = UNSET
    topic: str | Unset = UNSET
    type_: OutputKafkaType | Unset = UNSET
    username: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        secret = ["key", "password"]
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
        allow_edit: list[str] | Unset = UNSET
        if not isinstance(self.allow_edit, Unset):
            allow_edit = self.allow_edit

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        broker_timeout = self.broker_timeout

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

        client_id = self.client_id

        compression: str | Unset = UNSET
        if not isinstance(self.compression, Unset):
            compression = self.compression.value

        compression_level = self.compression_level

        config_yaml: None | str | Unset
        if isinstance(self.config_yaml, Unset):
            config_yaml = UNSET
        else:
            config_yaml = self.config_yaml

        connection_type = self.connection_type

        hash_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hash_, Unset):
            hash_ = self.hash_.to_dict()

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        hosts: list[str] | Unset = UNSET
        if not isinstance(self.hosts, Unset):
            hosts = self.hosts

        id = self.id

        is_default = self.is_default

        is_default_monitoring = self.is_default_monitoring

        is_internal = self.is_internal

        is_preconfigured = self.is_preconfigured

        key = self.key

        name = self.name

        partition: str | Unset = UNSET
        if not isinstance(self.partition, Unset):
            partition = self.partition.value

        password = self.password

        proxy_id: None | str | Unset
        if isinstance(self.proxy_id, Unset):
            proxy_id = UNSET
        else:
            proxy_id = self.proxy_id

        random: dict[str, Any] | Unset = UNSET
        if not isinstance(self.random, Unset):
            random = self.random.to_dict()

        required_acks: int | Unset = UNSET
        if not isinstance(self.required_acks, Unset):
            required_acks = self.required_acks.value

        round_robin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.round_robin, Unset):
            round_robin = self.round_robin.to_dict()

        sasl: dict[str, Any] | None | Unset
        if isinstance(self.sasl, Unset):
            sasl = UNSET
        elif isinstance(self.sasl, OutputKafkaSaslType0):
            sasl = self.sasl.to_dict()
        else:
            sasl = self.sasl

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

        timeout = self.timeout

        topic = self.topic

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        username = self.username

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_edit is not UNSET:
            field_dict["allow_edit"] = allow_edit
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if broker_timeout is not UNSET:
            field_dict["broker_timeout"] = broker_timeout
        if ca_sha256 is not UNSET:
            field_dict["ca_sha256"] = ca_sha256
        if ca_trusted_fingerprint is not UNSET:
            field_dict["ca_trusted_fingerprint"] = ca_trusted_fingerprint
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if compression is not UNSET:
            field_dict["compression"] = compression
        if compression_level is not UNSET:
            field_dict["compression_level"] = compression_level
        if config_yaml is not UNSET:
            field_dict["config_yaml"] = config_yaml
        if connection_type is not UNSET:
            field_dict["connection_type"] = connection_type
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if headers is not UNSET:
            field_dict["headers"] = headers
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
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if partition is not UNSET:
            field_dict["partition"] = partition
        if password is not UNSET:
            field_dict["password"] = password
        if proxy_id is not UNSET:
            field_dict["proxy_id"] = proxy_id
        if random is not UNSET:
            field_dict["random"] = random
        if required_acks is not UNSET:
            field_dict["required_acks"] = required_acks
        if round_robin is not UNSET:
            field_dict["round_robin"] = round_robin
        if sasl is not UNSET:
            field_dict["sasl"] = sasl
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if shipper is not UNSET:
            field_dict["shipper"] = shipper
        if ssl is not UNSET:
            field_dict["ssl"] = ssl
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if topic is not UNSET:
            field_dict["topic"] = topic
        if type_ is not UNSET:
            field_dict["type"] = type_
        if username is not UNSET:
            field_dict["username"] = username
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        allow_edit: list[str] | Unset = d.pop("allow_edit", UNSET)

        _auth_type = d.pop("auth_type", UNSET)
        auth_type: OutputKafkaAuthType | Unset
        if _auth_type is UNSET:
            auth_type = UNSET
        else:
            auth_type = OutputKafkaAuthType._from_value(_auth_type)

        broker_timeout = d.pop("broker_timeout", UNSET)

        ca_sha256: None | str | Unset = d.pop("ca_sha256", UNSET)

        ca_trusted_fingerprint: None | str | Unset = d.pop(
            "ca_trusted_fingerprint", UNSET
        )

        client_id = d.pop("client_id", UNSET)

        _compression = d.pop("compression", UNSET)
        compression: OutputKafkaCompression | Unset
        if _compression is UNSET:
            compression = UNSET
        else:
            compression = OutputKafkaCompression._from_value(_compression)

        compression_level = d.pop("compression_level", UNSET)

        config_yaml: None | str | Unset = d.pop("config_yaml", UNSET)

        connection_type = d.pop("connection_type", UNSET)

        _hash_ = d.pop("hash", UNSET)
        hash_: OutputKafkaHash | Unset
        if _hash_ is UNSET:
            hash_ = UNSET
        else:
            hash_ = OutputKafkaHash.from_dict(_hash_)

        _headers = d.pop("headers", UNSET)
        headers: list[OutputKafkaHeadersItem] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = OutputKafkaHeadersItem.from_dict(headers_item_data)

                headers.append(headers_item)

        hosts: list[str] | Unset = d.pop("hosts", UNSET)

        id = d.pop("id", UNSET)

        is_default = d.pop("is_default", UNSET)

        is_default_monitoring = d.pop("is_default_monitoring", UNSET)

        is_internal = d.pop("is_internal", UNSET)

        is_preconfigured = d.pop("is_preconfigured", UNSET)

        key = d.pop("key", UNSET)

        name = d.pop("name", UNSET)

        _partition = d.pop("partition", UNSET)
        partition: OutputKafkaPartition | Unset
        if _partition is UNSET:
            partition = UNSET
        else:
            partition = OutputKafkaPartition._from_value(_partition)

        password = d.pop("password", UNSET)

        proxy_id: None | str | Unset = d.pop("proxy_id", UNSET)

        _random = d.pop("random", UNSET)
        random: OutputKafkaRandom | Unset
        if _random is UNSET:
            random = UNSET
        else:
            random = OutputKafkaRandom.from_dict(_random)

        _required_acks = d.pop("required_acks", UNSET)
        required_acks: OutputKafkaRequiredAcks | Unset
        if _required_acks is UNSET:
            required_acks = UNSET
        else:
            required_acks = OutputKafkaRequiredAcks._from_value(_required_acks)

        _round_robin = d.pop("round_robin", UNSET)
        round_robin: OutputKafkaRandom | Unset
        if _round_robin is UNSET:
            round_robin = UNSET
        else:
            round_robin = OutputKafkaRandom.from_dict(_round_robin)

        _sasl_data = d.pop("sasl", UNSET)
        while True:
            if _sasl_data is None:
                sasl = _sasl_data
                break
            if _sasl_data is UNSET:
                sasl = _sasl_data
                break
            try:
                if not isinstance(_sasl_data, dict):
                    raise TypeError()
                sasl_type_0 = OutputKafkaSaslType0.from_dict(_sasl_data)

                sasl = sasl_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            sasl: None | OutputKafkaSaslType0 | Unset = _sasl_data
            break

        _secrets = d.pop("secrets", UNSET)
        secrets: OutputKafkaSecrets | Unset
        if _secrets is UNSET:
            secrets = UNSET
        else:
            secrets = OutputKafkaSecrets.from_dict(_secrets)

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

        timeout = d.pop("timeout", UNSET)

        topic = d.pop("topic", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: OutputKafkaType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = OutputKafkaType._from_value(_type_)

        username = d.pop("username", UNSET)

        version = d.pop("version", UNSET)

        _obj = cls.__new__(cls)
        _obj.allow_edit = allow_edit
        _obj.auth_type = auth_type
        _obj.broker_timeout = broker_timeout
        _obj.ca_sha256 = ca_sha256
        _obj.ca_trusted_fingerprint = ca_trusted_fingerprint
        _obj.client_id = client_id
        _obj.compression = compression
        _obj.compression_level = compression_level
        _obj.config_yaml = config_yaml
        _obj.connection_type = connection_type
        _obj.hash_ = hash_
        _obj.headers = headers
        _obj.hosts = hosts
        _obj.id = id
        _obj.is_default = is_default
        _obj.is_default_monitoring = is_default_monitoring
        _obj.is_internal = is_internal
        _obj.is_preconfigured = is_preconfigured
        _obj.key = key
        _obj.name = name
        _obj.partition = partition
        _obj.password = password
        _obj.proxy_id = proxy_id
        _obj.random = random
        _obj.required_acks = required_acks
        _obj.round_robin = round_robin
        _obj.sasl = sasl
        _obj.secrets = secrets
        _obj.shipper = shipper
        _obj.ssl = ssl
        _obj.timeout = timeout
        _obj.topic = topic
        _obj.type_ = type_
        _obj.username = username
        _obj.version = version

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
    global OutputKafkaHash
    global OutputKafkaHeadersItem
    global OutputKafkaRandom
    global OutputKafkaSaslType0
    global OutputKafkaSecrets
    global OutputShipperType0
    global OutputSslType0
    from ..models.output_kafka_hash import OutputKafkaHash
    from ..models.output_kafka_headers_item import OutputKafkaHeadersItem
    from ..models.output_kafka_random import OutputKafkaRandom
    from ..models.output_kafka_sasl_type_0 import OutputKafkaSaslType0
    from ..models.output_kafka_secrets import OutputKafkaSecrets
    from ..models.output_shipper_type_0 import OutputShipperType0
    from ..models.output_ssl_type_0 import OutputSslType0

    _models_imported = True

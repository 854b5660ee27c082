from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewOutputShipperType0")


@_attrs_define
class NewOutputShipperType0:
    """
    Attributes:
        compression_level (float | None):
        disk_queue_compression_enabled (bool | None):
        disk_queue_encryption_enabled (bool | None):
        disk_queue_max_size (float | None):
        disk_queue_path (None | str):
        loadbalance (bool | None):
        max_batch_bytes (float | None):
        mem_queue_events (float | None):
        queue_flush_timeout (float | None):
        disk_queue_enabled (bool | None | Unset):
    """

    compression_level: float | None
    disk_queue_compression_enabled: bool | None
    disk_queue_encryption_enabled: bool | None
    disk_queue_max_size: float | None
    disk_queue_path: None | str
    loadbalance: bool | None
    max_batch_bytes: float | None
    mem_queue_events: float | None
    queue_flush_timeout: float | None
    disk_queue_enabled: bool | None | Unset = UNSET
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
        compression_level: float | None
        compression_level = self.compression_level

        disk_queue_compression_enabled: bool | None
        disk_queue_compression_enabled = self.disk_queue_compression_enabled

        disk_queue_encryption_enabled: bool | None
        disk_queue_encryption_enabled = self.disk_queue_encryption_enabled

        disk_queue_max_size: float | None
        disk_queue_max_size = self.disk_queue_max_size

        disk_queue_path: None | str
        disk_queue_path = self.disk_queue_path

        loadbalance: bool | None
        loadbalance = self.loadbalance

        max_batch_bytes: float | None
        max_batch_bytes = self.max_batch_bytes

        mem_queue_events: float | None
        mem_queue_events = self.mem_queue_events

        queue_flush_timeout: float | None
        queue_flush_timeout = self.queue_flush_timeout

        disk_queue_enabled: bool | None | Unset
        if isinstance(self.disk_queue_enabled, Unset):
            disk_queue_enabled = UNSET
        else:
            disk_queue_enabled = self.disk_queue_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compression_level": compression_level,
                "disk_queue_compression_enabled": disk_queue_compression_enabled,
                "disk_queue_encryption_enabled": disk_queue_encryption_enabled,
                "disk_queue_max_size": disk_queue_max_size,
                "disk_queue_path": disk_queue_path,
                "loadbalance": loadbalance,
                "max_batch_bytes": max_batch_bytes,
                "mem_queue_events": mem_queue_events,
                "queue_flush_timeout": queue_flush_timeout,
            }
        )
        if disk_queue_enabled is not UNSET:
            field_dict["disk_queue_enabled"] = disk_queue_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        compression_level: float | None = d.pop("compression_level")

        disk_queue_compression_enabled: bool | None = d.pop(
            "disk_queue_compression_enabled"
        )

        disk_queue_encryption_enabled: bool | None = d.pop(
            "disk_queue_encryption_enabled"
        )

        disk_queue_max_size: float | None = d.pop("disk_queue_max_size")

        disk_queue_path: None | str = d.pop("disk_queue_path")

        loadbalance: bool | None = d.pop("loadbalance")

        max_batch_bytes: float | None = d.pop("max_batch_bytes")

        mem_queue_events: float | None = d.pop("mem_queue_events")

        queue_flush_timeout: float | None = d.pop("queue_flush_timeout")

        disk_queue_enabled: bool | None | Unset = d.pop("disk_queue_enabled", UNSET)

        _obj = cls.__new__(cls)
        _obj.compression_level = compression_level
        _obj.disk_queue_compression_enabled = disk_queue_compression_enabled
        _obj.disk_queue_encryption_enabled = disk_queue_encryption_enabled
        _obj.disk_queue_max_size = disk_queue_max_size
        _obj.disk_queue_path = disk_queue_path
        _obj.loadbalance = loadbalance
        _obj.max_batch_bytes = max_batch_bytes
        _obj.mem_queue_events = mem_queue_events
        _obj.queue_flush_timeout = queue_flush_timeout
        _obj.disk_queue_enabled = disk_queue_enabled

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

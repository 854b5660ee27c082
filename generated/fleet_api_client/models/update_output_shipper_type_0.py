from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOutputShipperType0")


@_attrs_define
class UpdateOutputShipperType0:
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
        _compression_level_data = d.pop("compression_level")
        while True:
            if _compression_level_data is None:
                compression_level = _compression_level_data
                break
            compression_level = cast("float | None", _compression_level_data)
            break

        _disk_queue_compression_enabled_data = d.pop("disk_queue_compression_enabled")
        while True:
            if _disk_queue_compression_enabled_data is None:
                disk_queue_compression_enabled = _disk_queue_compression_enabled_data
                break
            disk_queue_compression_enabled = cast(
                "bool | None", _disk_queue_compression_enabled_data
            )
            break

        _disk_queue_encryption_enabled_data = d.pop("disk_queue_encryption_enabled")
        while True:
            if _disk_queue_encryption_enabled_data is None:
                disk_queue_encryption_enabled = _disk_queue_encryption_enabled_data
                break
            disk_queue_encryption_enabled = cast(
                "bool | None", _disk_queue_encryption_enabled_data
            )
            break

        _disk_queue_max_size_data = d.pop("disk_queue_max_size")
        while True:
            if _disk_queue_max_size_data is None:
                disk_queue_max_size = _disk_queue_max_size_data
                break
            disk_queue_max_size = cast("float | None", _disk_queue_max_size_data)
            break

        _disk_queue_path_data = d.pop("disk_queue_path")
        while True:
            if _disk_queue_path_data is None:
                disk_queue_path = _disk_queue_path_data
                break
            disk_queue_path = cast("None | str", _disk_queue_path_data)
            break

        _loadbalance_data = d.pop("loadbalance")
        while True:
            if _loadbalance_data is None:
                loadbalance = _loadbalance_data
                break
            loadbalance = cast("bool | None", _loadbalance_data)
            break

        _max_batch_bytes_data = d.pop("max_batch_bytes")
        while True:
            if _max_batch_bytes_data is None:
                max_batch_bytes = _max_batch_bytes_data
                break
            max_batch_bytes = cast("float | None", _max_batch_bytes_data)
            break

        _mem_queue_events_data = d.pop("mem_queue_events")
        while True:
            if _mem_queue_events_data is None:
                mem_queue_events = _mem_queue_events_data
                break
            mem_queue_events = cast("float | None", _mem_queue_events_data)
            break

        _queue_flush_timeout_data = d.pop("queue_flush_timeout")
        while True:
            if _queue_flush_timeout_data is None:
                queue_flush_timeout = _queue_flush_timeout_data
                break
            queue_flush_timeout = cast("float | None", _queue_flush_timeout_data)
            break

        _disk_queue_enabled_data = d.pop("disk_queue_enabled", UNSET)
        while True:
            if _disk_queue_enabled_data is None:
                disk_queue_enabled = _disk_queue_enabled_data
                break
            if _disk_queue_enabled_data is UNSET:
                disk_queue_enabled = _disk_queue_enabled_data
                break
            disk_queue_enabled = cast("bool | None | Unset", _disk_queue_enabled_data)
            break

        update_output_shipper_type_0 = cls(
            compression_level=compression_level,
            disk_queue_compression_enabled=disk_queue_compression_enabled,
            disk_queue_encryption_enabled=disk_queue_encryption_enabled,
            disk_queue_max_size=disk_queue_max_size,
            disk_queue_path=disk_queue_path,
            loadbalance=loadbalance,
            max_batch_bytes=max_batch_bytes,
            mem_queue_events=mem_queue_events,
            queue_flush_timeout=queue_flush_timeout,
            disk_queue_enabled=disk_queue_enabled,
        )

        update_output_shipper_type_0.additional_properties = d
        return update_output_shipper_type_0

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

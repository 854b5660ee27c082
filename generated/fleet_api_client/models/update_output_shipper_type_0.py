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

        def _parse_compression_level(data: object) -> float | None:
            if data is None:
                return data
            return cast("float | None", data)

        compression_level = _parse_compression_level(d.pop("compression_level"))

        def _parse_disk_queue_compression_enabled(data: object) -> bool | None:
            if data is None:
                return data
            return cast("bool | None", data)

        disk_queue_compression_enabled = _parse_disk_queue_compression_enabled(
            d.pop("disk_queue_compression_enabled")
        )

        def _parse_disk_queue_encryption_enabled(data: object) -> bool | None:
            if data is None:
                return data
            return cast("bool | None", data)

        disk_queue_encryption_enabled = _parse_disk_queue_encryption_enabled(
            d.pop("disk_queue_encryption_enabled")
        )

        def _parse_disk_queue_max_size(data: object) -> float | None:
            if data is None:
                return data
            return cast("float | None", data)

        disk_queue_max_size = _parse_disk_queue_max_size(d.pop("disk_queue_max_size"))

        def _parse_disk_queue_path(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        disk_queue_path = _parse_disk_queue_path(d.pop("disk_queue_path"))

        def _parse_loadbalance(data: object) -> bool | None:
            if data is None:
                return data
            return cast("bool | None", data)

        loadbalance = _parse_loadbalance(d.pop("loadbalance"))

        def _parse_max_batch_bytes(data: object) -> float | None:
            if data is None:
                return data
            return cast("float | None", data)

        max_batch_bytes = _parse_max_batch_bytes(d.pop("max_batch_bytes"))

        def _parse_mem_queue_events(data: object) -> float | None:
            if data is None:
                return data
            return cast("float | None", data)

        mem_queue_events = _parse_mem_queue_events(d.pop("mem_queue_events"))

        def _parse_queue_flush_timeout(data: object) -> float | None:
            if data is None:
                return data
            return cast("float | None", data)

        queue_flush_timeout = _parse_queue_flush_timeout(d.pop("queue_flush_timeout"))

        def _parse_disk_queue_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        disk_queue_enabled = _parse_disk_queue_enabled(
            d.pop("disk_queue_enabled", UNSET)
        )

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

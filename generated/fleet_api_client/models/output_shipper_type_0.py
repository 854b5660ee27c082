from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="OutputShipperType0")


@_attrs_define
class OutputShipperType0:
    """
    Attributes:
        compression_level (float | None | Unset):
        disk_queue_compression_enabled (bool | None | Unset):
        disk_queue_enabled (bool | None | Unset):
        disk_queue_encryption_enabled (bool | None | Unset):
        disk_queue_max_size (float | None | Unset):
        disk_queue_path (None | str | Unset):
        loadbalance (bool | None | Unset):
        max_batch_bytes (float | None | Unset):
        mem_queue_events (float | None | Unset):
        queue_flush_timeout (float | None | Unset):
    """

    compression_level: float | None | Unset = UNSET
    disk_queue_compression_enabled: bool | None | Unset = UNSET
    disk_queue_enabled: bool | None | Unset = UNSET
    disk_queue_encryption_enabled: bool | None | Unset = UNSET
    disk_queue_max_size: float | None | Unset = UNSET
    disk_queue_path: None | str | Unset = UNSET
    loadbalance: bool | None | Unset = UNSET
    max_batch_bytes: float | None | Unset = UNSET
    mem_queue_events: float | None | Unset = UNSET
    queue_flush_timeout: float | None | Unset = UNSET
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
        compression_level: float | None | Unset
        if isinstance(self.compression_level, Unset):
            compression_level = UNSET
        else:
            compression_level = self.compression_level

        disk_queue_compression_enabled: bool | None | Unset
        if isinstance(self.disk_queue_compression_enabled, Unset):
            disk_queue_compression_enabled = UNSET
        else:
            disk_queue_compression_enabled = self.disk_queue_compression_enabled

        disk_queue_enabled: bool | None | Unset
        if isinstance(self.disk_queue_enabled, Unset):
            disk_queue_enabled = UNSET
        else:
            disk_queue_enabled = self.disk_queue_enabled

        disk_queue_encryption_enabled: bool | None | Unset
        if isinstance(self.disk_queue_encryption_enabled, Unset):
            disk_queue_encryption_enabled = UNSET
        else:
            disk_queue_encryption_enabled = self.disk_queue_encryption_enabled

        disk_queue_max_size: float | None | Unset
        if isinstance(self.disk_queue_max_size, Unset):
            disk_queue_max_size = UNSET
        else:
            disk_queue_max_size = self.disk_queue_max_size

        disk_queue_path: None | str | Unset
        if isinstance(self.disk_queue_path, Unset):
            disk_queue_path = UNSET
        else:
            disk_queue_path = self.disk_queue_path

        loadbalance: bool | None | Unset
        if isinstance(self.loadbalance, Unset):
            loadbalance = UNSET
        else:
            loadbalance = self.loadbalance

        max_batch_bytes: float | None | Unset
        if isinstance(self.max_batch_bytes, Unset):
            max_batch_bytes = UNSET
        else:
            max_batch_bytes = self.max_batch_bytes

        mem_queue_events: float | None | Unset
        if isinstance(self.mem_queue_events, Unset):
            mem_queue_events = UNSET
        else:
            mem_queue_events = self.mem_queue_events

        queue_flush_timeout: float | None | Unset
        if isinstance(self.queue_flush_timeout, Unset):
            queue_flush_timeout = UNSET
        else:
            queue_flush_timeout = self.queue_flush_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if compression_level is not UNSET:
            field_dict["compression_level"] = compression_level
        if disk_queue_compression_enabled is not UNSET:
            field_dict["disk_queue_compression_enabled"] = (
                disk_queue_compression_enabled
            )
        if disk_queue_enabled is not UNSET:
            field_dict["disk_queue_enabled"] = disk_queue_enabled
        if disk_queue_encryption_enabled is not UNSET:
            field_dict["disk_queue_encryption_enabled"] = disk_queue_encryption_enabled
        if disk_queue_max_size is not UNSET:
            field_dict["disk_queue_max_size"] = disk_queue_max_size
        if disk_queue_path is not UNSET:
            field_dict["disk_queue_path"] = disk_queue_path
        if loadbalance is not UNSET:
            field_dict["loadbalance"] = loadbalance
        if max_batch_bytes is not UNSET:
            field_dict["max_batch_bytes"] = max_batch_bytes
        if mem_queue_events is not UNSET:
            field_dict["mem_queue_events"] = mem_queue_events
        if queue_flush_timeout is not UNSET:
            field_dict["queue_flush_timeout"] = queue_flush_timeout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        compression_level: float | None | Unset = d.pop("compression_level", UNSET)

        disk_queue_compression_enabled: bool | None | Unset = d.pop(
            "disk_queue_compression_enabled", UNSET
        )

        disk_queue_enabled: bool | None | Unset = d.pop("disk_queue_enabled", UNSET)

        disk_queue_encryption_enabled: bool | None | Unset = d.pop(
            "disk_queue_encryption_enabled", UNSET
        )

        disk_queue_max_size: float | None | Unset = d.pop("disk_queue_max_size", UNSET)

        disk_queue_path: None | str | Unset = d.pop("disk_queue_path", UNSET)

        loadbalance: bool | None | Unset = d.pop("loadbalance", UNSET)

        max_batch_bytes: float | None | Unset = d.pop("max_batch_bytes", UNSET)

        mem_queue_events: float | None | Unset = d.pop("mem_queue_events", UNSET)

        queue_flush_timeout: float | None | Unset = d.pop("queue_flush_timeout", UNSET)

        _obj = cls.__new__(cls)
        _obj.compression_level = compression_level
        _obj.disk_queue_compression_enabled = disk_queue_compression_enabled
        _obj.disk_queue_enabled = disk_queue_enabled
        _obj.disk_queue_encryption_enabled = disk_queue_encryption_enabled
        _obj.disk_queue_max_size = disk_queue_max_size
        _obj.disk_queue_path = disk_queue_path
        _obj.loadbalance = loadbalance
        _obj.max_batch_bytes = max_batch_bytes
        _obj.mem_queue_events = mem_queue_events
        _obj.queue_flush_timeout = queue_flush_timeout

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

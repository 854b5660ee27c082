from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentStatusSummary")


@_attrs_define
class AgentStatusSummary:
    """
    Attributes:
        active (float | Unset):
        all_ (float | Unset):
        error (float | Unset):
        events (float | Unset):
        inactive (float | Unset):
        offline (float | Unset):
        online (float | Unset):
        orphaned (float | Unset):
        other (float | Unset):
        unenrolled (float | Unset):
        uninstalled (float | Unset):
        updating (float | Unset):
    """

    active: float | Unset = UNSET
    all_: float | Unset = UNSET
    error: float | Unset = UNSET
    events: float | Unset = UNSET
    inactive: float | Unset = UNSET
    offline: float | Unset = UNSET
    online: float | Unset = UNSET
    orphaned: float | Unset = UNSET
    other: float | Unset = UNSET
    unenrolled: float | Unset = UNSET
    uninstalled: float | Unset = UNSET
    updating: float | Unset = UNSET
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
        active = self.active

        all_ = self.all_

        error = self.error

        events = self.events

        inactive = self.inactive

        offline = self.offline

        online = self.online

        orphaned = self.orphaned

        other = self.other

        unenrolled = self.unenrolled

        uninstalled = self.uninstalled

        updating = self.updating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if all_ is not UNSET:
            field_dict["all"] = all_
        if error is not UNSET:
            field_dict["error"] = error
        if events is not UNSET:
            field_dict["events"] = events
        if inactive is not UNSET:
            field_dict["inactive"] = inactive
        if offline is not UNSET:
            field_dict["offline"] = offline
        if online is not UNSET:
            field_dict["online"] = online
        if orphaned is not UNSET:
            field_dict["orphaned"] = orphaned
        if other is not UNSET:
            field_dict["other"] = other
        if unenrolled is not UNSET:
            field_dict["unenrolled"] = unenrolled
        if uninstalled is not UNSET:
            field_dict["uninstalled"] = uninstalled
        if updating is not UNSET:
            field_dict["updating"] = updating

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        all_ = d.pop("all", UNSET)

        error = d.pop("error", UNSET)

        events = d.pop("events", UNSET)

        inactive = d.pop("inactive", UNSET)

        offline = d.pop("offline", UNSET)

        online = d.pop("online", UNSET)

        orphaned = d.pop("orphaned", UNSET)

        other = d.pop("other", UNSET)

        unenrolled = d.pop("unenrolled", UNSET)

        uninstalled = d.pop("uninstalled", UNSET)

        updating = d.pop("updating", UNSET)

        _obj = cls.__new__(cls)
        _obj.active = active
        _obj.all_ = all_
        _obj.error = error
        _obj.events = events
        _obj.inactive = inactive
        _obj.offline = offline
        _obj.online = online
        _obj.orphaned = orphaned
        _obj.other = other
        _obj.unenrolled = unenrolled
        _obj.uninstalled = uninstalled
        _obj.updating = updating

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

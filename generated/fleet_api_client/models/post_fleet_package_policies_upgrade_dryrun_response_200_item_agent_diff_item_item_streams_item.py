from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.full_agent_policy_input_item_stream_item_data_stream import (
        FullAgentPolicyInputItemStreamItemDataStream,
    )


T = TypeVar(
    "T",
    bound="PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItemStreamsItem",
)


@_attrs_define
class PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItemStreamsItem:
    """
    Attributes:
        data_stream (FullAgentPolicyInputItemStreamItemDataStream | Unset):
        id (str | Unset):
    """

    data_stream: FullAgentPolicyInputItemStreamItemDataStream | Unset = UNSET
    id: str | Unset = UNSET
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
        data_stream: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_stream, Unset):
            data_stream = self.data_stream.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_stream is not UNSET:
            field_dict["data_stream"] = data_stream
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _data_stream = d.pop("data_stream", UNSET)
        data_stream: FullAgentPolicyInputItemStreamItemDataStream | Unset
        if _data_stream is UNSET:
            data_stream = UNSET
        else:
            data_stream = FullAgentPolicyInputItemStreamItemDataStream.from_dict(
                _data_stream
            )

        id = d.pop("id", UNSET)

        _obj = cls.__new__(cls)
        _obj.data_stream = data_stream
        _obj.id = id

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
    global FullAgentPolicyInputItemStreamItemDataStream
    from ..models.full_agent_policy_input_item_stream_item_data_stream import (
        FullAgentPolicyInputItemStreamItemDataStream,
    )

    _models_imported = True

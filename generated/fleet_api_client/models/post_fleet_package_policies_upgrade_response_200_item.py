from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_response import MessageResponse


T = TypeVar("T", bound="PostFleetPackagePoliciesUpgradeResponse200Item")


@_attrs_define
class PostFleetPackagePoliciesUpgradeResponse200Item:
    """
    Attributes:
        id (str):
        body (MessageResponse | Unset):
        name (str | Unset):
        status_code (float | Unset):
        success (bool | Unset):
    """

    id: str
    body: MessageResponse | Unset = UNSET
    name: str | Unset = UNSET
    status_code: float | Unset = UNSET
    success: bool | Unset = UNSET
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
        id = self.id

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        name = self.name

        status_code = self.status_code

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if name is not UNSET:
            field_dict["name"] = name
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        id = d.pop("id")

        _body = d.pop("body", UNSET)
        body: MessageResponse | Unset
        if _body is UNSET:
            body = UNSET
        else:
            body = MessageResponse.from_dict(_body)

        name = d.pop("name", UNSET)

        status_code = d.pop("statusCode", UNSET)

        success = d.pop("success", UNSET)

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.body = body
        _obj.name = name
        _obj.status_code = status_code
        _obj.success = success

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
    global MessageResponse
    from ..models.message_response import MessageResponse

    _models_imported = True

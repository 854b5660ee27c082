from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_fleet_setup_response_200_non_fatal_errors_item import (
        PostFleetSetupResponse200NonFatalErrorsItem,
    )


T = TypeVar("T", bound="PostFleetSetupResponse200")


@_attrs_define
class PostFleetSetupResponse200:
    """
    Attributes:
        is_initialized (bool | Unset):
        non_fatal_errors (list[PostFleetSetupResponse200NonFatalErrorsItem] | Unset):
    """

    is_initialized: bool | Unset = UNSET
    non_fatal_errors: list[PostFleetSetupResponse200NonFatalErrorsItem] | Unset = UNSET
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
        is_initialized = self.is_initialized

        non_fatal_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.non_fatal_errors, Unset):
            non_fatal_errors = []
            for non_fatal_errors_item_data in self.non_fatal_errors:
                non_fatal_errors_item = non_fatal_errors_item_data.to_dict()
                non_fatal_errors.append(non_fatal_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_initialized is not UNSET:
            field_dict["isInitialized"] = is_initialized
        if non_fatal_errors is not UNSET:
            field_dict["nonFatalErrors"] = non_fatal_errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        is_initialized = d.pop("isInitialized", UNSET)

        _non_fatal_errors = d.pop("nonFatalErrors", UNSET)
        non_fatal_errors: list[PostFleetSetupResponse200NonFatalErrorsItem] | Unset = (
            UNSET
        )
        if _non_fatal_errors is not UNSET:
            non_fatal_errors = []
            for non_fatal_errors_item_data in _non_fatal_errors:
                non_fatal_errors_item = (
                    PostFleetSetupResponse200NonFatalErrorsItem.from_dict(
                        non_fatal_errors_item_data
                    )
                )

                non_fatal_errors.append(non_fatal_errors_item)

        _obj = cls.__new__(cls)
        _obj.is_initialized = is_initialized
        _obj.non_fatal_errors = non_fatal_errors

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
    global PostFleetSetupResponse200NonFatalErrorsItem
    from ..models.post_fleet_setup_response_200_non_fatal_errors_item import (
        PostFleetSetupResponse200NonFatalErrorsItem,
    )

    _models_imported = True

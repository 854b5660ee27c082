from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_fleet_agentless_policies_body_inputs_additional_property_streams_additional_property_vars import (
        PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreamsAdditionalPropertyVars,
    )


T = TypeVar(
    "T",
    bound="PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreamsAdditionalProperty",
)


@_attrs_define
class PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreamsAdditionalProperty:
    """
    Attributes:
        enabled (bool | Unset):
        vars_ (PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreamsAdditionalPropertyVars | Unset):
    """

    enabled: bool | Unset = UNSET
    vars_: (
        PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreamsAdditionalPropertyVars
        | Unset
    ) = UNSET
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
        enabled = self.enabled

        vars_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vars_, Unset):
            vars_ = self.vars_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if vars_ is not UNSET:
            field_dict["vars"] = vars_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        _vars_ = d.pop("vars", UNSET)
        vars_: (
            PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreamsAdditionalPropertyVars
            | Unset
        )
        if _vars_ is UNSET:
            vars_ = UNSET
        else:
            vars_ = PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreamsAdditionalPropertyVars.from_dict(
                _vars_
            )

        _obj = cls.__new__(cls)
        _obj.enabled = enabled
        _obj.vars_ = vars_

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
    global \
        PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreamsAdditionalPropertyVars
    from ..models.post_fleet_agentless_policies_body_inputs_additional_property_streams_additional_property_vars import (
        PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreamsAdditionalPropertyVars,
    )

    _models_imported = True

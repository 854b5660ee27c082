from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_fleet_agentless_policies_body_inputs_additional_property_streams import (
        PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreams,
    )
    from ..models.post_fleet_agentless_policies_body_inputs_additional_property_vars import (
        PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyVars,
    )


T = TypeVar("T", bound="PostFleetAgentlessPoliciesBodyInputsAdditionalProperty")


@_attrs_define
class PostFleetAgentlessPoliciesBodyInputsAdditionalProperty:
    """
    Attributes:
        enabled (bool | Unset):
        streams (PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreams | Unset):
        vars_ (PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyVars | Unset):
    """

    enabled: bool | Unset = UNSET
    streams: PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreams | Unset = (
        UNSET
    )
    vars_: PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyVars | Unset = UNSET
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

        streams: dict[str, Any] | Unset = UNSET
        if not isinstance(self.streams, Unset):
            streams = self.streams.to_dict()

        vars_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vars_, Unset):
            vars_ = self.vars_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if streams is not UNSET:
            field_dict["streams"] = streams
        if vars_ is not UNSET:
            field_dict["vars"] = vars_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        _streams = d.pop("streams", UNSET)
        streams: PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreams | Unset
        if _streams is UNSET:
            streams = UNSET
        else:
            streams = (
                PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreams.from_dict(
                    _streams
                )
            )

        _vars_ = d.pop("vars", UNSET)
        vars_: PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyVars | Unset
        if _vars_ is UNSET:
            vars_ = UNSET
        else:
            vars_ = (
                PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyVars.from_dict(
                    _vars_
                )
            )

        _obj = cls.__new__(cls)
        _obj.enabled = enabled
        _obj.streams = streams
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
    global PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreams
    global PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyVars
    from ..models.post_fleet_agentless_policies_body_inputs_additional_property_streams import (
        PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyStreams,
    )
    from ..models.post_fleet_agentless_policies_body_inputs_additional_property_vars import (
        PostFleetAgentlessPoliciesBodyInputsAdditionalPropertyVars,
    )

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_fleet_agentless_policies_response_200_item_inputs_type_0_item_streams_item_release import (
    PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemRelease,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_fleet_agentless_policies_response_200_item_inputs_type_0_item_streams_item_config import (
        PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemConfig,
    )
    from ..models.post_fleet_agentless_policies_response_200_item_inputs_type_0_item_streams_item_data_stream import (
        PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemDataStream,
    )
    from ..models.post_fleet_agentless_policies_response_200_item_inputs_type_0_item_streams_item_vars import (
        PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemVars,
    )


T = TypeVar(
    "T", bound="PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItem"
)


@_attrs_define
class PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItem:
    """
    Attributes:
        compiled_stream (Any | Unset):
        config (PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemConfig | Unset):
        data_stream (PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemDataStream | Unset):
        enabled (bool | Unset):
        id (str | Unset):
        keep_enabled (bool | Unset):
        release (PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemRelease | Unset):
        vars_ (PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemVars | Unset):
    """

    compiled_stream: Any | Unset = UNSET
    config: (
        PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemConfig
        | Unset
    ) = UNSET
    data_stream: (
        PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemDataStream
        | Unset
    ) = UNSET
    enabled: bool | Unset = UNSET
    id: str | Unset = UNSET
    keep_enabled: bool | Unset = UNSET
    release: (
        PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemRelease
        | Unset
    ) = UNSET
    vars_: (
        PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemVars | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
        compiled_stream = self.compiled_stream

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        data_stream: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_stream, Unset):
            data_stream = self.data_stream.to_dict()

        enabled = self.enabled

        id = self.id

        keep_enabled = self.keep_enabled

        release: str | Unset = UNSET
        if not isinstance(self.release, Unset):
            release = self.release.value

        vars_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vars_, Unset):
            vars_ = self.vars_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if compiled_stream is not UNSET:
            field_dict["compiled_stream"] = compiled_stream
        if config is not UNSET:
            field_dict["config"] = config
        if data_stream is not UNSET:
            field_dict["data_stream"] = data_stream
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if id is not UNSET:
            field_dict["id"] = id
        if keep_enabled is not UNSET:
            field_dict["keep_enabled"] = keep_enabled
        if release is not UNSET:
            field_dict["release"] = release
        if vars_ is not UNSET:
            field_dict["vars"] = vars_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        compiled_stream = d.pop("compiled_stream", UNSET)

        _config = d.pop("config", UNSET)
        config: (
            PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemConfig
            | Unset
        )
        if _config is UNSET:
            config = UNSET
        else:
            config = PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemConfig.from_dict(
                _config
            )

        _data_stream = d.pop("data_stream", UNSET)
        data_stream: (
            PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemDataStream
            | Unset
        )
        if _data_stream is UNSET:
            data_stream = UNSET
        else:
            data_stream = PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemDataStream.from_dict(
                _data_stream
            )

        enabled = d.pop("enabled", UNSET)

        id = d.pop("id", UNSET)

        keep_enabled = d.pop("keep_enabled", UNSET)

        _release = d.pop("release", UNSET)
        release: (
            PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemRelease
            | Unset
        )
        if _release is UNSET:
            release = UNSET
        else:
            release = PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemRelease._from_value(
                _release
            )

        _vars_ = d.pop("vars", UNSET)
        vars_: (
            PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemVars
            | Unset
        )
        if _vars_ is UNSET:
            vars_ = UNSET
        else:
            vars_ = PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemVars.from_dict(
                _vars_
            )

        post_fleet_agentless_policies_response_200_item_inputs_type_0_item_streams_item = cls(
            compiled_stream=compiled_stream,
            config=config,
            data_stream=data_stream,
            enabled=enabled,
            id=id,
            keep_enabled=keep_enabled,
            release=release,
            vars_=vars_,
        )

        post_fleet_agentless_policies_response_200_item_inputs_type_0_item_streams_item.additional_properties = d
        return post_fleet_agentless_policies_response_200_item_inputs_type_0_item_streams_item

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
    global PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemConfig
    global PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemDataStream
    global PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemVars
    from ..models.post_fleet_agentless_policies_response_200_item_inputs_type_0_item_streams_item_config import (
        PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemConfig,
    )
    from ..models.post_fleet_agentless_policies_response_200_item_inputs_type_0_item_streams_item_data_stream import (
        PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemDataStream,
    )
    from ..models.post_fleet_agentless_policies_response_200_item_inputs_type_0_item_streams_item_vars import (
        PostFleetAgentlessPoliciesResponse200ItemInputsType0ItemStreamsItemVars,
    )

    _models_imported = True

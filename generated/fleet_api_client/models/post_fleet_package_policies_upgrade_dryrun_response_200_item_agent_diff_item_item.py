from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.full_agent_policy_input_item_data_stream import (
        FullAgentPolicyInputItemDataStream,
    )
    from ..models.full_agent_policy_input_item_meta import FullAgentPolicyInputItemMeta
    from ..models.full_agent_policy_input_item_processor_item import (
        FullAgentPolicyInputItemProcessorItem,
    )
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_agent_diff_item_item_streams_item import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItemStreamsItem,
    )


T = TypeVar(
    "T", bound="PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItem"
)


@_attrs_define
class PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItem:
    """
    Attributes:
        id (str):
        data_stream (FullAgentPolicyInputItemDataStream | Unset):
        meta (FullAgentPolicyInputItemMeta | Unset):
        name (str | Unset):
        package_policy_id (str | Unset):
        processors (list[FullAgentPolicyInputItemProcessorItem] | Unset):
        revision (float | Unset):
        streams (list[PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItemStreamsItem] | Unset):
        type_ (str | Unset):
        use_output (str | Unset):
    """

    id: str
    data_stream: FullAgentPolicyInputItemDataStream | Unset = UNSET
    meta: FullAgentPolicyInputItemMeta | Unset = UNSET
    name: str | Unset = UNSET
    package_policy_id: str | Unset = UNSET
    processors: list[FullAgentPolicyInputItemProcessorItem] | Unset = UNSET
    revision: float | Unset = UNSET
    streams: (
        list[
            PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItemStreamsItem
        ]
        | Unset
    ) = UNSET
    type_: str | Unset = UNSET
    use_output: str | Unset = UNSET
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

        data_stream: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_stream, Unset):
            data_stream = self.data_stream.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        name = self.name

        package_policy_id = self.package_policy_id

        processors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.processors, Unset):
            processors = []
            for processors_item_data in self.processors:
                processors_item = processors_item_data.to_dict()
                processors.append(processors_item)

        revision = self.revision

        streams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.streams, Unset):
            streams = []
            for streams_item_data in self.streams:
                streams_item = streams_item_data.to_dict()
                streams.append(streams_item)

        type_ = self.type_

        use_output = self.use_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if data_stream is not UNSET:
            field_dict["data_stream"] = data_stream
        if meta is not UNSET:
            field_dict["meta"] = meta
        if name is not UNSET:
            field_dict["name"] = name
        if package_policy_id is not UNSET:
            field_dict["package_policy_id"] = package_policy_id
        if processors is not UNSET:
            field_dict["processors"] = processors
        if revision is not UNSET:
            field_dict["revision"] = revision
        if streams is not UNSET:
            field_dict["streams"] = streams
        if type_ is not UNSET:
            field_dict["type"] = type_
        if use_output is not UNSET:
            field_dict["use_output"] = use_output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        id = d.pop("id")

        _data_stream = d.pop("data_stream", UNSET)
        data_stream: FullAgentPolicyInputItemDataStream | Unset
        if _data_stream is UNSET:
            data_stream = UNSET
        else:
            data_stream = FullAgentPolicyInputItemDataStream.from_dict(_data_stream)

        _meta = d.pop("meta", UNSET)
        meta: FullAgentPolicyInputItemMeta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = FullAgentPolicyInputItemMeta.from_dict(_meta)

        name = d.pop("name", UNSET)

        package_policy_id = d.pop("package_policy_id", UNSET)

        _processors = d.pop("processors", UNSET)
        processors: list[FullAgentPolicyInputItemProcessorItem] | Unset = UNSET
        if _processors is not UNSET:
            processors = []
            for processors_item_data in _processors:
                processors_item = FullAgentPolicyInputItemProcessorItem.from_dict(
                    processors_item_data
                )

                processors.append(processors_item)

        revision = d.pop("revision", UNSET)

        _streams = d.pop("streams", UNSET)
        streams: (
            list[
                PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItemStreamsItem
            ]
            | Unset
        ) = UNSET
        if _streams is not UNSET:
            streams = []
            for streams_item_data in _streams:
                streams_item = PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItemStreamsItem.from_dict(
                    streams_item_data
                )

                streams.append(streams_item)

        type_ = d.pop("type", UNSET)

        use_output = d.pop("use_output", UNSET)

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.data_stream = data_stream
        _obj.meta = meta
        _obj.name = name
        _obj.package_policy_id = package_policy_id
        _obj.processors = processors
        _obj.revision = revision
        _obj.streams = streams
        _obj.type_ = type_
        _obj.use_output = use_output

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
    global FullAgentPolicyInputItemDataStream
    global FullAgentPolicyInputItemMeta
    global FullAgentPolicyInputItemProcessorItem
    global \
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItemStreamsItem
    from ..models.full_agent_policy_input_item_data_stream import (
        FullAgentPolicyInputItemDataStream,
    )
    from ..models.full_agent_policy_input_item_meta import FullAgentPolicyInputItemMeta
    from ..models.full_agent_policy_input_item_processor_item import (
        FullAgentPolicyInputItemProcessorItem,
    )
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_agent_diff_item_item_streams_item import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItemStreamsItem,
    )

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_config import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemConfig,
    )
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItem,
    )
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_vars import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemVars,
    )


T = TypeVar(
    "T",
    bound="PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItem",
)


@_attrs_define
class PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItem:
    """
    Attributes:
        compiled_input (Any | Unset):
        config (PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemConfig | Unset):
        enabled (bool | Unset):
        id (str | Unset):
        keep_enabled (bool | Unset):
        policy_template (str | Unset):
        streams (list[PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItem] | Unset):
        type_ (str | Unset):
        vars_ (PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemVars | Unset):
    """

    compiled_input: Any | Unset = UNSET
    config: (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemConfig
        | Unset
    ) = UNSET
    enabled: bool | Unset = UNSET
    id: str | Unset = UNSET
    keep_enabled: bool | Unset = UNSET
    policy_template: str | Unset = UNSET
    streams: (
        list[
            PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItem
        ]
        | Unset
    ) = UNSET
    type_: str | Unset = UNSET
    vars_: (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemVars
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
        compiled_input = self.compiled_input

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        enabled = self.enabled

        id = self.id

        keep_enabled = self.keep_enabled

        policy_template = self.policy_template

        streams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.streams, Unset):
            streams = []
            for streams_item_data in self.streams:
                streams_item = streams_item_data.to_dict()
                streams.append(streams_item)

        type_ = self.type_

        vars_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vars_, Unset):
            vars_ = self.vars_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if compiled_input is not UNSET:
            field_dict["compiled_input"] = compiled_input
        if config is not UNSET:
            field_dict["config"] = config
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if id is not UNSET:
            field_dict["id"] = id
        if keep_enabled is not UNSET:
            field_dict["keep_enabled"] = keep_enabled
        if policy_template is not UNSET:
            field_dict["policy_template"] = policy_template
        if streams is not UNSET:
            field_dict["streams"] = streams
        if type_ is not UNSET:
            field_dict["type"] = type_
        if vars_ is not UNSET:
            field_dict["vars"] = vars_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        compiled_input = d.pop("compiled_input", UNSET)

        _config = d.pop("config", UNSET)
        config: (
            PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemConfig
            | Unset
        )
        if _config is UNSET:
            config = UNSET
        else:
            config = PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemConfig.from_dict(
                _config
            )

        enabled = d.pop("enabled", UNSET)

        id = d.pop("id", UNSET)

        keep_enabled = d.pop("keep_enabled", UNSET)

        policy_template = d.pop("policy_template", UNSET)

        _streams = d.pop("streams", UNSET)
        streams: (
            list[
                PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItem
            ]
            | Unset
        ) = UNSET
        if _streams is not UNSET:
            streams = []
            for streams_item_data in _streams:
                streams_item = PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItem.from_dict(
                    streams_item_data
                )

                streams.append(streams_item)

        type_ = d.pop("type", UNSET)

        _vars_ = d.pop("vars", UNSET)
        vars_: (
            PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemVars
            | Unset
        )
        if _vars_ is UNSET:
            vars_ = UNSET
        else:
            vars_ = PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemVars.from_dict(
                _vars_
            )

        _obj = cls.__new__(cls)
        _obj.compiled_input = compiled_input
        _obj.config = config
        _obj.enabled = enabled
        _obj.id = id
        _obj.keep_enabled = keep_enabled
        _obj.policy_template = policy_template
        _obj.streams = streams
        _obj.type_ = type_
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
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemConfig
    global \
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItem
    global \
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemVars
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_config import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemConfig,
    )
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItem,
    )
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_vars import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemVars,
    )

    _models_imported = True

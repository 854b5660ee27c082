from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_release import (
    PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemRelease,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_config import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemConfig,
    )
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_data_stream import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStream,
    )
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_vars import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemVars,
    )


T = TypeVar(
    "T",
    bound="PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItem",
)


@_attrs_define
class PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItem:
    """
    Attributes:
        compiled_stream (Any | Unset):
        config (PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemConfig | Unset):
        data_stream (PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStream |
            Unset):
        enabled (bool | Unset):
        id (str | Unset):
        keep_enabled (bool | Unset):
        release (PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemRelease | Unset):
        vars_ (PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemVars | Unset):
    """

    compiled_stream: Any | Unset = UNSET
    config: (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemConfig
        | Unset
    ) = UNSET
    data_stream: (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStream
        | Unset
    ) = UNSET
    enabled: bool | Unset = UNSET
    id: str | Unset = UNSET
    keep_enabled: bool | Unset = UNSET
    release: (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemRelease
        | Unset
    ) = UNSET
    vars_: (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemVars
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
            PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemConfig
            | Unset
        )
        if _config is UNSET:
            config = UNSET
        else:
            config = PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemConfig.from_dict(
                _config
            )

        _data_stream = d.pop("data_stream", UNSET)
        data_stream: (
            PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStream
            | Unset
        )
        if _data_stream is UNSET:
            data_stream = UNSET
        else:
            data_stream = PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStream.from_dict(
                _data_stream
            )

        enabled = d.pop("enabled", UNSET)

        id = d.pop("id", UNSET)

        keep_enabled = d.pop("keep_enabled", UNSET)

        _release = d.pop("release", UNSET)
        release: (
            PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemRelease
            | Unset
        )
        if _release is UNSET:
            release = UNSET
        else:
            release = PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemRelease._from_value(
                _release
            )

        _vars_ = d.pop("vars", UNSET)
        vars_: (
            PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemVars
            | Unset
        )
        if _vars_ is UNSET:
            vars_ = UNSET
        else:
            vars_ = PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemVars.from_dict(
                _vars_
            )

        _obj = cls.__new__(cls)
        _obj.compiled_stream = compiled_stream
        _obj.config = config
        _obj.data_stream = data_stream
        _obj.enabled = enabled
        _obj.id = id
        _obj.keep_enabled = keep_enabled
        _obj.release = release
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
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemConfig
    global \
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStream
    global \
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemVars
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_config import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemConfig,
    )
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_data_stream import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStream,
    )
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_vars import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemVars,
    )

    _models_imported = True

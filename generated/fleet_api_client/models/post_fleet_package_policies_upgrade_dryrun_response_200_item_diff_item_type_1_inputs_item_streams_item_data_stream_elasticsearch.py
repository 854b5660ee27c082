from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_data_stream_elasticsearch_privileges import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStreamElasticsearchPrivileges,
    )


T = TypeVar(
    "T",
    bound="PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStreamElasticsearch",
)


@_attrs_define
class PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStreamElasticsearch:
    """
    Attributes:
        dynamic_dataset (bool | Unset):
        dynamic_namespace (bool | Unset):
        privileges (PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStreamElas
            ticsearchPrivileges | Unset):
    """

    dynamic_dataset: bool | Unset = UNSET
    dynamic_namespace: bool | Unset = UNSET
    privileges: (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStreamElasticsearchPrivileges
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
        dynamic_dataset = self.dynamic_dataset

        dynamic_namespace = self.dynamic_namespace

        privileges: dict[str, Any] | Unset = UNSET
        if not isinstance(self.privileges, Unset):
            privileges = self.privileges.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dynamic_dataset is not UNSET:
            field_dict["dynamic_dataset"] = dynamic_dataset
        if dynamic_namespace is not UNSET:
            field_dict["dynamic_namespace"] = dynamic_namespace
        if privileges is not UNSET:
            field_dict["privileges"] = privileges

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        dynamic_dataset = d.pop("dynamic_dataset", UNSET)

        dynamic_namespace = d.pop("dynamic_namespace", UNSET)

        _privileges = d.pop("privileges", UNSET)
        privileges: (
            PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStreamElasticsearchPrivileges
            | Unset
        )
        if _privileges is UNSET:
            privileges = UNSET
        else:
            privileges = PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStreamElasticsearchPrivileges.from_dict(
                _privileges
            )

        _obj = cls.__new__(cls)
        _obj.dynamic_dataset = dynamic_dataset
        _obj.dynamic_namespace = dynamic_namespace
        _obj.privileges = privileges

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
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStreamElasticsearchPrivileges
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item_streams_item_data_stream_elasticsearch_privileges import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItemStreamsItemDataStreamElasticsearchPrivileges,
    )

    _models_imported = True

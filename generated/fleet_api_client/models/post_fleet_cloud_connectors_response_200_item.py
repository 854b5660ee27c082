from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_fleet_cloud_connectors_response_200_item_vars import (
        PostFleetCloudConnectorsResponse200ItemVars,
    )


T = TypeVar("T", bound="PostFleetCloudConnectorsResponse200Item")


@_attrs_define
class PostFleetCloudConnectorsResponse200Item:
    """
    Attributes:
        id (str):
        cloud_provider (str | Unset):
        created_at (str | Unset):
        name (str | Unset):
        namespace (str | Unset):
        package_policy_count (float | Unset):
        updated_at (str | Unset):
        vars_ (PostFleetCloudConnectorsResponse200ItemVars | Unset):
    """

    id: str
    cloud_provider: str | Unset = UNSET
    created_at: str | Unset = UNSET
    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    package_policy_count: float | Unset = UNSET
    updated_at: str | Unset = UNSET
    vars_: PostFleetCloudConnectorsResponse200ItemVars | Unset = UNSET
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

        cloud_provider = self.cloud_provider

        created_at = self.created_at

        name = self.name

        namespace = self.namespace

        package_policy_count = self.package_policy_count

        updated_at = self.updated_at

        vars_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vars_, Unset):
            vars_ = self.vars_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if cloud_provider is not UNSET:
            field_dict["cloudProvider"] = cloud_provider
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if package_policy_count is not UNSET:
            field_dict["packagePolicyCount"] = package_policy_count
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if vars_ is not UNSET:
            field_dict["vars"] = vars_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        id = d.pop("id")

        cloud_provider = d.pop("cloudProvider", UNSET)

        created_at = d.pop("created_at", UNSET)

        name = d.pop("name", UNSET)

        namespace = d.pop("namespace", UNSET)

        package_policy_count = d.pop("packagePolicyCount", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        _vars_ = d.pop("vars", UNSET)
        vars_: PostFleetCloudConnectorsResponse200ItemVars | Unset
        if _vars_ is UNSET:
            vars_ = UNSET
        else:
            vars_ = PostFleetCloudConnectorsResponse200ItemVars.from_dict(_vars_)

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.cloud_provider = cloud_provider
        _obj.created_at = created_at
        _obj.name = name
        _obj.namespace = namespace
        _obj.package_policy_count = package_policy_count
        _obj.updated_at = updated_at
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
    global PostFleetCloudConnectorsResponse200ItemVars
    from ..models.post_fleet_cloud_connectors_response_200_item_vars import (
        PostFleetCloudConnectorsResponse200ItemVars,
    )

    _models_imported = True

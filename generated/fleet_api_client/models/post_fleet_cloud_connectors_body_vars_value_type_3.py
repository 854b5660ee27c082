from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_fleet_cloud_connectors_body_vars_value_type_3_value_type_1 import (
        PostFleetCloudConnectorsBodyVarsValueType3ValueType1,
    )


T = TypeVar("T", bound="PostFleetCloudConnectorsBodyVarsValueType3")


@_attrs_define
class PostFleetCloudConnectorsBodyVarsValueType3:
    """
    Attributes:
        type_ (str):
        value (PostFleetCloudConnectorsBodyVarsValueType3ValueType1 | str):
        frozen (bool | Unset):
    """

    type_: str
    value: PostFleetCloudConnectorsBodyVarsValueType3ValueType1 | str
    frozen: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.post_fleet_cloud_connectors_body_vars_value_type_3_value_type_1 import (
            PostFleetCloudConnectorsBodyVarsValueType3ValueType1,
        )

        type_ = self.type_

        value: dict[str, Any] | str
        if isinstance(self.value, PostFleetCloudConnectorsBodyVarsValueType3ValueType1):
            value = self.value.to_dict()
        else:
            value = self.value

        frozen = self.frozen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )
        if frozen is not UNSET:
            field_dict["frozen"] = frozen

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.post_fleet_cloud_connectors_body_vars_value_type_3_value_type_1 import (
            PostFleetCloudConnectorsBodyVarsValueType3ValueType1,
        )

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_value(
            data: object,
        ) -> PostFleetCloudConnectorsBodyVarsValueType3ValueType1 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_1 = (
                    PostFleetCloudConnectorsBodyVarsValueType3ValueType1.from_dict(data)
                )

                return value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                PostFleetCloudConnectorsBodyVarsValueType3ValueType1 | str, data
            )

        value = _parse_value(d.pop("value"))

        frozen = d.pop("frozen", UNSET)

        post_fleet_cloud_connectors_body_vars_value_type_3 = cls(
            type_=type_,
            value=value,
            frozen=frozen,
        )

        post_fleet_cloud_connectors_body_vars_value_type_3.additional_properties = d
        return post_fleet_cloud_connectors_body_vars_value_type_3

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_response import MessageResponse
    from ..models.package_policy import PackagePolicy
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_agent_diff_item_item import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItem,
    )
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1 import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1,
    )


T = TypeVar("T", bound="PostFleetPackagePoliciesUpgradeDryrunResponse200Item")


@_attrs_define
class PostFleetPackagePoliciesUpgradeDryrunResponse200Item:
    """
    Attributes:
        agent_diff (list[list[PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItem]] | Unset):
        body (MessageResponse | Unset):
        diff (list[PackagePolicy | PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1] | Unset):
        has_errors (bool | Unset):
        name (str | Unset):
        status_code (float | Unset):
    """

    agent_diff: (
        list[
            list[PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItem]
        ]
        | Unset
    ) = UNSET
    body: MessageResponse | Unset = UNSET
    diff: (
        list[
            PackagePolicy
            | PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1
        ]
        | Unset
    ) = UNSET
    has_errors: bool | Unset = UNSET
    name: str | Unset = UNSET
    status_code: float | Unset = UNSET
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
        agent_diff: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.agent_diff, Unset):
            agent_diff = []
            for agent_diff_item_data in self.agent_diff:
                agent_diff_item = []
                for agent_diff_item_item_data in agent_diff_item_data:
                    agent_diff_item_item = agent_diff_item_item_data.to_dict()
                    agent_diff_item.append(agent_diff_item_item)

                agent_diff.append(agent_diff_item)

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        diff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.diff, Unset):
            diff = []
            for diff_item_data in self.diff:
                diff_item: dict[str, Any]
                if isinstance(diff_item_data, PackagePolicy):
                    diff_item = diff_item_data.to_dict()
                else:
                    diff_item = diff_item_data.to_dict()

                diff.append(diff_item)

        has_errors = self.has_errors

        name = self.name

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_diff is not UNSET:
            field_dict["agent_diff"] = agent_diff
        if body is not UNSET:
            field_dict["body"] = body
        if diff is not UNSET:
            field_dict["diff"] = diff
        if has_errors is not UNSET:
            field_dict["hasErrors"] = has_errors
        if name is not UNSET:
            field_dict["name"] = name
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _agent_diff = d.pop("agent_diff", UNSET)
        agent_diff: (
            list[
                list[
                    PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItem
                ]
            ]
            | Unset
        ) = UNSET
        if _agent_diff is not UNSET:
            agent_diff = []
            for agent_diff_item_data in _agent_diff:
                agent_diff_item = []
                _agent_diff_item = agent_diff_item_data
                for agent_diff_item_item_data in _agent_diff_item:
                    agent_diff_item_item = PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItem.from_dict(
                        agent_diff_item_item_data
                    )

                    agent_diff_item.append(agent_diff_item_item)

                agent_diff.append(agent_diff_item)

        _body = d.pop("body", UNSET)
        body: MessageResponse | Unset
        if _body is UNSET:
            body = UNSET
        else:
            body = MessageResponse.from_dict(_body)

        _diff = d.pop("diff", UNSET)
        diff: (
            list[
                PackagePolicy
                | PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1
            ]
            | Unset
        ) = UNSET
        if _diff is not UNSET:
            diff = []
            for diff_item_data in _diff:
                _diff_item_data = diff_item_data
                while True:
                    try:
                        if not isinstance(_diff_item_data, dict):
                            raise TypeError()
                        diff_item_type_0 = PackagePolicy.from_dict(_diff_item_data)

                        diff_item = diff_item_type_0
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(_diff_item_data, dict):
                        raise TypeError()
                    diff_item_type_1 = PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1.from_dict(
                        _diff_item_data
                    )

                    diff_item = diff_item_type_1
                    break

                diff.append(diff_item)

        has_errors = d.pop("hasErrors", UNSET)

        name = d.pop("name", UNSET)

        status_code = d.pop("statusCode", UNSET)

        _obj = cls.__new__(cls)
        _obj.agent_diff = agent_diff
        _obj.body = body
        _obj.diff = diff
        _obj.has_errors = has_errors
        _obj.name = name
        _obj.status_code = status_code

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
    global MessageResponse
    global PackagePolicy
    global PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItem
    global PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1
    from ..models.message_response import MessageResponse
    from ..models.package_policy import PackagePolicy
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_agent_diff_item_item import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemAgentDiffItemItem,
    )
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1 import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1,
    )

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_policy_input import PackagePolicyInput
    from ..models.package_policy_request_inputs_type_1 import (
        PackagePolicyRequestInputsType1,
    )
    from ..models.package_policy_request_package import PackagePolicyRequestPackage
    from ..models.package_policy_vars import PackagePolicyVars
    from ..models.simplified_vars import SimplifiedVars


T = TypeVar("T", bound="PackagePolicyRequest")


@_attrs_define
class PackagePolicyRequest:
    """
    Attributes:
        name (str):
        package (PackagePolicyRequestPackage):
        additional_datastreams_permissions (list[str] | None | Unset):
        description (str | Unset):
        force (bool | Unset):
        id (str | Unset):
        inputs (list[PackagePolicyInput] | PackagePolicyRequestInputsType1 | Unset):
        namespace (str | Unset):
        output_id (None | str | Unset):
        policy_id (None | str | Unset):
        policy_ids (list[str] | Unset):
        supports_agentless (bool | None | Unset):
        vars_ (PackagePolicyVars | SimplifiedVars | Unset):
    """

    name: str
    package: PackagePolicyRequestPackage
    additional_datastreams_permissions: list[str] | None | Unset = UNSET
    description: str | Unset = UNSET
    force: bool | Unset = UNSET
    id: str | Unset = UNSET
    inputs: list[PackagePolicyInput] | PackagePolicyRequestInputsType1 | Unset = UNSET
    namespace: str | Unset = UNSET
    output_id: None | str | Unset = UNSET
    policy_id: None | str | Unset = UNSET
    policy_ids: list[str] | Unset = UNSET
    supports_agentless: bool | None | Unset = UNSET
    vars_: PackagePolicyVars | SimplifiedVars | Unset = UNSET
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
        name = self.name

        package = self.package.to_dict()

        additional_datastreams_permissions: list[str] | None | Unset
        if isinstance(self.additional_datastreams_permissions, Unset):
            additional_datastreams_permissions = UNSET
        elif isinstance(self.additional_datastreams_permissions, list):
            additional_datastreams_permissions = self.additional_datastreams_permissions

        else:
            additional_datastreams_permissions = self.additional_datastreams_permissions

        description = self.description

        force = self.force

        id = self.id

        inputs: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.inputs, Unset):
            inputs = UNSET
        elif isinstance(self.inputs, list):
            inputs = []
            for inputs_type_0_item_data in self.inputs:
                inputs_type_0_item = inputs_type_0_item_data.to_dict()
                inputs.append(inputs_type_0_item)

        else:
            inputs = self.inputs.to_dict()

        namespace = self.namespace

        output_id: None | str | Unset
        if isinstance(self.output_id, Unset):
            output_id = UNSET
        else:
            output_id = self.output_id

        policy_id: None | str | Unset
        if isinstance(self.policy_id, Unset):
            policy_id = UNSET
        else:
            policy_id = self.policy_id

        policy_ids: list[str] | Unset = UNSET
        if not isinstance(self.policy_ids, Unset):
            policy_ids = self.policy_ids

        supports_agentless: bool | None | Unset
        if isinstance(self.supports_agentless, Unset):
            supports_agentless = UNSET
        else:
            supports_agentless = self.supports_agentless

        vars_: dict[str, Any] | Unset
        if isinstance(self.vars_, Unset):
            vars_ = UNSET
        elif isinstance(self.vars_, PackagePolicyVars):
            vars_ = self.vars_.to_dict()
        else:
            vars_ = self.vars_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "package": package,
            }
        )
        if additional_datastreams_permissions is not UNSET:
            field_dict["additional_datastreams_permissions"] = (
                additional_datastreams_permissions
            )
        if description is not UNSET:
            field_dict["description"] = description
        if force is not UNSET:
            field_dict["force"] = force
        if id is not UNSET:
            field_dict["id"] = id
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if output_id is not UNSET:
            field_dict["output_id"] = output_id
        if policy_id is not UNSET:
            field_dict["policy_id"] = policy_id
        if policy_ids is not UNSET:
            field_dict["policy_ids"] = policy_ids
        if supports_agentless is not UNSET:
            field_dict["supports_agentless"] = supports_agentless
        if vars_ is not UNSET:
            field_dict["vars"] = vars_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        name = d.pop("name")

        package = PackagePolicyRequestPackage.from_dict(d.pop("package"))

        _additional_datastreams_permissions_data = d.pop(
            "additional_datastreams_permissions", UNSET
        )
        while True:
            if _additional_datastreams_permissions_data is None:
                additional_datastreams_permissions = (
                    _additional_datastreams_permissions_data
                )
                break
            if _additional_datastreams_permissions_data is UNSET:
                additional_datastreams_permissions = (
                    _additional_datastreams_permissions_data
                )
                break
            try:
                if not isinstance(_additional_datastreams_permissions_data, list):
                    raise TypeError()
                additional_datastreams_permissions_type_0: list[str] = (
                    _additional_datastreams_permissions_data
                )

                additional_datastreams_permissions = (
                    additional_datastreams_permissions_type_0
                )
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            additional_datastreams_permissions: list[str] | None | Unset = (
                _additional_datastreams_permissions_data
            )
            break

        description = d.pop("description", UNSET)

        force = d.pop("force", UNSET)

        id = d.pop("id", UNSET)

        _inputs_data = d.pop("inputs", UNSET)
        while True:
            if _inputs_data is UNSET:
                inputs = _inputs_data
                break
            try:
                if not isinstance(_inputs_data, list):
                    raise TypeError()
                inputs_type_0 = []
                _inputs_type_0 = _inputs_data
                for inputs_type_0_item_data in _inputs_type_0:
                    inputs_type_0_item = PackagePolicyInput.from_dict(
                        inputs_type_0_item_data
                    )

                    inputs_type_0.append(inputs_type_0_item)

                inputs = inputs_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(_inputs_data, dict):
                raise TypeError()
            inputs_type_1 = PackagePolicyRequestInputsType1.from_dict(_inputs_data)

            inputs = inputs_type_1
            break

        namespace = d.pop("namespace", UNSET)

        output_id: None | str | Unset = d.pop("output_id", UNSET)

        policy_id: None | str | Unset = d.pop("policy_id", UNSET)

        policy_ids: list[str] | Unset = d.pop("policy_ids", UNSET)

        supports_agentless: bool | None | Unset = d.pop("supports_agentless", UNSET)

        _vars__data = d.pop("vars", UNSET)
        while True:
            if _vars__data is UNSET:
                vars_ = _vars__data
                break
            try:
                if not isinstance(_vars__data, dict):
                    raise TypeError()
                vars_type_0 = PackagePolicyVars.from_dict(_vars__data)

                vars_ = vars_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(_vars__data, dict):
                raise TypeError()
            vars_type_1 = SimplifiedVars.from_dict(_vars__data)

            vars_ = vars_type_1
            break

        _obj = cls.__new__(cls)
        _obj.name = name
        _obj.package = package
        _obj.additional_datastreams_permissions = additional_datastreams_permissions
        _obj.description = description
        _obj.force = force
        _obj.id = id
        _obj.inputs = inputs
        _obj.namespace = namespace
        _obj.output_id = output_id
        _obj.policy_id = policy_id
        _obj.policy_ids = policy_ids
        _obj.supports_agentless = supports_agentless
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
    global PackagePolicyInput
    global PackagePolicyRequestInputsType1
    global PackagePolicyRequestPackage
    global PackagePolicyVars
    global SimplifiedVars
    from ..models.package_policy_input import PackagePolicyInput
    from ..models.package_policy_request_inputs_type_1 import (
        PackagePolicyRequestInputsType1,
    )
    from ..models.package_policy_request_package import PackagePolicyRequestPackage
    from ..models.package_policy_vars import PackagePolicyVars
    from ..models.simplified_vars import SimplifiedVars

    _models_imported = True

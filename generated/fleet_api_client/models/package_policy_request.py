from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
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
        _import_models()
        d = dict(src_dict)
        name = d.pop("name")

        package = PackagePolicyRequestPackage.from_dict(d.pop("package"))

        def _parse_additional_datastreams_permissions(
            data: object,
        ) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_datastreams_permissions_type_0 = cast("list[str]", data)

                return additional_datastreams_permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        additional_datastreams_permissions = _parse_additional_datastreams_permissions(
            d.pop("additional_datastreams_permissions", UNSET)
        )

        description = d.pop("description", UNSET)

        force = d.pop("force", UNSET)

        id = d.pop("id", UNSET)

        def _parse_inputs(
            data: object,
        ) -> list[PackagePolicyInput] | PackagePolicyRequestInputsType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                inputs_type_0 = []
                _inputs_type_0 = data
                for inputs_type_0_item_data in _inputs_type_0:
                    inputs_type_0_item = PackagePolicyInput.from_dict(
                        inputs_type_0_item_data
                    )

                    inputs_type_0.append(inputs_type_0_item)

                return inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            inputs_type_1 = PackagePolicyRequestInputsType1.from_dict(data)

            return inputs_type_1

        inputs = _parse_inputs(d.pop("inputs", UNSET))

        namespace = d.pop("namespace", UNSET)

        def _parse_output_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        output_id = _parse_output_id(d.pop("output_id", UNSET))

        def _parse_policy_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        policy_id = _parse_policy_id(d.pop("policy_id", UNSET))

        policy_ids = cast("list[str]", d.pop("policy_ids", UNSET))

        def _parse_supports_agentless(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        supports_agentless = _parse_supports_agentless(
            d.pop("supports_agentless", UNSET)
        )

        def _parse_vars_(data: object) -> PackagePolicyVars | SimplifiedVars | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vars_type_0 = PackagePolicyVars.from_dict(data)

                return vars_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            vars_type_1 = SimplifiedVars.from_dict(data)

            return vars_type_1

        vars_ = _parse_vars_(d.pop("vars", UNSET))

        package_policy_request = cls(
            name=name,
            package=package,
            additional_datastreams_permissions=additional_datastreams_permissions,
            description=description,
            force=force,
            id=id,
            inputs=inputs,
            namespace=namespace,
            output_id=output_id,
            policy_id=policy_id,
            policy_ids=policy_ids,
            supports_agentless=supports_agentless,
            vars_=vars_,
        )

        package_policy_request.additional_properties = d
        return package_policy_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_policy_request_package import PackagePolicyRequestPackage
    from ..models.post_fleet_agentless_policies_body_inputs import (
        PostFleetAgentlessPoliciesBodyInputs,
    )
    from ..models.post_fleet_agentless_policies_body_vars import (
        PostFleetAgentlessPoliciesBodyVars,
    )


T = TypeVar("T", bound="PostFleetAgentlessPoliciesBody")


@_attrs_define
class PostFleetAgentlessPoliciesBody:
    """
    Attributes:
        name (str):
        package (PackagePolicyRequestPackage):
        additional_datastreams_permissions (list[str] | None | Unset):
        description (str | Unset):
        force (bool | Unset):
        id (str | Unset):
        inputs (PostFleetAgentlessPoliciesBodyInputs | Unset):
        namespace (str | Unset):
        vars_ (PostFleetAgentlessPoliciesBodyVars | Unset):
    """

    name: str
    package: PackagePolicyRequestPackage
    additional_datastreams_permissions: list[str] | None | Unset = UNSET
    description: str | Unset = UNSET
    force: bool | Unset = UNSET
    id: str | Unset = UNSET
    inputs: PostFleetAgentlessPoliciesBodyInputs | Unset = UNSET
    namespace: str | Unset = UNSET
    vars_: PostFleetAgentlessPoliciesBodyVars | Unset = UNSET
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

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        namespace = self.namespace

        vars_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vars_, Unset):
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

        _inputs = d.pop("inputs", UNSET)
        inputs: PostFleetAgentlessPoliciesBodyInputs | Unset
        if _inputs is UNSET:
            inputs = UNSET
        else:
            inputs = PostFleetAgentlessPoliciesBodyInputs.from_dict(_inputs)

        namespace = d.pop("namespace", UNSET)

        _vars_ = d.pop("vars", UNSET)
        vars_: PostFleetAgentlessPoliciesBodyVars | Unset
        if _vars_ is UNSET:
            vars_ = UNSET
        else:
            vars_ = PostFleetAgentlessPoliciesBodyVars.from_dict(_vars_)

        _obj = cls.__new__(cls)
        _obj.name = name
        _obj.package = package
        _obj.additional_datastreams_permissions = additional_datastreams_permissions
        _obj.description = description
        _obj.force = force
        _obj.id = id
        _obj.inputs = inputs
        _obj.namespace = namespace
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
    global PackagePolicyRequestPackage
    global PostFleetAgentlessPoliciesBodyInputs
    global PostFleetAgentlessPoliciesBodyVars
    from ..models.package_policy_request_package import PackagePolicyRequestPackage
    from ..models.post_fleet_agentless_policies_body_inputs import (
        PostFleetAgentlessPoliciesBodyInputs,
    )
    from ..models.post_fleet_agentless_policies_body_vars import (
        PostFleetAgentlessPoliciesBodyVars,
    )

    _models_imported = True

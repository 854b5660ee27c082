from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_policy_elasticsearch import PackagePolicyElasticsearch
    from ..models.package_policy_input import PackagePolicyInput
    from ..models.package_policy_inputs_type_1 import PackagePolicyInputsType1
    from ..models.package_policy_overrides import PackagePolicyOverrides
    from ..models.package_policy_package import PackagePolicyPackage
    from ..models.package_policy_secret_ref import PackagePolicySecretRef
    from ..models.package_policy_vars import PackagePolicyVars
    from ..models.simplified_vars import SimplifiedVars


T = TypeVar("T", bound="PackagePolicy")


@_attrs_define
class PackagePolicy:
    """
    Attributes:
        id (str):
        additional_datastreams_permissions (list[str] | None | Unset):
        agents (float | Unset):
        cloud_connector_id (None | str | Unset):
        created_at (str | Unset):
        created_by (str | Unset):
        description (str | Unset):
        elasticsearch (PackagePolicyElasticsearch | Unset):
        enabled (bool | Unset):
        inputs (list[PackagePolicyInput] | PackagePolicyInputsType1 | Unset):
        is_managed (bool | Unset):
        name (str | Unset):
        namespace (str | Unset):
        output_id (None | str | Unset):
        overrides (None | PackagePolicyOverrides | Unset):
        package (PackagePolicyPackage | Unset):
        policy_id (None | str | Unset):
        policy_ids (list[str] | Unset):
        revision (float | Unset):
        secret_references (list[PackagePolicySecretRef] | Unset):
        space_ids (list[str] | Unset):
        supports_agentless (bool | None | Unset):
        supports_cloud_connector (bool | None | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
        vars_ (PackagePolicyVars | SimplifiedVars | Unset):
        version (str | Unset):
    """

    id: str
    additional_datastreams_permissions: list[str] | None | Unset = UNSET
    agents: float | Unset = UNSET
    cloud_connector_id: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    description: str | Unset = UNSET
    elasticsearch: PackagePolicyElasticsearch | Unset = UNSET
    enabled: bool | Unset = UNSET
    inputs: list[PackagePolicyInput] | PackagePolicyInputsType1 | Unset = UNSET
    is_managed: bool | Unset = UNSET
    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    output_id: None | str | Unset = UNSET
    overrides: None | PackagePolicyOverrides | Unset = UNSET
    package: PackagePolicyPackage | Unset = UNSET
    policy_id: None | str | Unset = UNSET
    policy_ids: list[str] | Unset = UNSET
    revision: float | Unset = UNSET
    secret_references: list[PackagePolicySecretRef] | Unset = UNSET
    space_ids: list[str] | Unset = UNSET
    supports_agentless: bool | None | Unset = UNSET
    supports_cloud_connector: bool | None | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    vars_: PackagePolicyVars | SimplifiedVars | Unset = UNSET
    version: str | Unset = UNSET
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

        additional_datastreams_permissions: list[str] | None | Unset
        if isinstance(self.additional_datastreams_permissions, Unset):
            additional_datastreams_permissions = UNSET
        elif isinstance(self.additional_datastreams_permissions, list):
            additional_datastreams_permissions = self.additional_datastreams_permissions

        else:
            additional_datastreams_permissions = self.additional_datastreams_permissions

        agents = self.agents

        cloud_connector_id: None | str | Unset
        if isinstance(self.cloud_connector_id, Unset):
            cloud_connector_id = UNSET
        else:
            cloud_connector_id = self.cloud_connector_id

        created_at = self.created_at

        created_by = self.created_by

        description = self.description

        elasticsearch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.elasticsearch, Unset):
            elasticsearch = self.elasticsearch.to_dict()

        enabled = self.enabled

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

        is_managed = self.is_managed

        name = self.name

        namespace = self.namespace

        output_id: None | str | Unset
        if isinstance(self.output_id, Unset):
            output_id = UNSET
        else:
            output_id = self.output_id

        overrides: dict[str, Any] | None | Unset
        if isinstance(self.overrides, Unset):
            overrides = UNSET
        elif isinstance(self.overrides, PackagePolicyOverrides):
            overrides = self.overrides.to_dict()
        else:
            overrides = self.overrides

        package: dict[str, Any] | Unset = UNSET
        if not isinstance(self.package, Unset):
            package = self.package.to_dict()

        policy_id: None | str | Unset
        if isinstance(self.policy_id, Unset):
            policy_id = UNSET
        else:
            policy_id = self.policy_id

        policy_ids: list[str] | Unset = UNSET
        if not isinstance(self.policy_ids, Unset):
            policy_ids = self.policy_ids

        revision = self.revision

        secret_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.secret_references, Unset):
            secret_references = []
            for secret_references_item_data in self.secret_references:
                secret_references_item = secret_references_item_data.to_dict()
                secret_references.append(secret_references_item)

        space_ids: list[str] | Unset = UNSET
        if not isinstance(self.space_ids, Unset):
            space_ids = self.space_ids

        supports_agentless: bool | None | Unset
        if isinstance(self.supports_agentless, Unset):
            supports_agentless = UNSET
        else:
            supports_agentless = self.supports_agentless

        supports_cloud_connector: bool | None | Unset
        if isinstance(self.supports_cloud_connector, Unset):
            supports_cloud_connector = UNSET
        else:
            supports_cloud_connector = self.supports_cloud_connector

        updated_at = self.updated_at

        updated_by = self.updated_by

        vars_: dict[str, Any] | Unset
        if isinstance(self.vars_, Unset):
            vars_ = UNSET
        elif isinstance(self.vars_, PackagePolicyVars):
            vars_ = self.vars_.to_dict()
        else:
            vars_ = self.vars_.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if additional_datastreams_permissions is not UNSET:
            field_dict["additional_datastreams_permissions"] = (
                additional_datastreams_permissions
            )
        if agents is not UNSET:
            field_dict["agents"] = agents
        if cloud_connector_id is not UNSET:
            field_dict["cloud_connector_id"] = cloud_connector_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if description is not UNSET:
            field_dict["description"] = description
        if elasticsearch is not UNSET:
            field_dict["elasticsearch"] = elasticsearch
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if is_managed is not UNSET:
            field_dict["is_managed"] = is_managed
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if output_id is not UNSET:
            field_dict["output_id"] = output_id
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if package is not UNSET:
            field_dict["package"] = package
        if policy_id is not UNSET:
            field_dict["policy_id"] = policy_id
        if policy_ids is not UNSET:
            field_dict["policy_ids"] = policy_ids
        if revision is not UNSET:
            field_dict["revision"] = revision
        if secret_references is not UNSET:
            field_dict["secret_references"] = secret_references
        if space_ids is not UNSET:
            field_dict["spaceIds"] = space_ids
        if supports_agentless is not UNSET:
            field_dict["supports_agentless"] = supports_agentless
        if supports_cloud_connector is not UNSET:
            field_dict["supports_cloud_connector"] = supports_cloud_connector
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if vars_ is not UNSET:
            field_dict["vars"] = vars_
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        id = d.pop("id")

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

        agents = d.pop("agents", UNSET)

        cloud_connector_id: None | str | Unset = d.pop("cloud_connector_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        created_by = d.pop("created_by", UNSET)

        description = d.pop("description", UNSET)

        _elasticsearch = d.pop("elasticsearch", UNSET)
        elasticsearch: PackagePolicyElasticsearch | Unset
        if _elasticsearch is UNSET:
            elasticsearch = UNSET
        else:
            elasticsearch = PackagePolicyElasticsearch.from_dict(_elasticsearch)

        enabled = d.pop("enabled", UNSET)

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
            inputs_type_1 = PackagePolicyInputsType1.from_dict(_inputs_data)

            inputs = inputs_type_1
            break

        is_managed = d.pop("is_managed", UNSET)

        name = d.pop("name", UNSET)

        namespace = d.pop("namespace", UNSET)

        output_id: None | str | Unset = d.pop("output_id", UNSET)

        _overrides_data = d.pop("overrides", UNSET)
        while True:
            if _overrides_data is None:
                overrides = _overrides_data
                break
            if _overrides_data is UNSET:
                overrides = _overrides_data
                break
            try:
                if not isinstance(_overrides_data, dict):
                    raise TypeError()
                overrides_type_0 = PackagePolicyOverrides.from_dict(_overrides_data)

                overrides = overrides_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            overrides: None | PackagePolicyOverrides | Unset = _overrides_data
            break

        _package = d.pop("package", UNSET)
        package: PackagePolicyPackage | Unset
        if _package is UNSET:
            package = UNSET
        else:
            package = PackagePolicyPackage.from_dict(_package)

        policy_id: None | str | Unset = d.pop("policy_id", UNSET)

        policy_ids: list[str] | Unset = d.pop("policy_ids", UNSET)

        revision = d.pop("revision", UNSET)

        _secret_references = d.pop("secret_references", UNSET)
        secret_references: list[PackagePolicySecretRef] | Unset = UNSET
        if _secret_references is not UNSET:
            secret_references = []
            for secret_references_item_data in _secret_references:
                secret_references_item = PackagePolicySecretRef.from_dict(
                    secret_references_item_data
                )

                secret_references.append(secret_references_item)

        space_ids: list[str] | Unset = d.pop("spaceIds", UNSET)

        supports_agentless: bool | None | Unset = d.pop("supports_agentless", UNSET)

        supports_cloud_connector: bool | None | Unset = d.pop(
            "supports_cloud_connector", UNSET
        )

        updated_at = d.pop("updated_at", UNSET)

        updated_by = d.pop("updated_by", UNSET)

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

        version = d.pop("version", UNSET)

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.additional_datastreams_permissions = additional_datastreams_permissions
        _obj.agents = agents
        _obj.cloud_connector_id = cloud_connector_id
        _obj.created_at = created_at
        _obj.created_by = created_by
        _obj.description = description
        _obj.elasticsearch = elasticsearch
        _obj.enabled = enabled
        _obj.inputs = inputs
        _obj.is_managed = is_managed
        _obj.name = name
        _obj.namespace = namespace
        _obj.output_id = output_id
        _obj.overrides = overrides
        _obj.package = package
        _obj.policy_id = policy_id
        _obj.policy_ids = policy_ids
        _obj.revision = revision
        _obj.secret_references = secret_references
        _obj.space_ids = space_ids
        _obj.supports_agentless = supports_agentless
        _obj.supports_cloud_connector = supports_cloud_connector
        _obj.updated_at = updated_at
        _obj.updated_by = updated_by
        _obj.vars_ = vars_
        _obj.version = version

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
    global PackagePolicyElasticsearch
    global PackagePolicyInput
    global PackagePolicyInputsType1
    global PackagePolicyOverrides
    global PackagePolicyPackage
    global PackagePolicySecretRef
    global PackagePolicyVars
    global SimplifiedVars
    from ..models.package_policy_elasticsearch import PackagePolicyElasticsearch
    from ..models.package_policy_input import PackagePolicyInput
    from ..models.package_policy_inputs_type_1 import PackagePolicyInputsType1
    from ..models.package_policy_overrides import PackagePolicyOverrides
    from ..models.package_policy_package import PackagePolicyPackage
    from ..models.package_policy_secret_ref import PackagePolicySecretRef
    from ..models.package_policy_vars import PackagePolicyVars
    from ..models.simplified_vars import SimplifiedVars

    _models_imported = True

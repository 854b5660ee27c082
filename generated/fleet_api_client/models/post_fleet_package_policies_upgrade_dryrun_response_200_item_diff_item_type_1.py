from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_policy_elasticsearch import PackagePolicyElasticsearch
    from ..models.package_policy_overrides import PackagePolicyOverrides
    from ..models.package_policy_package import PackagePolicyPackage
    from ..models.package_policy_secret_ref import PackagePolicySecretRef
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_errors_item import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1ErrorsItem,
    )
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItem,
    )
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_vars import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1Vars,
    )


T = TypeVar(
    "T", bound="PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1"
)


@_attrs_define
class PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1:
    """
    Attributes:
        additional_datastreams_permissions (list[str] | None | Unset):
        cloud_connector_id (None | str | Unset):
        created_at (str | Unset):
        created_by (str | Unset):
        description (str | Unset):
        elasticsearch (PackagePolicyElasticsearch | Unset):
        enabled (bool | Unset):
        errors (list[PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1ErrorsItem] | Unset):
        force (bool | Unset):
        id (str | Unset):
        inputs (list[PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItem] | Unset):
        is_managed (bool | Unset):
        missing_vars (list[str] | Unset):
        name (str | Unset):
        namespace (str | Unset):
        output_id (None | str | Unset):
        overrides (None | PackagePolicyOverrides | Unset):
        package (PackagePolicyPackage | Unset):
        policy_id (None | str | Unset):
        policy_ids (list[str] | Unset):
        revision (float | Unset):
        secret_references (list[PackagePolicySecretRef] | Unset):
        supports_agentless (bool | None | Unset):
        supports_cloud_connector (bool | None | Unset):
        updated_at (str | Unset):
        updated_by (str | Unset):
        vars_ (PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1Vars | Unset):
        version (str | Unset):
    """

    additional_datastreams_permissions: list[str] | None | Unset = UNSET
    cloud_connector_id: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    description: str | Unset = UNSET
    elasticsearch: PackagePolicyElasticsearch | Unset = UNSET
    enabled: bool | Unset = UNSET
    errors: (
        list[
            PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1ErrorsItem
        ]
        | Unset
    ) = UNSET
    force: bool | Unset = UNSET
    id: str | Unset = UNSET
    inputs: (
        list[
            PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItem
        ]
        | Unset
    ) = UNSET
    is_managed: bool | Unset = UNSET
    missing_vars: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    output_id: None | str | Unset = UNSET
    overrides: None | PackagePolicyOverrides | Unset = UNSET
    package: PackagePolicyPackage | Unset = UNSET
    policy_id: None | str | Unset = UNSET
    policy_ids: list[str] | Unset = UNSET
    revision: float | Unset = UNSET
    secret_references: list[PackagePolicySecretRef] | Unset = UNSET
    supports_agentless: bool | None | Unset = UNSET
    supports_cloud_connector: bool | None | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    vars_: (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1Vars | Unset
    ) = UNSET
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
        additional_datastreams_permissions: list[str] | None | Unset
        if isinstance(self.additional_datastreams_permissions, Unset):
            additional_datastreams_permissions = UNSET
        elif isinstance(self.additional_datastreams_permissions, list):
            additional_datastreams_permissions = self.additional_datastreams_permissions

        else:
            additional_datastreams_permissions = self.additional_datastreams_permissions

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

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        force = self.force

        id = self.id

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        is_managed = self.is_managed

        missing_vars: list[str] | Unset = UNSET
        if not isinstance(self.missing_vars, Unset):
            missing_vars = self.missing_vars

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

        vars_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vars_, Unset):
            vars_ = self.vars_.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_datastreams_permissions is not UNSET:
            field_dict["additional_datastreams_permissions"] = (
                additional_datastreams_permissions
            )
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
        if errors is not UNSET:
            field_dict["errors"] = errors
        if force is not UNSET:
            field_dict["force"] = force
        if id is not UNSET:
            field_dict["id"] = id
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if is_managed is not UNSET:
            field_dict["is_managed"] = is_managed
        if missing_vars is not UNSET:
            field_dict["missingVars"] = missing_vars
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

        _errors = d.pop("errors", UNSET)
        errors: (
            list[
                PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1ErrorsItem
            ]
            | Unset
        ) = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1ErrorsItem.from_dict(
                    errors_item_data
                )

                errors.append(errors_item)

        force = d.pop("force", UNSET)

        id = d.pop("id", UNSET)

        _inputs = d.pop("inputs", UNSET)
        inputs: (
            list[
                PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItem
            ]
            | Unset
        ) = UNSET
        if _inputs is not UNSET:
            inputs = []
            for inputs_item_data in _inputs:
                inputs_item = PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItem.from_dict(
                    inputs_item_data
                )

                inputs.append(inputs_item)

        is_managed = d.pop("is_managed", UNSET)

        missing_vars: list[str] | Unset = d.pop("missingVars", UNSET)

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

        supports_agentless: bool | None | Unset = d.pop("supports_agentless", UNSET)

        supports_cloud_connector: bool | None | Unset = d.pop(
            "supports_cloud_connector", UNSET
        )

        updated_at = d.pop("updated_at", UNSET)

        updated_by = d.pop("updated_by", UNSET)

        _vars_ = d.pop("vars", UNSET)
        vars_: (
            PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1Vars
            | Unset
        )
        if _vars_ is UNSET:
            vars_ = UNSET
        else:
            vars_ = PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1Vars.from_dict(
                _vars_
            )

        version = d.pop("version", UNSET)

        _obj = cls.__new__(cls)
        _obj.additional_datastreams_permissions = additional_datastreams_permissions
        _obj.cloud_connector_id = cloud_connector_id
        _obj.created_at = created_at
        _obj.created_by = created_by
        _obj.description = description
        _obj.elasticsearch = elasticsearch
        _obj.enabled = enabled
        _obj.errors = errors
        _obj.force = force
        _obj.id = id
        _obj.inputs = inputs
        _obj.is_managed = is_managed
        _obj.missing_vars = missing_vars
        _obj.name = name
        _obj.namespace = namespace
        _obj.output_id = output_id
        _obj.overrides = overrides
        _obj.package = package
        _obj.policy_id = policy_id
        _obj.policy_ids = policy_ids
        _obj.revision = revision
        _obj.secret_references = secret_references
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
    global PackagePolicyOverrides
    global PackagePolicyPackage
    global PackagePolicySecretRef
    global PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1ErrorsItem
    global PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItem
    global PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1Vars
    from ..models.package_policy_elasticsearch import PackagePolicyElasticsearch
    from ..models.package_policy_overrides import PackagePolicyOverrides
    from ..models.package_policy_package import PackagePolicyPackage
    from ..models.package_policy_secret_ref import PackagePolicySecretRef
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_errors_item import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1ErrorsItem,
    )
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_inputs_item import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1InputsItem,
    )
    from ..models.post_fleet_package_policies_upgrade_dryrun_response_200_item_diff_item_type_1_vars import (
        PostFleetPackagePoliciesUpgradeDryrunResponse200ItemDiffItemType1Vars,
    )

    _models_imported = True

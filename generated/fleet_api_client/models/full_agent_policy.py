from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.full_agent_policy_agent import FullAgentPolicyAgent
    from ..models.full_agent_policy_connectors import FullAgentPolicyConnectors
    from ..models.full_agent_policy_exporters import FullAgentPolicyExporters
    from ..models.full_agent_policy_extensions import FullAgentPolicyExtensions
    from ..models.full_agent_policy_fleet_type_0 import FullAgentPolicyFleetType0
    from ..models.full_agent_policy_fleet_type_1 import FullAgentPolicyFleetType1
    from ..models.full_agent_policy_inputs_item import FullAgentPolicyInputsItem
    from ..models.full_agent_policy_output_permissions import (
        FullAgentPolicyOutputPermissions,
    )
    from ..models.full_agent_policy_outputs import FullAgentPolicyOutputs
    from ..models.full_agent_policy_processors import FullAgentPolicyProcessors
    from ..models.full_agent_policy_receivers import FullAgentPolicyReceivers
    from ..models.full_agent_policy_service import FullAgentPolicyService
    from ..models.full_agent_policy_signed import FullAgentPolicySigned
    from ..models.package_policy_secret_ref import PackagePolicySecretRef


T = TypeVar("T", bound="FullAgentPolicy")


@_attrs_define
class FullAgentPolicy:
    """
    Attributes:
        id (str):
        agent (FullAgentPolicyAgent | Unset):
        connectors (FullAgentPolicyConnectors | Unset):
        exporters (FullAgentPolicyExporters | Unset):
        extensions (FullAgentPolicyExtensions | Unset):
        fleet (FullAgentPolicyFleetType0 | FullAgentPolicyFleetType1 | Unset):
        inputs (list[FullAgentPolicyInputsItem] | Unset):
        namespaces (list[str] | Unset):
        output_permissions (FullAgentPolicyOutputPermissions | Unset):
        outputs (FullAgentPolicyOutputs | Unset):
        processors (FullAgentPolicyProcessors | Unset):
        receivers (FullAgentPolicyReceivers | Unset):
        revision (float | Unset):
        secret_references (list[PackagePolicySecretRef] | Unset):
        service (FullAgentPolicyService | Unset):
        signed (FullAgentPolicySigned | Unset):
    """

    id: str
    agent: FullAgentPolicyAgent | Unset = UNSET
    connectors: FullAgentPolicyConnectors | Unset = UNSET
    exporters: FullAgentPolicyExporters | Unset = UNSET
    extensions: FullAgentPolicyExtensions | Unset = UNSET
    fleet: FullAgentPolicyFleetType0 | FullAgentPolicyFleetType1 | Unset = UNSET
    inputs: list[FullAgentPolicyInputsItem] | Unset = UNSET
    namespaces: list[str] | Unset = UNSET
    output_permissions: FullAgentPolicyOutputPermissions | Unset = UNSET
    outputs: FullAgentPolicyOutputs | Unset = UNSET
    processors: FullAgentPolicyProcessors | Unset = UNSET
    receivers: FullAgentPolicyReceivers | Unset = UNSET
    revision: float | Unset = UNSET
    secret_references: list[PackagePolicySecretRef] | Unset = UNSET
    service: FullAgentPolicyService | Unset = UNSET
    signed: FullAgentPolicySigned | Unset = UNSET
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

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        connectors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connectors, Unset):
            connectors = self.connectors.to_dict()

        exporters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exporters, Unset):
            exporters = self.exporters.to_dict()

        extensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = self.extensions.to_dict()

        fleet: dict[str, Any] | Unset
        if isinstance(self.fleet, Unset):
            fleet = UNSET
        elif isinstance(self.fleet, FullAgentPolicyFleetType0):
            fleet = self.fleet.to_dict()
        else:
            fleet = self.fleet.to_dict()

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        namespaces: list[str] | Unset = UNSET
        if not isinstance(self.namespaces, Unset):
            namespaces = self.namespaces

        output_permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_permissions, Unset):
            output_permissions = self.output_permissions.to_dict()

        outputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = self.outputs.to_dict()

        processors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processors, Unset):
            processors = self.processors.to_dict()

        receivers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receivers, Unset):
            receivers = self.receivers.to_dict()

        revision = self.revision

        secret_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.secret_references, Unset):
            secret_references = []
            for secret_references_item_data in self.secret_references:
                secret_references_item = secret_references_item_data.to_dict()
                secret_references.append(secret_references_item)

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        signed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signed, Unset):
            signed = self.signed.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if connectors is not UNSET:
            field_dict["connectors"] = connectors
        if exporters is not UNSET:
            field_dict["exporters"] = exporters
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if fleet is not UNSET:
            field_dict["fleet"] = fleet
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if namespaces is not UNSET:
            field_dict["namespaces"] = namespaces
        if output_permissions is not UNSET:
            field_dict["output_permissions"] = output_permissions
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if processors is not UNSET:
            field_dict["processors"] = processors
        if receivers is not UNSET:
            field_dict["receivers"] = receivers
        if revision is not UNSET:
            field_dict["revision"] = revision
        if secret_references is not UNSET:
            field_dict["secret_references"] = secret_references
        if service is not UNSET:
            field_dict["service"] = service
        if signed is not UNSET:
            field_dict["signed"] = signed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        id = d.pop("id")

        _agent = d.pop("agent", UNSET)
        agent: FullAgentPolicyAgent | Unset
        if _agent is UNSET:
            agent = UNSET
        else:
            agent = FullAgentPolicyAgent.from_dict(_agent)

        _connectors = d.pop("connectors", UNSET)
        connectors: FullAgentPolicyConnectors | Unset
        if _connectors is UNSET:
            connectors = UNSET
        else:
            connectors = FullAgentPolicyConnectors.from_dict(_connectors)

        _exporters = d.pop("exporters", UNSET)
        exporters: FullAgentPolicyExporters | Unset
        if _exporters is UNSET:
            exporters = UNSET
        else:
            exporters = FullAgentPolicyExporters.from_dict(_exporters)

        _extensions = d.pop("extensions", UNSET)
        extensions: FullAgentPolicyExtensions | Unset
        if _extensions is UNSET:
            extensions = UNSET
        else:
            extensions = FullAgentPolicyExtensions.from_dict(_extensions)

        _fleet_data = d.pop("fleet", UNSET)
        while True:
            if _fleet_data is UNSET:
                fleet = _fleet_data
                break
            try:
                if not isinstance(_fleet_data, dict):
                    raise TypeError()
                fleet_type_0 = FullAgentPolicyFleetType0.from_dict(_fleet_data)

                fleet = fleet_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(_fleet_data, dict):
                raise TypeError()
            fleet_type_1 = FullAgentPolicyFleetType1.from_dict(_fleet_data)

            fleet = fleet_type_1
            break

        _inputs = d.pop("inputs", UNSET)
        inputs: list[FullAgentPolicyInputsItem] | Unset = UNSET
        if _inputs is not UNSET:
            inputs = []
            for inputs_item_data in _inputs:
                inputs_item = FullAgentPolicyInputsItem.from_dict(inputs_item_data)

                inputs.append(inputs_item)

        namespaces: list[str] | Unset = d.pop("namespaces", UNSET)

        _output_permissions = d.pop("output_permissions", UNSET)
        output_permissions: FullAgentPolicyOutputPermissions | Unset
        if _output_permissions is UNSET:
            output_permissions = UNSET
        else:
            output_permissions = FullAgentPolicyOutputPermissions.from_dict(
                _output_permissions
            )

        _outputs = d.pop("outputs", UNSET)
        outputs: FullAgentPolicyOutputs | Unset
        if _outputs is UNSET:
            outputs = UNSET
        else:
            outputs = FullAgentPolicyOutputs.from_dict(_outputs)

        _processors = d.pop("processors", UNSET)
        processors: FullAgentPolicyProcessors | Unset
        if _processors is UNSET:
            processors = UNSET
        else:
            processors = FullAgentPolicyProcessors.from_dict(_processors)

        _receivers = d.pop("receivers", UNSET)
        receivers: FullAgentPolicyReceivers | Unset
        if _receivers is UNSET:
            receivers = UNSET
        else:
            receivers = FullAgentPolicyReceivers.from_dict(_receivers)

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

        _service = d.pop("service", UNSET)
        service: FullAgentPolicyService | Unset
        if _service is UNSET:
            service = UNSET
        else:
            service = FullAgentPolicyService.from_dict(_service)

        _signed = d.pop("signed", UNSET)
        signed: FullAgentPolicySigned | Unset
        if _signed is UNSET:
            signed = UNSET
        else:
            signed = FullAgentPolicySigned.from_dict(_signed)

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.agent = agent
        _obj.connectors = connectors
        _obj.exporters = exporters
        _obj.extensions = extensions
        _obj.fleet = fleet
        _obj.inputs = inputs
        _obj.namespaces = namespaces
        _obj.output_permissions = output_permissions
        _obj.outputs = outputs
        _obj.processors = processors
        _obj.receivers = receivers
        _obj.revision = revision
        _obj.secret_references = secret_references
        _obj.service = service
        _obj.signed = signed

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
    global FullAgentPolicyAgent
    global FullAgentPolicyConnectors
    global FullAgentPolicyExporters
    global FullAgentPolicyExtensions
    global FullAgentPolicyFleetType0
    global FullAgentPolicyFleetType1
    global FullAgentPolicyInputsItem
    global FullAgentPolicyOutputPermissions
    global FullAgentPolicyOutputs
    global FullAgentPolicyProcessors
    global FullAgentPolicyReceivers
    global FullAgentPolicyService
    global FullAgentPolicySigned
    global PackagePolicySecretRef
    from ..models.full_agent_policy_agent import FullAgentPolicyAgent
    from ..models.full_agent_policy_connectors import FullAgentPolicyConnectors
    from ..models.full_agent_policy_exporters import FullAgentPolicyExporters
    from ..models.full_agent_policy_extensions import FullAgentPolicyExtensions
    from ..models.full_agent_policy_fleet_type_0 import FullAgentPolicyFleetType0
    from ..models.full_agent_policy_fleet_type_1 import FullAgentPolicyFleetType1
    from ..models.full_agent_policy_inputs_item import FullAgentPolicyInputsItem
    from ..models.full_agent_policy_output_permissions import (
        FullAgentPolicyOutputPermissions,
    )
    from ..models.full_agent_policy_outputs import FullAgentPolicyOutputs
    from ..models.full_agent_policy_processors import FullAgentPolicyProcessors
    from ..models.full_agent_policy_receivers import FullAgentPolicyReceivers
    from ..models.full_agent_policy_service import FullAgentPolicyService
    from ..models.full_agent_policy_signed import FullAgentPolicySigned
    from ..models.package_policy_secret_ref import PackagePolicySecretRef

    _models_imported = True

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.agent_last_checkin_status import AgentLastCheckinStatus
from ..models.agent_last_known_status import AgentLastKnownStatus
from ..models.agent_status import AgentStatus
from ..models.agent_type import AgentType
from ..models.agent_unhealthy_reason_type_0_item import AgentUnhealthyReasonType0Item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_agent import AgentAgent
    from ..models.agent_components_item import AgentComponentsItem
    from ..models.agent_default_api_key_history_item import (
        AgentDefaultApiKeyHistoryItem,
    )
    from ..models.agent_local_metadata import AgentLocalMetadata
    from ..models.agent_metrics import AgentMetrics
    from ..models.agent_outputs import AgentOutputs
    from ..models.agent_upgrade_details_type_0 import AgentUpgradeDetailsType0
    from ..models.agent_user_provided_metadata import AgentUserProvidedMetadata


T = TypeVar("T", bound="Agent")


@_attrs_define
class Agent:
    """
    Attributes:
        id (str):
        access_api_key (str | Unset):
        access_api_key_id (str | Unset):
        active (bool | Unset):
        agent (AgentAgent | Unset):
        audit_unenrolled_reason (str | Unset):
        components (list[AgentComponentsItem] | Unset):
        default_api_key (str | Unset):
        default_api_key_history (list[AgentDefaultApiKeyHistoryItem] | Unset):
        default_api_key_id (str | Unset):
        enrolled_at (str | Unset):
        last_checkin (str | Unset):
        last_checkin_message (str | Unset):
        last_checkin_status (AgentLastCheckinStatus | Unset):
        last_known_status (AgentLastKnownStatus | Unset):
        local_metadata (AgentLocalMetadata | Unset):
        metrics (AgentMetrics | Unset):
        namespaces (list[str] | Unset):
        outputs (AgentOutputs | Unset):
        packages (list[str] | Unset):
        policy_id (str | Unset):
        policy_revision (float | None | Unset):
        sort (list[Any] | Unset):
        status (AgentStatus | Unset):
        tags (list[str] | Unset):
        type_ (AgentType | Unset):
        unenrolled_at (str | Unset):
        unenrollment_started_at (str | Unset):
        unhealthy_reason (list[AgentUnhealthyReasonType0Item] | None | Unset):
        upgrade_attempts (list[str] | None | Unset):
        upgrade_details (AgentUpgradeDetailsType0 | None | Unset):
        upgrade_started_at (None | str | Unset):
        upgraded_at (None | str | Unset):
        user_provided_metadata (AgentUserProvidedMetadata | Unset):
    """

    id: str
    access_api_key: str | Unset = UNSET
    access_api_key_id: str | Unset = UNSET
    active: bool | Unset = UNSET
    agent: AgentAgent | Unset = UNSET
    audit_unenrolled_reason: str | Unset = UNSET
    components: list[AgentComponentsItem] | Unset = UNSET
    default_api_key: str | Unset = UNSET
    default_api_key_history: list[AgentDefaultApiKeyHistoryItem] | Unset = UNSET
    default_api_key_id: str | Unset = UNSET
    enrolled_at: str | Unset = UNSET
    last_checkin: str | Unset = UNSET
    last_checkin_message: str | Unset = UNSET
    last_checkin_status: AgentLastCheckinStatus | Unset = UNSET
    last_known_status: AgentLastKnownStatus | Unset = UNSET
    local_metadata: AgentLocalMetadata | Unset = UNSET
    metrics: AgentMetrics | Unset = UNSET
    namespaces: list[str] | Unset = UNSET
    outputs: AgentOutputs | Unset = UNSET
    packages: list[str] | Unset = UNSET
    policy_id: str | Unset = UNSET
    policy_revision: float | None | Unset = UNSET
    sort: list[Any] | Unset = UNSET
    status: AgentStatus | Unset = UNSET
    tags: list[str] | Unset = UNSET
    type_: AgentType | Unset = UNSET
    unenrolled_at: str | Unset = UNSET
    unenrollment_started_at: str | Unset = UNSET
    unhealthy_reason: list[AgentUnhealthyReasonType0Item] | None | Unset = UNSET
    upgrade_attempts: list[str] | None | Unset = UNSET
    upgrade_details: AgentUpgradeDetailsType0 | None | Unset = UNSET
    upgrade_started_at: None | str | Unset = UNSET
    upgraded_at: None | str | Unset = UNSET
    user_provided_metadata: AgentUserProvidedMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        secret = ["access_api_key", "default_api_key"]
        shown = []
        for attribute in _attrs_fields(type(self)):
            value = getattr(self, attribute.name)
            if isinstance(value, Unset) or (
                attribute.name == "additional_properties" and not value
            ):
                continue
            masked = attribute.name in secret and isinstance(value, str)
            shown.append(f"{attribute.name}={'***' if masked else repr(value)}")
        return f"{type(self).__name__}({', '.join(shown)})"

    __str__ = __repr__

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
        id = self.id

        access_api_key = self.access_api_key

        access_api_key_id = self.access_api_key_id

        active = self.active

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        audit_unenrolled_reason = self.audit_unenrolled_reason

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        default_api_key = self.default_api_key

        default_api_key_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.default_api_key_history, Unset):
            default_api_key_history = []
            for default_api_key_history_item_data in self.default_api_key_history:
                default_api_key_history_item = (
                    default_api_key_history_item_data.to_dict()
                )
                default_api_key_history.append(default_api_key_history_item)

        default_api_key_id = self.default_api_key_id

        enrolled_at = self.enrolled_at

        last_checkin = self.last_checkin

        last_checkin_message = self.last_checkin_message

        last_checkin_status: str | Unset = UNSET
        if not isinstance(self.last_checkin_status, Unset):
            last_checkin_status = self.last_checkin_status.value

        last_known_status: str | Unset = UNSET
        if not isinstance(self.last_known_status, Unset):
            last_known_status = self.last_known_status.value

        local_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.local_metadata, Unset):
            local_metadata = self.local_metadata.to_dict()

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        namespaces: list[str] | Unset = UNSET
        if not isinstance(self.namespaces, Unset):
            namespaces = self.namespaces

        outputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = self.outputs.to_dict()

        packages: list[str] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = self.packages

        policy_id = self.policy_id

        policy_revision: float | None | Unset
        if isinstance(self.policy_revision, Unset):
            policy_revision = UNSET
        else:
            policy_revision = self.policy_revision

        sort: list[Any] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        unenrolled_at = self.unenrolled_at

        unenrollment_started_at = self.unenrollment_started_at

        unhealthy_reason: list[str] | None | Unset
        if isinstance(self.unhealthy_reason, Unset):
            unhealthy_reason = UNSET
        elif isinstance(self.unhealthy_reason, list):
            unhealthy_reason = []
            for unhealthy_reason_type_0_item_data in self.unhealthy_reason:
                unhealthy_reason_type_0_item = unhealthy_reason_type_0_item_data.value
                unhealthy_reason.append(unhealthy_reason_type_0_item)

        else:
            unhealthy_reason = self.unhealthy_reason

        upgrade_attempts: list[str] | None | Unset
        if isinstance(self.upgrade_attempts, Unset):
            upgrade_attempts = UNSET
        elif isinstance(self.upgrade_attempts, list):
            upgrade_attempts = self.upgrade_attempts

        else:
            upgrade_attempts = self.upgrade_attempts

        upgrade_details: dict[str, Any] | None | Unset
        if isinstance(self.upgrade_details, Unset):
            upgrade_details = UNSET
        elif isinstance(self.upgrade_details, AgentUpgradeDetailsType0):
            upgrade_details = self.upgrade_details.to_dict()
        else:
            upgrade_details = self.upgrade_details

        upgrade_started_at: None | str | Unset
        if isinstance(self.upgrade_started_at, Unset):
            upgrade_started_at = UNSET
        else:
            upgrade_started_at = self.upgrade_started_at

        upgraded_at: None | str | Unset
        if isinstance(self.upgraded_at, Unset):
            upgraded_at = UNSET
        else:
            upgraded_at = self.upgraded_at

        user_provided_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_provided_metadata, Unset):
            user_provided_metadata = self.user_provided_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if access_api_key is not UNSET:
            field_dict["access_api_key"] = access_api_key
        if access_api_key_id is not UNSET:
            field_dict["access_api_key_id"] = access_api_key_id
        if active is not UNSET:
            field_dict["active"] = active
        if agent is not UNSET:
            field_dict["agent"] = agent
        if audit_unenrolled_reason is not UNSET:
            field_dict["audit_unenrolled_reason"] = audit_unenrolled_reason
        if components is not UNSET:
            field_dict["components"] = components
        if default_api_key is not UNSET:
            field_dict["default_api_key"] = default_api_key
        if default_api_key_history is not UNSET:
            field_dict["default_api_key_history"] = default_api_key_history
        if default_api_key_id is not UNSET:
            field_dict["default_api_key_id"] = default_api_key_id
        if enrolled_at is not UNSET:
            field_dict["enrolled_at"] = enrolled_at
        if last_checkin is not UNSET:
            field_dict["last_checkin"] = last_checkin
        if last_checkin_message is not UNSET:
            field_dict["last_checkin_message"] = last_checkin_message
        if last_checkin_status is not UNSET:
            field_dict["last_checkin_status"] = last_checkin_status
        if last_known_status is not UNSET:
            field_dict["last_known_status"] = last_known_status
        if local_metadata is not UNSET:
            field_dict["local_metadata"] = local_metadata
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if namespaces is not UNSET:
            field_dict["namespaces"] = namespaces
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if packages is not UNSET:
            field_dict["packages"] = packages
        if policy_id is not UNSET:
            field_dict["policy_id"] = policy_id
        if policy_revision is not UNSET:
            field_dict["policy_revision"] = policy_revision
        if sort is not UNSET:
            field_dict["sort"] = sort
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unenrolled_at is not UNSET:
            field_dict["unenrolled_at"] = unenrolled_at
        if unenrollment_started_at is not UNSET:
            field_dict["unenrollment_started_at"] = unenrollment_started_at
        if unhealthy_reason is not UNSET:
            field_dict["unhealthy_reason"] = unhealthy_reason
        if upgrade_attempts is not UNSET:
            field_dict["upgrade_attempts"] = upgrade_attempts
        if upgrade_details is not UNSET:
            field_dict["upgrade_details"] = upgrade_details
        if upgrade_started_at is not UNSET:
            field_dict["upgrade_started_at"] = upgrade_started_at
        if upgraded_at is not UNSET:
            field_dict["upgraded_at"] = upgraded_at
        if user_provided_metadata is not UNSET:
            field_dict["user_provided_metadata"] = user_provided_metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        id = d.pop("id")

        access_api_key = d.pop("access_api_key", UNSET)

        access_api_key_id = d.pop("access_api_key_id", UNSET)

        active = d.pop("active", UNSET)

        _agent = d.pop("agent", UNSET)
        agent: AgentAgent | Unset
        if _agent is UNSET:
            agent = UNSET
        else:
            agent = AgentAgent.from_dict(_agent)

        audit_unenrolled_reason = d.pop("audit_unenrolled_reason", UNSET)

        _components = d.pop("components", UNSET)
        components: list[AgentComponentsItem] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = AgentComponentsItem.from_dict(components_item_data)

                components.append(components_item)

        default_api_key = d.pop("default_api_key", UNSET)

        _default_api_key_history = d.pop("default_api_key_history", UNSET)
        default_api_key_history: list[AgentDefaultApiKeyHistoryItem] | Unset = UNSET
        if _default_api_key_history is not UNSET:
            default_api_key_history = []
            for default_api_key_history_item_data in _default_api_key_history:
                default_api_key_history_item = AgentDefaultApiKeyHistoryItem.from_dict(
                    default_api_key_history_item_data
                )

                default_api_key_history.append(default_api_key_history_item)

        default_api_key_id = d.pop("default_api_key_id", UNSET)

        enrolled_at = d.pop("enrolled_at", UNSET)

        last_checkin = d.pop("last_checkin", UNSET)

        last_checkin_message = d.pop("last_checkin_message", UNSET)

        _last_checkin_status = d.pop("last_checkin_status", UNSET)
        last_checkin_status: AgentLastCheckinStatus | Unset
        if _last_checkin_status is UNSET:
            last_checkin_status = UNSET
        else:
            last_checkin_status = AgentLastCheckinStatus._from_value(
                _last_checkin_status
            )

        _last_known_status = d.pop("last_known_status", UNSET)
        last_known_status: AgentLastKnownStatus | Unset
        if _last_known_status is UNSET:
            last_known_status = UNSET
        else:
            last_known_status = AgentLastKnownStatus._from_value(_last_known_status)

        _local_metadata = d.pop("local_metadata", UNSET)
        local_metadata: AgentLocalMetadata | Unset
        if _local_metadata is UNSET:
            local_metadata = UNSET
        else:
            local_metadata = AgentLocalMetadata.from_dict(_local_metadata)

        _metrics = d.pop("metrics", UNSET)
        metrics: AgentMetrics | Unset
        if _metrics is UNSET:
            metrics = UNSET
        else:
            metrics = AgentMetrics.from_dict(_metrics)

        namespaces: list[str] | Unset = d.pop("namespaces", UNSET)

        _outputs = d.pop("outputs", UNSET)
        outputs: AgentOutputs | Unset
        if _outputs is UNSET:
            outputs = UNSET
        else:
            outputs = AgentOutputs.from_dict(_outputs)

        packages: list[str] | Unset = d.pop("packages", UNSET)

        policy_id = d.pop("policy_id", UNSET)

        policy_revision: float | None | Unset = d.pop("policy_revision", UNSET)

        sort: list[Any] | Unset = d.pop("sort", UNSET)

        _status = d.pop("status", UNSET)
        status: AgentStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = AgentStatus._from_value(_status)

        tags: list[str] | Unset = d.pop("tags", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: AgentType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = AgentType._from_value(_type_)

        unenrolled_at = d.pop("unenrolled_at", UNSET)

        unenrollment_started_at = d.pop("unenrollment_started_at", UNSET)

        _unhealthy_reason_data = d.pop("unhealthy_reason", UNSET)
        while True:
            if _unhealthy_reason_data is None:
                unhealthy_reason = _unhealthy_reason_data
                break
            if _unhealthy_reason_data is UNSET:
                unhealthy_reason = _unhealthy_reason_data
                break
            try:
                if not isinstance(_unhealthy_reason_data, list):
                    raise TypeError()
                unhealthy_reason_type_0 = []
                _unhealthy_reason_type_0 = _unhealthy_reason_data
                for unhealthy_reason_type_0_item_data in _unhealthy_reason_type_0:
                    unhealthy_reason_type_0_item = (
                        AgentUnhealthyReasonType0Item._from_value(
                            unhealthy_reason_type_0_item_data
                        )
                    )

                    unhealthy_reason_type_0.append(unhealthy_reason_type_0_item)

                unhealthy_reason = unhealthy_reason_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            unhealthy_reason: list[AgentUnhealthyReasonType0Item] | None | Unset = (
                _unhealthy_reason_data
            )
            break

        _upgrade_attempts_data = d.pop("upgrade_attempts", UNSET)
        while True:
            if _upgrade_attempts_data is None:
                upgrade_attempts = _upgrade_attempts_data
                break
            if _upgrade_attempts_data is UNSET:
                upgrade_attempts = _upgrade_attempts_data
                break
            try:
                if not isinstance(_upgrade_attempts_data, list):
                    raise TypeError()
                upgrade_attempts_type_0: list[str] = _upgrade_attempts_data

                upgrade_attempts = upgrade_attempts_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            upgrade_attempts: list[str] | None | Unset = _upgrade_attempts_data
            break

        _upgrade_details_data = d.pop("upgrade_details", UNSET)
        while True:
            if _upgrade_details_data is None:
                upgrade_details = _upgrade_details_data
                break
            if _upgrade_details_data is UNSET:
                upgrade_details = _upgrade_details_data
                break
            try:
                if not isinstance(_upgrade_details_data, dict):
                    raise TypeError()
                upgrade_details_type_0 = AgentUpgradeDetailsType0.from_dict(
                    _upgrade_details_data
                )

                upgrade_details = upgrade_details_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            upgrade_details: AgentUpgradeDetailsType0 | None | Unset = (
                _upgrade_details_data
            )
            break

        upgrade_started_at: None | str | Unset = d.pop("upgrade_started_at", UNSET)

        upgraded_at: None | str | Unset = d.pop("upgraded_at", UNSET)

        _user_provided_metadata = d.pop("user_provided_metadata", UNSET)
        user_provided_metadata: AgentUserProvidedMetadata | Unset
        if _user_provided_metadata is UNSET:
            user_provided_metadata = UNSET
        else:
            user_provided_metadata = AgentUserProvidedMetadata.from_dict(
                _user_provided_metadata
            )

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.access_api_key = access_api_key
        _obj.access_api_key_id = access_api_key_id
        _obj.active = active
        _obj.agent = agent
        _obj.audit_unenrolled_reason = audit_unenrolled_reason
        _obj.components = components
        _obj.default_api_key = default_api_key
        _obj.default_api_key_history = default_api_key_history
        _obj.default_api_key_id = default_api_key_id
        _obj.enrolled_at = enrolled_at
        _obj.last_checkin = last_checkin
        _obj.last_checkin_message = last_checkin_message
        _obj.last_checkin_status = last_checkin_status
        _obj.last_known_status = last_known_status
        _obj.local_metadata = local_metadata
        _obj.metrics = metrics
        _obj.namespaces = namespaces
        _obj.outputs = outputs
        _obj.packages = packages
        _obj.policy_id = policy_id
        _obj.policy_revision = policy_revision
        _obj.sort = sort
        _obj.status = status
        _obj.tags = tags
        _obj.type_ = type_
        _obj.unenrolled_at = unenrolled_at
        _obj.unenrollment_started_at = unenrollment_started_at
        _obj.unhealthy_reason = unhealthy_reason
        _obj.upgrade_attempts = upgrade_attempts
        _obj.upgrade_details = upgrade_details
        _obj.upgrade_started_at = upgrade_started_at
        _obj.upgraded_at = upgraded_at
        _obj.user_provided_metadata = user_provided_metadata

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
    global AgentAgent
    global AgentComponentsItem
    global AgentDefaultApiKeyHistoryItem
    global AgentLocalMetadata
    global AgentMetrics
    global AgentOutputs
    global AgentUpgradeDetailsType0
    global AgentUserProvidedMetadata
    from ..models.agent_agent import AgentAgent
    from ..models.agent_components_item import AgentComponentsItem
    from ..models.agent_default_api_key_history_item import (
        AgentDefaultApiKeyHistoryItem,
    )
    from ..models.agent_local_metadata import AgentLocalMetadata
    from ..models.agent_metrics import AgentMetrics
    from ..models.agent_outputs import AgentOutputs
    from ..models.agent_upgrade_details_type_0 import AgentUpgradeDetailsType0
    from ..models.agent_user_provided_metadata import AgentUserProvidedMetadata

    _models_imported = True

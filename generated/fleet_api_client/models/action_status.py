from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.action_status_status import ActionStatusStatus
from ..models.action_status_type import ActionStatusType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_status_latest_errors_item import ActionStatusLatestErrorsItem


T = TypeVar("T", bound="ActionStatus")


@_attrs_define
class ActionStatus:
    """
    Attributes:
        action_id (str | Unset):
        cancellation_time (str | Unset):
        completion_time (str | Unset):
        creation_time (str | Unset):
        expiration (str | Unset):
        has_rollout_period (bool | Unset):
        is_automatic (bool | Unset):
        latest_errors (list[ActionStatusLatestErrorsItem] | Unset):
        nb_agents_ack (float | Unset):
        nb_agents_action_created (float | Unset):
        nb_agents_actioned (float | Unset):
        nb_agents_failed (float | Unset):
        new_policy_id (str | Unset):
        policy_id (str | Unset):
        revision (float | Unset):
        start_time (str | Unset):
        status (ActionStatusStatus | Unset):
        type_ (ActionStatusType | Unset):
        version (str | Unset):
    """

    action_id: str | Unset = UNSET
    cancellation_time: str | Unset = UNSET
    completion_time: str | Unset = UNSET
    creation_time: str | Unset = UNSET
    expiration: str | Unset = UNSET
    has_rollout_period: bool | Unset = UNSET
    is_automatic: bool | Unset = UNSET
    latest_errors: list[ActionStatusLatestErrorsItem] | Unset = UNSET
    nb_agents_ack: float | Unset = UNSET
    nb_agents_action_created: float | Unset = UNSET
    nb_agents_actioned: float | Unset = UNSET
    nb_agents_failed: float | Unset = UNSET
    new_policy_id: str | Unset = UNSET
    policy_id: str | Unset = UNSET
    revision: float | Unset = UNSET
    start_time: str | Unset = UNSET
    status: ActionStatusStatus | Unset = UNSET
    type_: ActionStatusType | Unset = UNSET
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
        action_id = self.action_id

        cancellation_time = self.cancellation_time

        completion_time = self.completion_time

        creation_time = self.creation_time

        expiration = self.expiration

        has_rollout_period = self.has_rollout_period

        is_automatic = self.is_automatic

        latest_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.latest_errors, Unset):
            latest_errors = []
            for latest_errors_item_data in self.latest_errors:
                latest_errors_item = latest_errors_item_data.to_dict()
                latest_errors.append(latest_errors_item)

        nb_agents_ack = self.nb_agents_ack

        nb_agents_action_created = self.nb_agents_action_created

        nb_agents_actioned = self.nb_agents_actioned

        nb_agents_failed = self.nb_agents_failed

        new_policy_id = self.new_policy_id

        policy_id = self.policy_id

        revision = self.revision

        start_time = self.start_time

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_id is not UNSET:
            field_dict["actionId"] = action_id
        if cancellation_time is not UNSET:
            field_dict["cancellationTime"] = cancellation_time
        if completion_time is not UNSET:
            field_dict["completionTime"] = completion_time
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if has_rollout_period is not UNSET:
            field_dict["hasRolloutPeriod"] = has_rollout_period
        if is_automatic is not UNSET:
            field_dict["is_automatic"] = is_automatic
        if latest_errors is not UNSET:
            field_dict["latestErrors"] = latest_errors
        if nb_agents_ack is not UNSET:
            field_dict["nbAgentsAck"] = nb_agents_ack
        if nb_agents_action_created is not UNSET:
            field_dict["nbAgentsActionCreated"] = nb_agents_action_created
        if nb_agents_actioned is not UNSET:
            field_dict["nbAgentsActioned"] = nb_agents_actioned
        if nb_agents_failed is not UNSET:
            field_dict["nbAgentsFailed"] = nb_agents_failed
        if new_policy_id is not UNSET:
            field_dict["newPolicyId"] = new_policy_id
        if policy_id is not UNSET:
            field_dict["policyId"] = policy_id
        if revision is not UNSET:
            field_dict["revision"] = revision
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        action_id = d.pop("actionId", UNSET)

        cancellation_time = d.pop("cancellationTime", UNSET)

        completion_time = d.pop("completionTime", UNSET)

        creation_time = d.pop("creationTime", UNSET)

        expiration = d.pop("expiration", UNSET)

        has_rollout_period = d.pop("hasRolloutPeriod", UNSET)

        is_automatic = d.pop("is_automatic", UNSET)

        _latest_errors = d.pop("latestErrors", UNSET)
        latest_errors: list[ActionStatusLatestErrorsItem] | Unset = UNSET
        if _latest_errors is not UNSET:
            latest_errors = []
            for latest_errors_item_data in _latest_errors:
                latest_errors_item = ActionStatusLatestErrorsItem.from_dict(
                    latest_errors_item_data
                )

                latest_errors.append(latest_errors_item)

        nb_agents_ack = d.pop("nbAgentsAck", UNSET)

        nb_agents_action_created = d.pop("nbAgentsActionCreated", UNSET)

        nb_agents_actioned = d.pop("nbAgentsActioned", UNSET)

        nb_agents_failed = d.pop("nbAgentsFailed", UNSET)

        new_policy_id = d.pop("newPolicyId", UNSET)

        policy_id = d.pop("policyId", UNSET)

        revision = d.pop("revision", UNSET)

        start_time = d.pop("startTime", UNSET)

        _status = d.pop("status", UNSET)
        status: ActionStatusStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = ActionStatusStatus._from_value(_status)

        _type_ = d.pop("type", UNSET)
        type_: ActionStatusType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = ActionStatusType._from_value(_type_)

        version = d.pop("version", UNSET)

        _obj = cls.__new__(cls)
        _obj.action_id = action_id
        _obj.cancellation_time = cancellation_time
        _obj.completion_time = completion_time
        _obj.creation_time = creation_time
        _obj.expiration = expiration
        _obj.has_rollout_period = has_rollout_period
        _obj.is_automatic = is_automatic
        _obj.latest_errors = latest_errors
        _obj.nb_agents_ack = nb_agents_ack
        _obj.nb_agents_action_created = nb_agents_action_created
        _obj.nb_agents_actioned = nb_agents_actioned
        _obj.nb_agents_failed = nb_agents_failed
        _obj.new_policy_id = new_policy_id
        _obj.policy_id = policy_id
        _obj.revision = revision
        _obj.start_time = start_time
        _obj.status = status
        _obj.type_ = type_
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
    global ActionStatusLatestErrorsItem
    from ..models.action_status_latest_errors_item import ActionStatusLatestErrorsItem

    _models_imported = True

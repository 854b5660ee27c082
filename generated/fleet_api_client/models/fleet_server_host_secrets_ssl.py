from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_policy_secret_ref import PackagePolicySecretRef


T = TypeVar("T", bound="FleetServerHostSecretsSsl")


@_attrs_define
class FleetServerHostSecretsSsl:
    """
    Attributes:
        agent_key (PackagePolicySecretRef | str | Unset):
        es_key (PackagePolicySecretRef | str | Unset):
        key (PackagePolicySecretRef | str | Unset):
    """

    agent_key: PackagePolicySecretRef | str | Unset = UNSET
    es_key: PackagePolicySecretRef | str | Unset = UNSET
    key: PackagePolicySecretRef | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        secret = ["agent_key", "es_key", "key"]
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
        agent_key: dict[str, Any] | str | Unset
        if isinstance(self.agent_key, Unset):
            agent_key = UNSET
        elif isinstance(self.agent_key, PackagePolicySecretRef):
            agent_key = self.agent_key.to_dict()
        else:
            agent_key = self.agent_key

        es_key: dict[str, Any] | str | Unset
        if isinstance(self.es_key, Unset):
            es_key = UNSET
        elif isinstance(self.es_key, PackagePolicySecretRef):
            es_key = self.es_key.to_dict()
        else:
            es_key = self.es_key

        key: dict[str, Any] | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        elif isinstance(self.key, PackagePolicySecretRef):
            key = self.key.to_dict()
        else:
            key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_key is not UNSET:
            field_dict["agent_key"] = agent_key
        if es_key is not UNSET:
            field_dict["es_key"] = es_key
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _agent_key_data = d.pop("agent_key", UNSET)
        while True:
            if _agent_key_data is UNSET:
                agent_key = _agent_key_data
                break
            try:
                if not isinstance(_agent_key_data, dict):
                    raise TypeError()
                agent_key_type_0 = PackagePolicySecretRef.from_dict(_agent_key_data)

                agent_key = agent_key_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            agent_key: PackagePolicySecretRef | str | Unset = _agent_key_data
            break

        _es_key_data = d.pop("es_key", UNSET)
        while True:
            if _es_key_data is UNSET:
                es_key = _es_key_data
                break
            try:
                if not isinstance(_es_key_data, dict):
                    raise TypeError()
                es_key_type_0 = PackagePolicySecretRef.from_dict(_es_key_data)

                es_key = es_key_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            es_key: PackagePolicySecretRef | str | Unset = _es_key_data
            break

        _key_data = d.pop("key", UNSET)
        while True:
            if _key_data is UNSET:
                key = _key_data
                break
            try:
                if not isinstance(_key_data, dict):
                    raise TypeError()
                key_type_0 = PackagePolicySecretRef.from_dict(_key_data)

                key = key_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            key: PackagePolicySecretRef | str | Unset = _key_data
            break

        _obj = cls.__new__(cls)
        _obj.agent_key = agent_key
        _obj.es_key = es_key
        _obj.key = key

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
    global PackagePolicySecretRef
    from ..models.package_policy_secret_ref import PackagePolicySecretRef

    _models_imported = True

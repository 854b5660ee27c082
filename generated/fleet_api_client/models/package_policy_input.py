from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_policy_config import PackagePolicyConfig
    from ..models.package_policy_stream import PackagePolicyStream
    from ..models.package_policy_vars import PackagePolicyVars


T = TypeVar("T", bound="PackagePolicyInput")


@_attrs_define
class PackagePolicyInput:
    """
    Attributes:
        type_ (str):
        id (str | Unset):
        policy_template (str | Unset):
        enabled (bool | Unset):
        keep_enabled (bool | Unset):
        vars_ (PackagePolicyVars | Unset):
        config (PackagePolicyConfig | Unset):
        streams (list[PackagePolicyStream] | Unset):
        compiled_input (Any | Unset):
    """

    type_: str
    id: str | Unset = UNSET
    policy_template: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    keep_enabled: bool | Unset = UNSET
    vars_: PackagePolicyVars | Unset = UNSET
    config: PackagePolicyConfig | Unset = UNSET
    streams: list[PackagePolicyStream] | Unset = UNSET
    compiled_input: Any | Unset = UNSET
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
        type_ = self.type_

        id = self.id

        policy_template = self.policy_template

        enabled = self.enabled

        keep_enabled = self.keep_enabled

        vars_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vars_, Unset):
            vars_ = self.vars_.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        streams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.streams, Unset):
            streams = []
            for streams_item_data in self.streams:
                streams_item = streams_item_data.to_dict()
                streams.append(streams_item)

        compiled_input = self.compiled_input

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if policy_template is not UNSET:
            field_dict["policy_template"] = policy_template
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if keep_enabled is not UNSET:
            field_dict["keep_enabled"] = keep_enabled
        if vars_ is not UNSET:
            field_dict["vars"] = vars_
        if config is not UNSET:
            field_dict["config"] = config
        if streams is not UNSET:
            field_dict["streams"] = streams
        if compiled_input is not UNSET:
            field_dict["compiled_input"] = compiled_input

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        type_ = d.pop("type")

        id = d.pop("id", UNSET)

        policy_template = d.pop("policy_template", UNSET)

        enabled = d.pop("enabled", UNSET)

        keep_enabled = d.pop("keep_enabled", UNSET)

        _vars_ = d.pop("vars", UNSET)
        vars_: PackagePolicyVars | Unset
        if _vars_ is UNSET:
            vars_ = UNSET
        else:
            vars_ = PackagePolicyVars.from_dict(_vars_)

        _config = d.pop("config", UNSET)
        config: PackagePolicyConfig | Unset
        if _config is UNSET:
            config = UNSET
        else:
            config = PackagePolicyConfig.from_dict(_config)

        _streams = d.pop("streams", UNSET)
        streams: list[PackagePolicyStream] | Unset = UNSET
        if _streams is not UNSET:
            streams = []
            for streams_item_data in _streams:
                streams_item = PackagePolicyStream.from_dict(streams_item_data)

                streams.append(streams_item)

        compiled_input = d.pop("compiled_input", UNSET)

        _obj = cls.__new__(cls)
        _obj.type_ = type_
        _obj.id = id
        _obj.policy_template = policy_template
        _obj.enabled = enabled
        _obj.keep_enabled = keep_enabled
        _obj.vars_ = vars_
        _obj.config = config
        _obj.streams = streams
        _obj.compiled_input = compiled_input

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
    global PackagePolicyConfig
    global PackagePolicyStream
    global PackagePolicyVars
    from ..models.package_policy_config import PackagePolicyConfig
    from ..models.package_policy_stream import PackagePolicyStream
    from ..models.package_policy_vars import PackagePolicyVars

    _models_imported = True

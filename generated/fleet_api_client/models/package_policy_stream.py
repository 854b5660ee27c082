from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_policy_config import PackagePolicyConfig
    from ..models.package_policy_data_stream import PackagePolicyDataStream
    from ..models.package_policy_vars import PackagePolicyVars


T = TypeVar("T", bound="PackagePolicyStream")


@_attrs_define
class PackagePolicyStream:
    """
    Attributes:
        data_stream (PackagePolicyDataStream):
        id (str | Unset):
        enabled (bool | Unset):
        keep_enabled (bool | Unset):
        release (str | Unset):
        vars_ (PackagePolicyVars | Unset):
        config (PackagePolicyConfig | Unset):
        compiled_stream (Any | Unset):
    """

    data_stream: PackagePolicyDataStream
    id: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    keep_enabled: bool | Unset = UNSET
    release: str | Unset = UNSET
    vars_: PackagePolicyVars | Unset = UNSET
    config: PackagePolicyConfig | Unset = UNSET
    compiled_stream: Any | Unset = UNSET
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
        data_stream = self.data_stream.to_dict()

        id = self.id

        enabled = self.enabled

        keep_enabled = self.keep_enabled

        release = self.release

        vars_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vars_, Unset):
            vars_ = self.vars_.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        compiled_stream = self.compiled_stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_stream": data_stream,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if keep_enabled is not UNSET:
            field_dict["keep_enabled"] = keep_enabled
        if release is not UNSET:
            field_dict["release"] = release
        if vars_ is not UNSET:
            field_dict["vars"] = vars_
        if config is not UNSET:
            field_dict["config"] = config
        if compiled_stream is not UNSET:
            field_dict["compiled_stream"] = compiled_stream

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        data_stream = PackagePolicyDataStream.from_dict(d.pop("data_stream"))

        id = d.pop("id", UNSET)

        enabled = d.pop("enabled", UNSET)

        keep_enabled = d.pop("keep_enabled", UNSET)

        release = d.pop("release", UNSET)

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

        compiled_stream = d.pop("compiled_stream", UNSET)

        _obj = cls.__new__(cls)
        _obj.data_stream = data_stream
        _obj.id = id
        _obj.enabled = enabled
        _obj.keep_enabled = keep_enabled
        _obj.release = release
        _obj.vars_ = vars_
        _obj.config = config
        _obj.compiled_stream = compiled_stream

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
    global PackagePolicyDataStream
    global PackagePolicyVars
    from ..models.package_policy_config import PackagePolicyConfig
    from ..models.package_policy_data_stream import PackagePolicyDataStream
    from ..models.package_policy_vars import PackagePolicyVars

    _models_imported = True

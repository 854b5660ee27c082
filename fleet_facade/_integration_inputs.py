"""Check simplified package policy ``inputs``/``vars`` against a package manifest before sending.

Kibana's simplified format keys inputs as ``"<policy_template>-<input type>"`` and streams by
their data stream's ``dataset``; this module knows the same layout, so a typo is reported with
the valid names (and the closest one) instead of a terse 400 after a round trip.

Example:
    >>> info = {"name": "p", "version": "1.0.0", "vars": [], "policy_templates": [
    ...     {"name": "p", "inputs": [{"type": "logfile", "vars": []}]}],
    ...     "data_streams": [{"dataset": "p.log", "streams": [{"input": "logfile", "vars": [
    ...         {"name": "paths", "type": "text", "multi": True, "required": True}]}]}]}
    >>> validate_simplified_inputs(info, {"p-logfile": {"streams": {"p.log": {
    ...     "vars": {"paths": ["/var/log/*.log"]}}}}}, None)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from . import _endpoint
from ._exceptions import InvalidArgumentError, InvalidInputsError

__all__ = ["InvalidInputsError", "validate_full_inputs", "validate_inputs",
           "validate_simplified_inputs"]

_STRING_TYPES = {"text", "string", "password", "textarea", "email", "url", "yaml", "select"}
_TYPE_NAMES = {"bool": "bool", "integer": "int", "float": "number"}


def plain_manifest(package_info: Any) -> Mapping[str, Any]:
    if isinstance(package_info, Mapping):
        return package_info
    to_dict = getattr(package_info, "to_dict", None)
    if to_dict is None:
        raise InvalidArgumentError(
            "package_info must be a mapping or a generated PackageInfo model")
    result: Mapping[str, Any] = to_dict()
    return result


def _suggest(name: str, valid: Iterable[str]) -> str:
    import difflib  # (only on an error: not worth loading with the package)

    names = sorted(valid)
    close = difflib.get_close_matches(name, names, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    listed = ", ".join(names) if names else "none"
    return f"{hint} valid: {listed}"


def _type_ok(value: Any, var_type: str) -> bool:
    if var_type in _STRING_TYPES:
        return isinstance(value, str)
    if var_type == "bool":
        return isinstance(value, bool)
    if var_type == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if var_type == "float":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return True  # unknown manifest types are left to Kibana


def _check_vars(
    where: str,
    given: Mapping[str, Any] | None,
    declared: list[Mapping[str, Any]],
    problems: list[str],
    *,
    enabled: bool,
) -> None:
    by_name = {str(var.get("name")): var for var in declared}
    for name, value in (given or {}).items():
        var = by_name.get(name)
        if var is None:
            problems.append(f"unknown variable {name!r} in {where}{_suggest(name, by_name)}")
            continue
        if value is None:
            continue
        var_type = str(var.get("type", "text"))
        expected = _TYPE_NAMES.get(var_type, "str" if var_type in _STRING_TYPES else var_type)
        if var.get("multi"):
            if not isinstance(value, list):
                problems.append(
                    f"variable {name!r} in {where} takes a list (multi {var_type}), "
                    f"got {type(value).__name__}"
                )
            elif not all(_type_ok(item, var_type) for item in value):
                problems.append(f"variable {name!r} in {where} takes a list of {expected}")
        elif not _type_ok(value, var_type):
            problems.append(
                f"variable {name!r} in {where} takes {expected} ({var_type}), "
                f"got {type(value).__name__}"
            )
    if not enabled:
        return
    for name, var in by_name.items():
        if var.get("required") and "default" not in var and (given or {}).get(name) is None:
            problems.append(f"required variable {name!r} in {where} has no value and no default")


#: The variable Kibana adds to the one stream of an input package's template.
DATASET_VAR = "data_stream.dataset"


def input_package_layout(info: Mapping[str, Any], template: Mapping[str, Any]) -> dict[str, Any]:
    """The one input of an input package's policy template (``{"input": <type>, "vars": ...}``).

    Kibana gives such a template one input of that type without variables of its own, and one
    stream whose dataset is ``<package>.<template>`` and whose variables are the template's
    plus ``data_stream.dataset``, which defaults to that dataset name
    (x-pack/platform/plugins/shared/fleet/common/services/policy_template.ts
    getNormalizedInputs, getNormalizedDataStreams).
    """
    dataset = f"{info.get('name')}.{template.get('name')}"
    variables = list(template.get("vars") or [])
    if not any(var.get("name") == DATASET_VAR for var in variables):
        variables.append({"name": DATASET_VAR, "type": "text", "required": True,
                          "default": dataset})
    return {"vars": [], "streams": {dataset: {"input": template.get("input"),
                                              "vars": variables, "enabled": True}}}


def _inputs_layout(info: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """``{input key: {"vars": [...], "streams": {dataset: stream}}}`` from the manifest."""
    data_streams = info.get("data_streams") or []
    layout: dict[str, dict[str, Any]] = {}
    for template in info.get("policy_templates") or []:
        if "input" in template:
            layout[f"{template.get('name')}-{template.get('input')}"] = input_package_layout(
                info, template)
            continue
        allowed = template.get("data_streams")
        for package_input in template.get("inputs") or []:
            input_type = package_input.get("type")
            streams: dict[str, Any] = {}
            for data_stream in data_streams:
                if allowed and data_stream.get("path") not in allowed:
                    continue
                for stream in data_stream.get("streams") or []:
                    if stream.get("input") == input_type:
                        streams[str(data_stream.get("dataset"))] = stream
            layout[f"{template.get('name')}-{input_type}"] = {
                "vars": package_input.get("vars") or [],
                "streams": streams,
            }
    return layout


def check_simplified_shape(inputs: Any, vars: Any) -> None:
    """Refuse ``inputs``/``vars`` that are not the simplified format's nested mappings.

    Raises:
        InvalidArgumentError: Names the offending place, e.g. ``inputs['nginx-logfile'].streams``;
            a ``FleetError`` and a ``TypeError``.
    """

    def mapping(value: Any, where: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise InvalidArgumentError(f"{where} must be a mapping, got {type(value).__name__}")
        for key in value:
            if not isinstance(key, str):
                raise InvalidArgumentError(f"{where} keys must be strings, got {key!r}")
        return value

    if vars is not None:
        mapping(vars, "vars")
    if inputs is None:
        return
    for input_id, spec in mapping(inputs, "inputs").items():
        if spec is None:
            continue
        where = f"inputs[{input_id!r}]"
        mapping(spec, where)
        if spec.get("vars") is not None:
            mapping(spec["vars"], f"{where}.vars")
        if spec.get("enabled") is not None and not isinstance(spec["enabled"], bool):
            raise InvalidArgumentError(f"{where}.enabled must be true or false")
        for dataset, stream in mapping(spec.get("streams") or {}, f"{where}.streams").items():
            if stream is None:
                continue
            mapping(stream, f"{where}.streams[{dataset!r}]")
            if stream.get("vars") is not None:
                mapping(stream["vars"], f"{where}.streams[{dataset!r}].vars")
            if stream.get("enabled") is not None and not isinstance(stream["enabled"], bool):
                raise InvalidArgumentError(
                    f"{where}.streams[{dataset!r}].enabled must be true or false")


def validate_simplified_inputs(
    package_info: Any,
    inputs: Mapping[str, Any] | None,
    vars: Mapping[str, Any] | None,
) -> None:
    """Refuse simplified ``inputs``/``vars`` that do not fit the package.

    Checks, like Kibana does on create: unknown input keys, stream datasets and variable names
    (naming the valid ones and the closest match), required variables without value or default
    in everything that will be enabled, and value types (text/string/password/yaml -> str,
    bool -> bool, integer -> int, multi -> list).

    Args:
        package_info: The package manifest (``PackageInfo`` model or its dict form).
        inputs: Simplified inputs, ``{"<template>-<type>": {enabled?, vars?, streams?}}``.
        vars: Package-level variables, ``{name: value}``.

    Raises:
        InvalidInputsError: One or more problems; ``problems`` lists them all.
    """
    check_simplified_shape(inputs, vars)
    info = plain_manifest(package_info)
    package = f"package {info.get('name')} {info.get('version')}"
    problems: list[str] = []
    _check_vars(package, vars, list(info.get("vars") or []), problems, enabled=True)
    layout = _inputs_layout(info)
    given_inputs = dict(inputs or {})
    for key in given_inputs:
        if key not in layout:
            problems.append(f"unknown input {key!r} for {package}{_suggest(key, layout)}")
    for key, spec in layout.items():
        given = given_inputs.get(key)
        if given is not None and not isinstance(given, Mapping):
            problems.append(f"input {key!r} must be a mapping, got {type(given).__name__}")
            continue
        given = given or {}
        input_enabled = given.get("enabled", True) is not False
        given_streams = dict(given.get("streams") or {})
        for dataset in given_streams:
            if dataset not in spec["streams"]:
                hint = _suggest(dataset, spec["streams"])
                problems.append(f"unknown stream {dataset!r} in input {key!r}{hint}")
        any_enabled = False
        for dataset, stream in spec["streams"].items():
            stream_given = given_streams.get(dataset) or {}
            if dataset in given_streams:
                enabled = stream_given.get("enabled", True) is not False
            else:
                enabled = stream.get("enabled", True) is not False
            enabled = enabled and input_enabled
            any_enabled = any_enabled or enabled
            _check_vars(
                f"stream {dataset!r} of input {key!r}",
                stream_given.get("vars"),
                list(stream.get("vars") or []),
                problems,
                enabled=enabled,
            )
        _check_vars(
            f"input {key!r}",
            given.get("vars"),
            list(spec["vars"]),
            problems,
            enabled=input_enabled and (any_enabled or not spec["streams"]),
        )
    if problems:
        raise InvalidInputsError(problems)


def _declared_input_types(info: Mapping[str, Any]) -> dict[str, list[str]]:
    """``{input key: [policy template, input type]}`` for every input the manifest defines."""
    declared: dict[str, list[str]] = {}
    for template in info.get("policy_templates") or []:
        types = ([template.get("input")] if "input" in template
                 else [i.get("type") for i in template.get("inputs") or []])
        for input_type in types:
            declared[f"{template.get('name')}-{input_type}"] = [str(template.get("name")),
                                                                 str(input_type)]
    return declared


#: Inputs a Kibana plugin adds to a package with none in its manifest: Elastic Defend's create
#: body names its config input, and what Kibana stores (and an update sends back) is the
#: ``endpoint`` input (see :mod:`fleet_facade._endpoint`).
PLUGIN_INPUTS = {_endpoint.PACKAGE: (_endpoint.CONFIG_INPUT, _endpoint.STORED_INPUT)}


def _full_values(variables: Any, where: str) -> dict[str, Any]:
    """``{name: {type?, value}}`` (or plain values) as ``{name: value}``."""
    if variables is None:
        return {}
    if not isinstance(variables, Mapping):
        raise InvalidArgumentError(f"{where} must be a mapping, got {type(variables).__name__}")
    return {str(name): (entry.get("value") if isinstance(entry, Mapping) else entry)
            for name, entry in variables.items()}


def _full_entry(entry: Any, index: int) -> Mapping[str, Any]:
    where = f"inputs[{index}]"
    if not isinstance(entry, Mapping) or not isinstance(entry.get("type"), str):
        raise InvalidArgumentError(f"{where} must be a mapping with a string 'type' (the full "
                                   "form's inputs are a list of inputs)")
    if entry.get("enabled") is not None and not isinstance(entry["enabled"], bool):
        raise InvalidArgumentError(f"{where}.enabled must be true or false")
    streams = entry.get("streams")
    if streams is not None and not isinstance(streams, list):
        raise InvalidArgumentError(f"{where}.streams must be a list, got {type(streams).__name__}")
    return entry


def _defaults_not_applied(info: Mapping[str, Any], simplified: Mapping[str, Any]) -> list[str]:
    """Required variables with a manifest default that a listed, enabled input or stream
    leaves without a value: Kibana keeps full-form inputs as given (no defaults filled in)
    and refuses them (``validatePackagePolicy``: "<Title> is required"); those without a
    default are reported by the simplified check."""
    layout = _inputs_layout(info)
    problems: list[str] = []

    def missing(where: str, given: Mapping[str, Any], declared: list[Mapping[str, Any]]) -> None:
        for var in declared:
            name = str(var.get("name"))
            if var.get("required") and "default" in var and given.get(name) is None:
                problems.append(f"required variable {name!r} in {where} has no value (the "
                                "full form takes no defaults: give it)")

    for key, entry in simplified.items():
        if key not in layout or not entry.get("enabled"):
            continue
        missing(f"input {key!r}", entry.get("vars") or {}, list(layout[key]["vars"]))
        for dataset, stream in (entry.get("streams") or {}).items():
            if stream.get("enabled") and dataset in layout[key]["streams"]:
                missing(f"stream {dataset!r} of input {key!r}", stream.get("vars") or {},
                        list(layout[key]["streams"][dataset].get("vars") or []))
    return problems


def validate_full_inputs(package_info: Any, inputs: Any, vars: Any) -> None:
    """Refuse full-form (array) ``inputs``/``vars`` that do not fit the package.

    Each input must be one the manifest defines (its ``type``, with ``policy_template`` when
    several templates have that type), or one a Kibana plugin adds for the package (Elastic
    Defend's ``ENDPOINT_INTEGRATION_CONFIG``); streams are named by ``data_stream.dataset``;
    variables are ``{name: {type, value}}``. The values are then checked as the simplified
    form's are (names, types, required values of what is enabled); inputs the list leaves out
    are not added by Kibana, so their required variables are not asked for.

    Raises:
        InvalidArgumentError: ``inputs`` is not a list of inputs (nothing sent).
        InvalidInputsError: Unknown inputs, streams or variables (valid choices named), or an
            Elastic Defend config Kibana would refuse.
    """
    if not isinstance(inputs, list):
        raise InvalidArgumentError(f"full-form inputs must be a list, got {type(inputs).__name__}")
    info = plain_manifest(package_info)
    package = f"package {info.get('name')} {info.get('version')}"
    declared = _declared_input_types(info)
    plugin_inputs = PLUGIN_INPUTS.get(str(info.get("name")), ())
    problems: list[str] = []
    simplified: dict[str, Any] = {key: {"enabled": False} for key in declared}
    for index, raw in enumerate(inputs):
        entry = _full_entry(raw, index)
        input_type, template = entry["type"], entry.get("policy_template")
        if input_type in plugin_inputs:
            continue
        keys = [key for key, (name, kind) in declared.items()
                if kind == input_type and template in (None, name)]
        if len(keys) != 1:
            valid = sorted({kind for _, kind in declared.values()} | set(plugin_inputs))
            what = f"{template}-{input_type}" if template else input_type
            problems.append(f"unknown input {what!r} for {package}"
                            + (" (several policy templates have it: give policy_template)"
                               if keys else "") + _suggest(input_type, valid))
            continue
        streams: dict[str, Any] = {}
        for j, stream in enumerate(entry.get("streams") or []):
            dataset = ((stream or {}).get("data_stream") or {}).get("dataset") \
                if isinstance(stream, Mapping) else None
            if not isinstance(dataset, str):
                raise InvalidArgumentError(
                    f"inputs[{index}].streams[{j}] must name its data_stream.dataset")
            streams[dataset] = {"enabled": stream.get("enabled", True) is not False,
                                "vars": _full_values(stream.get("vars"),
                                                     f"inputs[{index}].streams[{j}].vars")}
        simplified[keys[0]] = {"enabled": entry.get("enabled", True) is not False,
                               "vars": _full_values(entry.get("vars"), f"inputs[{index}].vars"),
                               "streams": streams}
    problems += _endpoint.config_problems(inputs) if plugin_inputs else []
    problems += _defaults_not_applied(info, simplified)
    try:
        validate_simplified_inputs(info, simplified, _full_values(vars, "vars") or None)
    except InvalidInputsError as exc:
        problems += exc.problems
    if problems:
        raise InvalidInputsError(problems)


def validate_inputs(package_info: Any, inputs: Any, vars: Any) -> None:
    """:func:`validate_full_inputs` for a list of inputs, else the simplified check."""
    if isinstance(inputs, list):
        validate_full_inputs(package_info, inputs, vars)
    else:
        validate_simplified_inputs(package_info, inputs, vars)

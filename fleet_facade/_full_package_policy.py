"""The full (array) form of a package policy, built from the simplified ``inputs``/``vars``.

Kibana 8.5 added the simplified request form; 7.17 and 8.0-8.4 take only the full form, where
``inputs`` is a list of every input of the package with its streams, and each variable is
``{"type", "value"}``. This module builds that list from the package manifest and the same
simplified ``inputs``/``vars`` a caller writes for newer Kibana, by the rules Kibana itself
applies when it converts a simplified request (x-pack/platform/plugins/shared/fleet/common/
services/simplified_package_policy_helper.ts, package_to_package_policy.ts), so a policy means
the same on every version.

The defaults, from the manifest:

* one input per policy template and input type (an input package's template has one input of
  its ``input`` type), with ``policy_template`` set;
* its streams: the streams of that input type in the template's data streams (all data streams
  when the template names none); a stream is enabled unless the manifest says
  ``enabled: false`` or marks it deprecated;
* an input is enabled when one of its streams is (or when it has none), unless deprecated;
* every variable (package, input, stream) is ``{"type": <manifest type>, "value": <default>}``,
  the value an empty list for a ``multi`` variable without a default.

Then the caller's simplified values: a package variable gets its value; an input that is
named becomes enabled unless it says ``enabled: false``, and its variables get their values;
likewise a stream that is named. Inputs and streams not named keep their defaults.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._exceptions import InvalidInputsError
from ._integration_inputs import input_package_layout, plain_manifest

Json = dict[str, Any]


def _var_records(declared: list[Mapping[str, Any]]) -> Json:
    records: Json = {}
    for var in declared:
        default = var.get("default")
        record: Json = {"value": [] if var.get("multi") and not default else default}
        if var.get("type"):
            record["type"] = var["type"]
        records[str(var.get("name"))] = record
    return records


def _declared_inputs(info: Mapping[str, Any]) -> list[tuple[Any, Mapping[str, Any], list[Any]]]:
    """``(template name, package input, [(data stream type, dataset, stream)])`` per input."""
    data_streams = info.get("data_streams") or []
    declared: list[tuple[Any, Mapping[str, Any], list[Any]]] = []
    for template in info.get("policy_templates") or []:
        if "input" in template:
            [(dataset, stream)] = input_package_layout(info, template)["streams"].items()
            declared.append((template.get("name"), {"type": template.get("input")},
                             [(template.get("type"), dataset, stream)]))
            continue
        allowed = template.get("data_streams")
        for package_input in template.get("inputs") or []:
            streams = [
                (data_stream.get("type"), data_stream.get("dataset"), stream)
                for data_stream in data_streams
                if not allowed or data_stream.get("path") in allowed
                for stream in data_stream.get("streams") or []
                if stream.get("input") == package_input.get("type")
            ]
            declared.append((template.get("name"), package_input, streams))
    return declared


def _default_inputs(info: Mapping[str, Any]) -> dict[str, Json]:
    """``{"<template>-<type>": full input}`` with the manifest's defaults, in manifest order."""
    inputs: dict[str, Json] = {}
    for template_name, package_input, streams in _declared_inputs(info):
        built_streams = []
        for kind, dataset, stream in streams:
            built: Json = {
                "enabled": not stream.get("deprecated") and stream.get("enabled") is not False,
                "data_stream": {"type": kind, "dataset": dataset},
            }
            if stream.get("vars"):
                built["vars"] = _var_records(stream["vars"])
            built_streams.append(built)
        enabled = any(s["enabled"] for s in built_streams) if built_streams else True
        full: Json = {
            "type": package_input.get("type"),
            "policy_template": template_name,
            "enabled": enabled and not package_input.get("deprecated"),
            "streams": built_streams,
        }
        if package_input.get("vars"):
            full["vars"] = _var_records(package_input["vars"])
        inputs[f"{template_name}-{package_input.get('type')}"] = full
    return inputs


def _assign(values: Mapping[str, Any] | None, records: Json | None, where: str,
            problems: list[str]) -> None:
    for name, value in (values or {}).items():
        if records is None or name not in records:
            problems.append(f"variable {name!r} not found in {where}")
            continue
        records[name]["value"] = value


def full_inputs(
    package_info: Any, inputs: Mapping[str, Any] | None, vars: Mapping[str, Any] | None
) -> tuple[list[Json], Json | None]:
    """The full form's ``inputs`` list and ``vars`` record for simplified ``inputs``/``vars``.

    Raises:
        InvalidInputsError: An input, stream or variable the package does not have (the
            same refusals Kibana makes when it converts a simplified request).
    """
    info = plain_manifest(package_info)
    problems: list[str] = []
    package_vars = _var_records(info.get("vars") or []) if info.get("vars") else None
    _assign(vars, package_vars, "the package", problems)
    by_key = _default_inputs(info)
    for key, given in (inputs or {}).items():
        full = by_key.get(key)
        if full is None:
            problems.append(f"input {key!r} not found")
            continue
        given = given or {}
        full["enabled"] = given.get("enabled") is not False
        _assign(given.get("vars"), full.get("vars"), f"input {key!r}", problems)
        streams = {s["data_stream"]["dataset"]: s for s in full["streams"]}
        for dataset, stream_given in (given.get("streams") or {}).items():
            stream = streams.get(dataset)
            if stream is None:
                problems.append(f"stream {dataset!r} not found in input {key!r}")
                continue
            stream_given = stream_given or {}
            stream["enabled"] = stream_given.get("enabled") is not False
            _assign(stream_given.get("vars"), stream.get("vars"),
                    f"stream {dataset!r} of input {key!r}", problems)
    if problems:
        raise InvalidInputsError(problems)
    return list(by_key.values()), package_vars


def completed_inputs(package_info: Any, inputs: Sequence[Mapping[str, Any]]) -> list[Json]:
    """Full-form ``inputs`` as the caller gave them, with what Kibana's body schema requires
    and the caller may leave out: ``enabled`` (true, as in the simplified form) on inputs and
    streams, and a stream's ``data_stream.type`` (its data stream's, from the manifest)
    (server/types/models/package_policy.ts: PackagePolicyInputsSchema, PackagePolicyStreamsSchema).
    """
    info = plain_manifest(package_info)
    kinds = {d.get("dataset"): d.get("type") for d in info.get("data_streams") or []}
    for template in info.get("policy_templates") or []:
        if "input" in template:  # an input package's one stream
            [dataset] = input_package_layout(info, template)["streams"]
            kinds[dataset] = template.get("type")
    completed: list[Json] = []
    for given in inputs:
        entry: Json = {**given, "enabled": given.get("enabled", True)}
        if "streams" in given:
            streams = []
            for stream in given.get("streams") or []:
                data_stream = dict(stream.get("data_stream") or {})
                if "type" not in data_stream and kinds.get(data_stream.get("dataset")):
                    data_stream["type"] = kinds[data_stream.get("dataset")]
                streams.append({**stream, "enabled": stream.get("enabled", True),
                                "data_stream": data_stream})
            entry["streams"] = streams
        completed.append(entry)
    return completed


def full_request_body(
    body: Mapping[str, Any], package_info: Any, *, namespace: str, policy_id: str | None
) -> Json:
    """A simplified create/update body (what the facade sends to 8.5+) in the full form.

    Kibana 7.17's body schema requires ``namespace``, ``policy_id``, ``enabled``, ``output_id``
    and ``package.title`` besides the inputs (server/types/models/package_policy.ts,
    NewPackagePolicySchema); 8.0-8.4 accept them. ``namespace`` and ``policy_id`` are passed
    in resolved (the caller's, else the agent policy's or the current policy's); a missing
    output is ``""``, as Kibana itself stores it before 8.5 (recorded 8.0 answers).
    """
    info = plain_manifest(package_info)
    inputs, package_vars = full_inputs(info, body.get("inputs"), body.get("vars"))
    full: Json = {k: v for k, v in body.items() if k not in ("inputs", "vars", "policy_ids")}
    package = dict(body["package"])
    package["title"] = info.get("title") or package["name"]
    full.update(namespace=namespace, enabled=True, package=package,
                output_id=body.get("output_id") or "", inputs=inputs)
    if policy_id is not None:
        full["policy_id"] = policy_id
    if package_vars is not None:
        full["vars"] = package_vars
    return full

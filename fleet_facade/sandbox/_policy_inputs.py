"""Package policy inputs: defaults from the package, both request formats, validation, compile.

The legacy (stored and default response) form is an array of inputs, each
``{type, policy_template, enabled, vars?, streams: [...]}``, each stream
``{enabled, data_stream, vars, id, compiled_stream}``
with vars as ``{name: {type, value}}``. The simplified form maps ``"<policy_template>-<type>"`` to
``{enabled, vars: {name: value}, streams: {"<dataset>": {enabled, vars}}}``.
"""

from __future__ import annotations

from typing import Any

from ._clone import clone
from ._http import KibanaError
from ._templates import compile_stream

Json = dict[str, Any]


def reduce_vars(var_defs: list[Json]) -> Json:
    """Var definitions to ``{name: {type, value}}`` (Kibana's ``varsReducer``)."""
    reduced: Json = {}
    for var in var_defs:
        entry: Json = {"type": var.get("type", "text")}
        if "default" in var:
            entry["value"] = clone(var["default"])
        elif var.get("multi"):
            entry["value"] = []
        reduced[var["name"]] = entry
    return reduced


def input_key(policy_template: str | None, input_type: str) -> str:
    """The simplified-format key of an input."""
    return f"{policy_template}-{input_type}" if policy_template else input_type


def _template_data_streams(package: Json, template: Json) -> list[Json]:
    wanted = template.get("data_streams")
    streams: list[Json] = package.get("data_streams", [])
    if not wanted:
        return streams
    return [ds for ds in streams if ds.get("path") in wanted or ds.get("dataset") in wanted]


def _stream_definitions(package: Json, template: Json, input_type: str) -> list[tuple[Json, Json]]:
    """(data stream, stream definition) pairs that a template's input feeds."""
    pairs = []
    for data_stream in _template_data_streams(package, template):
        for stream in data_stream.get("streams", []):
            if stream.get("input") == input_type:
                pairs.append((data_stream, stream))
    return pairs


def default_inputs(package: Json) -> list[Json]:
    """The inputs a new package policy starts from (Kibana's ``packageToPackagePolicyInputs``)."""
    inputs: list[Json] = []
    for template in package.get("policy_templates", []):
        for input_def in template.get("inputs", []):
            streams = []
            for data_stream, stream_def in _stream_definitions(
                package, template, input_def["type"]
            ):
                streams.append(
                    {
                        "enabled": stream_def.get("enabled", True) is not False
                        and not stream_def.get("deprecated"),
                        "data_stream": {
                            "type": data_stream["type"],
                            "dataset": data_stream["dataset"],
                        },
                        "vars": reduce_vars(stream_def.get("vars", [])),
                    }
                )
            entry: Json = {
                "type": input_def["type"],
                "policy_template": template["name"],
                "enabled": any(s["enabled"] for s in streams) if streams else True,
                "streams": streams,
            }
            if input_def.get("vars"):
                entry["vars"] = reduce_vars(input_def["vars"])
            inputs.append(entry)
    return inputs


def _assign_vars(values: Any, target: Json | None, context: str) -> None:
    if not values:
        return
    if not isinstance(values, dict):
        raise KibanaError(400, f"Variable {context}: vars must be an object")  # UNVERIFIED
    for name, value in values.items():
        if target is None or name not in target:
            raise KibanaError(400, f"Variable {context}:{name} not found")
        target[name]["value"] = value


def from_simplified(package: Json, inputs: Any, package_vars: Any) -> tuple[list[Json], Json]:
    """Apply a simplified request's inputs and vars to the package defaults.

    Raises:
        KibanaError: 400 with Kibana's messages for unknown inputs, streams and variables.
    """
    result = default_inputs(package)
    top_vars = reduce_vars(package.get("vars", []))
    _assign_vars(package_vars, top_vars, "")
    for key, value in (inputs or {}).items():
        target = next(
            (i for i in result if input_key(i["policy_template"], i["type"]) == key), None
        )
        if target is None:
            raise KibanaError(400, f"Input not found: {key}")
        value = value or {}
        target["enabled"] = value.get("enabled") is not False
        _assign_vars(value.get("vars"), target.get("vars"), key)
        for dataset, stream_value in (value.get("streams") or {}).items():
            stream = next(
                (s for s in target["streams"] if s["data_stream"]["dataset"] == dataset), None
            )
            if stream is None:
                raise KibanaError(400, f"Stream not found {key}: {dataset}")
            stream_value = stream_value or {}
            stream["enabled"] = stream_value.get("enabled") is not False
            _assign_vars(stream_value.get("vars"), stream["vars"], f"{key} {dataset}")
    return result, top_vars


def _merge_vars(defaults: Json | None, given: Any) -> Json | None:
    if not isinstance(given, dict):
        return defaults
    merged = clone(defaults) if defaults else {}
    for name, var in given.items():
        merged[name] = clone(var) if isinstance(var, dict) else {"value": var}
        if defaults and name in defaults and "type" not in merged[name]:
            merged[name]["type"] = defaults[name]["type"]
    return merged


def from_legacy(package: Json, inputs: list[Any], package_vars: Any) -> tuple[list[Json], Json]:
    """Fill a legacy (array) request's inputs with the package defaults.

    Only the inputs the request names are kept, as in Kibana; an empty array takes the defaults.
    """
    defaults = default_inputs(package)
    top_vars = _merge_vars(reduce_vars(package.get("vars", [])), package_vars) or {}
    if not inputs:
        return defaults, top_vars
    result = []
    for given in inputs:
        if not isinstance(given, dict) or "type" not in given:
            raise KibanaError(400, "[request body.inputs]: expected an array of inputs with a type")
        template = given.get("policy_template")
        base = next(
            (
                d
                for d in defaults
                if d["type"] == given["type"]
                and (template is None or d["policy_template"] == template)
            ),
            None,
        )
        if base is None:
            # UNVERIFIED: Kibana reports an input missing from the package differently by version.
            raise KibanaError(400, f"Input not found: {input_key(template, given['type'])}")
        merged = clone(base)
        merged["enabled"] = bool(given.get("enabled", base["enabled"]))
        if "vars" in given:
            merged["vars"] = _merge_vars(base.get("vars"), given["vars"])
        if "streams" in given:
            streams = []
            for stream in given["streams"] or []:
                dataset = (stream.get("data_stream") or {}).get("dataset")
                stream_base = next(
                    (s for s in base["streams"] if s["data_stream"]["dataset"] == dataset), None
                )
                if stream_base is None:
                    key = input_key(base["policy_template"], base["type"])
                    raise KibanaError(400, f"Stream not found {key}: {dataset}")
                merged_stream = clone(stream_base)
                merged_stream["enabled"] = bool(stream.get("enabled", stream_base["enabled"]))
                merged_stream["vars"] = _merge_vars(stream_base["vars"], stream.get("vars"))
                streams.append(merged_stream)
            merged["streams"] = streams
        result.append(merged)
    return result, top_vars


def align(inputs: list[Json]) -> None:
    """A disabled input disables its streams; an input whose streams are all off is off."""
    for item in inputs:
        if not item["enabled"]:
            for stream in item["streams"]:
                stream["enabled"] = False
        elif item["streams"] and not any(s["enabled"] for s in item["streams"]):
            item["enabled"] = False


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _var_defs(defs: list[Json]) -> dict[str, Json]:
    return {d["name"]: d for d in defs}


def validate(package: Json, inputs: list[Json], package_vars: Json) -> None:
    """Raise Kibana's ``Package policy is invalid`` error when a required var has no value."""
    problems: list[str] = []

    def check(defs: dict[str, Json], values: Json | None, prefix: str) -> None:
        for name, definition in defs.items():
            value = (values or {}).get(name, {}).get("value")
            if definition.get("required") and _empty(value):
                # UNVERIFIED: the per-field text; Kibana's i18n message is "<title> is required".
                problems.append(
                    f"{prefix}vars.{name}: {definition.get('title') or name} is required"
                )

    check(_var_defs(package.get("vars", [])), package_vars, "")
    templates = {t["name"]: t for t in package.get("policy_templates", [])}
    for item in inputs:
        if not item["enabled"]:
            continue
        template = templates.get(item["policy_template"], {})
        key = input_key(item["policy_template"], item["type"])
        input_def: Json = next(
            (i for i in template.get("inputs", []) if i["type"] == item["type"]), {}
        )
        check(_var_defs(input_def.get("vars", [])), item.get("vars"), f"inputs.{key}.")
        stream_defs = {
            ds["dataset"]: s for ds, s in _stream_definitions(package, template, item["type"])
        }
        for stream in item["streams"]:
            dataset = stream["data_stream"]["dataset"]
            if stream["enabled"] and dataset in stream_defs:
                defs = _var_defs(stream_defs[dataset].get("vars", []))
                check(defs, stream.get("vars"), f"inputs.{key}.streams.{dataset}.")
    if problems:
        raise KibanaError(400, "Package policy is invalid: " + "\n".join(problems))


def _values(vars_: Json | None) -> Json:
    return {name: var.get("value") for name, var in (vars_ or {}).items()}


def finalize(package: Json, inputs: list[Json], policy_id: str) -> list[Json]:
    """Give streams their ids and compiled streams (enabled streams only, as Kibana does)."""
    templates = {t["name"]: t for t in package.get("policy_templates", [])}
    for item in inputs:
        template = templates.get(item["policy_template"], {})
        pairs = {
            ds["dataset"]: (ds, s) for ds, s in _stream_definitions(package, template, item["type"])
        }
        for stream in item["streams"]:
            dataset = stream["data_stream"]["dataset"]
            stream["id"] = f"{item['type']}-{dataset}-{policy_id}"
            stream.pop("compiled_stream", None)
            if stream["enabled"] and dataset in pairs:
                data_stream, stream_def = pairs[dataset]
                stream["compiled_stream"] = compile_stream(
                    package["name"],
                    data_stream.get("path", dataset.split(".", 1)[-1]),
                    dataset,
                    item["type"],
                    stream_def.get("template_path", "stream.yml.hbs"),
                    _values(stream.get("vars")),
                    _values(item.get("vars")),
                )
    return inputs


def _plain_vars(vars_: Json | None) -> Json:
    return {name: var["value"] for name, var in (vars_ or {}).items() if "value" in var}


def to_simplified(item: Json) -> Json:
    """A stored (legacy) package policy in the ``format=simplified`` response shape."""
    simplified = {k: v for k, v in item.items() if k not in ("inputs", "vars")}
    simplified["vars"] = _plain_vars(item.get("vars"))
    inputs: Json = {}
    for entry in item.get("inputs", []):
        converted: Json = {"enabled": entry["enabled"]}
        if entry.get("vars"):
            converted["vars"] = _plain_vars(entry["vars"])
        converted["streams"] = {
            s["data_stream"]["dataset"]: {
                "enabled": s["enabled"],
                "vars": _plain_vars(s.get("vars")),
            }
            for s in entry["streams"]
        }
        inputs[input_key(entry.get("policy_template"), entry["type"])] = converted
    simplified["inputs"] = inputs
    return simplified

"""Package policy inputs: defaults from the package, both request formats, validation, compile.

The legacy (stored and default response) form is an array of inputs, each
``{type, policy_template, enabled, vars?, streams: [...]}``, each stream
``{enabled, data_stream, vars, id, compiled_stream}``
with vars as ``{name: {type, value}}``. The simplified form maps ``"<policy_template>-<type>"`` to
``{enabled, vars: {name: value}, streams: {"<dataset>": {enabled, vars}}}``.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from ._clone import clone
from ._http import KibanaError
from ._policy_secrets import compiled_value
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


def _var_types(package: Json) -> dict[str, str]:
    types: dict[str, str] = {}
    for template in package.get("policy_templates", []):
        for input_def in template.get("inputs", []):
            types.update((v["name"], v.get("type", "text")) for v in input_def.get("vars", []))
    for data_stream in package.get("data_streams", []):
        for stream in data_stream.get("streams", []):
            types.update((v["name"], v.get("type", "text")) for v in stream.get("vars", []))
    return types


def _typed(vars_: Any, types: dict[str, str]) -> None:
    """Give a var entry sent without ``type`` the type the package declares (the pinned spec's
    response schema requires ``type``; a sandbox choice, Kibana keeps the entry as sent)."""
    if not isinstance(vars_, dict):
        return
    for name, entry in vars_.items():
        if isinstance(entry, dict) and "type" not in entry and name in types:
            entry["type"] = types[name]


def from_legacy(package: Json, inputs: list[Any], package_vars: Any) -> tuple[list[Json], Json]:
    """The inputs and vars of a full-form (array) request, as Kibana's
    ``enrichPolicyWithDefaultsFromPackage`` builds them (``server/services/package_policy.ts``).

    When the first given input has a ``streams`` key, the inputs are kept exactly as given;
    otherwise each given input becomes the package's default input of its type, with the given
    ``enabled`` applied to it and to its streams (its vars are not read). Inputs the request does
    not list are not added, so ``inputs: []`` gives a policy without inputs. Given ``vars``
    replace the package's defaults.
    """
    top_vars = clone(package_vars) if package_vars else reduce_vars(package.get("vars", []))
    for given in inputs:
        if not isinstance(given, dict) or not isinstance(given.get("type"), str):
            raise KibanaError(400, "[request body.inputs]: expected an array of inputs with a type")
    if inputs and inputs[0].get("streams") is not None:
        kept = clone(inputs)
        types = _var_types(package)
        for item in kept:
            item["enabled"] = item.get("enabled", True) is not False
            item["streams"] = item.get("streams") or []
            _typed(item.get("vars"), types)
            for stream in item["streams"]:
                stream["enabled"] = stream.get("enabled", True) is not False
                _typed(stream.get("vars"), types)
        return kept, top_vars
    defaults = default_inputs(package)
    result = []
    for given in inputs:
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
            # UNVERIFIED: Kibana has no message here (the input is kept without defaults).
            raise KibanaError(400, f"Input not found: {input_key(template, given['type'])}")
        merged = clone(base)
        merged["enabled"] = given.get("enabled") is True
        for stream in merged["streams"]:
            stream["enabled"] = merged["enabled"]
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


_UNSET = object()


def _js_truthy(value: Any) -> bool:
    return value is not _UNSET and bool(value) and value != 0


def _config_errors(entry: Any, definition: Json | None) -> list[str]:
    """Kibana ``common/services/validate_package_policy.ts`` ``validatePackagePolicyConfig``
    (without the duration, url and var-group rules): only a value that is absent counts as
    missing for a required scalar (``""`` and ``null`` pass), a yaml var also fails on ``""``,
    a multi var on ``[]``."""
    if definition is None:
        return []
    value = entry.get("value", _UNSET) if isinstance(entry, dict) else _UNSET
    parsed = value.strip() if isinstance(value, str) else value
    title = definition.get("title") or definition["name"]
    kind, errors = definition.get("type"), []
    required_message = f"{title} is required"
    if definition.get("required") and (parsed is _UNSET or (kind == "yaml" and parsed == "")):
        errors.append(required_message)
    if definition.get("secret") is True and isinstance(parsed, dict) and parsed.get("isSecretRef"):
        return errors
    if kind == "yaml":
        try:
            yaml.safe_load("undefined" if value is _UNSET else str(value))
        except yaml.YAMLError:
            errors.append("Invalid YAML format")
    if definition.get("multi"):
        if _js_truthy(parsed) and not isinstance(parsed, list):
            errors.append(f"Invalid format for {title}: expected array")
            return errors
        if definition.get("required") and isinstance(parsed, list):
            blank = kind == "text" and any(isinstance(v, str) and not v.strip() for v in parsed)
            if blank or not parsed:
                errors.append(required_message)
        texts = parsed if isinstance(parsed, list) else []
        if kind == "text" and any(isinstance(v, str) and v[:1] in ("*", "&") for v in texts):
            errors.append(_QUOTE_MESSAGE)
        if kind == "integer" and any(not _is_integer(v) for v in texts):
            errors.append("Invalid integer")
        return errors
    if kind == "text" and isinstance(parsed, str) and parsed[:1] in ("*", "&"):
        errors.append(_QUOTE_MESSAGE)
    if kind == "bool" and _js_truthy(parsed):
        text = str(parsed).lower() if isinstance(parsed, bool) else str(parsed)
        if text not in ("true", "false"):
            errors.append("Boolean values must be either true or false")
    if kind == "integer" and _js_truthy(parsed) and not _is_integer(parsed):
        errors.append("Invalid integer")
    options = [o.get("value") for o in definition.get("options", [])]
    if kind == "select" and parsed is not _UNSET and parsed not in options:
        errors.append("Invalid value for select type")
    return errors


_QUOTE_MESSAGE = (
    "Strings starting with special YAML characters like * or & need to be enclosed in double "
    "quotes."
)


def _is_integer(value: Any) -> bool:
    try:
        return float(value).is_integer()
    except (TypeError, ValueError):
        return False


def _var_defs(defs: list[Json]) -> dict[str, Json]:
    return {d["name"]: d for d in defs}


def validation_errors(
    package: Json, inputs: list[Json], package_vars: Json, *, name: str, namespace_error: str | None
) -> list[tuple[str, list[str]]]:
    """Kibana's ``validatePackagePolicy``, flattened as ``validatePackagePolicyOrThrow`` reads it:
    ``(key, messages)`` pairs in the order of the validation results object."""
    found: list[tuple[str, list[str]]] = []
    if not name.strip():
        found.append(("name", ["Name is required"]))
    if namespace_error:
        found.append(("namespace", [namespace_error]))
    templates = package.get("policy_templates", [])
    by_name = {t["name"]: t for t in templates}
    keyed_by_template = len(templates) > 1  # Kibana's doesPackageHaveIntegrations
    input_errors: dict[str, list[tuple[str, list[str]]]] = {}
    for item in inputs if templates else []:
        template = by_name.get(item.get("policy_template") or "", {})
        key = (
            f"{item['policy_template']}-{item['type']}"
            if keyed_by_template and item.get("policy_template")
            else item["type"]
        )
        problems: list[tuple[str, list[str]]] = []
        input_def: Json = next(
            (i for i in template.get("inputs", []) if i.get("type") == item["type"]), {}
        )
        defs = _var_defs(input_def.get("vars", []))
        for var_name, entry in (item.get("vars") or {}).items():
            errors = _config_errors(entry, defs.get(var_name)) if item["enabled"] else []
            if errors:
                problems.append((f"inputs.{key}.vars.{var_name}", errors))
        stream_defs = (
            {ds["dataset"]: s for ds, s in _stream_definitions(package, template, item["type"])}
            if template
            else {
                ds["dataset"]: s
                for ds in package.get("data_streams", [])
                for s in ds.get("streams", [])
                if s.get("input") == item["type"]
            }
        )
        for stream in item.get("streams") or []:
            dataset = stream["data_stream"]["dataset"]
            values = stream.get("vars") or {}
            for definition in (stream_defs.get(dataset) or {}).get("vars", []):
                if not (item["enabled"] and stream["enabled"]):
                    continue
                errors = _config_errors(values.get(definition["name"]), definition)
                if errors:
                    problems.append(
                        (f"inputs.{key}.streams.{dataset}.vars.{definition['name']}", errors)
                    )
        input_errors[key] = problems
    for problems in input_errors.values():
        found.extend(problems)
    package_defs = _var_defs(package.get("vars", []))
    for var_name, entry in (package_vars or {}).items():
        errors = _config_errors(entry, package_defs.get(var_name))
        if errors:
            found.append((f"vars.{var_name}", errors))
    return found


def validate(
    package: Json,
    inputs: list[Json],
    package_vars: Json,
    *,
    name: str = "x",
    namespace_error: str | None = None,
) -> None:
    """Raise Kibana's ``Package policy is invalid: <key>: <JSON list of messages>`` error, one
    line per key (``server/services/package_policy.ts`` ``validatePackagePolicyOrThrow``)."""
    found = validation_errors(
        package, inputs, package_vars, name=name, namespace_error=namespace_error
    )
    if found:
        lines = [
            f"{key}: {json.dumps(messages, ensure_ascii=False, separators=(',', ':'))}"
            for key, messages in found
        ]
        raise KibanaError(400, "Package policy is invalid: " + "\n".join(lines))


def _values(vars_: Json | None) -> Json:
    return {name: compiled_value(var.get("value")) for name, var in (vars_ or {}).items()}


def finalize(package: Json, inputs: list[Json], policy_id: str) -> list[Json]:
    """Give streams their ids and compiled streams (enabled streams only, as Kibana does)."""
    templates = {t["name"]: t for t in package.get("policy_templates", [])}
    for item in inputs:
        template = templates.get(item.get("policy_template") or "", {})
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

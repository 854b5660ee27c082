"""Compiled streams: what Fleet's handlebars stream templates produce for a stream's vars.

Kibana renders each data stream's ``agent/stream/*.yml.hbs`` with the stream's and input's var
values and parses the result as YAML. The sandbox does not carry the templates; it re-states the
logic of the nginx 1.5.0/1.6.0 templates in Python (one function per template), following the facts
in the reference ``templates.md``. Values that the template substitutes raw are re-read as YAML
scalars, as the real rendering does. Anything else gets a generic compile (see
:func:`_generic_stream`), which is a reasonable, not a faithful, stand-in.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import yaml

Vars = dict[str, Any]
Compiler = Callable[[Vars, Vars], dict[str, Any]]


# libyaml's loader when PyYAML was built with it: the pure-Python one dominated the cost of a
# package policy create (about 1 ms of YAML parsing for nginx's three streams).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.lru_cache(maxsize=4096)
def _scalar_text(text: str) -> Any:
    try:
        parsed = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError:
        return text
    return parsed if isinstance(parsed, str | int | float | bool) or parsed is None else text


def _scalar(value: Any) -> Any:
    """A value written raw into the template text and read back by the YAML parser."""
    if isinstance(value, bool):
        return value
    return _scalar_text(str(value))


def _list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    return [_scalar(item) for item in (value if isinstance(value, list) else [value])]


def _yaml_var(value: Any) -> Any:
    """A ``yaml``-type var: its text parsed as YAML (``None`` when unset or only comments)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        return value
    try:
        return yaml.safe_load(value)
    except yaml.YAMLError:
        return None


def _tags(stream: Vars) -> list[Any]:
    tags = ["preserve_original_event"] if stream.get("preserve_original_event") else []
    return tags + _list(stream.get("tags"))


def _processors(stream: Vars, fixed: list[dict[str, Any]]) -> list[Any]:
    # A column-0 ``{{processors}}`` placeholder merges the user's list items into the
    # template's list, ahead of the hard-coded processors.
    user = _yaml_var(stream.get("processors"))
    if user is None:
        return list(fixed)
    return (user if isinstance(user, list) else [user]) + list(fixed)


def _nginx_logfile(stream: Vars, extra: dict[str, Any]) -> dict[str, Any]:
    compiled: dict[str, Any] = {"paths": _list(stream.get("paths")), "tags": _tags(stream)}
    if "forwarded" in (stream.get("tags") or []):
        compiled["publisher_pipeline.disable_host"] = True
    compiled["exclude_files"] = [".gz$"]
    if stream.get("ignore_older"):
        compiled["ignore_older"] = _scalar(stream["ignore_older"])
    compiled.update(extra)
    compiled["processors"] = _processors(stream, [{"add_locale": None}])
    return compiled


def nginx_access(stream: Vars, _input: Vars) -> dict[str, Any]:
    """nginx ``data_stream/access/agent/stream/stream.yml.hbs``."""
    return _nginx_logfile(stream, {})


def nginx_error(stream: Vars, _input: Vars) -> dict[str, Any]:
    """nginx ``data_stream/error/agent/stream/stream.yml.hbs``: access plus a multiline block."""
    multiline = {"pattern": "^\\d{4}\\/\\d{2}\\/\\d{2} ", "negate": True, "match": "after"}
    return _nginx_logfile(stream, {"multiline": multiline})


def nginx_stubstatus(stream: Vars, input_vars: Vars) -> dict[str, Any]:
    """nginx ``data_stream/stubstatus/agent/stream/stream.yml.hbs``."""
    compiled: dict[str, Any] = {
        "metricsets": ["stubstatus"],
        "hosts": _list(input_vars.get("hosts")),
        "period": _scalar(stream.get("period")),
    }
    if stream.get("server_status_path"):
        compiled["server_status_path"] = _scalar(stream["server_status_path"])
    return compiled


def nginx_httpjson(stream: Vars, input_vars: Vars) -> dict[str, Any]:
    """nginx ``httpjson.yml.hbs`` (access and error are identical), key facts only.

    The transforms, cursor and response split are reduced to their presence; the auth and
    conditional keys follow the template's rules.
    """
    compiled: dict[str, Any] = {"config_version": 2, "interval": _scalar(stream.get("interval"))}
    user, password, token = (input_vars.get(k) for k in ("username", "password", "token"))
    if not token and user and password:
        compiled["auth.basic.user"] = user
        compiled["auth.basic.password"] = password
    compiled["cursor"] = {"index_earliest": {"value": "[[.last_event.result.max_indextime]]"}}
    compiled["request.url"] = f"{input_vars.get('url')}/services/search/jobs/export"
    ssl = _yaml_var(input_vars.get("ssl"))
    if ssl is not None:
        compiled["request.ssl"] = ssl
    compiled["request.method"] = "POST"
    transforms: list[dict[str, Any]] = [
        {"set": {"target": "url.params.search", "value": stream.get("search")}},
        {"set": {"target": "url.params.output_mode", "value": "json"}},
    ]
    if token and not (user or password):
        transforms.append({"set": {"target": "header.Authorization", "value": f"Splunk {token}"}})
    compiled["request.transforms"] = transforms
    compiled["response.decode_as"] = "application/x-ndjson"
    compiled["response.split"] = {"target": "body.result._raw", "type": "string"}
    compiled["tags"] = _tags(stream)
    if "forwarded" in (stream.get("tags") or []):
        compiled["publisher_pipeline.disable_host"] = True
    processors = _yaml_var(stream.get("processors"))
    if processors is not None:
        compiled["processors"] = processors
    return compiled


_COMPILERS: dict[tuple[str, str, str], Compiler] = {
    ("nginx", "access", "stream.yml.hbs"): nginx_access,
    ("nginx", "error", "stream.yml.hbs"): nginx_error,
    ("nginx", "stubstatus", "stream.yml.hbs"): nginx_stubstatus,
    ("nginx", "access", "httpjson.yml.hbs"): nginx_httpjson,
    ("nginx", "error", "httpjson.yml.hbs"): nginx_httpjson,
}


def _generic_stream(
    dataset: str, input_type: str, stream: Vars, input_vars: Vars
) -> dict[str, Any]:
    """A plausible compile for packages whose templates the sandbox does not know (e.g. system).

    Every var with a value is emitted under its own name (yaml vars parsed); metrics inputs get
    ``metricsets: [<data stream name>]`` and log inputs the usual ``processors``.
    """
    compiled: dict[str, Any] = {}
    if input_type.endswith("/metrics"):
        compiled["metricsets"] = [dataset.split(".", 1)[-1]]
    for name, value in {**input_vars, **stream}.items():
        if value is None or value == [] or value == "":
            continue
        compiled[name] = _yaml_var(value) if isinstance(value, str) and "\n" in value else value
    if input_type == "logfile":
        compiled.setdefault("exclude_files", [".gz$"])
        compiled["processors"] = _processors(stream, [{"add_locale": None}])
    return compiled


def compile_stream(
    package: str,
    data_stream_path: str,
    dataset: str,
    input_type: str,
    template_path: str,
    stream_vars: Vars,
    input_vars: Vars,
) -> dict[str, Any]:
    """The ``compiled_stream`` for one enabled stream.

    Args:
        package: Package name.
        data_stream_path: The data stream's folder name (``access``).
        dataset: The data stream's dataset (``nginx.access``).
        input_type: The input type (``logfile``).
        template_path: The stream's template file name.
        stream_vars: Stream var values by name.
        input_vars: Input-level var values by name.
    """
    compiler = _COMPILERS.get((package, data_stream_path, template_path))
    if compiler is not None:
        return compiler(stream_vars, input_vars)
    return _generic_stream(dataset, input_type, stream_vars, input_vars)

"""Fleet's own rules on agent policy bodies, beyond the generic schema checks.

Each rule follows Kibana source cited beside it (NEW = x-pack/platform/plugins/shared/fleet/).
Generic checks (unknown keys, types, ``minLength``, ``minimum``) belong to the spec-driven
request validator; what is here are Fleet's custom ``validate:`` callbacks and service checks,
with Kibana's messages.
"""

from __future__ import annotations

import re
from typing import Any

from . import _validate
from ._catalog import semver_key
from ._http import KibanaError

Json = dict[str, Any]

#: ``inactivity_timeout``'s schema default (NEW server/types/models/agent_policy.ts,
#: ``TWO_WEEKS_SECONDS``): config-schema fills it in whenever a create or update body omits it.
DEFAULT_INACTIVITY_TIMEOUT = 1209600

#: Agent policy body fields and the Kibana version whose schema added them; an older schema
#: refuses them as unknown keys. Sources: keep_monitoring_alive elastic/kibana#168865 (8.12),
#: global_data_tags #183563 (8.15), the advanced monitoring options #193361 (8.16),
#: required_versions #206600 (9.0), space_ids (9.1, space-aware agent policies).
FIELD_SINCE = {
    "keep_monitoring_alive": "8.12.0",
    "global_data_tags": "8.15.0",
    "monitoring_pprof_enabled": "8.16.0",
    "monitoring_http": "8.16.0",
    "monitoring_diagnostics": "8.16.0",
    "required_versions": "9.0.0",
    "space_ids": "9.1.0",
}
#: ``traces`` joined ``monitoring_enabled`` in 8.16 (elastic/kibana#189908, #191139).
TRACES_SINCE = "8.16.0"
_STRING_FIELDS = ("description", "id")
_NULLABLE_STRING_FIELDS = (
    "data_output_id",
    "monitoring_output_id",
    "download_source_id",
    "fleet_server_host_id",
)
# node-semver's ``valid()``: an optional ``v``/``=`` prefix, then MAJOR.MINOR.PATCH with optional
# pre-release and build parts.
_SEMVER = re.compile(
    r"^[v=]?\s*(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$"
)


def _integer(body: Json, key: str) -> None:
    # NEW server/types/models/agent_policy.ts isInteger: `${n} is not a valid integer`.
    value = body.get(key)
    if isinstance(value, float) and not value.is_integer():
        raise KibanaError(400, f"[request body.{key}]: {value} is not a valid integer")


def _global_data_tags(tags: Any) -> None:
    """NEW server/types/models/agent_policy.ts ``validateGlobalDataTagInput``."""
    if not isinstance(tags, list):
        return
    names = [t["name"] for t in tags if isinstance(t, dict) and isinstance(t.get("name"), str)]
    seen: set[str] = set()
    duplicates, with_spaces = [], []
    for name in names:
        if re.search(r"\s", name):
            with_spaces.append(f"'{name}'")
        if name.strip() in seen:
            duplicates.append(f"'{name.strip()}'")
        seen.add(name.strip())
    errors = []
    if duplicates:
        errors.append(
            f"Found duplicate tag names: [{', '.join(duplicates)}], duplicate tag names are "
            "not allowed."
        )
    if with_spaces:
        errors.append(
            f"Found tag names with spaces: [{', '.join(with_spaces)}], tag names with spaces "
            "are not allowed."
        )
    if errors:
        raise KibanaError(400, f"[request body.global_data_tags]: {' '.join(errors)}")


def _overrides(overrides: Any) -> None:
    # NEW server/types/models/agent_policy.ts: `overrides` is maybe(oneOf([literal(null),
    # recordOf(..., validate)])); a failing validator inside oneOf prints every branch.
    if isinstance(overrides, dict) and any(re.match(r"^inputs(\.)?", k) for k in overrides):
        raise KibanaError(
            400,
            "[request body.overrides]: types that failed validation:\n"
            "- [request body.overrides.0]: expected value to equal [null]\n"
            "- [request body.overrides.1]: inputs overrides is not allowed",
        )


def at_least(version: str, since: str) -> bool:
    """Whether Kibana ``version`` is ``since`` or newer."""
    return semver_key(version) >= semver_key(since)


def _monitoring_enabled(body: Json, version: str) -> None:
    monitoring = _validate.string_list(body, "monitoring_enabled") or []
    allowed = (
        ("logs", "metrics", "traces") if at_least(version, TRACES_SINCE) else ("logs", "metrics")
    )
    for index, value in enumerate(monitoring):
        if value not in allowed:
            where = f"request body.monitoring_enabled.{index}"
            raise KibanaError(
                400,
                f"[{where}]: types that failed validation:\n"
                + "\n".join(
                    f"- [{where}.{n}]: expected value to equal [{m}]" for n, m in enumerate(allowed)
                ),
            )


def checked_body(raw: Any, version: str) -> Json:
    """The agent policy body after Fleet's schema rules, with the schema's defaults filled in.

    Covers ``NewAgentPolicySchema`` (NEW server/types/models/agent_policy.ts): ``name`` and
    ``namespace`` (``isValidNamespace``), the typed scalars, integer timeouts,
    ``global_data_tags`` and ``overrides``. The result is a new dict: the caller's body is
    left alone. Fields newer than ``version`` (the Kibana played) are unknown keys.
    """
    body: Json = dict(_validate.body_object(raw))
    for field, since in FIELD_SINCE.items():
        if field in body and not at_least(version, since):
            # @kbn/config-schema's unknown-key message, as the older schema answers.
            raise KibanaError(400, f"[request body.{field}]: definition for this key is missing")
    _validate.non_empty_name(body)
    namespace = _validate.string(body, "namespace", required=True)
    assert namespace is not None
    _validate.namespace(namespace)
    _monitoring_enabled(body, version)
    for key in ("is_managed", "is_protected", "has_fleet_server", "force", "bumpRevision"):
        _validate.boolean(body, key)
    _validate.optional_strings(body, _STRING_FIELDS + _NULLABLE_STRING_FIELDS)
    for key in ("inactivity_timeout", "unenroll_timeout"):
        _validate.number(body, key)
        _integer(body, key)
    _global_data_tags(body.get("global_data_tags"))
    _overrides(body.get("overrides"))
    if body.get("inactivity_timeout") is None:
        body["inactivity_timeout"] = DEFAULT_INACTIVITY_TIMEOUT
    return body


def check_required_versions(name: str, required: Any, version: str) -> None:
    """NEW server/services/agent_policies/required_versions.ts ``validateRequiredVersions`` with
    NEW common/services/agent_utils.ts ``checkTargetVersionsValidity``.

    In 9.0 automatic upgrades sit behind the ``enableAutomaticAgentUpgrades`` feature flag,
    off by default (elastic/kibana#206600); they are on from 9.1, where the feature is GA.
    """
    if not isinstance(required, list):
        return
    if not at_least(version, "9.1.0"):
        raise KibanaError(
            400,
            f'Policy "{name}" failed validation: required_versions are not allowed when '
            "automatic upgrades feature is disabled",
        )
    entries = [r for r in required if isinstance(r, dict)]
    versions = [r.get("version") for r in entries]
    error = None
    if len(versions) != len({str(v) for v in versions}):
        error = "duplicate versions not allowed"
    elif any(isinstance(r.get("percentage"), int | float) and r["percentage"] < 1 for r in entries):
        error = "percentage must be greater than 0"
    elif any(not r.get("percentage") for r in entries):
        error = "percentage is required"
    else:
        bad = next(
            (v for v in versions if not isinstance(v, str) or not _SEMVER.match(v.strip())), None
        )
        if bad is not None:
            error = f"invalid semver version {bad}"
        elif sum(r["percentage"] for r in entries) > 100:
            error = "sum of percentages cannot exceed 100"
    if error is not None:
        raise KibanaError(400, f'Policy "{name}" failed required_versions validation: {error}')

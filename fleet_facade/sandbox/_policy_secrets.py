"""Secret variables of package policies, stored as Kibana stores them.

Kibana ``server/services/secrets/package_policies.ts``: when secret storage is on, the value of
every var the package marks ``secret: true`` (package, input or stream level) is written to
Fleet's secrets index, and the package policy keeps ``{"isSecretRef": true, "id": <id>}``
(``{"isSecretRef": true, "ids": [...]}`` for a multi var) in its place, with the ids listed in
``secret_references``. A value that already is a reference is kept as it is; a cleared or
removed one is dropped (``diffSecretPaths``). The compiled streams carry
``$co.elastic.secret{<id>}`` where the value was (``toCompiledSecretRef``).

Whether storage is on (``services/secrets/common.ts`` ``isSecretStorageEnabled`` →
``fleet_server/version_requirements.ts``): the settings flag ``secret_storage_requirements_met``,
else every Fleet Server at 8.10.0 or later (``SECRETS_MINIMUM_FLEET_SERVER_VERSION``). The
sandbox's Fleet Server runs the sandbox's Kibana version, so storage is on from 8.10.0.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ._catalog import semver_key
from ._core import FleetCore

Json = dict[str, Any]

#: Kibana ``common/constants/secrets.ts`` SECRETS_MINIMUM_FLEET_SERVER_VERSION.
MINIMUM_FLEET_SERVER_VERSION = "8.10.0"


def storage_enabled(core: FleetCore) -> bool:
    """Whether package policy secrets are stored as references on this deployment."""
    if core.state.settings.get("secret_storage_requirements_met") is True:
        return True
    return semver_key(core.kibana_version) >= semver_key(MINIMUM_FLEET_SERVER_VERSION)


def is_reference(value: Any) -> bool:
    """Whether a var value is a stored secret reference."""
    return isinstance(value, dict) and value.get("isSecretRef") is True


def compiled_value(value: Any) -> Any:
    """What a compiled stream holds for a var value (a reference becomes its placeholder)."""
    if not is_reference(value):
        return value
    if "ids" in value:
        return [f"$co.elastic.secret{{{i}}}" for i in value["ids"]]
    return f"$co.elastic.secret{{{value['id']}}}"


def _secret_names(definitions: list[Json]) -> set[str]:
    return {d["name"] for d in definitions if d.get("secret") is True}


def _secret_entries(package: Json, policy: Json) -> Iterator[Json]:
    """Each var entry ``{type, value}`` of the policy that holds a secret (Kibana's
    ``getPolicySecretPaths``): a var the package marks secret, or one already a reference."""
    package_secrets = _secret_names(package.get("vars", []))
    for name, entry in (policy.get("vars") or {}).items():
        if name in package_secrets or is_reference(entry.get("value")):
            yield entry
    templates = {t["name"]: t for t in package.get("policy_templates", [])}
    stream_secrets: dict[tuple[str, str], set[str]] = {}
    for data_stream in package.get("data_streams", []):
        for stream in data_stream.get("streams", []):
            stream_secrets[(data_stream["dataset"], stream.get("input", ""))] = _secret_names(
                stream.get("vars", [])
            )
    for item in policy.get("inputs", []):
        template = templates.get(item.get("policy_template") or "", {})
        input_def: Json = next(
            (i for i in template.get("inputs", []) if i.get("type") == item.get("type")), {}
        )
        input_secrets = _secret_names(input_def.get("vars", []))
        for name, entry in (item.get("vars") or {}).items():
            if name in input_secrets or is_reference(entry.get("value")):
                yield entry
        for stream in item.get("streams") or []:
            names = stream_secrets.get((stream["data_stream"]["dataset"], item["type"]), set())
            for name, entry in (stream.get("vars") or {}).items():
                if name in names or is_reference(entry.get("value")):
                    yield entry


def _reference_ids(value: Json) -> list[str]:
    return list(value["ids"]) if "ids" in value else [value["id"]]


def extract(core: FleetCore, package: Json, policy: Json) -> list[Json]:
    """Replace the policy's secret values by references (in place); returns the
    ``secret_references`` the policy keeps: ``[{"id": ...}]``, empty when none."""
    references: list[Json] = []
    for entry in _secret_entries(package, policy):
        value = entry.get("value")
        if not value:
            continue
        if not is_reference(value):
            if isinstance(value, list):
                ids = [_store(core, str(v)) for v in value]
                value = {"ids": ids, "isSecretRef": True}
            else:
                value = {"id": _store(core, value), "isSecretRef": True}
            entry["value"] = value
        references.extend({"id": i} for i in _reference_ids(value))
    return references


def _store(core: FleetCore, value: Any) -> str:
    secret_id = core.ids.uuid()
    core.state.secrets[secret_id] = value
    return secret_id


def forget_unused(core: FleetCore, ids: list[str]) -> None:
    """Delete secrets no package policy references any more
    (``deleteSecretsIfNotReferenced``)."""
    used = {
        ref["id"]
        for policy in core.state.package_policies.values()
        for ref in policy.get("secret_references", [])
    }
    for secret_id in ids:
        if secret_id not in used:
            core.state.secrets.pop(secret_id, None)

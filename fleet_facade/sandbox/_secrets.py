"""Fleet's secret storage for outputs, Fleet Server hosts and download sources.

A secret given in a body's ``secrets`` object as a plain string is written to ``.fleet-secrets``
and replaced by a reference ``{"id": <secret id>}``; a reference given back is kept. When Fleet
Server does not yet meet the feature's minimum version, no document is written and the value is
merged back into the plain field (``secrets.ssl.key`` -> ``ssl.key``).

Read in Kibana: ``server/services/secrets/common.ts`` (``extractAndWriteSOSecrets``,
``extractAndUpdateSOSecrets``, ``diffSOSecretPaths``), ``secrets/outputs.ts``,
``secrets/fleet_server_hosts.ts``, ``secrets/download_sources.ts`` and the minimum versions in
``common/constants/secrets.ts``. The sandbox's Fleet Server runs the Kibana version it plays.
"""

from __future__ import annotations

from typing import Any

from ._catalog import semver_key
from ._core import FleetCore

Json = dict[str, Any]

#: ``SECRETS_MINIMUM_FLEET_SERVER_VERSION`` (Fleet Server hosts' SSL keys).
SECRETS_MINIMUM = "8.10.0"
#: ``OUTPUT_SECRETS_MINIMUM_FLEET_SERVER_VERSION``.
OUTPUT_SECRETS_MINIMUM = "8.12.0"
#: ``SSL_SECRETS_MINIMUM_FLEET_SERVER_VERSION`` (download sources' SSL key).
SSL_SECRETS_MINIMUM = "9.3.0"


def storage_enabled(core: FleetCore, minimum: str) -> bool:
    """Whether Fleet Server meets a secret feature's minimum version."""
    return semver_key(core.kibana_version) >= semver_key(minimum)


def _get(obj: Json, path: str) -> Any:
    value: Any = obj
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _set(obj: Json, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        obj = obj.setdefault(part, {})
    obj[last] = value


def present(obj: Json, paths: tuple[str, ...]) -> dict[str, Any]:
    """The secret paths (``secrets.ssl.key``...) an object fills, with their values."""
    return {path: value for path in paths if (value := _get(obj, path))}


def write(core: FleetCore, obj: Json, paths: tuple[str, ...]) -> None:
    """Store a new object's plain secret values and reference them by id, in place."""
    for path, value in present(obj, paths).items():
        if isinstance(value, str):
            _set(obj, path, {"id": _store(core, value)})


def replace(
    core: FleetCore,
    old: Json,
    update: Json,
    old_paths: tuple[str, ...],
    paths: tuple[str, ...],
) -> None:
    """Write the update's new secret values and delete the documents it drops or replaces.

    As in Kibana's ``diffSOSecretPaths``, a path of the old object that the update does not
    carry is deleted, a plain value replaces the old document, and a reference is kept.
    """
    before, after = present(old, old_paths), present(update, paths)
    for path, value in after.items():
        if isinstance(value, str):
            _set(update, path, {"id": _store(core, value)})
            if path in before:
                discard(core, {path: before[path]})
    discard(core, {path: value for path, value in before.items() if path not in after})


def discard(core: FleetCore, found: dict[str, Any]) -> None:
    """Delete the secret documents behind references."""
    for value in found.values():
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            core.state.secrets.pop(value["id"], None)


def _store(core: FleetCore, value: str) -> str:
    secret_id = core.ids.uuid()
    core.state.secrets[secret_id] = value
    return secret_id

"""How the request schemas of other Kibana versions differ from the pinned (9.3-era) document.

``spec/fleet-requests.json`` is one Kibana's schemas. Each edit below rewrites a copy of that
document into what an older or newer Kibana validates, for the versions it names; the Kibana file
it follows is cited with it (elastic/kibana; ``x-pack/plugins/fleet/...`` before 8.18,
``x-pack/platform/plugins/shared/fleet/...`` since). An edit only adds or removes what Kibana's
schema did at those versions: the pinned document stays exact for the versions it describes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._catalog import semver_key

Doc = dict[str, Any]

_NULL = {"enum": [None]}
_SECRET_REF = {"anyOf": [
    {"additionalProperties": False, "properties": {"id": {"type": "string"}},
     "required": ["id"], "type": "object"},
    {"type": "string"},
]}


@dataclass(frozen=True)
class SchemaEdit:
    """One difference: ``apply`` rewrites the document for versions in ``[since, before)``."""

    what: str
    apply: Callable[[Doc], None]
    since: str | None = None
    before: str | None = None

    def applies_to(self, version: str) -> bool:
        key = semver_key(version)
        if self.since is not None and key < semver_key(self.since):
            return False
        return self.before is None or key < semver_key(self.before)


def _body(doc: Doc, operation: str) -> Doc:
    body: Doc = doc["operations"][operation]["body"]
    return body


def _add_properties(schema: Doc, added: dict[str, Any]) -> None:
    # The document lists properties by name (Kibana's generator sorts them); keep that.
    schema["properties"] = dict(sorted({**schema["properties"], **added}.items()))


def _full_package_policy_bodies_only(doc: Doc) -> None:
    # Before 8.5 the create/update bodies were the full (inputs array) form alone: the
    # simplified form and the oneOf holding both came with 8.5
    # (x-pack/plugins/fleet/server/types/rest_spec/package_policy.ts, 8.4 vs 8.5).
    schemas = doc["components"]["schemas"]
    for name in ("package_policy_create_request", "package_policy_update_request"):
        schemas[name] = schemas[name]["anyOf"][0]


def _settings_with_fleet_server_hosts(doc: Doc) -> None:
    # Up to 8.4 the settings PUT body carried the Fleet Server hosts, a list of http(s) URIs
    # (x-pack/plugins/fleet/server/types/rest_spec/settings.ts, 8.4); 8.5 moved them to
    # /api/fleet/fleet_server_hosts.
    _add_properties(_body(doc, "PUT /api/fleet/settings"), {
        "fleet_server_hosts": {"type": "array", "items": {"type": "string", "format": "uri"}},
    })


def _download_source_auth(doc: Doc) -> None:
    # 9.4 added authentication to download sources: ``auth`` (null or username/password/
    # api_key/headers) and ``secrets.auth`` (password, api_key as secret references)
    # (x-pack/platform/plugins/shared/fleet/server/types/models/download_sources.ts).
    auth = {"anyOf": [_NULL, {
        "type": "object", "additionalProperties": False,
        "properties": {
            "username": {"type": "string"},
            "password": {"type": "string"},
            "api_key": {"type": "string"},
            "headers": {"type": "array", "maxItems": 100, "items": {
                "type": "object", "additionalProperties": False,
                "properties": {"key": {"type": "string"}, "value": {"type": "string"}},
                "required": ["key", "value"]}},
        },
        "x-key-order": ["username", "password", "api_key", "headers"],
    }]}
    secrets_auth = {
        "type": "object", "additionalProperties": False,
        "properties": {"password": _SECRET_REF, "api_key": _SECRET_REF},
        "x-key-order": ["password", "api_key"],
    }
    for operation in ("POST /api/fleet/agent_download_sources",
                      "PUT /api/fleet/agent_download_sources/{sourceId}"):
        body = _body(doc, operation)
        _add_properties(body, {"auth": auth})
        _add_properties(body["properties"]["secrets"], {"auth": secrets_auth})


#: Every difference from the pinned document, oldest first.
EDITS: tuple[SchemaEdit, ...] = (
    SchemaEdit("package policy bodies: full form only", _full_package_policy_bodies_only,
               before="8.5.0"),
    SchemaEdit("settings: fleet_server_hosts", _settings_with_fleet_server_hosts,
               before="8.5.0"),
    SchemaEdit("download sources: auth", _download_source_auth, since="9.4.0"),
)


def edits_for(version: str) -> tuple[int, ...]:
    """The indexes (in :data:`EDITS`) of the edits a Kibana version needs: its cache key."""
    return tuple(i for i, edit in enumerate(EDITS) if edit.applies_to(version))


def apply_edits(document: Doc, indexes: tuple[int, ...]) -> None:
    """Rewrite ``document`` (a private copy) with the edits at ``indexes``."""
    for i in indexes:
        EDITS[i].apply(document)

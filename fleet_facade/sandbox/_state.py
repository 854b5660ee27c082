"""The sandbox's stored objects.

Saved-object types are kept space-agnostic, like Kibana's legacy ``ingest-*`` types: a request
under ``/s/<space>/`` sees the same objects as one without the prefix (the space is recorded in the
request log only). This keeps the ``Saved object [ingest-agent-policies/<id>] not found`` messages
of 8.x/9.x deployments without space awareness.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

Json = dict[str, Any]


#: KQL / sort field names mapped to the :class:`Agent` slot holding the value.
_FIELD_ATTRIBUTES = {
    "id": "id",
    "agent.id": "id",
    "status": "status",
    "policy_id": "policy_id",
    "policy_revision": "policy_revision",
    "policy_revision_idx": "policy_revision",
    "active": "active",
    "enrolled_at": "enrolled_at",
    "last_checkin": "last_checkin",
    "agent.version": "version",
    "local_metadata.elastic.agent.version": "version",
    "local_metadata.host.hostname": "hostname",
    "local_metadata.host.name": "hostname",
    "unenrolled_at": "unenrolled_at",
    "upgraded_at": "upgraded_at",
    "upgrade_started_at": "upgrade_started_at",
    "unenrollment_started_at": "unenrollment_started_at",
    "local_metadata.elastic.agent.upgradeable": "upgradeable",
}


class Agent:
    """One synthetic agent, stored compactly; its JSON form is built lazily and cached."""

    __slots__ = (
        "_encoded",
        "active",
        "enrolled_at",
        "hostname",
        "id",
        "last_checkin",
        "listed",
        "policy_id",
        "policy_revision",
        "status",
        "tags",
        "unenrolled_at",
        "unenrollment_started_at",
        "upgrade_details",
        "upgrade_started_at",
        "upgradeable",
        "upgraded_at",
        "user_provided_metadata",
        "version",
    )

    def __init__(
        self,
        *,
        agent_id: str,
        policy_id: str | None,
        policy_revision: int | None,
        status: str,
        version: str,
        tags: list[str],
        hostname: str,
        enrolled_at: str,
        last_checkin: str,
    ) -> None:
        self.id = agent_id
        self.policy_id = policy_id
        self.policy_revision = policy_revision
        self.status = status
        self.version = version
        self.tags = tags
        self.hostname = hostname
        self.enrolled_at = enrolled_at
        self.last_checkin = last_checkin
        self.active = status not in ("unenrolled",)
        self.unenrolled_at: str | None = None
        self.unenrollment_started_at: str | None = None
        #: ``local_metadata.elastic.agent.upgradeable``: false for agents in containers.
        self.upgradeable = True
        self.upgrade_started_at: str | None = None
        self.upgraded_at: str | None = None
        self.upgrade_details: Json | None = None
        self.user_provided_metadata: Json = {}
        self._encoded: bytes | None = None
        #: The JSON with ``sort`` values for one (sortField, sortOrder), as listings serve it.
        self.listed: tuple[tuple[str, str], bytes] | None = None

    def changed(self) -> None:
        """Drop the cached JSON after a mutation."""
        self._encoded = None
        self.listed = None

    def field(self, name: str) -> list[Any]:
        """Values of a (KQL) field, read from the slots without building the dict."""
        if name == "tags":
            return list(self.tags)
        attribute = _FIELD_ATTRIBUTES.get(name)
        value = getattr(self, attribute) if attribute is not None else None
        return [] if value is None else [value]

    def to_dict(self) -> Json:
        """The agent as ``GET /api/fleet/agents`` returns it."""
        item: Json = {
            "id": self.id,
            "type": "PERMANENT",
            "active": self.active,
            "enrolled_at": self.enrolled_at,
            "local_metadata": {
                "elastic": {
                    "agent": {
                        "version": self.version,
                        "snapshot": False,
                        "upgradeable": self.upgradeable,
                    }
                },
                "host": {"hostname": self.hostname, "name": self.hostname, "id": self.id},
                "os": {"family": "linux", "platform": "ubuntu"},
            },
            "user_provided_metadata": self.user_provided_metadata,
            "policy_id": self.policy_id,
            "policy_revision": self.policy_revision,
            "last_checkin": self.last_checkin,
            "last_checkin_status": "online" if self.status != "error" else "error",
            "status": self.status,
            "tags": list(self.tags),
            "components": [],
            "agent": {"id": self.id, "version": self.version},
            "packages": [],
        }
        # Unset fields are left out: the spec's Agent schema does not allow null for them.
        for key in ("policy_id", "policy_revision"):
            if item[key] is None:
                del item[key]
        for key in (
            "unenrolled_at",
            "unenrollment_started_at",
            "upgrade_started_at",
            "upgraded_at",
            "upgrade_details",
        ):
            value = getattr(self, key)
            if value is not None:
                item[key] = value
        return item

    def encoded(self) -> bytes:
        """The agent's JSON, cached until the agent changes."""
        if self._encoded is None:
            self._encoded = json.dumps(self.to_dict(), separators=(",", ":")).encode()
        return self._encoded


@dataclass
class Action:
    """An agent action (reassign, unenroll, upgrade, tag update) and its progress.

    ``agent_ids`` are the agents the action was created for; ``errors`` are the per-agent
    refusals Kibana writes as action results (``latestErrors``), so ``nbAgentsActioned`` is
    both together (Kibana's ``total``).
    """

    id: str
    type: str
    agent_ids: list[str]
    created_at: datetime
    version: str | None = None
    new_policy_id: str | None = None
    status: str = "IN_PROGRESS"
    completed_at: datetime | None = None
    acked: int = 0
    errors: list[Json] = field(default_factory=list)
    expiration: datetime | None = None
    start_time: datetime | None = None
    cancelled_at: datetime | None = None
    rollout_duration_seconds: int | None = None
    #: CANCEL actions are stored but, as in Kibana, not listed by ``action_status``.
    listed: bool = True

    def to_dict(self, iso: Any) -> Json:
        """The ``action_status`` item."""
        # P server/services/agents/action_status.ts getActionStatuses: a cancelled action
        # reads CANCELLED whatever it reached; a finished one with error results FAILED.
        status = self.status
        if self.cancelled_at is not None:
            status = "CANCELLED"
        elif status == "COMPLETE" and self.errors:
            status = "FAILED"
        item: Json = {
            "actionId": self.id,
            "type": self.type,
            "status": status,
            "nbAgentsActionCreated": len(self.agent_ids),
            "nbAgentsActioned": len(self.agent_ids) + len(self.errors),
            "nbAgentsAck": self.acked,
            "nbAgentsFailed": len(self.errors),
            "creationTime": iso(self.created_at),
            "hasRolloutPeriod": self.rollout_duration_seconds is not None,
            "latestErrors": [dict(error) for error in self.errors],
        }
        if self.expiration is not None:
            item["expiration"] = iso(self.expiration)
        if self.start_time is not None:
            item["startTime"] = iso(self.start_time)
        if self.completed_at is not None:
            item["completionTime"] = iso(self.completed_at)
        if self.cancelled_at is not None:
            item["cancellationTime"] = iso(self.cancelled_at)
        if self.version is not None:
            item["version"] = self.version
        if self.new_policy_id is not None:
            item["newPolicyId"] = self.new_policy_id
        return item


@dataclass
class PointInTime:
    """A frozen ordering of agents for ``searchAfter`` paging (Elasticsearch's point in time)."""

    id: str
    agents: list[Agent]
    positions: dict[str, int]
    expires_at: float


@dataclass
class SandboxState:
    """Every stored object, by id. Inspect it in tests; mutate it only through the API."""

    agent_policies: dict[str, Json] = field(default_factory=dict)
    package_policies: dict[str, Json] = field(default_factory=dict)
    enrollment_api_keys: dict[str, Json] = field(default_factory=dict)
    outputs: dict[str, Json] = field(default_factory=dict)
    fleet_server_hosts: dict[str, Json] = field(default_factory=dict)
    proxies: dict[str, Json] = field(default_factory=dict)
    download_sources: dict[str, Json] = field(default_factory=dict)
    uninstall_tokens: dict[str, Json] = field(default_factory=dict)
    installed_packages: dict[str, Json] = field(default_factory=dict)
    agents: dict[str, Agent] = field(default_factory=dict)
    actions: dict[str, Action] = field(default_factory=dict)
    pits: dict[str, PointInTime] = field(default_factory=dict)
    settings: Json = field(default_factory=dict)
    cloud_connectors: dict[str, Json] = field(default_factory=dict)
    #: Space settings by space id.
    space_settings: dict[str, Json] = field(default_factory=dict)
    #: EPM bulk upgrade/uninstall/rollback tasks by task id.
    package_tasks: dict[str, Json] = field(default_factory=dict)
    #: Secret values by secret id (Fleet's ``.fleet-secrets`` index; never served back): package
    #: policies' secret variables and the ``secrets`` of outputs, Fleet Server hosts and sources.
    secrets: dict[str, Any] = field(default_factory=dict)
    #: Files agents uploaded (diagnostics bundles) by file id.
    agent_files: dict[str, Json] = field(default_factory=dict)
    #: Package versions replaced by an upgrade (for rollback), by package name.
    previous_package_versions: dict[str, str] = field(default_factory=dict)
    #: Advanced on every agent change so cached orderings know they are stale.
    agents_generation: int = 0
    #: Sorted agent lists by (generation, kuery, showInactive, sortField, sortOrder).
    order_cache: dict[tuple[Any, ...], list[Agent]] = field(default_factory=dict)

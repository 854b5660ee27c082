"""Routes of the "Elastic Agent status" tag: ``/api/fleet/agent_status`` (agent counts by
status), also served at its deprecated spelling ``/api/fleet/agent-status``."""

from __future__ import annotations

from typing import Any

from .._agents import agent_query, progress_actions
from .._router import Ctx, Router

Json = dict[str, Any]


def _status(ctx: Ctx) -> Json:
    progress_actions(ctx.core)
    policy_ids = set(ctx.query.get("policyIds", [])) | ({ctx.q("policyId")} - {None})
    query = agent_query(ctx.q("kuery"))
    counts = dict.fromkeys(
        (
            "online",
            "error",
            "offline",
            "updating",
            "inactive",
            "unenrolled",
            "orphaned",
            "uninstalled",
        ),
        0,
    )
    total = 0
    for agent in ctx.core.state.agents.values():
        if (policy_ids and agent.policy_id not in policy_ids) or not query.matches(agent.field):
            continue
        total += 1
        bucket = {"degraded": "error", "enrolling": "updating", "unenrolling": "updating"}.get(
            agent.status, agent.status
        )
        counts[bucket] = counts.get(bucket, 0) + 1
    active = total - counts["inactive"] - counts["unenrolled"]
    return {"results": {"events": 0, "other": 0, **counts, "all": total, "active": active}}


def register(router: Router) -> None:
    """Add the routes of this tag."""
    router.add("GET", "/api/fleet/agent_status", _status)
    router.add("GET", "/api/fleet/agent-status", _status)

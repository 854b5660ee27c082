"""Routes of the "Fleet uninstall tokens" tag: ``/api/fleet/uninstall_tokens`` (list, get).

Messages as Kibana's ``server/routes/uninstall_token/handlers.ts`` sends them (the query
conflict and the 404 text).
"""

from __future__ import annotations

from typing import Any

from .. import _listing
from .._http import KibanaError
from .._router import Ctx, Router

Json = dict[str, Any]


def _tokens(ctx: Ctx) -> Json:
    policy_id, search = ctx.q("policyId"), ctx.q("search")
    if policy_id and search:
        raise KibanaError(
            400, "Query parameters `policyId` and `search` cannot be used at the same time."
        )
    items = [
        {k: v for k, v in token.items() if k != "token"}
        for token in reversed(ctx.core.state.uninstall_tokens.values())
        if (not policy_id or policy_id in token["policy_id"])
        and (not search or search in token["policy_id"] or search in token["policy_name"])
        and not ctx.core.state.agent_policies.get(token["policy_id"], {}).get("is_managed")
    ]
    page, per_page = ctx.q_int("page", 1), ctx.q_int("perPage", 20)
    return {
        "items": _listing.page_of(items, page, per_page),
        "total": len(items),
        "page": page,
        "perPage": per_page,
    }


def _token(ctx: Ctx) -> Json:
    token = ctx.core.state.uninstall_tokens.get(ctx.params["uninstallTokenId"])
    if token is None:
        token_id = ctx.params["uninstallTokenId"]
        raise KibanaError(404, f"Uninstall Token not found with id {token_id}")
    return {"item": dict(token)}


def register(router: Router) -> None:
    """Add the routes of this tag."""
    router.add("GET", "/api/fleet/uninstall_tokens", _tokens)
    router.add("GET", "/api/fleet/uninstall_tokens/{uninstallTokenId}", _token)

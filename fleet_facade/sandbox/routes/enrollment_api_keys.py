"""Routes of the "Fleet enrollment API keys" tag: ``/api/fleet/enrollment_api_keys`` (list, get,
create, revoke)."""

from __future__ import annotations

from typing import Any

from .. import _listing, _validate
from .._clone import clone
from .._enrollment_keys import create_enrollment_key
from .._http import KibanaError
from .._router import Ctx, Router

Json = dict[str, Any]

KQL_PREFIXES = ("fleet-enrollment-api-keys.",)
KQL_FIELDS = (
    "id",
    "api_key_id",
    "name",
    "active",
    "policy_id",
    "created_at",
    "hidden",
    "expire_at",
)


def _list(ctx: Ctx) -> Json:
    query = _listing.kuery(
        ctx, prefixes=KQL_PREFIXES, fields=KQL_FIELDS, type_name="fleet-enrollment-api-keys"
    )
    # Newest first; the stored order breaks ties between keys made in the same millisecond.
    stored = list(ctx.core.state.enrollment_api_keys.values())[::-1]
    items = _listing.filtered(stored, query)
    items = sorted(items, key=lambda i: i["created_at"], reverse=True)
    page, per_page = ctx.q_int("page", 1), ctx.q_int("perPage", 20)
    shown = clone(_listing.page_of(items, page, per_page))
    return {
        "list": shown,
        "items": clone(shown),
        "total": len(items),
        "page": page,
        "perPage": per_page,
    }


def _key(ctx: Ctx) -> Json:
    key_id = ctx.params["keyId"]
    item = ctx.core.state.enrollment_api_keys.get(key_id)
    if item is None:
        raise KibanaError(404, f"Enrollment api key {key_id} not found")
    return item


def _get(ctx: Ctx) -> Json:
    return {"item": clone(_key(ctx))}


def _create(ctx: Ctx) -> Json:
    body = _validate.body_object(ctx.body)
    policy_id = _validate.string(body, "policy_id", required=True)
    name = _validate.string(body, "name", required=False)
    assert policy_id is not None
    if policy_id not in ctx.core.state.agent_policies:
        raise KibanaError(404, f'Agent policy "{policy_id}" not found')
    item = create_enrollment_key(ctx.core, policy_id, name)
    expiration = body.get("expiration")
    if expiration is not None:
        if (
            not isinstance(expiration, str)
            or not expiration[:-1].isdigit()
            or expiration[-1] not in "dhms"
        ):
            raise KibanaError(400, "expiration must be a valid duration (e.g. 7d, 24h, 30m, 60s)")
        item["expiration"] = expiration
    return {"item": clone(item), "action": "created"}


def _delete(ctx: Ctx) -> Json:
    item = _key(ctx)
    if ctx.q_bool("forceDelete"):
        del ctx.core.state.enrollment_api_keys[item["id"]]
    else:
        # Kibana revokes: the Elasticsearch API key is invalidated, the document stays inactive.
        item["active"] = False
    return {"action": "deleted"}


def register(router: Router) -> None:
    """Add the routes of this tag."""
    base = "/api/fleet/enrollment_api_keys"
    router.add("GET", base, _list)
    router.add("POST", base, _create)
    router.add("GET", f"{base}/{{keyId}}", _get)
    router.add("DELETE", f"{base}/{{keyId}}", _delete)

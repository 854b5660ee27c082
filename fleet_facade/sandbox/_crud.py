"""A stored collection with plain create/read/update/delete (outputs, Fleet Server hosts,
proxies, agent binary download sources)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import _listing, _validate
from ._clone import clone
from ._core import FleetCore
from ._http import KibanaError
from ._router import Ctx

Json = dict[str, Any]


@dataclass(frozen=True)
class CrudCollection:
    """A simple CRUD collection."""

    base: str
    param: str
    store: Callable[[FleetCore], dict[str, Json]]
    not_found: str  # format string with {id}
    required: tuple[str, ...]
    default_flag: str | None = "is_default"
    bumps_policies: bool = False
    #: Typed fields checked on create and update (see ``_validate.fields``).
    types: Mapping[str, str] = field(default_factory=dict)

    def get(self, ctx: Ctx) -> Json:
        item = self.store(ctx.core).get(ctx.params[self.param])
        if item is None:
            raise KibanaError(404, self.not_found.format(id=ctx.params[self.param]))
        return item

    def list(self, ctx: Ctx) -> Json:
        items = list(self.store(ctx.core).values())
        page, per_page = ctx.q_int("page", 1), ctx.q_int("perPage", 10000)
        return {
            "items": clone(_listing.page_of(items, page, per_page)),
            "total": len(items),
            "page": page,
            "perPage": per_page,
        }

    def read(self, ctx: Ctx) -> Json:
        return {"item": clone(self.get(ctx))}

    def _make_default(self, ctx: Ctx, item_id: str, body: Json) -> None:
        if self.default_flag and body.get(self.default_flag):
            for other in self.store(ctx.core).values():
                if other["id"] != item_id:
                    other[self.default_flag] = False
        if self.bumps_policies:
            ctx.core.bump_all_agent_policies(ctx.user)

    def create(self, ctx: Ctx) -> Json:
        body = _validate.body_object(ctx.body)
        for key in self.required:
            if key not in body:
                _validate.string(body, key, required=True)
        _validate.fields(body, dict(self.types))
        store = self.store(ctx.core)
        item_id = body.get("id") or ctx.core.ids.uuid()
        if item_id in store:
            raise KibanaError(
                409, f"{self.base.rsplit('/', 1)[-1]} {item_id} already exists"
            )  # UNVERIFIED
        item = {"id": item_id, "is_preconfigured": False, **clone(body)}
        if self.default_flag:
            item.setdefault(self.default_flag, False)
        store[item_id] = item
        self._make_default(ctx, item_id, body)
        return {"item": clone(item)}

    def update(self, ctx: Ctx) -> Json:
        item = self.get(ctx)
        body = _validate.body_object(ctx.body)
        _validate.fields(body, dict(self.types))
        item.update({k: clone(v) for k, v in body.items() if k != "id"})
        self._make_default(ctx, item["id"], body)
        return {"item": clone(item)}

    def delete(self, ctx: Ctx) -> Json:
        item = self.get(ctx)
        if self.default_flag and item.get(self.default_flag):
            # UNVERIFIED: Kibana refuses to delete the default; the sentence is a plausible one.
            raise KibanaError(
                400, f"Default {self.base.rsplit('/', 1)[-1]} {item['id']} cannot be deleted"
            )
        del self.store(ctx.core)[item["id"]]
        if self.bumps_policies:
            ctx.core.bump_all_agent_policies(ctx.user)
        return {"id": item["id"]}

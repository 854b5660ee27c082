"""A stored collection with create/read/update/delete, the shape Fleet's outputs, Fleet Server
hosts, proxies and agent binary download sources share.

Each kind subclasses :class:`CrudCollection` and overrides the hooks where its Kibana service
differs (validation, normalisation, secrets, what a deletion unlinks, which agent policies a
change bumps). Read in Kibana: ``server/services/output.ts``, ``fleet_server_host.ts``,
``fleet_proxies.ts``, ``download_source.ts`` and their route handlers.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, ClassVar
from urllib.parse import urlsplit

from . import _listing, _secrets, _validate
from ._clone import clone
from ._core import FleetCore
from ._http import KibanaError
from ._router import Ctx

Json = dict[str, Any]

_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize_host(host: str) -> str:
    """Kibana's ``normalizeHostsForAgents`` (``common/services/hosts_utils.ts``): the URL
    rebuilt from scheme, host name and port, the default port written out, the query and a
    lone ``/`` path dropped (``https://Test.fr`` -> ``https://test.fr:443``)."""
    parts = urlsplit(host)
    if not parts.scheme or not parts.hostname:
        return host  # not a URL: Kibana's schema refuses it before the service sees it
    try:
        port: int | str | None = parts.port
    except ValueError:
        return host
    if port is None:
        # A scheme without a default port prints JavaScript's undefined, as Kibana's does.
        port = _DEFAULT_PORTS.get(parts.scheme.lower(), "undefined")
    hostname = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    path = "" if parts.path in ("", "/") else parts.path
    return f"{parts.scheme.lower()}://{hostname}:{port}{path}"


def policies_with(core: FleetCore, field: str, item_id: str) -> set[str]:
    """Agent policies whose ``field`` names an object."""
    return {p["id"] for p in core.state.agent_policies.values() if p.get(field) == item_id}


class CrudCollection:
    """One kind of object at ``base`` and ``base/{param}``.

    Attributes:
        base: The collection's path.
        param: The path parameter naming one object.
        saved_object_type: The saved-object type (for the conflict message).
        not_found: The 404 sentence of GET and DELETE (``{id}`` filled in).
        update_not_found: The 404 sentence of PUT when the handler words it differently.
        required: Body fields required on create.
        types: Typed fields checked on create and update (see ``_validate.fields``).
        default_flags: Flags only one object holds at a time.
        secret_paths: Paths under ``secrets`` stored in ``.fleet-secrets``.
        secrets_minimum: Fleet Server version from which secrets are stored.
        policy_field: The agent-policy field that points at this kind.
        sort_default_first: The list is sorted ``is_default`` descending.
    """

    base: ClassVar[str]
    param: ClassVar[str]
    saved_object_type: ClassVar[str]
    not_found: ClassVar[str]
    update_not_found: ClassVar[str | None] = None
    required: ClassVar[tuple[str, ...]] = ()
    types: ClassVar[Mapping[str, str]] = {}
    default_flags: ClassVar[tuple[str, ...]] = ("is_default",)
    secret_paths: ClassVar[tuple[str, ...]] = ()
    secrets_minimum: ClassVar[str] = _secrets.SECRETS_MINIMUM
    #: The minimum an update checks, when the service checks another one than on create.
    update_secrets_minimum: ClassVar[str | None] = None
    policy_field: ClassVar[str | None] = None
    sort_default_first: ClassVar[bool] = False
    #: Fields left out of the answer when empty (the services drop a falsy ``proxy_id``/``ssl``).
    hidden_when_empty: ClassVar[tuple[str, ...]] = ("proxy_id", "ssl")

    # -- storage ---------------------------------------------------------------------------

    def store(self, core: FleetCore) -> dict[str, Json]:
        """The stored objects by id."""
        raise NotImplementedError(type(self).__name__)

    def _find(self, ctx: Ctx, message: str) -> Json:
        item_id = ctx.params[self.param]
        item = self.store(ctx.core).get(item_id)
        if item is None:
            raise KibanaError(404, message.format(id=item_id))
        return item

    def answer(self, item: Json) -> Json:
        """An object as the API returns it."""
        # A field a service cleared (stored null) is left out: the spec's schemas do not allow
        # null for most of them.
        return {
            key: clone(value)
            for key, value in item.items()
            if value is not None and not (key in self.hidden_when_empty and not value)
        }

    # -- hooks -----------------------------------------------------------------------------

    def check(self, ctx: Ctx, body: Json, original: Json | None) -> None:
        """Refuse a create (``original`` None) or update body; the handler's checks."""

    def shape(self, ctx: Ctx, data: Json, original: Json | None) -> None:
        """Normalise what is about to be stored (the full new object, or the update)."""

    def refuse_delete(self, item: Json) -> None:
        """Refuse deleting an object (default, preconfigured); each kind words its own."""

    def unlink(self, core: FleetCore, item: Json, user: str) -> None:
        """Remove a deleted object from the agent policies that name it."""
        if self.policy_field is None:
            return
        for policy_id in policies_with(core, self.policy_field, item["id"]):
            core.state.agent_policies[policy_id][self.policy_field] = None
            core.bump_agent_policy(policy_id, user)

    def related_policies(self, core: FleetCore, item: Json) -> set[str]:
        """The agent policies a change of a non-default object bumps."""
        if self.policy_field is None:
            return set()
        return policies_with(core, self.policy_field, item["id"])

    def bumps_all(self, item: Json) -> bool:
        """Whether a change reaches every agent policy (the object is a default)."""
        return any(item.get(flag) for flag in self.default_flags)

    def bump_after_create(self, ctx: Ctx, item: Json) -> None:
        """Handlers bump every policy when a new object is a default, nothing otherwise."""
        if self.bumps_all(item):
            ctx.core.bump_all_agent_policies(ctx.user)

    def bump_after_update(self, ctx: Ctx, item: Json) -> None:
        """Handlers bump every policy for a default, else only the policies using it."""
        if self.bumps_all(item):
            ctx.core.bump_all_agent_policies(ctx.user)
            return
        for policy_id in sorted(self.related_policies(ctx.core, item)):
            ctx.core.bump_agent_policy(policy_id, ctx.user)

    # -- secrets ---------------------------------------------------------------------------

    def paths_for(self, kind: str | None) -> tuple[str, ...]:
        """The secret paths of an object of a given ``type`` (outputs differ by type)."""
        return self.secret_paths

    def merge_plain(self, data: Json) -> None:
        """Storage disabled: a secret value fills its plain field when that is empty
        (``secrets.ssl.key`` -> ``ssl.key``, ``secrets.password`` -> ``password``)."""
        secrets = data.get("secrets") or {}
        for path in self.secret_paths:
            plain = path.removeprefix("secrets.")
            if not _secrets.present(data, (path,)) or _secrets.present(data, (plain,)):
                continue
            head, _, rest = plain.partition(".")
            data[head] = {**(data.get(head) or {}), **secrets[head]} if rest else secrets[head]

    def _store_secrets(self, ctx: Ctx, data: Json, original: Json | None) -> None:
        if not self.secret_paths:
            return
        paths = self.paths_for(data.get("type") or (original or {}).get("type"))
        minimum = self.secrets_minimum
        if original is not None and self.update_secrets_minimum is not None:
            minimum = self.update_secrets_minimum
        if not _secrets.storage_enabled(ctx.core, minimum):
            self.merge_plain(data)
            data.pop("secrets", None)
        elif original is None:
            _secrets.write(ctx.core, data, paths)
        else:
            # Like Kibana's diff, an update that leaves out a stored secret deletes its document.
            old_paths = self.paths_for(original.get("type"))
            _secrets.replace(ctx.core, original, data, old_paths, paths)

    # -- operations ------------------------------------------------------------------------

    def list(self, ctx: Ctx) -> Json:
        """``GET base``: every object on one page, as Kibana's services answer it."""
        items = list(self.store(ctx.core).values())
        if self.sort_default_first:
            items.sort(key=lambda item: not item.get("is_default"))
        page, per_page = ctx.q_int("page", 1), ctx.q_int("perPage", 10000)
        return {
            "items": [self.answer(i) for i in _listing.page_of(items, page, per_page)],
            "total": len(items),
            "page": page,
            "perPage": per_page,
        }

    def read(self, ctx: Ctx) -> Json:
        """``GET base/{param}``."""
        return {"item": self.answer(self._find(ctx, self.not_found))}

    def new_item(self, ctx: Ctx, item_id: str, body: Json) -> Json:
        """The object a create stores, before ``shape``."""
        return {"id": item_id, **clone(body)}

    def _clear_other_defaults(self, ctx: Ctx, item_id: str, body: Json) -> None:
        for flag in self.default_flags:
            if body.get(flag):
                for other in self.store(ctx.core).values():
                    if other["id"] != item_id and other.get(flag):
                        other[flag] = False

    def conflict_id(self, item_id: str) -> str:
        """The saved-object id a conflict message names."""
        return item_id

    def create(self, ctx: Ctx) -> Json:
        """``POST base``."""
        body = _validate.body_object(ctx.body)
        for key in self.required:
            if key not in body:
                _validate.string(body, key, required=True)
        _validate.fields(body, dict(self.types))
        self.check(ctx, body, None)
        store = self.store(ctx.core)
        item_id = body.get("id") or ctx.core.ids.uuid()
        if item_id in store:
            # The saved-objects client's conflict (the service creates without overwrite).
            raise KibanaError(
                409, f"Saved object [{self.saved_object_type}/{self.conflict_id(item_id)}] conflict"
            )
        item = self.new_item(ctx, item_id, body)
        for flag in self.default_flags:
            item.setdefault(flag, False)
        self.shape(ctx, item, None)
        self._store_secrets(ctx, item, None)
        self._clear_other_defaults(ctx, item_id, body)
        store[item_id] = item
        self.bump_after_create(ctx, item)
        return {"item": self.answer(item)}

    def update(self, ctx: Ctx) -> Json:
        """``PUT base/{param}``."""
        item = self._find(ctx, self.update_not_found or self.not_found)
        body = _validate.body_object(ctx.body)
        _validate.fields(body, dict(self.types))
        self.check(ctx, body, item)
        changes = {k: clone(v) for k, v in body.items() if k != "id"}
        self.shape(ctx, changes, item)
        self._store_secrets(ctx, changes, item)
        self._clear_other_defaults(ctx, item["id"], body)
        item.update(changes)
        self.bump_after_update(ctx, item)
        return {"item": self.answer(item)}

    def delete(self, ctx: Ctx) -> Json:
        """``DELETE base/{param}``."""
        item = self._find(ctx, self.not_found)
        self.refuse_delete(item)
        self.unlink(ctx.core, item, ctx.user)
        del self.store(ctx.core)[item["id"]]
        _secrets.discard(ctx.core, _secrets.present(item, self.paths_for(item.get("type"))))
        return {"id": item["id"]}


def output_saved_object_id(output_id: str) -> str:
    """Kibana's ``outputIdToUuid``: a non-uuid output id is stored under its uuid v5."""
    try:
        uuid.UUID(output_id)
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_DNS, output_id))
    return output_id

"""Shared create/read/update/delete for the small settings-like resources."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

from .._envelopes import created, item_of
from .._exceptions import NotFoundError
from .._ops import Body, clean
from ._base import AsyncResource
from ._pagination import AsyncListing

if TYPE_CHECKING:
    # The generator names the shared ``{id}`` schema of these delete answers after the first
    # place it met it (a secret reference); it is each delete's ``{id}`` answer.
    from fleet_api_client.models import (
        PackagePolicySecretRef as DeletedId,
    )

T = TypeVar("T")


class AsyncCrud(AsyncResource, Generic[T]):
    """``list``/``get``/``create``/``update``/``delete`` over one Kibana collection.

    Subclasses name the five operations and the path parameter of the object id.
    """

    _list_op: ClassVar[str]
    _get_op: ClassVar[str]
    _create_op: ClassVar[str]
    _update_op: ClassVar[str]
    _delete_op: ClassVar[str]
    _id_param: ClassVar[str]
    #: Fields Kibana's PUT schema requires even when unchanged.
    _put_requires: ClassVar[tuple[str, ...]] = ()

    def list(self) -> AsyncListing[T]:
        """Every object (Kibana answers them in one response)."""
        return self._single_page(self._list_op)

    async def get(self, *, id: str) -> T:
        """One object by id.

        Raises:
            NotFoundError: No such object.
        """
        params: dict[str, Any] = {self._id_param: id}
        envelope = await self._t.call(self._get_op, **params)
        return cast("T", item_of(envelope, self._get_op))

    async def create(self, *, name: str, id: str | None = None, **fields: Any) -> T:
        """Create an object; with an explicit ``id`` a lost response is recovered, not repeated.

        Args:
            name: Display name.
            id: Explicit id (makes the create safe to retry).
            **fields: The other fields, named as in Kibana's API.
        """
        lookup = None
        if id is not None:
            wanted = id

            async def lookup() -> T | None:
                try:
                    return await self.get(id=wanted)
                except NotFoundError:
                    return None

        envelope = await self._t.call(
            self._create_op, body=Body(clean(name=name, id=id, **fields)), lookup=lookup
        )
        return cast("T", created(envelope, self._create_op))

    async def update(self, *, id: str, **fields: Any) -> T:
        """Change fields of an object.

        Only the given fields change. Where Kibana's update schema requires fields the call
        leaves out (``_put_requires``), their current values are read and sent along.
        """
        missing = [name for name in self._put_requires if name not in fields]
        if missing:
            current: Any = await self.get(id=id)
            plain: dict[str, Any] = current.to_dict()
            for name in missing:
                fields[name] = plain.get(name)
        params: dict[str, Any] = {self._id_param: id, "body": Body(fields)}
        envelope = await self._t.call(self._update_op, **params)
        return cast("T", item_of(envelope, self._update_op))

    async def delete(self, *, id: str) -> DeletedId | None:
        """Delete an object by id.

        Returns:
            Kibana's ``{id}`` answer (``None`` when a retry found that a first attempt, whose
            answer was lost, had already deleted it).
        """
        params: dict[str, Any] = {self._id_param: id}
        return cast("DeletedId | None", await self._t.call(self._delete_op, gone_ok=True, **params))

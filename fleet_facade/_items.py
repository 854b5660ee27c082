"""A listing page's items, each built into its model when the caller reaches it.

Why: iterating 100,000 agents built all 1,000 models of a page at once, and they all stayed
alive until the page was done. Built one at a time, a model the caller has finished with is
freed at once, before the cyclic garbage collector ever has to walk it (the collector's passes
over each page of live models cost about as much as building them). The JSON is decoded and
the page envelope parsed as before; a malformed item raises :class:`UnexpectedResponseError`
when it is reached, naming its position.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar, overload

from ._exceptions import UnexpectedResponseError
from ._response_parsing import PARSE_ERRORS

T = TypeVar("T")

_MODEL_LIST = re.compile(r"^list\[(\w+)\](?: \| Unset)?$")
_ITEM_MODELS: dict[str, Any] = {}
#: Held while a model is looked up for the first time: the lookup imports the generated
#: models, which threads of a shared client must not do halfway at once.
_LOCK = threading.Lock()


def item_model(module: Any) -> Any:
    """The model class of a listing operation's items, or ``None`` (items kept as parsed).

    Read once per operation from the generated code: the 200 envelope named in
    ``_parse_response``'s return annotation, and that envelope's ``items: list[Model]`` field.
    """
    name = module.__name__
    try:
        return _ITEM_MODELS[name]
    except KeyError:
        with _LOCK:
            if name not in _ITEM_MODELS:
                _ITEM_MODELS[name] = _find_item_model(module)
            return _ITEM_MODELS[name]


def _find_item_model(module: Any) -> Any:
    import attrs
    import fleet_api_client.models as models

    returned = module._parse_response.__annotations__.get("return", "")
    for envelope_name in re.findall(r"\w+", str(returned)):
        envelope = getattr(module, envelope_name, None)
        if not (isinstance(envelope, type) and attrs.has(envelope)):
            continue
        fields = attrs.fields_dict(envelope)
        if "items" not in fields:
            continue
        match = _MODEL_LIST.match(str(fields["items"].type))
        if match is None:  # plain JSON values, or a union of models
            return None
        return getattr(models, match.group(1), None)
    return None


class TakeItems:
    """A ``peek`` for :meth:`Transport.call` that takes a page's ``items`` out before parsing.

    Only for listings whose items are one generated model: the envelope (total, cursors) is
    then parsed without them, and :meth:`items` wraps them in :class:`LazyItems`.
    """

    def __init__(self, operation_id: str) -> None:
        from ._ops import operation

        self._operation_id = operation_id
        self._model = item_model(operation(operation_id))
        self._raw: list[Any] | None = None

    def __call__(self, data: Any) -> None:
        if self._model is not None and isinstance(data, dict):
            items = data.get("items")
            if isinstance(items, list):
                self._raw = items
                # An empty list in their place: the envelope still says it has items.
                data["items"] = []

    def items(self, parsed: list[Any]) -> Sequence[Any]:
        """This page's items: lazy models if taken, else ``parsed`` (the envelope's own)."""
        raw, self._raw = self._raw, None
        if raw is None:
            return parsed
        return LazyItems(raw, self._model.from_dict, self._operation_id)


class LazyItems(Sequence[T]):
    """The items of one page: a read-only sequence whose models are built on first access.

    Iterating the listing itself (``for agent in fleet.agents.list()``) builds each model as
    it is reached and keeps none; indexing or iterating a page's ``items`` keeps what it built.
    """

    __slots__ = ("_build", "_built", "_operation_id", "_raw")

    def __init__(self, raw: list[Any], build: Callable[[Any], T], operation_id: str) -> None:
        self._raw = raw
        self._build = build
        self._operation_id = operation_id
        self._built: list[Any] = [_UNBUILT] * len(raw)

    def __len__(self) -> int:
        return len(self._raw)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self._raw))[index]]
        position = range(len(self._raw))[index]  # IndexError, and negative indexes
        model = self._built[position]
        if model is _UNBUILT:
            model = self._built[position] = self._make(position)
        return model  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[T]:
        for position in range(len(self._raw)):
            yield self[position]

    def passing(self) -> Iterator[T]:
        """Each model in turn, kept only if already built (what listing iteration uses)."""
        built = self._built
        for position in range(len(self._raw)):
            model = built[position]
            yield self._make(position) if model is _UNBUILT else model

    def __eq__(self, other: object) -> bool:
        if isinstance(other, list | LazyItems):  # like a list: equal to lists, not tuples
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # (mutable contents, like a list)

    def __repr__(self) -> str:
        return f"<LazyItems: {len(self._raw)} items of {self._operation_id}>"

    def _make(self, position: int) -> T:
        try:
            return self._build(self._raw[position])
        except PARSE_ERRORS as exc:
            from ._ops import route

            method, path = route(self._operation_id)
            raise UnexpectedResponseError(
                f"item {position} is malformed ({type(exc).__name__}: {exc}) in the response "
                f"to {self._operation_id}",
                status=200,
                method=method,
                path=path,
            ) from None


_UNBUILT: Any = object()

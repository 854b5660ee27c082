"""Turning a successful answer into the caller's result: the typed model, bytes, or JSON.

The transport hands every 2xx :class:`~fleet_facade._wire_contract.Reply` here; an answer
that is not what the operation documents becomes :class:`UnexpectedResponseError`, carrying
the request's method and path.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from types import ModuleType, SimpleNamespace
from typing import Any

from ._exceptions import FleetError, UnexpectedResponseError
from ._wire_contract import Reply

#: Bodies at least this large are parsed with the cyclic garbage collector paused.
GC_PAUSE_BYTES = 64 * 1024
#: What a generated ``from_dict`` raises on data of the wrong shape (and JSON nested too deep
#: for Python's parser: ``RecursionError``).
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError)
# ``_parse_response`` reads only this attribute of its client; a stand-in avoids building a
# generated Client (and importing attrs and httpx) to parse.
_PARSE_CLIENT = SimpleNamespace(raise_on_unexpected_status=False)


def result_of(
    module: ModuleType, response: Reply, *, raw: bool, peek: Callable[[Any], None] | None
) -> Any:
    """What a call returns for a 2xx answer to the generated operation ``module``.

    Args:
        module: The generated operation.
        response: The answer.
        raw: Return the body as bytes, unparsed: for downloads (YAML, zip, package files)
            that the spec wrongly documents as JSON.
        peek: See :func:`parse_reply`.

    Returns:
        The generated model for the 200 response, or decoded JSON when the spec gives none.

    Raises:
        UnexpectedResponseError: The body does not fit the operation's documented answer, or
            a status other than 200 came without a model.
    """
    if raw:
        return response.content
    try:
        parsed = parse_reply(module, response, peek)
    except PARSE_ERRORS as exc:
        raise unexpected(response, exc) from None
    if parsed is None:
        if response.status_code != 200:
            # Kibana answers these operations with 200; another 2xx (201 from a proxy,
            # 204 without a body) is not a result the caller can use.
            raise unexpected(response, None)
        return decoded_json(response)
    return parsed


def parse_reply(
    module: ModuleType, response: Reply, peek: Callable[[Any], None] | None = None
) -> Any:
    """The generated ``_parse_response``; large bodies with the cyclic collector paused.

    Parsing a large page (10,000 agents) allocates hundreds of thousands of small objects. Each
    allocation burst triggers the cyclic collector, whose older generations walk the whole
    growing tree again and again, although the decoded JSON and models contain no cycles: that
    alone made parsing such a page about twice as slow. Paused, the new objects are examined
    once, at the first collection after the parse.

    ``peek``, if given, sees the decoded JSON of a 200 body before the models are built.

    The pause is process-wide: a parse in another thread meanwhile sees the collector off and
    leaves it alone, and whichever parse paused it turns it back on.
    """
    pause = len(response.content) >= GC_PAUSE_BYTES and gc.isenabled()
    if pause:
        gc.disable()
    try:
        if peek is not None and response.status_code == 200:
            peek(response.json())
        return module._parse_response(client=_PARSE_CLIENT, response=response)
    finally:
        if pause:
            gc.enable()


def decoded_json(response: Reply) -> Any:
    """The body as JSON (``None`` if empty).

    Raises:
        UnexpectedResponseError: The body is not JSON.
    """
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError) as exc:
        raise unexpected(response, exc) from None


def unexpected(
    response: Reply, exc: BaseException | None, detail: str | None = None
) -> FleetError:
    """The error for an answer the client cannot use (its status, method, path, type)."""
    if detail is None:
        detail = f"{type(exc).__name__}: {exc}" if exc is not None else "unexpected status"
    return UnexpectedResponseError(
        detail,
        status=response.status_code,
        method=response.method,
        path=response.path,
        content_type=response.headers.get("content-type"),
    )

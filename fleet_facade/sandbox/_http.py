"""Transport-neutral request and response values shared by the server and the httpx transports."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

#: The only public Fleet API version Kibana registers (``API_VERSIONS.public.v1``).
API_VERSION = "2023-10-31"


@dataclass
class SandboxRequest:
    """One HTTP request as the sandbox sees it, whichever way it arrived.

    Attributes:
        method: Upper-case HTTP method.
        path: Raw path, without the query string (may carry a ``/s/<space>`` prefix).
        query: Query parameters, each name mapped to all of its values in order.
        headers: Header names lower-cased; the last value wins.
        body: Raw request body.
        body_error: Set by the loopback server when it stopped reading the body (too large,
            too slow); the pipeline answers it where Kibana reads the payload.
    """

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes = b""
    body_error: KibanaError | None = None


@dataclass
class RawJson:
    """A JSON document that a handler already encoded (used for large agent pages)."""

    data: bytes


@dataclass
class SandboxResponse:
    """What the sandbox answers; ``drop`` asks the caller to cut the connection instead."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False
    latency: float = 0.0

    def json(self) -> Any:
        """Decode the body as JSON (``None`` when empty)."""
        return json.loads(self.body) if self.body else None


class KibanaError(Exception):
    """An error answered as Kibana's JSON error envelope (``{statusCode, error, message}``).

    Handlers raise it; the pipeline turns it into the response. It is the sandbox's server-side
    answer, not the client library's ``fleet_facade.FleetError``.
    """

    def __init__(
        self,
        status: int,
        message: str | None = None,
        *,
        attributes: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message if message is not None else reason_phrase(status)
        self.attributes = attributes
        self.headers = headers or {}


def reason_phrase(status: int) -> str:
    """The HTTP reason phrase Boom puts into ``error`` (e.g. ``Not Found``)."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def error_body(
    status: int, message: str, attributes: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Kibana's Boom error envelope."""
    body: dict[str, Any] = {
        "statusCode": status,
        "error": reason_phrase(status),
        "message": message,
    }
    if attributes is not None:
        body["attributes"] = attributes
    return body


def encode_json(value: Any) -> bytes:
    """Compact JSON, as Kibana sends it."""
    if isinstance(value, RawJson):
        return value.data
    try:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
    except UnicodeEncodeError:
        # A lone surrogate (sent as "\\ud800" in a request): escape it, as JSON.stringify does.
        return json.dumps(value, separators=(",", ":")).encode()


def json_response(
    status: int, value: Any, headers: dict[str, str] | None = None
) -> SandboxResponse:
    """A JSON response with the content type Kibana uses."""
    all_headers = {"content-type": "application/json; charset=utf-8"}
    all_headers.update(headers or {})
    return SandboxResponse(status=status, body=encode_json(value), headers=all_headers)


def error_response(err: KibanaError) -> SandboxResponse:
    """The envelope response for a raised :class:`KibanaError`."""
    return json_response(
        err.status, error_body(err.status, err.message, err.attributes), err.headers
    )

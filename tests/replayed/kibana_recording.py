"""Real Kibana traffic (``tests/data/recorded``) served back to the facade as a fake Kibana.

:class:`RecordedKibana` is an httpx transport. Each request the facade sends is answered with
the next recorded exchange of the same method and path whose query parameters the request
sends too (the facade may add its own, such as ``perPage``). "Next" follows the recording:
the search starts after the last exchange served, so where Kibana's client repeated a
request (three reads, a delete, a read that is 404), the facade's read after its delete gets
the 404, not an earlier read; only if nothing follows does it start over from the top. A
request the recording cannot answer gets status 501 and is listed in ``misses``: the fixtures
fail a test that had a miss, so a test passes only on Kibana's own answers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

DATA = Path(__file__).resolve().parents[1] / "data" / "recorded"


@dataclass(frozen=True)
class Exchange:
    """One recorded request and Kibana's answer."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    request_body: Any
    status: int
    response_body: Any


def load(name: str) -> tuple[str, list[Exchange]]:
    """The Kibana version and the exchanges of ``tests/data/recorded/<name>.json``."""
    document = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    exchanges = []
    for item in document["interactions"]:
        parts = urlsplit(item["path"])
        exchanges.append(Exchange(
            method=item["method"], path=parts.path, query=tuple(parse_qsl(parts.query)),
            request_body=item.get("request_body"), status=item["status"],
            response_body=item["response_body"]))
    return str(document["kibana_version"]), exchanges


class RecordedKibana(httpx.MockTransport):
    """A Kibana that answers only what the named recording holds.

    Attributes:
        kibana_version: The version the recording was made against.
        exchanges: The recorded exchanges, in recording order.
        sent: ``(method, path, query, body)`` of every request the facade sent (the body
            decoded when it is JSON, else its bytes).
        misses: Requests the recording had no answer for.
    """

    def __init__(self, name: str) -> None:
        self.kibana_version, self.exchanges = load(name)
        self.sent: list[tuple[str, str, dict[str, str], Any]] = []
        self.misses: list[str] = []
        self._used: set[int] = set()
        self._cursor = 0
        super().__init__(self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        query = dict(parse_qsl(request.url.query.decode()))
        body: Any = request.content or None
        if body and request.headers.get("content-type", "").startswith("application/json"):
            body = json.loads(body)
        self.sent.append((request.method, request.url.path, query, body))
        order = [*range(self._cursor, len(self.exchanges)), *range(self._cursor)]
        for index in order:
            exchange = self.exchanges[index]
            if (index not in self._used and exchange.method == request.method
                    and exchange.path == request.url.path
                    and all(query.get(k) == v for k, v in exchange.query)):
                self._used.add(index)
                self._cursor = index + 1
                return httpx.Response(
                    exchange.status, json=exchange.response_body,
                    headers={"elastic-api-version": "2023-10-31"})
        self.misses.append(f"{request.method} {request.url}")
        return httpx.Response(501, json={"statusCode": 501, "error": "Not Implemented",
                                         "message": "the recording has no answer for this"})

    def requests_to(self, method: str, path: str) -> list[Any]:
        """The JSON bodies the facade sent to ``method path``, in order."""
        return [body for m, p, _, body in self.sent if m == method and p == path]

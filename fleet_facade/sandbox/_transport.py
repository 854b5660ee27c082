"""In-process httpx transports: requests go straight to the sandbox, no socket, no thread."""

from __future__ import annotations

import asyncio
import time
from urllib.parse import parse_qs

import httpx

from ._http import SandboxRequest, SandboxResponse
from ._router import App


def _to_sandbox(request: httpx.Request, body: bytes) -> SandboxRequest:
    # The path as it would go on the wire (percent-encoded), so that both serving modes hand
    # the same text to the router: ``url.path`` is already decoded, turning %2F into "/".
    path, _, query = request.url.raw_path.decode("ascii").partition("?")
    return SandboxRequest(
        method=request.method,
        path=path,
        query=parse_qs(query, keep_blank_values=True),
        headers={k.lower(): v for k, v in request.headers.items()},
        body=body,
    )


def _to_httpx(response: SandboxResponse, request: httpx.Request) -> httpx.Response:
    if response.drop:
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response.", request=request
        )
    headers = dict(response.headers)
    headers["content-length"] = str(len(response.body))
    return httpx.Response(response.status, headers=headers, content=response.body, request=request)


class SandboxTransport(httpx.BaseTransport):
    """Synchronous in-process transport; dropped connections raise ``httpx.RemoteProtocolError``."""

    def __init__(self, app: App) -> None:
        self._app = app

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer one request."""
        response = self._app.handle(_to_sandbox(request, request.read()))
        if response.latency:
            time.sleep(response.latency)
        return _to_httpx(response, request)


class AsyncSandboxTransport(httpx.AsyncBaseTransport):
    """Asynchronous in-process transport (latency uses ``asyncio.sleep``)."""

    def __init__(self, app: App) -> None:
        self._app = app

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer one request."""
        response = self._app.handle(_to_sandbox(request, await request.aread()))
        if response.latency:
            await asyncio.sleep(response.latency)
        return _to_httpx(response, request)

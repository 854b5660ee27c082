"""Which wire a client sends through, and the one httpx client it may need.

:func:`open_wire` picks the wire (``_wire_contract.py`` lists them): urllib3 for direct
connections, httpx for a caller's httpx transport or a proxy. Each client has one
:class:`HttpxClientOwner` (sync) or :class:`AsyncHttpxClientOwner` (async): it makes the httpx
client when first needed, by the httpx wire or by ``fleet.raw``, hands the same client to both,
and closes it. A client sending through urllib3 whose ``raw`` is never used never imports httpx.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

from ._config import Settings
from ._wire_contract import AsyncWire, Wire

if TYPE_CHECKING:
    import httpx
    from fleet_api_client.client import Client

C = TypeVar("C")


class _Owner(Generic[C]):
    """Makes one httpx client on first use (once, even when threads ask at the same moment)."""

    def __init__(self, settings: Settings, make: Callable[[], C]) -> None:
        self._settings = settings
        self._make = make
        self._client: C | None = None
        self._raw: Client | None = None
        self._lock = threading.Lock()

    def get(self) -> C:
        """The httpx client, made now if it was not yet."""
        with self._lock:
            if self._client is None:
                self._client = self._make()
            return self._client

    def raw(self) -> Client:
        """The generated ``fleet_api_client.Client`` over this httpx client (``fleet.raw``)."""
        client = self.get()
        with self._lock:
            if self._raw is None:
                from fleet_api_client.client import Client

                generated = Client(
                    base_url=self._settings.base_url, timeout=self._settings.timeout.as_httpx()
                )
                self._raw = self._attach(generated, client)
            return self._raw

    def _attach(self, generated: Client, client: C) -> Client:
        raise NotImplementedError  # pragma: no cover

    def _made(self) -> C | None:
        """The client, if it was made (closing makes none)."""
        with self._lock:
            return self._client


class HttpxClientOwner(_Owner["httpx.Client"]):
    """The sync client's httpx client (see the module docstring)."""

    def _attach(self, generated: Client, client: httpx.Client) -> Client:
        return generated.set_httpx_client(client)

    def close(self) -> None:
        """Close the httpx client, if one was made."""
        client = self._made()
        if client is not None:
            client.close()


class AsyncHttpxClientOwner(_Owner["httpx.AsyncClient"]):
    """The async client's httpx client (see the module docstring)."""

    def _attach(self, generated: Client, client: httpx.AsyncClient) -> Client:
        return generated.set_async_httpx_client(client)

    async def aclose(self) -> None:
        """Close the httpx client, if one was made."""
        client = self._made()
        if client is not None:
            await client.aclose()


@overload
def open_wire(
    settings: Settings, transport: Any, *, asynchronous: Literal[True]
) -> tuple[AsyncWire, AsyncHttpxClientOwner]: ...


@overload
def open_wire(
    settings: Settings, transport: Any, *, asynchronous: Literal[False]
) -> tuple[Wire, HttpxClientOwner]: ...


def open_wire(
    settings: Settings, transport: Any, *, asynchronous: bool
) -> tuple[AsyncWire, AsyncHttpxClientOwner] | tuple[Wire, HttpxClientOwner]:
    """The wire for a client, and the owner of its httpx client.

    urllib3 for direct connections (from worker threads for the async client); httpx for an
    httpx ``transport`` or a proxy the environment (or the system settings) names.

    Args:
        settings: The client's settings.
        transport: The caller's httpx transport (sync or async, as the client), or ``None``.
        asynchronous: For the async client.

    Raises:
        InvalidArgumentError: ``transport`` is not an httpx transport of the client's flavour.
    """
    if transport is not None:
        _check_transport(transport, asynchronous=asynchronous)
    httpx_path = transport is not None or proxied(settings.base_url)
    if asynchronous:
        async_owner = AsyncHttpxClientOwner(settings, lambda: _new_async(settings, transport))
        if not httpx_path:
            from ._thread_wire import AsyncThreadWire

            return AsyncThreadWire(settings), async_owner
        from ._httpx_wire import AsyncHttpxWire

        return AsyncHttpxWire(settings, async_owner.get()), async_owner
    owner = HttpxClientOwner(settings, lambda: _new_sync(settings, transport))
    if not httpx_path:
        from ._urllib3_wire import Urllib3Wire

        return Urllib3Wire(settings), owner
    from ._httpx_wire import HttpxWire

    return HttpxWire(settings, owner.get()), owner


def _check_transport(transport: object, *, asynchronous: bool) -> None:
    import httpx

    expected = httpx.AsyncBaseTransport if asynchronous else httpx.BaseTransport
    if not isinstance(transport, expected):
        # A transport of the other flavour would fail on the first request with an
        # AttributeError deep inside httpx; say what is wrong before anything is sent.
        from ._exceptions import InvalidArgumentError

        made_by = "async_transport" if asynchronous else "transport"
        raise InvalidArgumentError(
            f"transport must be an httpx.{expected.__name__}, got {type(transport).__name__} "
            f"(a sandbox gives one with sandbox.{made_by}())"
        )


def _new_sync(settings: Settings, transport: Any) -> httpx.Client:
    from ._httpx_wire import new_client

    return new_client(settings, transport)


def _new_async(settings: Settings, transport: Any) -> httpx.AsyncClient:
    from ._httpx_wire import new_async_client

    return new_async_client(settings, transport)


def proxied(url: str) -> bool:
    """Whether a proxy applies to ``url`` (httpx honours proxies; urllib3 not).

    The same lookup as httpx: the environment, and on macOS and Windows the system settings.
    """
    import urllib.request  # (costly to import; only when a client is made)
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    proxies = urllib.request.getproxies()
    if not (proxies.get(parts.scheme) or proxies.get("all")):
        return False
    return not urllib.request.proxy_bypass(parts.hostname or "")

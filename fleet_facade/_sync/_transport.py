# Generated from fleet_facade/_async/_transport.py by scripts/run_unasync.py; do not edit.
"""The transport: sends prepared requests over one wire, retries, and maps answers to results.

Requests are prepared by ``_request_preparation.py`` (checks, enums, the generated
``_get_kwargs``) and successes parsed by ``_response_parsing.py`` (the generated
``_parse_response``); what lies between (sending over the wire from ``_wires.py``, retrying,
mapping statuses and send failures to exceptions, logging) happens here and only here.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from .._config import Settings, Timeouts
from .._exceptions import (
    BadRequestError,
    FleetConnectionError,
    FleetError,
    FleetTimeoutError,
    InvalidRequestError,
    UnexpectedResponseError,
    UnsupportedByServerError,
    status_error,
)
from .._ops import Found
from .._request_preparation import prepare, short
from .._response_parsing import decoded_json, result_of, unexpected
from .._retry import IDEMPOTENT_METHODS, RETRY_STATUSES, backoff, retry_after
from .._types import SyncLookup, SyncSleep
from .._versions import parse_version
from .._wire_contract import RefusedBody, Reply, SendError
from .._wires import open_wire
from ._shim import default_sleep

if TYPE_CHECKING:
    import httpx
    from fleet_api_client.client import Client

#: ``logging.DEBUG``; logging itself loads with the first client, not with the facade.
_DEBUG = 10


class Transport:
    """Sends Fleet requests for one client (and its ``with_options`` copies).

    Args:
        settings: Resolved client settings.
        transport: An httpx transport to use instead of the network (e.g. the sandbox's).
        sleep: Sleep used between retries.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: SyncSleep | None = None,
    ) -> None:
        import logging

        self.settings = settings
        self.max_retries = settings.max_retries
        self._log = logging.getLogger("fleet_facade")
        self._prefix = settings.prefix
        self._wire, self._httpx = open_wire(settings, transport, asynchronous=False)
        self._sleep: SyncSleep = sleep or default_sleep
        self._timeout: Timeouts | None = None
        # Shared with copies: the server's version and package manifests are per server.
        self.shared: dict[str, Any] = {}

    def copy(self, *, timeout: Timeouts | None, max_retries: int | None) -> Transport:
        """A transport sharing this one's connection pool and caches, with other limits."""
        clone = object.__new__(Transport)
        clone.__dict__.update(self.__dict__)
        if timeout is not None:
            clone._timeout = timeout
        if max_retries is not None:
            clone.max_retries = max_retries
        return clone

    @property
    def sleep(self) -> SyncSleep:
        """The sleep between retries; resources wait with it too (``sleep=`` of the client)."""
        return self._sleep

    def raw_client(self) -> Client:
        """The generated client over this transport's httpx client (``fleet.raw``)."""
        return self._httpx.raw()

    def close(self) -> None:
        """Close the connection pools."""
        self._wire.close()
        self._httpx.close()

    def call(
        self,
        operation_id: str,
        *,
        retry: bool | None = None,
        lookup: SyncLookup | None = None,
        requires: Sequence[tuple[str, str]] = (),
        gone_ok: bool = False,
        raw: bool = False,
        content_type: str | None = None,
        peek: Callable[[Any], None] | None = None,
        **params: Any,
    ) -> Any:
        """Run one generated operation and return its parsed 200 model.

        Args:
            operation_id: Kibana's operationId, e.g. ``get-fleet-agent-policies-agentpolicyid``.
            retry: Force (``True``) or forbid (``False``) retries on statuses and lost
                responses; default: retry idempotent methods only.
            lookup: For creates: finds the object if an earlier attempt made it; makes a lost
                or failed create safe to retry.
            requires: ``(feature, minimum Kibana version)`` pairs the request relies on. They
                cost no request up front: only when Kibana refuses the request with a 400 is
                its version read, to raise :class:`UnsupportedByServerError` instead.
            raw: Return the body as bytes, unparsed: for downloads (YAML, zip, package
                files) that the spec wrongly documents as JSON.
            content_type: Replace the Content-Type the generated operation sets.
            gone_ok: For deletes: a 404 on a *retry* means the first attempt did the work
                (its answer was lost), so it is success (the result is then ``None``).
            peek: Called with the decoded JSON of a 200 body before the models are built; it
                may take parts out (a listing takes its items, to build each when reached).
            **params: Arguments for the operation (``None`` values are left out).

        Returns:
            The generated model for the 200 response, or decoded JSON when the spec gives none.
        """
        prepared = prepare(operation_id, params, content_type=content_type)
        try:
            response = self._send(
                prepared.request, retry=retry, lookup=lookup, gone_ok=gone_ok
            )
        except BadRequestError as exc:
            self._refused_as_unsupported(requires, exc)
            raise
        if response.__class__ is Found:
            return None if gone_ok else response  # ``response``: what ``lookup`` found
        return result_of(prepared.module, response, raw=raw, peek=peek)

    def request_json(self, method: str, url: str, **kwargs: Any) -> Any:
        """Send a request outside the generated operations (``/api/status``); decoded JSON."""
        response = self._send({"method": method, "url": url, **kwargs})
        return decoded_json(response)

    def server_version(self) -> str:
        """Kibana's version (``GET /api/status`` -> ``version.number``), read once."""
        version = self.shared.get("version")
        if version is None:
            status = self.request_json("GET", "/api/status")
            try:
                version = str(status["version"]["number"])
            except (KeyError, TypeError):
                raise UnexpectedResponseError(
                    "no version.number in /api/status",
                    status=200,
                    method="GET",
                    path=self._prefix + "/api/status",
                ) from None
            self.shared["version"] = version
        return version

    def require(self, feature: str, minimum: str) -> tuple[str, str]:
        """Refuse ``feature`` now if the server's version is known and older than ``minimum``.

        An unknown version is not read here (that would add a round trip to every first
        call): the returned pair goes to :meth:`call`'s ``requires``, which reads the version
        only if Kibana refuses the request.
        """
        version = self.shared.get("version")
        if version is not None and parse_version(version) < parse_version(minimum):
            raise UnsupportedByServerError(feature, required=minimum, server_version=version)
        return (feature, minimum)

    def _refused_as_unsupported(
        self, requires: Sequence[tuple[str, str]], exc: BadRequestError
    ) -> None:
        """Raise :class:`UnsupportedByServerError` if Kibana refused a request it is too old for.

        Raises:
            UnsupportedByServerError: The server is older than a ``requires`` minimum.
        """
        for feature, minimum in requires:
            version = self.server_version()
            if parse_version(version) < parse_version(minimum):
                raise UnsupportedByServerError(
                    feature, required=minimum, server_version=version
                ) from exc

    def supports(self, minimum: str) -> bool:
        """Whether the server runs ``minimum`` or newer."""
        return parse_version(self.server_version()) >= parse_version(minimum)

    # -- sending -------------------------------------------------------------------------------

    def _send(
        self,
        request: dict[str, Any],
        *,
        retry: bool | None = None,
        lookup: SyncLookup | None = None,
        gone_ok: bool = False,
    ) -> Any:
        method = request["method"].upper()
        if self._timeout is not None:
            request["timeout"] = self._timeout
        idempotent = method in IDEMPOTENT_METHODS if retry is None else retry
        debug = self._log.isEnabledFor(_DEBUG)
        attempt = 0
        while True:
            started = time.perf_counter() if debug else 0.0
            try:
                response = self._wire.send(request)
            except RefusedBody as exc:
                # Too large or in a coding not asked for: the same answer again on a retry.
                raise unexpected(exc.reply, None, exc.detail) from None
            except SendError as exc:
                if exc.invalid:
                    # The request could not even be built or written (e.g. a 100 kB id in the
                    # path): the caller's argument, not the network; retrying cannot help.
                    raise InvalidRequestError(
                        f"cannot send {method} {self._prefix}{short(request['url'])}: "
                        f"{exc.detail}",
                        method=method,
                        path=short(f"{self._prefix}{request['url']}"),
                    ) from None
                sent = exc.sent
                retryable = not sent or idempotent or lookup is not None
                if attempt >= self.max_retries or not retryable or not exc.retryable:
                    raise self._connection_error(exc, method, request["url"]) from None
                if sent and lookup is not None:
                    found = self._recover(lookup, exc, method, request["url"])
                    if found is not None:
                        return found
                delay = backoff(attempt)
                self._log_retry(method, request["url"], exc.kind, attempt, delay)
                self._sleep(delay)
                attempt += 1
                continue
            status = response.status_code
            if debug:
                self._log.debug(
                    "%s %s -> %d (%.1f ms)",
                    method,
                    self._prefix + request["url"],
                    status,
                    (time.perf_counter() - started) * 1000,
                )
            if 200 <= status < 300:
                return response
            if gone_ok and attempt > 0 and status == 404:
                return Found(None)  # an earlier attempt deleted it; its answer was lost
            if attempt < self.max_retries and (
                (status in RETRY_STATUSES and idempotent)
                or (lookup is not None and (status == 429 or status >= 500))
            ):
                if lookup is not None:
                    error = self._status_error(response, method, request["url"])
                    found = self._recover(lookup, error, method, request["url"])
                    if found is not None:
                        return found
                delay = backoff(attempt, retry_after(response.headers))
                self._log_retry(method, request["url"], f"HTTP {status}", attempt, delay)
                self._sleep(delay)
                attempt += 1
                continue
            if status >= 400:
                raise self._status_error(response, method, request["url"])
            raise unexpected(response, None)

    def _recover(self, lookup: SyncLookup, cause: Exception, method: str, url: str) -> Any:
        """Look for what a failed create may have made; refuse to retry blindly if unsure."""
        try:
            found = lookup()
        except FleetError:
            if isinstance(cause, FleetError):
                raise cause from None
            raise self._connection_error(cause, method, url) from None
        if found is None:
            return None
        self._log.warning(
            "%s %s: found the object an earlier attempt created", method, self._prefix + url
        )
        return Found(found)

    # -- errors --------------------------------------------------------------------------------

    def _status_error(self, response: Reply, method: str, url: str) -> FleetError:
        return status_error(
            response.status_code,
            response.content,
            method=method,
            path=self._prefix + url,
            content_type=response.headers.get("content-type"),
            retry_after=retry_after(response.headers),
        )

    def _connection_error(self, exc: Exception, method: str, url: str) -> FleetError:
        if isinstance(exc, SendError):
            cls = FleetTimeoutError if exc.timeout else FleetConnectionError
            text = self._hint(exc)
        else:  # a lookup's own failure while recovering
            cls = FleetConnectionError
            text = f"{type(exc).__name__}: {str(exc) or type(exc).__name__}"
        return cls(" ".join(text.split()), method=method, path=self._prefix + url)

    def _hint(self, exc: SendError) -> str:
        """The message of a connection failure: what it most likely means, on one line."""
        from urllib.parse import urlsplit

        parts = urlsplit(self.settings.base_url)
        origin = f"{parts.scheme}://{parts.netloc}"
        cause = f"{exc.kind}: {exc.detail}"
        if exc.reason == "refused":
            return f"connection refused: is Kibana running at {origin}? ({cause})"
        if exc.reason == "unresolved":
            return (f"cannot resolve {parts.hostname!r}: check the host name in the Kibana URL "
                    f"({cause})")  # fmt: skip
        if exc.reason == "not_tls":
            return (f"the server at {origin} does not speak TLS: use http:// instead of "
                    f"https:// ({cause})")  # fmt: skip
        if exc.reason == "untrusted":
            return (f"the server's TLS certificate is not trusted ({exc.detail}): pass verify= "
                    "a CA bundle path (KIBANA_CA_CERTS, --ca-certs on the command line), or "
                    "verify=False (--insecure) to skip verification")  # fmt: skip
        if exc.reason == "deadline":
            return f"{exc.detail} (the request's timeout)"
        return cause

    def _log_retry(self, method: str, url: str, reason: str, attempt: int, delay: float) -> None:
        self._log.warning(
            "retrying %s %s after %s (retry %d of %d, waiting %.2f s)",
            method,
            self._prefix + url,
            reason,
            attempt + 1,
            self.max_retries,
            delay,
        )

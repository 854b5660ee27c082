"""Client settings: base URL, space, credentials, TLS and timeouts, resolved once per client.

Environment variables are a fallback read here, when an argument is missing, never at import.
"""

from __future__ import annotations

import base64
import os
import ssl
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import quote, urlsplit

import httpx

from ._exceptions import FleetConfigError
from ._version import __version__

API_VERSION = "2023-10-31"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2

AuthKind = Literal["api_key", "basic", "bearer", "none"]
Verify = bool | str | ssl.SSLContext

_TRUE = {"1", "true", "yes", "on"}


@dataclass(frozen=True, repr=False)
class Settings:
    """Everything a transport needs; the credential lives only in ``_authorization``."""

    base_url: str
    auth_kind: AuthKind
    space: str | None
    verify: Verify
    timeout: httpx.Timeout
    max_retries: int
    prefix: str = ""
    _authorization: str | None = field(default=None)

    def headers(self, *, xsrf: bool = True) -> dict[str, str]:
        """The headers sent with every request (built once per client).

        Args:
            xsrf: Include ``kbn-xsrf``. Kibana requires it on every method but GET and OPTIONS;
                the wires add it to those requests only (see :func:`needs_xsrf`).
        """
        headers = {
            "elastic-api-version": API_VERSION,
            "user-agent": f"fleet-facade/{__version__}",
            "accept": "application/json",
        }
        if xsrf:
            headers["kbn-xsrf"] = "true"
        if self._authorization is not None:
            headers["authorization"] = self._authorization
        return headers

    def __repr__(self) -> str:
        return f"Settings(base_url={self.base_url!r}, auth={self.auth_kind})"


#: Methods Kibana's XSRF check lets through without a ``kbn-xsrf`` header (Core ``isSafeMethod``).
_XSRF_FREE = frozenset({"GET", "OPTIONS"})


def needs_xsrf(method: str) -> bool:
    """Whether Kibana refuses ``method`` without a ``kbn-xsrf`` header."""
    return method.upper() not in _XSRF_FREE


def _check_url(url: str) -> None:
    """Refuse a URL no request can go to, or one that carries credentials."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError for a port that is not a number)
    except ValueError as exc:
        raise FleetConfigError(f"not a usable Kibana URL: {exc}") from None
    if not parts.hostname:
        raise FleetConfigError("the Kibana URL has no host")
    if parts.username is not None or parts.password is not None:
        # Shown nowhere: the URL is in reprs and error messages, credentials must not be.
        raise FleetConfigError(
            "put credentials in api_key=, username=/password= or bearer_token=, not in the URL"
        )


def _api_key_header(api_key: str) -> str:
    # Kibana wants base64("id:key"); accept the already-encoded form and the "id:key" pair.
    if ":" in api_key:
        api_key = base64.b64encode(api_key.encode()).decode("ascii")
    return f"ApiKey {api_key}"


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        raise FleetConfigError(
            "timeout=None would wait forever; pass a number of seconds or an httpx.Timeout"
        )
    return httpx.Timeout(float(value))


def resolve(
    base_url: str | None,
    *,
    api_key: str | None,
    username: str | None,
    password: str | None,
    bearer_token: str | None,
    space: str | None,
    verify: Verify | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Combine arguments with the documented environment fallbacks.

    Raises:
        FleetConfigError: No URL, conflicting credentials, or an unusable value.
    """
    environ = os.environ if env is None else env
    url = base_url or environ.get("KIBANA_ENDPOINT") or environ.get("KIBANA_URL")
    if not url:
        raise FleetConfigError("no Kibana URL: pass base_url or set KIBANA_ENDPOINT")
    url = url.rstrip("/")
    if not url.startswith(("http://", "https://")):
        scheme = url.split(":", 1)[0][:20]  # not the whole URL: it may carry credentials
        raise FleetConfigError(f"Kibana URL must start with http:// or https://, not {scheme}:")
    _check_url(url)

    given = [x for x in (api_key, bearer_token, username or password) if x]
    if len(given) > 1:
        raise FleetConfigError("pass only one of api_key, bearer_token or username/password")
    if not given:
        api_key = environ.get("KIBANA_API_KEY") or None
        username = environ.get("KIBANA_USERNAME") or None
        password = environ.get("KIBANA_PASSWORD") or None
    # Keys and tokens have no spaces: a trailing newline (read from a file) is dropped.
    api_key = api_key.strip() if api_key else api_key
    bearer_token = bearer_token.strip() if bearer_token else bearer_token
    authorization: str | None = None
    kind: AuthKind = "none"
    if api_key:
        authorization, kind = _api_key_header(api_key), "api_key"
    elif bearer_token:
        authorization, kind = f"Bearer {bearer_token}", "bearer"
    elif username or password:
        if not (username and password):
            raise FleetConfigError("basic authentication needs both username and password")
        pair = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        authorization, kind = f"Basic {pair}", "basic"

    if authorization is not None and any(ord(c) < 32 or ord(c) == 127 for c in authorization):
        # Said without the value: it is a credential.
        raise FleetConfigError(f"the {kind} credential contains a control character")
    space = space if space is not None else (environ.get("KIBANA_SPACE") or None)
    if space == "default":
        space = None
    prefix = f"/s/{quote(space, safe='')}" if space else ""
    url += prefix

    if verify is None:
        if environ.get("KIBANA_INSECURE", "").strip().lower() in _TRUE:
            verify = False
        else:
            verify = environ.get("KIBANA_CA_CERTS") or True
    if verify is False:
        warnings.warn(
            "TLS certificate verification is disabled for the Kibana connection",
            stacklevel=4,
        )
    elif isinstance(verify, str):
        verify = _ca_context(verify)
    retries = DEFAULT_MAX_RETRIES if max_retries is None else max_retries
    if retries < 0:
        raise FleetConfigError("max_retries must be >= 0")
    return Settings(
        base_url=url,
        auth_kind=kind,
        space=space,
        verify=verify,
        timeout=_timeout(DEFAULT_TIMEOUT if timeout is None else timeout),
        max_retries=retries,
        prefix=prefix,
        _authorization=authorization,
    )


def _ca_context(path: str) -> ssl.SSLContext:
    """An SSL context trusting the CA bundle at ``path`` (a file or a directory of certs).

    httpx 0.28 deprecates passing a path as ``verify``; building the context here also turns a
    wrong path into a clear configuration error instead of a failure at the first request.
    """
    try:
        if os.path.isdir(path):
            return ssl.create_default_context(capath=path)
        return ssl.create_default_context(cafile=path)
    except (OSError, ssl.SSLError) as exc:
        raise FleetConfigError(f"cannot read the CA certificates at {path!r}: {exc}") from None

"""Client settings: base URL, space, credentials, TLS and timeouts, resolved once per client.

Environment variables are a fallback read here, when an argument is missing, never at import.
"""

from __future__ import annotations

import math
import os
import re
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal, NamedTuple, TypeAlias, TypeGuard

from ._exceptions import FleetConfigError
from ._version import __version__

if TYPE_CHECKING:
    import ssl

    import httpx

API_VERSION = "2023-10-31"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
#: Largest response body read, counted after decompression (a gzip bomb stops here).
DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024
#: Longest accepted timeout: one day is more than any request needs, and sockets refuse
#: values far beyond it.
MAX_TIMEOUT = 86400.0

AuthKind = Literal["api_key", "basic", "bearer", "none"]
# A string at run time: the ssl module loads with the first client, not with the facade.
Verify: TypeAlias = "bool | str | ssl.SSLContext"

_TRUE = {"1", "true", "yes", "on"}
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]{0,15})://")


class Timeouts(NamedTuple):
    """Seconds each part of a request attempt may take (``httpx.Timeout``'s four parts).

    Kept apart from httpx so that a client sending through urllib3 never imports httpx; the
    httpx wire turns it into an ``httpx.Timeout`` (:meth:`as_httpx`).
    """

    connect: float | None
    read: float | None
    write: float | None
    pool: float | None

    @classmethod
    def of(cls, seconds: float) -> Timeouts:
        """The same limit for every part."""
        return cls(seconds, seconds, seconds, seconds)

    def as_httpx(self) -> httpx.Timeout:
        """As an ``httpx.Timeout`` (imports httpx: only on an httpx path)."""
        import httpx

        return httpx.Timeout(connect=self.connect, read=self.read, write=self.write,
                             pool=self.pool)  # fmt: skip


class Settings:
    """Everything a transport needs; the credential lives only in ``_authorization``.

    A plain class, not a dataclass: ``import fleet_facade`` then does not build one (a
    dataclass is made by compiling its methods when the module loads).
    """

    __slots__ = ("_authorization", "auth_kind", "base_url", "max_response_bytes",
                 "max_retries", "prefix", "space", "timeout", "verify")  # fmt: skip

    def __init__(
        self,
        *,
        base_url: str,
        auth_kind: AuthKind,
        space: str | None,
        verify: Verify,
        timeout: Timeouts,
        max_retries: int,
        prefix: str = "",
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        authorization: str | None = None,
    ) -> None:
        self.base_url = base_url
        self.auth_kind = auth_kind
        self.space = space
        self.verify = verify
        self.timeout = timeout
        self.max_retries = max_retries
        self.prefix = prefix
        self.max_response_bytes = max_response_bytes
        self._authorization = authorization

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
    """Refuse a URL no request can go to, or one that carries credentials.

    Nothing of the URL is echoed: a password typed into it may sit anywhere (``user:pass@``,
    or, with a slash in the password, where the port would be).
    """
    if not url.startswith(("http://", "https://")):
        scheme = _SCHEME.match(url)  # only a scheme proper: ``user:password@`` is not echoed
        named = f", not {scheme.group(1)}:" if scheme else ""
        raise FleetConfigError(f"Kibana URL must start with http:// or https://{named}")
    if "@" in url.split("?", 1)[0].split("#", 1)[0]:
        raise FleetConfigError(
            "put credentials in api_key=, username=/password= or bearer_token=, not in the URL"
        )
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise FleetConfigError(
            "not a usable Kibana URL: its port is not a number from 1 to 65535 (or its IPv6 "
            "address is not closed with ])"
        ) from None
    if not parts.hostname:
        raise FleetConfigError("the Kibana URL has no host")
    if port == 0:
        raise FleetConfigError("not a usable Kibana URL: port 0")


def _api_key_header(api_key: str) -> str:
    import base64

    # Kibana wants base64("id:key"); accept the already-encoded form and the "id:key" pair.
    if ":" in api_key:
        try:
            api_key = base64.b64encode(api_key.encode()).decode("ascii")
        except UnicodeEncodeError:
            raise FleetConfigError("the api_key is not valid Unicode text") from None
    return f"ApiKey {api_key}"


def parse_timeout(value: object) -> Timeouts:
    """A timeout argument (seconds, or an ``httpx.Timeout``), refused unless every part is usable.

    Raises:
        FleetConfigError: ``None``, not a number, or a part that is not a finite number of
            seconds above 0 and at most :data:`MAX_TIMEOUT` (``pool`` may be ``None``).
    """
    if value is None:
        raise FleetConfigError(
            "timeout=None would wait forever; pass a number of seconds or an httpx.Timeout"
        )
    if _is_httpx_timeout(value):
        parts = {"connect": value.connect, "read": value.read, "write": value.write}
        for name, seconds in parts.items():
            _check_seconds(f"timeout.{name}", seconds)
        if value.pool is not None:
            _check_seconds("timeout.pool", value.pool)
        return Timeouts(value.connect, value.read, value.write, value.pool)
    _check_seconds("timeout", value)
    return Timeouts.of(float(value))  # type: ignore[arg-type]  # (checked: a real number)


def _is_httpx_timeout(value: object) -> TypeGuard[httpx.Timeout]:
    """Whether ``value`` is an ``httpx.Timeout``, without importing httpx.

    A caller holding one has imported httpx already; if httpx is not loaded, it cannot be one.
    """
    loaded = sys.modules.get("httpx")
    return loaded is not None and isinstance(value, loaded.Timeout)


def attempt_deadline(timeout: Timeouts) -> float:
    """Seconds one request attempt may take in all: the largest part of ``timeout``."""
    parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return max(seconds for seconds in parts if seconds is not None)


def _check_seconds(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FleetConfigError(
            f"{name} must be a number of seconds, not {type(value).__name__}"
        )
    if not (math.isfinite(value) and 0 < value <= MAX_TIMEOUT):
        raise FleetConfigError(
            f"{name} must be more than 0 and at most {MAX_TIMEOUT:g} seconds, not {value!r}"
        )


def _max_response_bytes(value: object) -> int:
    if value is None:
        return DEFAULT_MAX_RESPONSE_BYTES
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise FleetConfigError(f"max_response_bytes must be a positive integer, not {value!r}")
    return value


#: Keyword arguments of ``resolve`` besides the URL and ``env``: those the clients' constructors
#: accept and pass on (``Fleet(...)`` and ``AsyncFleet(...)`` refuse any other).
SETTING_OPTIONS = frozenset({"api_key", "username", "password", "bearer_token", "space", "verify",
                             "timeout", "max_retries", "max_response_bytes"})  # fmt: skip


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
    max_response_bytes: int | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Combine arguments with the documented environment fallbacks.

    Arguments win over the environment (``os.environ``, or ``env`` when given): a credential
    argument replaces every credential variable, and the URL, space and TLS arguments
    replace theirs.

    Raises:
        FleetConfigError: No URL, no or conflicting credentials, or an unusable value.
    """
    for name, value in (("base_url", base_url), ("api_key", api_key), ("username", username),
                        ("password", password), ("bearer_token", bearer_token),
                        ("space", space)):  # fmt: skip
        if value is not None and not isinstance(value, str):
            # Said without the value: it may be a credential.
            raise FleetConfigError(f"{name} must be a string, not {type(value).__name__}")
    environ = os.environ if env is None else env
    url = base_url or environ.get("KIBANA_ENDPOINT") or environ.get("KIBANA_URL")
    if not url:
        raise FleetConfigError("no Kibana URL: pass base_url or set KIBANA_ENDPOINT")
    url = url.strip().rstrip("/")
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
        try:
            import base64

            pair = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        except UnicodeEncodeError:
            raise FleetConfigError("the username or password is not valid Unicode text") from None
        authorization, kind = f"Basic {pair}", "basic"
    if authorization is None:
        # Kibana answers every Fleet request without credentials with a 401: say so now.
        raise FleetConfigError(
            "no credentials: pass api_key=, username= and password=, or bearer_token=, or set "
            "KIBANA_API_KEY (or KIBANA_USERNAME and KIBANA_PASSWORD)"
        )
    if not authorization.isascii() or any(ord(c) < 32 or ord(c) == 127 for c in authorization):
        # Said without the value: it is a credential. (HTTP headers carry ASCII only.)
        raise FleetConfigError(
            f"the {kind} credential contains a control or non-ASCII character"
        )
    space = space if space is not None else (environ.get("KIBANA_SPACE") or None)
    if space == "default":
        space = None
    if space is not None and (space in (".", "..") or not _encodable(space)):
        raise FleetConfigError(f"not a usable space id: {space!r}")
    from urllib.parse import quote

    prefix = f"/s/{quote(space, safe='')}" if space else ""
    url += prefix

    if verify is None:
        if environ.get("KIBANA_INSECURE", "").strip().lower() in _TRUE:
            verify = False
        else:
            verify = environ.get("KIBANA_CA_CERTS") or True
    if verify is False:
        # One log line per client, not a Python warning (which would print a source line, and
        # fail the program where warnings are errors).
        import logging

        logging.getLogger("fleet_facade").warning(
            "TLS certificate verification is disabled for %s", url
        )
    elif isinstance(verify, str):
        verify = _ca_context(verify)
    elif not isinstance(verify, bool) and not _is_ssl_context(verify):
        raise FleetConfigError(
            "verify must be True, False, a CA bundle path or an ssl.SSLContext"
        )
    retries = DEFAULT_MAX_RETRIES if max_retries is None else max_retries
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise FleetConfigError(f"max_retries must be an integer >= 0, not {retries!r}")
    return Settings(
        base_url=url,
        auth_kind=kind,
        space=space,
        verify=verify,
        timeout=parse_timeout(DEFAULT_TIMEOUT if timeout is None else timeout),
        max_retries=retries,
        prefix=prefix,
        max_response_bytes=_max_response_bytes(max_response_bytes),
        authorization=authorization,
    )


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_ssl_context(value: object) -> bool:
    import ssl

    return isinstance(value, ssl.SSLContext)


def _ca_context(path: str) -> ssl.SSLContext:
    """An SSL context trusting the CA bundle at ``path`` (a file or a directory of certs).

    httpx 0.28 deprecates passing a path as ``verify``; building the context here also turns a
    wrong path into a clear configuration error instead of a failure at the first request.
    """
    import ssl

    try:
        if os.path.isdir(path):
            return ssl.create_default_context(capath=path)
        return ssl.create_default_context(cafile=path)
    except (OSError, ssl.SSLError) as exc:
        raise FleetConfigError(f"cannot read the CA certificates at {path!r}: {exc}") from None

"""Per-platform Elastic Agent install instructions, as Kibana's "Add agent" flyout gives them.

Pure: everything here is computed from what the gathering step (``_async/agent_install.py``)
read from Kibana; nothing is sent. The shapes follow Kibana's templates in
``x-pack/platform/plugins/shared/fleet/public/components/enrollment_instructions/manual/index.tsx``
(``ManualInstructions``, ``getDownloadBaseUrl``, ``getDownloadSourceProxyArgs`` and the enroll
arguments) and its tests (``manual/index.test.tsx``); the platform list is ``PLATFORM_TYPE`` in
``public/hooks/use_platform.tsx`` plus ``windows_msi`` (``manual/index.d.ts`` of Kibana 9.x).
The MSI command line follows Elastic's "Install Elastic Agent from an MSI package" page
(``install-agent-msi.asciidoc`` in elastic/ingest-docs: ``--% INSTALLARGS="..."`` from
PowerShell). Values are quoted for the shell that runs them, which Kibana's text does not do.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any, NamedTuple

from ._exceptions import InstallOptionError, InvalidValueError
from ._model_fields import first_field
from ._versions import parse_version

MASK = "***"

#: Every platform key, in the order Kibana's platform selector lists them (x86_64 first here:
#: it is what ``install-command`` prints by default).
PLATFORMS: tuple[str, ...] = (
    "linux-x86_64", "linux-aarch64", "deb-x86_64", "deb-aarch64", "rpm-x86_64", "rpm-aarch64",
    "macos-x86_64", "macos-aarch64", "windows-x86_64", "windows-msi", "kubernetes",
)  # fmt: skip

DEFAULT_PLATFORM = "linux-x86_64"

#: Kibana's fallback when no download source exists (``DEFAULT_DOWNLOAD_SOURCE_URI`` in
#: ``common/constants``).
DEFAULT_DOWNLOAD_SOURCE_URI = "https://artifacts.elastic.co/downloads/"

#: The file the Kubernetes instructions write and apply (Kibana's flyout downloads the
#: manifest under this name and shows ``kubectl apply -f`` on it).
KUBERNETES_MANIFEST_FILE = "elastic-agent-managed-kubernetes.yml"

#: Artifact names per platform: ``elastic-agent-{version}-{suffix}``, as in Kibana's templates
#: (note ``linux-arm64`` and ``arm64.deb`` but ``aarch64.rpm`` and ``darwin-aarch64``).
_ARTIFACTS: dict[str, str] = {
    "linux-x86_64": "linux-x86_64.tar.gz",
    "linux-aarch64": "linux-arm64.tar.gz",
    "deb-x86_64": "amd64.deb",
    "deb-aarch64": "arm64.deb",
    "rpm-x86_64": "x86_64.rpm",
    "rpm-aarch64": "aarch64.rpm",
    "macos-x86_64": "darwin-x86_64.tar.gz",
    "macos-aarch64": "darwin-aarch64.tar.gz",
    "windows-x86_64": "windows-x86_64.zip",
    "windows-msi": "windows-x86_64.msi",
}

#: Placeholders for TLS files: Kibana stores certificates' contents, while the agent's flags
#: take paths on the host, which only the operator knows.
_CA_PLACEHOLDER = "<PATH_TO_CA>"
_CERT_PLACEHOLDER = "<PATH_TO_AGENT_CERT>"
_KEY_PLACEHOLDER = "<PATH_TO_AGENT_CERT_KEY>"

#: Quotes one value for the shell that runs the script.
QuoteFn = Callable[[str], str]

_POWERSHELL_SAFE = re.compile(r"[A-Za-z0-9_:/.\-=+@%,]+\Z")


def check_platforms(platforms: Sequence[str] | None) -> tuple[str, ...]:
    """The platforms asked (all of them for ``None``), in :data:`PLATFORMS` order.

    Raises:
        InstallOptionError: A key that is not a platform.
    """
    if platforms is None:
        return PLATFORMS
    if isinstance(platforms, str):
        platforms = [platforms]
    for platform in platforms:
        if platform not in PLATFORMS:
            raise InstallOptionError("platform", platform, PLATFORMS)
    return tuple(p for p in PLATFORMS if p in platforms)


_SEMVER = re.compile(r"\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?\Z")


def check_agent_version(version: object) -> str:
    """``version`` when it is a semantic version (``9.1.0``, ``9.2.0-SNAPSHOT``).

    Raises:
        InvalidValueError: Anything else; nothing is sent.
    """
    if not isinstance(version, str) or not _SEMVER.match(version):
        raise InvalidValueError(f"agent version must be a semantic version such as '9.1.0', "
                                f"not {version!r}")
    return version


def agent_version_for(kibana_version: str, available: Sequence[str] | None) -> str:
    """The agent version Kibana's flyout offers (``public/hooks/use_agent_version.ts``).

    Kibana's own version when it is the newest available one (or nothing is known), else
    the newest available version older than Kibana or differing from it only in the patch,
    else the newest available.
    """
    if not available:
        return kibana_version
    ordered = sorted(available, key=parse_version, reverse=True)
    if ordered[0] == kibana_version:
        return kibana_version
    kibana = parse_version(kibana_version)
    for version in ordered:
        mine = parse_version(version)
        if mine < kibana or mine[:2] == kibana[:2]:
            return version
    return ordered[0]


# The records below are NamedTuples, not dataclasses: ``import fleet_facade`` loads this
# module, and ``dataclasses`` would bring ``inspect`` and ``ast`` with it.


class Proxy(NamedTuple):
    """A proxy as the commands use it (Kibana's ``fleet-proxy``: ``url``, ``proxy_headers``)."""

    url: str
    headers: Mapping[str, str] = MappingProxyType({})


class AgentTls(NamedTuple):
    """Which TLS files the agent needs for Fleet Server (the Fleet Server host's ``ssl``)."""

    certificate_authorities: bool = False
    certificate: bool = False
    key: bool = False

    @property
    def any(self) -> bool:
        return self.certificate_authorities or self.certificate or self.key


class InstallSettings(NamedTuple):
    """What the instructions are built from.

    Attributes:
        fleet_server_url: The Fleet Server URL agents enroll with (``None``: none configured).
        version: The Elastic Agent version to download.
        download_source_host: The agent binary download source's ``host``.
        download_proxy: The download source's proxy (used by ``curl``/``Invoke-WebRequest``).
        fleet_server_proxy: The Fleet Server host's proxy (``--proxy-url``/``--proxy-header``).
        tls: The TLS files the Fleet Server host's ``ssl`` asks the agent for.
        kubernetes_manifest: Kibana's managed-agent manifest, with the token in it.
    """

    fleet_server_url: str | None
    version: str
    download_source_host: str = DEFAULT_DOWNLOAD_SOURCE_URI
    download_proxy: Proxy | None = None
    fleet_server_proxy: Proxy | None = None
    tls: AgentTls = AgentTls()
    kubernetes_manifest: str | None = None

    @property
    def download_base_url(self) -> str:
        """The download source host without its trailing ``/`` (Kibana's ``getDownloadBaseUrl``)."""
        host = self.download_source_host or DEFAULT_DOWNLOAD_SOURCE_URI
        return host[:-1] if host.endswith("/") else host


class InstallInstruction:
    """How to install and enroll Elastic Agent on one platform.

    ``script`` is the shell (PowerShell for ``windows-*``) text with the enrollment token
    masked; :meth:`reveal` gives it with the token. ``repr`` and ``str`` never show the token.

    Attributes:
        platform: The platform key, e.g. ``"linux-x86_64"``.
        url: The download URL of the agent artifact (``None`` for ``kubernetes``).
        shell: ``"bash"`` or ``"powershell"``.
        notes: What the script cannot know (placeholders to replace, a missing Fleet Server).
    """

    def __init__(self, platform: str, settings: InstallSettings, token: str) -> None:
        self.platform = platform
        self._settings = settings
        self._token = token
        self.url = (None if platform == "kubernetes"
                    else f"{settings.download_base_url}/beats/elastic-agent/"
                         f"elastic-agent-{settings.version}-{_ARTIFACTS[platform]}")
        self.shell = "powershell" if platform.startswith("windows") else "bash"
        self.notes = _notes(settings)

    @property
    def script(self) -> str:
        """The commands, with the enrollment token shown as ``***``."""
        return self._render(MASK)

    def reveal(self) -> str:
        """The commands with the real enrollment token (a secret: do not log it)."""
        return self._render(self._token)

    def _render(self, token: str) -> str:
        settings = self._settings
        if self.platform == "kubernetes":
            return _kubernetes(settings, self._token, token)
        assert self.url is not None
        if self.shell == "powershell":
            return _windows(self.platform, self.url, settings, token)
        return _unix(self.platform, self.url, settings, token)

    def __repr__(self) -> str:
        return f"InstallInstruction(platform={self.platform!r}, url={self.url!r}, token {MASK})"

    __str__ = __repr__


class InstallInstructions(Mapping[str, InstallInstruction]):
    """Install instructions by platform key (see :data:`PLATFORMS`).

    Attributes:
        version: The Elastic Agent version the instructions install.
        fleet_server_url: The Fleet Server URL the agent enrolls with.
        download_source_host: Where the artifacts are downloaded from.
    """

    def __init__(self, items: Mapping[str, InstallInstruction] | None = None, *,
                 settings: InstallSettings | None = None) -> None:
        self._items = dict(items or {})
        self.version = settings.version if settings else None
        self.fleet_server_url = settings.fleet_server_url if settings else None
        self.download_source_host = settings.download_source_host if settings else None

    def __getitem__(self, platform: str) -> InstallInstruction:
        try:
            return self._items[platform]
        except KeyError:
            raise InstallOptionError("platform", platform, list(self._items)) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return (f"InstallInstructions(version={self.version!r}, "
                f"platforms={list(self._items)!r}, token {MASK})")

    __str__ = __repr__


def build_install_instructions(
    *, settings: InstallSettings, token: str, platforms: Sequence[str] | None = None
) -> InstallInstructions:
    """The instructions for ``platforms`` (default all).

    Raises:
        InstallOptionError: An unknown platform.
        InvalidValueError: ``kubernetes`` asked without a manifest in ``settings``.

    Example:
        >>> settings = InstallSettings(fleet_server_url="https://fleet.example:8220",
        ...                            version="9.1.0")
        >>> done = build_install_instructions(settings=settings, token="c2VjcmV0",
        ...                                   platforms=["linux-x86_64"])
        >>> print(done["linux-x86_64"].script)  # doctest: +NORMALIZE_WHITESPACE
        curl -L -O https://artifacts.elastic.co/downloads/beats/elastic-agent/elastic-agent-9.1.0-linux-x86_64.tar.gz
        tar xzvf elastic-agent-9.1.0-linux-x86_64.tar.gz
        cd elastic-agent-9.1.0-linux-x86_64
        sudo ./elastic-agent install --url=https://fleet.example:8220 --enrollment-token=***
    """
    chosen = check_platforms(platforms)
    if "kubernetes" in chosen and settings.kubernetes_manifest is None:
        raise InvalidValueError("the kubernetes instructions need Kibana's manifest "
                                "(settings.kubernetes_manifest)")
    return InstallInstructions({p: InstallInstruction(p, settings, token) for p in chosen},
                               settings=settings)


# -- choosing as Kibana's flyout chooses (public/hooks/use_fleet_server_hosts_for_policy.ts) --


def pick(items: Sequence[Any], asked: str | None, from_policy: str | None, option: str, *,
          default_required: bool) -> Any:
    """The object ``asked`` names, else the one the policy names, else the default one.

    Raises:
        InstallOptionError: ``asked`` (or the policy's reference) names no object.
    """
    by_id = {str(item.id): item for item in items}
    wanted = asked or from_policy
    if wanted:
        if wanted not in by_id:
            detail = "" if asked else " (named by the agent policy)"
            raise InstallOptionError(option, wanted, sorted(by_id), detail=detail)
        return by_id[wanted]
    return next((item for item in items if first_field(item, "is_default") is True), None)


def proxy_of(proxies: dict[str, Any], proxy_id: str | None) -> Proxy | None:
    if not proxy_id or proxy_id not in proxies:
        return None
    found = proxies[proxy_id]
    headers = first_field(found, "proxy_headers")
    plain = headers.to_dict() if hasattr(headers, "to_dict") else dict(headers or {})
    return Proxy(url=str(first_field(found, "url")),
                 headers={str(k): str(v) for k, v in plain.items()})


def agent_tls(host: Any) -> AgentTls:
    """Which agent-side TLS files the Fleet Server host's ``ssl`` (and ``secrets``) ask for."""
    ssl = first_field(host, "ssl")
    secrets = first_field(first_field(host, "secrets"), "ssl")
    return AgentTls(
        certificate_authorities=bool(first_field(ssl, "agent_certificate_authorities")),
        certificate=bool(first_field(ssl, "agent_certificate")),
        key=bool(first_field(ssl, "agent_key") or first_field(secrets, "agent_key")),
    )


def host_urls(hosts: list[Any]) -> list[str]:
    """Fleet Server URLs agents enroll with: the default host's first, without repeats."""
    hosts = sorted(hosts, key=lambda h: getattr(h, "is_default", False) is not True)
    urls: list[str] = []
    for host in hosts:
        for url in getattr(host, "host_urls", None) or []:
            if url not in urls:
                urls.append(str(url))
    return urls


# -- templates ------------------------------------------------------------------------------


def _enroll_args(settings: InstallSettings, token: str, quote: QuoteFn) -> list[str]:
    """``--url``, ``--enrollment-token``, then the Fleet Server host's proxy and TLS flags."""
    url = settings.fleet_server_url or "FLEET_SERVER_HOST"  # Kibana's placeholder
    args = [f"--url={quote(url)}", f"--enrollment-token={_token_word(token, quote)}"]
    proxy = settings.fleet_server_proxy
    if proxy is not None:
        args.append(f"--proxy-url={quote(proxy.url)}")
        args += [f"--proxy-header {quote(f'{k}={v}')}" for k, v in proxy.headers.items()]
    if settings.tls.certificate_authorities:
        args.append(f"--certificate-authorities={quote(_CA_PLACEHOLDER)}")
    if settings.tls.certificate:
        args.append(f"--elastic-agent-cert={quote(_CERT_PLACEHOLDER)}")
    if settings.tls.key:
        args.append(f"--elastic-agent-cert-key={quote(_KEY_PLACEHOLDER)}")
    return args


def _token_word(token: str, quote: QuoteFn) -> str:
    # The mask stays readable as ``***``; a real token is quoted like any other value.
    return token if token == MASK else quote(token)


def _unix(platform: str, url: str, settings: InstallSettings, token: str) -> str:
    artifact = url.rsplit("/", 1)[1]
    download = " ".join(["curl -L -O", shlex.quote(url), *_curl_proxy(settings.download_proxy)])
    enroll = " ".join(_enroll_args(settings, token, shlex.quote))
    if platform.startswith(("deb", "rpm")):
        unpack = (f"sudo dpkg -i {artifact}" if platform.startswith("deb")
                  else f"sudo rpm -vi {artifact}")
        # The packages install a service; it is enabled, started, then enrolled.
        lines = [download, unpack, "sudo systemctl enable elastic-agent",
                 "sudo systemctl start elastic-agent", f"sudo elastic-agent enroll {enroll}"]
    else:
        folder = artifact.removesuffix(".tar.gz")
        lines = [download, f"tar xzvf {artifact}", f"cd {folder}",
                 f"sudo ./elastic-agent install {enroll}"]
    return "\n".join(lines)


def _curl_proxy(proxy: Proxy | None) -> list[str]:
    if proxy is None:
        return []
    return [f"--proxy {shlex.quote(proxy.url)}",
            *(f"--proxy-header {shlex.quote(f'{k}={v}')}" for k, v in proxy.headers.items())]


def _windows(platform: str, url: str, settings: InstallSettings, token: str) -> str:
    artifact = url.rsplit("/", 1)[1]
    download = " ".join(["Invoke-WebRequest -Uri", _ps_quote(url), "-OutFile", artifact,
                         *_ps_proxy(settings.download_proxy)])
    lines = ["$ProgressPreference = 'SilentlyContinue'", download]
    if platform == "windows-msi":
        # ``--%`` stops PowerShell from parsing the rest, so INSTALLARGS reaches msiexec as
        # written; inside an MSI property value a double quote is written twice.
        enroll = " ".join(_enroll_args(settings, token, _plain_quote)).replace('"', '""')
        lines.append(f'.\\{artifact} --% INSTALLARGS="{enroll}"')
    else:
        folder = artifact.removesuffix(".zip")
        enroll = " ".join(_enroll_args(settings, token, _ps_quote))
        lines += [f"Expand-Archive .\\{artifact} -DestinationPath .", f"cd {folder}",
                  f".\\elastic-agent.exe install {enroll}"]
    return "\n".join(lines)


def _ps_proxy(proxy: Proxy | None) -> list[str]:
    if proxy is None:
        return []
    words = [f"-Proxy {_ps_quote(proxy.url)}"]
    if proxy.headers:
        pairs = "; ".join(f"{_ps_string(k)}={_ps_string(v)}" for k, v in proxy.headers.items())
        words.append(f"-Headers @{{{pairs}}}")
    return words


def _kubernetes(settings: InstallSettings, real_token: str, token: str) -> str:
    manifest = settings.kubernetes_manifest or ""
    if token != real_token and real_token:
        manifest = manifest.replace(real_token, token)
    # A quoted here-document delimiter keeps the shell from expanding anything in the YAML.
    delimiter = "ELASTIC_AGENT_MANIFEST"
    while delimiter in manifest.splitlines():
        delimiter += "_END"
    return "\n".join([f"cat > {KUBERNETES_MANIFEST_FILE} <<'{delimiter}'",
                      manifest.rstrip("\n"), delimiter,
                      f"kubectl apply -f {KUBERNETES_MANIFEST_FILE}"])


def _notes(settings: InstallSettings) -> list[str]:
    notes: list[str] = []
    if settings.fleet_server_url is None:
        notes.append("no Fleet Server host is configured: replace FLEET_SERVER_HOST with "
                     "the Fleet Server URL")
    tls = settings.tls
    if tls.certificate_authorities:
        notes.append(f"replace {_CA_PLACEHOLDER} with the path of the CA file that verifies "
                     "Fleet Server (the Fleet Server host's ssl.agent_certificate_authorities)")
    if tls.certificate:
        notes.append(f"replace {_CERT_PLACEHOLDER} with the path of the agent's client "
                     "certificate (ssl.agent_certificate)")
    if tls.key:
        notes.append(f"replace {_KEY_PLACEHOLDER} with the path of the agent's client key "
                     "(ssl.agent_key)")
    return notes


def _ps_quote(value: str) -> str:
    """A PowerShell word: as is when plain, else single-quoted (``'`` doubled)."""
    if _POWERSHELL_SAFE.match(value):
        return value
    return "'" + value.replace("'", "''") + "'"


def _ps_string(value: str) -> str:
    """A PowerShell single-quoted string (hashtable keys and values)."""
    return "'" + value.replace("'", "''") + "'"


def _plain_quote(value: str) -> str:
    """Inside an MSI ``INSTALLARGS`` value: double quotes around words with spaces."""
    return value if " " not in value and '"' not in value else f'"{value}"'

"""Response validation against the pinned Fleet OpenAPI spec (``validate_responses=True``).

openapi-core is imported only here, and only when the switch is on. The parsed spec is cached per
process because building the validator for the whole Fleet document takes a while.
"""

from __future__ import annotations

import json
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ._http import SandboxResponse


class ContractViolation(AssertionError):
    """A response the sandbox produced does not match the pinned spec."""


def locate_spec(explicit: str | None = None) -> Path:
    """The spec file: explicit, then the packaged copy, then ``<repo>/spec/fleet-openapi.json``.

    Raises:
        FileNotFoundError: If none exists.
    """
    return locate_spec_file("fleet-openapi.json", explicit)


def locate_spec_file(name: str, explicit: str | None = None) -> Path:
    """A file of ``spec/``: explicit, then the packaged copy (``fleet_facade/_spec/``), then
    ``<repo>/spec/<name>`` (a checkout).

    Raises:
        FileNotFoundError: If none exists.
    """
    candidates: list[Path] = []
    if explicit:
        candidates.append(Path(explicit))
    try:
        packaged = resources.files("fleet_facade").joinpath(f"_spec/{name}")
        candidates.append(Path(str(packaged)))
    except (ModuleNotFoundError, TypeError):
        pass
    candidates.append(Path(__file__).resolve().parents[2] / "spec" / name)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{name} not found (packaged or in <repo>/spec)")


@lru_cache(maxsize=4)
def _openapi(path: str) -> Any:
    from openapi_core import Config, OpenAPI

    document = json.loads(Path(path).read_text(encoding="utf-8"))
    if not document.get("paths"):
        raise FileNotFoundError(f"{path} holds no paths (not generated yet?)")
    _drop_dangling_discriminators(document)
    # The pinned document has operations without responses, which the spec validator rejects;
    # response validation does not need the document itself validated.
    return OpenAPI.from_dict(document, config=Config(spec_validator_cls=None))


def _drop_dangling_discriminators(document: dict[str, Any]) -> None:
    """Remove discriminators whose mapping names a schema the document does not have.

    The pinned spec maps e.g. ``elasticsearch`` to ``#/components/schemas/output_elasticsearch``
    while the schema is named ``OutputElasticsearch``; openapi-core would then fail every Output.
    Without the discriminator the ``anyOf`` still validates each variant.
    """
    schemas = document.get("components", {}).get("schemas", {})
    pending: list[Any] = [document]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            mapping = (node.get("discriminator") or {}).get("mapping") or {}
            targets = [str(ref).rsplit("/", 1)[-1] for ref in mapping.values()]
            if any(target not in schemas for target in targets):
                del node["discriminator"]
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)


class _Request:
    """The request side openapi-core needs to find the operation."""

    def __init__(self, host_url: str, method: str, path: str, query: dict[str, list[str]]) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        self.host_url = host_url
        self.path = path
        self.full_url_pattern = f"{host_url}{path}"
        self.method = method.lower()
        pairs = [(k, v) for k, values in query.items() for v in values]
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(pairs), header=Headers(), cookie=ImmutableMultiDict()
        )
        self.content_type = "application/json"
        self.body = b""


class _Response:
    def __init__(self, response: SandboxResponse) -> None:
        from werkzeug.datastructures import Headers

        self.status_code = response.status
        self.data = response.body
        self.content_type = response.headers.get("content-type", "application/json").split(";")[0]
        self.headers = Headers(list(response.headers.items()))


class ContractChecker:
    """Validates responses; raises :class:`ContractViolation` and records the violation."""

    def __init__(self, openapi: Any) -> None:
        self._openapi = openapi
        servers = openapi.spec.get("servers") or [{"url": "http://localhost"}]
        self._host_url = str(servers[0]["url"]).rstrip("/")
        self.violations: list[str] = []
        self._lock = threading.Lock()

    @classmethod
    def load(cls, spec_path: str | None = None) -> ContractChecker:
        """Build a checker for the pinned spec (cached per process)."""
        return cls(_openapi(str(locate_spec(spec_path))))

    def check(
        self, method: str, path: str, query: dict[str, list[str]], response: SandboxResponse
    ) -> None:
        """Validate one response.

        Raises:
            ContractViolation: With the method, path, status and validator's explanation.
        """
        from openapi_core.templating.paths.exceptions import PathError
        from openapi_core.templating.responses.exceptions import ResponseNotFound

        if response.drop or not path.startswith("/api/fleet"):
            return
        if response.status == 200 and not _is_json(response):
            # File downloads (YAML policies, manifests, package files, diagnostics zips): the
            # pinned spec documents them as application/json, Kibana sends the file's own type.
            return
        request = _Request(self._host_url, method, path, query)
        try:
            self._openapi.validate_response(request, _Response(response))
        except (PathError, ResponseNotFound):
            # The spec does not describe this operation or status: a gap, not a violation.
            return
        except Exception as err:  # openapi-core raises a family of errors; all mean "violation"
            detail = _explain(err)
            message = f"{method} {path} -> {response.status}: {detail}"
            with self._lock:
                self.violations.append(message)
            raise ContractViolation(message) from err


def _is_json(response: SandboxResponse) -> bool:
    content_type = response.headers.get("content-type", "application/json")
    return content_type.split(";")[0].strip().endswith("json")


def _explain(err: Exception) -> str:
    """The validator's findings, with JSON paths, kept short."""
    parts = [type(err).__name__]
    pending: list[Any] = [err, err.__cause__, err.__context__]
    seen: set[int] = set()
    while pending and len(parts) < 20:
        current = pending.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        pending.extend(getattr(current, "schema_errors", None) or [])
        pending.extend(getattr(current, "context", None) or [])
        if hasattr(current, "absolute_path"):
            location = "/".join(str(p) for p in current.absolute_path)
            parts.append(f"  at /{location}: {str(current.message)[:300]}")
    if len(parts) == 1:
        parts.append(str(err)[:1000])
    return "\n".join(parts)

"""Desired Fleet state for plan/apply: read from YAML, JSON or Python data and checked.

The format (YAML shown; JSON and Python dicts have the same shape)::

    agent_policies:
      - name: Agent policy 1            # the key: objects are matched by name
        namespace: default
        description: Web servers
        monitoring_enabled: [logs, metrics]
        sys_monitoring: true            # only used when the policy is created
        settings: {inactivity_timeout: 1209600}   # any other agent policy field
        integrations:
          - package: nginx
            version: 1.5.0              # default: the installed version, else the latest
            name: nginx-web             # default: <package>-<agent policy name>
            inputs: {nginx-logfile: {streams: {nginx.access: {vars: {tags: [web]}}}}}
          - package: endpoint             # Elastic Defend
            preset: EDRComplete           # NGAV, EDREssential, EDRComplete or DataCollection
          - package: nginx                # the full form: a list of inputs, as Kibana's API
            name: nginx-exact
            inputs:
              - type: logfile
                policy_template: nginx
                streams: [{data_stream: {dataset: nginx.access}, vars: {tags: {value: [web]}}}]
    outputs:
      - {name: Logs cluster, type: elasticsearch, hosts: ["https://es:9200"]}
    fleet_server_hosts:
      - {name: Fleet Server, host_urls: ["https://fleet:8220"], is_default: true}
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fleet_facade._exceptions import (
    DesiredStateError,
    InvalidPackageVersionError,
    InvalidRequestError,
)
from fleet_facade._limits import check_depth
from fleet_facade.workflows._results import Integration

AGENT_POLICY_KEYS = {"name", "namespace", "description", "monitoring_enabled", "sys_monitoring",
                     "settings", "integrations", "id"}
INTEGRATION_KEYS = {"package", "version", "name", "namespace", "inputs", "vars", "description",
                    "preset"}
TOP_LEVEL_KEYS = {"agent_policies", "outputs", "fleet_server_hosts"}


@dataclass(frozen=True)
class DesiredAgentPolicy:
    name: str
    namespace: str = "default"
    description: str | None = None
    monitoring_enabled: list[str] | None = None
    sys_monitoring: bool = False
    settings: dict[str, Any] = field(default_factory=dict)
    integrations: list[Integration] = field(default_factory=list)

    def fields(self) -> dict[str, Any]:
        """The agent policy fields this state manages (what plan compares)."""
        managed: dict[str, Any] = {"namespace": self.namespace, **self.settings}
        if self.description is not None:
            managed["description"] = self.description
        if self.monitoring_enabled is not None:
            managed["monitoring_enabled"] = self.monitoring_enabled
        return managed


@dataclass(frozen=True)
class DesiredState:
    agent_policies: list[DesiredAgentPolicy] = field(default_factory=list)
    outputs: list[dict[str, Any]] = field(default_factory=list)
    fleet_server_hosts: list[dict[str, Any]] = field(default_factory=list)


#: Limits of the state-file reader. A state file is written by people: these are far above
#: any real one and far below what would exhaust memory (a YAML "billion laughs" file of 1 KB
#: expands to gigabytes when aliases are followed).
MAX_STATE_FILE_BYTES = 8 * 1024 * 1024
MAX_STATE_DEPTH = 64
MAX_STATE_ALIASES = 100
MAX_ALIAS_VALUES = 10_000


def load_desired_state(source: str | Path | Mapping[str, Any] | DesiredState) -> DesiredState:
    """Reads and checks desired state.

    Files are read with limits: at most 8 MiB, nested at most 64 deep, and in YAML at most
    100 aliases (``*name``), which together may repeat at most 10,000 values.

    Args:
        source: A path to a ``.yaml``/``.yml``/``.json`` file, a mapping, or a DesiredState.

    Raises:
        DesiredStateError: The file cannot be read or parsed, exceeds a limit, or the data does
            not have the documented shape; the message names the offending place (e.g.
            ``agent_policies[0].integrations[1].package``). It is a ``ValueError`` too.
    """
    if isinstance(source, DesiredState):
        return source
    where = ""
    if isinstance(source, (str, Path)):
        data = read_data_file(Path(source))
        data = {} if data is None else data
        where = f"{source}: "
    else:
        data = source
        try:  # a mapping built in Python has no reader to bound its depth
            check_depth(data, what="desired state", limit=MAX_STATE_DEPTH)
        except InvalidRequestError as exc:
            raise DesiredStateError(exc.message) from None
    try:
        return _parse(data)
    except (DesiredStateError, InvalidPackageVersionError):
        raise  # already typed, naming the place (a version error also names the package)
    except ValueError as exc:
        raise DesiredStateError(f"{where}{exc}") from exc


def read_data_file(path: Path) -> Any:
    """The data in a YAML or JSON file (JSON when the name ends in ``.json``), within the limits.

    Raises:
        DesiredStateError: Unreadable, not UTF-8, not valid YAML/JSON, or over a limit.
    """
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_STATE_FILE_BYTES + 1)
    except OSError as exc:
        raise DesiredStateError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(raw) > MAX_STATE_FILE_BYTES:
        raise DesiredStateError(f"{path} is larger than {MAX_STATE_FILE_BYTES // 2**20} MiB")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DesiredStateError(f"{path} is not UTF-8 text (byte {exc.start})") from None
    if path.suffix == ".json":
        return _json_data(path, text)
    return _yaml_data(path, text)


def _json_data(path: Path, text: str) -> Any:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DesiredStateError(f"{path} is not valid json: {exc}") from None
    except RecursionError:
        raise DesiredStateError(f"{path}: nested deeper than {MAX_STATE_DEPTH} levels") from None
    # JSON has no aliases and its size is bounded by the file's: only the depth is left.
    pending = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict | list):
            if depth > MAX_STATE_DEPTH:
                raise DesiredStateError(f"{path}: nested deeper than {MAX_STATE_DEPTH} levels")
            children = value.values() if isinstance(value, dict) else value
            pending.extend((child, depth + 1) for child in children)
    return data


def _yaml_data(path: Path, text: str) -> Any:
    import yaml  # only state files need it (and it costs ~40 ms to import)

    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        _check_yaml_events(path, loader_class(text))
        loader = loader_class(text)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise DesiredStateError(f"{path}{_yaml_problem(exc)}") from None


def _check_yaml_events(path: Path, loader: Any) -> None:
    """Walk the parser's events (no objects built) and refuse what the limits forbid.

    Counts the values aliases repeat once every alias is followed: each anchored value
    remembers its size with its own aliases expanded, and an alias adds that size again.
    """
    import yaml

    open_sizes: list[int] = [0]     # values inside each open collection, aliases expanded
    open_anchors: list[str | None] = []
    anchored: dict[str, int] = {}
    aliases = repeated = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_STATE_ALIASES:
                    raise DesiredStateError(
                        f"{path}{_where(event)}: more than {MAX_STATE_ALIASES} YAML aliases "
                        "(*name); write the values out instead")
                if event.anchor in open_anchors:
                    raise DesiredStateError(
                        f"{path}{_where(event)}: the alias *{event.anchor} is inside the value "
                        "it names (a value that contains itself)")
                size = anchored.get(str(event.anchor), 1)
                open_sizes[-1] += size
                repeated += size
                if repeated > MAX_ALIAS_VALUES:
                    raise DesiredStateError(
                        f"{path}{_where(event)}: YAML aliases (*name) repeat more than "
                        f"{MAX_ALIAS_VALUES:,} values; write the values out instead")
            elif isinstance(event, yaml.ScalarEvent):
                open_sizes[-1] += 1
                if event.anchor:
                    anchored[event.anchor] = 1
            elif isinstance(event, yaml.CollectionStartEvent):
                if len(open_anchors) >= MAX_STATE_DEPTH:
                    raise DesiredStateError(
                        f"{path}{_where(event)}: nested deeper than {MAX_STATE_DEPTH} levels")
                open_sizes.append(1)
                open_anchors.append(event.anchor)
            elif isinstance(event, yaml.CollectionEndEvent):
                size = open_sizes.pop()
                anchor = open_anchors.pop()
                if anchor:
                    anchored[anchor] = size
                open_sizes[-1] += size
    finally:
        loader.dispose()


def _where(event: Any) -> str:
    mark = getattr(event, "start_mark", None)
    return f", line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""


def _yaml_problem(exc: Exception) -> str:
    """PyYAML's complaint as ``, line L, column C: not valid YAML: <problem>``, on one line."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    where = f", line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
    return f"{where}: not valid YAML: {' '.join(str(problem).split())}"


def _parse(data: Any) -> DesiredState:
    _mapping(data, "desired state")
    _only(data, TOP_LEVEL_KEYS, "desired state")
    policies = [_agent_policy(p, f"agent_policies[{i}]")
                for i, p in enumerate(_list(data.get("agent_policies"), "agent_policies"))]
    _unique([p.name for p in policies], "agent_policies")
    package_policy_names = [
        i.policy_name(p.name) for p in policies for i in p.integrations
    ]
    _unique(package_policy_names, "integration names (across all agent policies)")
    outputs = [_named(o, f"outputs[{i}]")
               for i, o in enumerate(_list(data.get("outputs"), "outputs"))]
    _unique([o["name"] for o in outputs], "outputs")
    hosts = [_named(h, f"fleet_server_hosts[{i}]")
             for i, h in enumerate(_list(data.get("fleet_server_hosts"), "fleet_server_hosts"))]
    _unique([h["name"] for h in hosts], "fleet_server_hosts")
    return DesiredState(agent_policies=policies, outputs=outputs, fleet_server_hosts=hosts)


def _agent_policy(data: Any, where: str) -> DesiredAgentPolicy:
    _mapping(data, where)
    _only(data, AGENT_POLICY_KEYS, where)
    name = _string(data.get("name"), f"{where}.name")
    namespace = _string(data.get("namespace", "default"), f"{where}.namespace")
    monitoring = data.get("monitoring_enabled")
    if monitoring is not None:
        items = _list(monitoring, f"{where}.monitoring_enabled")
        bad = [m for m in items if m not in ("logs", "metrics", "traces")]
        if bad:
            raise ValueError(f"{where}.monitoring_enabled: {bad!r} not among logs, metrics, traces")
        monitoring = list(items)
    settings = data.get("settings") or {}
    _mapping(settings, f"{where}.settings")
    integrations = [_integration(x, f"{where}.integrations[{i}]")
                    for i, x in enumerate(_list(data.get("integrations"), f"{where}.integrations"))]
    description = data.get("description")
    if description is not None:
        description = _string(description, f"{where}.description", allow_empty=True)
    sys_monitoring = data.get("sys_monitoring", False)
    if not isinstance(sys_monitoring, bool):
        raise ValueError(f"{where}.sys_monitoring must be true or false")
    return DesiredAgentPolicy(name=name, namespace=namespace, description=description,
                              monitoring_enabled=monitoring, sys_monitoring=sys_monitoring,
                              settings=dict(settings), integrations=integrations)


def _integration(data: Any, where: str) -> Integration:
    _mapping(data, where)
    _only(data, INTEGRATION_KEYS, where)
    version = data.get("version")
    package = _string(data.get("package"), f"{where}.package")
    try:
        return Integration(
            package=package,
            version=None if version is None else str(version),
            name=data.get("name"),
            namespace=data.get("namespace"),
            inputs=data.get("inputs"),
            vars=data.get("vars"),
            description=data.get("description"),
            preset=data.get("preset"),
        )
    except InvalidPackageVersionError as exc:
        # Kept typed (a FleetError naming the package and version), with the place in front.
        raise InvalidPackageVersionError(f"at {where}.version: {exc.reason}",
                                         package=package, version=exc.version) from exc
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{where}: {exc}") from exc


def _named(data: Any, where: str) -> dict[str, Any]:
    _mapping(data, where)
    _string(data.get("name"), f"{where}.name")
    return dict(data)


def _mapping(value: Any, where: str) -> None:
    if not isinstance(value, Mapping):
        raise ValueError(f"{where} must be a mapping, got {type(value).__name__}")


def _list(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(f"{where} must be a list, got {type(value).__name__}")
    return value


def _string(value: Any, where: str, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str) or (not allow_empty and not value.strip()):
        raise ValueError(f"{where} is required and must be a non-empty string")
    return value


def _only(data: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(unknown)}; "
                         f"allowed: {', '.join(sorted(allowed))}")


def _unique(names: list[str], where: str) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise ValueError(f"{where}: name {name!r} appears more than once")
        seen.add(name)

"""``onboard``'s integration flags: ``-i``, ``--set``, ``--disable`` and ``--inputs``.

Keys follow Kibana's simplified package policy format, with ``:`` between the parts (input
ids contain ``-`` and ``/``, stream names ``.``, neither contains ``:``)::

    --set INPUT:STREAM:VAR=VALUE    a stream variable   nginx-logfile:nginx.access:tags=["web"]
    --set INPUT:VAR=VALUE           an input variable
    --set VAR=VALUE                 a package variable
    --disable INPUT[:STREAM]        turn an input (or one of its streams) off

``VALUE`` is JSON when it parses as JSON (``["web"]``, ``true``, ``8080``, ``"8080"``) and a
string otherwise (``10s``, ``/var/log/*.log``). With several ``-i``, prefix the key with the
integration's package or name and ``::`` (``nginx::nginx-logfile:nginx.access:tags=[…]``).

``--preset PRESET`` gives Elastic Defend (``-i endpoint``) its preset: ``NGAV``, ``EDREssential``,
``EDRComplete`` or ``DataCollection``.

``--inputs FILE`` (YAML or JSON) gives whole maps, per integration, in the same shape as a
state file's integration entry; ``--set`` and ``--disable`` apply on top of it::

    nginx:
      inputs: {nginx-logfile: {streams: {nginx.access: {vars: {tags: [web]}}}}}
      vars: {}
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .._endpoint import PACKAGE as ENDPOINT_PACKAGE
from .._endpoint import PRESETS
from ..workflows._desired_state import read_data_file
from ..workflows._results import Integration
from ._errors import UsageError


def parse_integration(spec: str) -> Integration:
    """``package[@version][:name]``, e.g. ``nginx@1.5.0:web-nginx``."""
    rest, _, name = spec.partition(":")
    package, _, version = rest.partition("@")
    try:
        return Integration(package, version=version or None, name=name or None)
    except (TypeError, ValueError) as exc:
        raise argparse.ArgumentTypeError(f"{spec!r}: {exc}") from exc


@dataclass(frozen=True)
class Setting:
    """One ``--set`` (its ``value``) or ``--disable`` (``disable``)."""

    text: str
    target: str | None
    parts: tuple[str, ...]
    value: Any = None
    disable: bool = False


def _key(text: str, key: str, most: int) -> tuple[str | None, tuple[str, ...]]:
    prefix, separator, rest = key.partition("::")
    target: str | None = prefix
    if not separator:
        target, rest = None, key
    parts = tuple(rest.split(":"))
    if not 1 <= len(parts) <= most or not all(p.strip() for p in parts) or target == "":
        shape = ("[INTEGRATION::][INPUT:[STREAM:]]VAR=VALUE" if most == 3
                 else "[INTEGRATION::]INPUT[:STREAM]")
        raise argparse.ArgumentTypeError(f"{text!r}: expected {shape}")
    return target, parts


def parse_setting(text: str) -> Setting:
    """``[INTEGRATION::][INPUT:[STREAM:]]VAR=VALUE``."""
    key, separator, raw = text.partition("=")
    if not separator:
        raise argparse.ArgumentTypeError(f"{text!r}: expected KEY=VALUE")
    target, parts = _key(text, key, 3)
    try:
        parsed: Any = json.loads(raw)
    except ValueError:
        parsed = raw
    except RecursionError:
        raise argparse.ArgumentTypeError(f"{text!r}: the value is nested too deeply") from None
    return Setting(text, target, parts, parsed)


def parse_disabled(text: str) -> Setting:
    """``[INTEGRATION::]INPUT[:STREAM]``."""
    target, parts = _key(text, text, 2)
    return Setting(text, target, parts, disable=True)


def add_integration_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--integration", "-i", action="append", type=parse_integration,
                        default=[], metavar="PKG[@VERSION][:NAME]",
                        help="an integration to add (repeatable)")
    parser.add_argument("--set", action="append", type=parse_setting, default=[],
                        dest="settings", metavar="[INPUT:[STREAM:]]VAR=VALUE",
                        help="an integration variable; VALUE is JSON or a string "
                             "(e.g. 'nginx-logfile:nginx.access:tags=[\"web\"]')")
    parser.add_argument("--disable", action="append", type=parse_disabled, default=[],
                        metavar="INPUT[:STREAM]", help="turn an input or stream off")
    parser.add_argument("--inputs", metavar="FILE",
                        help="YAML/JSON: {INTEGRATION: {inputs: {...}, vars: {...}}}")
    parser.add_argument("--preset", choices=PRESETS,
                        help="Elastic Defend's preset (with -i endpoint)")


def integrations_from(args: argparse.Namespace) -> list[Integration]:
    """The ``-i`` integrations with ``--inputs``, ``--set`` and ``--disable`` applied."""
    integrations: list[Integration] = list(args.integration)
    settings: list[Setting] = [*args.settings, *args.disable]
    if not integrations and (settings or args.inputs):
        raise UsageError("--set, --disable and --inputs need an integration (-i PKG)")
    given: list[dict[str, dict[str, Any]]] = [{"inputs": {}, "vars": {}} for _ in integrations]
    if args.inputs:
        for target, maps in _inputs_file(Path(args.inputs)).items():
            index = _target(integrations, target, f"{args.inputs}: {target}")
            for part in ("inputs", "vars"):
                _merge(given[index][part], maps.get(part) or {})
    for setting in settings:
        index = _target(integrations, setting.target, setting.text)
        _apply(given[index], setting)
    built = [replace(integration, inputs=maps["inputs"] or None, vars=maps["vars"] or None)
             for integration, maps in zip(integrations, given, strict=True)]
    return _with_preset(built, getattr(args, "preset", None))


def _with_preset(integrations: list[Integration], preset: str | None) -> list[Integration]:
    """``--preset`` on the one Elastic Defend integration given."""
    if preset is None:
        return integrations
    endpoints = [i for i, x in enumerate(integrations) if x.package == ENDPOINT_PACKAGE]
    if len(endpoints) != 1:
        raise UsageError(f"--preset needs exactly one -i {ENDPOINT_PACKAGE} (Elastic Defend); "
                         f"given {len(endpoints)}")
    if integrations[endpoints[0]].inputs is not None:
        raise UsageError("--preset makes Elastic Defend's inputs: give no --set, --disable or "
                         "--inputs for it")
    integrations[endpoints[0]] = replace(integrations[endpoints[0]], preset=preset)
    return integrations


def _inputs_file(path: Path) -> dict[str, Mapping[str, Any]]:
    data = read_data_file(path)
    if not isinstance(data, Mapping):
        raise UsageError(f"--inputs {path}: expected a mapping of integration to "
                         "{inputs: ..., vars: ...}")
    for target, maps in data.items():
        if not isinstance(maps, Mapping) or set(maps) - {"inputs", "vars"}:
            raise UsageError(f"--inputs {path}: {target}: expected a mapping with 'inputs' "
                             "and/or 'vars'")
        for part in ("inputs", "vars"):
            if maps.get(part) is not None and not isinstance(maps[part], Mapping):
                raise UsageError(f"--inputs {path}: {target}.{part} must be a mapping")
    return {str(target): maps for target, maps in data.items()}


def _target(integrations: Sequence[Integration], target: str | None, where: str) -> int:
    names = [i.name or i.package for i in integrations]
    if target is None:
        if len(integrations) == 1:
            return 0
        raise UsageError(f"{where}: several integrations given ({', '.join(names)}); start "
                         f"the key with one of them and '::', e.g. {names[0]}::...")
    for index, integration in enumerate(integrations):
        if target in (integration.package, integration.name):
            return index
    raise UsageError(f"{where}: no integration {target!r} given with -i "
                     f"(given: {', '.join(names)})")


def _apply(maps: dict[str, dict[str, Any]], setting: Setting) -> None:
    parts = setting.parts
    if setting.disable:
        node = maps["inputs"].setdefault(parts[0], {})
        if len(parts) == 2:
            node = node.setdefault("streams", {}).setdefault(parts[1], {})
        node["enabled"] = False
        return
    if len(parts) == 1:
        maps["vars"][parts[0]] = setting.value
        return
    node = maps["inputs"].setdefault(parts[0], {})
    if len(parts) == 3:
        node = node.setdefault("streams", {}).setdefault(parts[1], {})
    node.setdefault("vars", {})[parts[-1]] = setting.value


def _merge(into: dict[str, Any], extra: Mapping[str, Any]) -> None:
    for key, item in extra.items():
        if isinstance(item, Mapping) and isinstance(into.get(key), dict):
            _merge(into[key], item)
        elif isinstance(item, Mapping):
            into[key] = {}
            _merge(into[key], item)
        else:
            into[key] = item

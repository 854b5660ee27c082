"""The state-file reader's limits: what plan/apply (and the CLI) refuse, and what they keep."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fleet_facade import DesiredStateError, FleetError
from fleet_facade.workflows._desired_state import (
    MAX_ALIAS_VALUES,
    MAX_STATE_ALIASES,
    MAX_STATE_FILE_BYTES,
    load_desired_state,
)


def _file(tmp_path: Path, text: str | bytes, name: str = "fleet.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text)
    return path


def test_state_errors_are_fleet_errors_and_value_errors(tmp_path: Path) -> None:
    with pytest.raises(DesiredStateError) as caught:
        load_desired_state(_file(tmp_path, "agent_policies: 3\n"))
    assert isinstance(caught.value, FleetError) and isinstance(caught.value, ValueError)
    assert str(caught.value).endswith("fleet.yaml: agent_policies must be a list, got int")


def test_a_few_aliases_and_merge_keys_still_work(tmp_path: Path) -> None:
    state = load_desired_state(_file(tmp_path, (
        "agent_policies:\n"
        "  - &a {name: a, namespace: prod, monitoring_enabled: [logs]}\n"
        "  - {<<: *a, name: b}\n")))
    assert [(p.name, p.namespace, p.monitoring_enabled) for p in state.agent_policies] == [
        ("a", "prod", ["logs"]), ("b", "prod", ["logs"])]


def test_too_many_aliases(tmp_path: Path) -> None:
    aliases = ", ".join(["*n"] * (MAX_STATE_ALIASES + 1))
    path = _file(tmp_path, f"agent_policies:\n- name: &n x\n  settings: {{t: [{aliases}]}}\n")
    with pytest.raises(DesiredStateError, match=f"more than {MAX_STATE_ALIASES} YAML aliases"):
        load_desired_state(path)


def test_aliases_repeating_too_much(tmp_path: Path) -> None:
    # 5 aliases, each repeating a list of 2,500 values: 12,500 values repeated.
    items = ", ".join(["v"] * 2_500)
    text = (f"agent_policies:\n- name: x\n  settings:\n    a: &big [{items}]\n"
            "    b: [*big, *big, *big, *big, *big]\n")
    with pytest.raises(DesiredStateError, match=f"repeat more than {MAX_ALIAS_VALUES:,}"):
        load_desired_state(_file(tmp_path, text))


def test_a_value_containing_itself(tmp_path: Path) -> None:
    path = _file(tmp_path, "agent_policies:\n- name: x\n  settings: &s {self: *s}\n")
    with pytest.raises(DesiredStateError, match=r"alias \*s is inside the value it names"):
        load_desired_state(path)


@pytest.mark.parametrize("levels", [65, 5_000])  # 5,000: RecursionError in a plain reader
@pytest.mark.parametrize("name", ["fleet.yaml", "fleet.json"])
def test_nesting_depth(tmp_path: Path, name: str, levels: int) -> None:
    deep = "[" * levels + "]" * levels
    text = ('{"agent_policies": [{"name": "x", "settings": {"a": ' + deep + "}}]}")
    # libyaml's own scanner stops at 1,000 levels of brackets, before the reader's check.
    with pytest.raises(DesiredStateError, match=r"nested deeper than 64 levels|nesting depth"):
        load_desired_state(_file(tmp_path, text, name))


def test_block_nesting_depth(tmp_path: Path) -> None:
    block = "".join(f"{'  ' * n}k:\n" for n in range(70))
    text = "agent_policies:\n- name: x\n  settings:\n" + "\n".join(
        "    " + line for line in block.splitlines()) + "\n"
    with pytest.raises(DesiredStateError, match="nested deeper than 64 levels"):
        load_desired_state(_file(tmp_path, text))


def test_file_size(tmp_path: Path) -> None:
    path = _file(tmp_path, b"#" * (MAX_STATE_FILE_BYTES + 1))
    with pytest.raises(DesiredStateError, match="larger than 8 MiB"):
        load_desired_state(path)


def test_not_utf8(tmp_path: Path) -> None:
    with pytest.raises(DesiredStateError, match=r"not UTF-8 text \(byte 16\)"):
        load_desired_state(_file(tmp_path, b"agent_policies: \xff\n"))


def test_json_files_keep_their_shape(tmp_path: Path) -> None:
    data = {"agent_policies": [{"name": "j", "settings": {"a": [[[1]]]}}]}
    state = load_desired_state(_file(tmp_path, json.dumps(data), "fleet.json"))
    assert state.agent_policies[0].settings == {"a": [[[1]]]}

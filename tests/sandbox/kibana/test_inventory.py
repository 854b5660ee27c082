"""The conformance suite's own checks: every test names its Kibana source, and the count holds."""

from __future__ import annotations

import ast
from pathlib import Path

HERE = Path(__file__).parent


def _conformance_tests() -> dict[str, list[tuple[str, str | None]]]:
    found: dict[str, list[tuple[str, str | None]]] = {}
    for path in sorted(HERE.glob("test_*.py")):
        if path.name == "test_inventory.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found[path.stem.removeprefix("test_")] = [
            (node.name, ast.get_docstring(node))
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
        ]
    return found


def test_every_conformance_test_names_its_kibana_source() -> None:
    unnamed = [
        f"{area}::{name}"
        for area, tests in _conformance_tests().items()
        for name, doc in tests
        if not (doc or "").startswith("Kibana: ")
    ]
    assert unnamed == []


def test_the_suite_states_at_least_150_kibana_expectations() -> None:
    per_area = {area: len(tests) for area, tests in _conformance_tests().items()}
    assert sum(per_area.values()) >= 150, per_area

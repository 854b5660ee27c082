"""Every Fleet operation in the pinned spec has a facade method, and nothing is left raw-only."""

from __future__ import annotations

import json
import re
from pathlib import Path

from fleet_facade._ops import RAW_ONLY_OPERATIONS, operation, operation_ids

ROOT = Path(__file__).resolve().parents[2]


def _spec_operations() -> set[str]:
    spec = json.loads((ROOT / "spec" / "fleet-openapi.json").read_text())
    return {
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def _facade_operations() -> set[str]:
    source = "\n".join(p.read_text() for p in (ROOT / "fleet_facade" / "_async").glob("*.py"))
    return set(re.findall(r'"((?:get|post|put|delete)-fleet-[a-z0-9-]+)"', source))


def test_every_operation_has_a_facade_method() -> None:
    spec = _spec_operations()
    assert spec, "no operations read from the pinned spec"
    missing = spec - _facade_operations()
    assert not missing, f"operations without a facade method: {sorted(missing)}"


def test_facade_names_only_real_operations() -> None:
    unknown = _facade_operations() - _spec_operations()
    assert not unknown
    assert set(operation_ids()) == _spec_operations()
    for operation_id in sorted(_facade_operations()):
        assert hasattr(operation(operation_id), "_get_kwargs")


def test_no_operation_is_left_to_the_raw_client() -> None:
    # A raw-only entry would need a reason and a spec operation the facade does not wrap; there
    # is none, so the list stays empty until an operation is deliberately left out.
    assert RAW_ONLY_OPERATIONS == {}

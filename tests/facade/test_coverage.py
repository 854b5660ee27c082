"""Every Fleet operation in the pinned spec is reachable through the facade or listed raw-only."""

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


def test_every_operation_is_wrapped_or_raw_only() -> None:
    missing = _spec_operations() - _facade_operations() - set(RAW_ONLY_OPERATIONS)
    assert not missing, f"operations without a facade method: {sorted(missing)}"


def test_facade_names_only_real_operations() -> None:
    unknown = _facade_operations() - _spec_operations()
    assert not unknown
    assert set(operation_ids()) == _spec_operations()
    for operation_id in sorted(_facade_operations()):
        assert hasattr(operation(operation_id), "_get_kwargs")


def test_raw_only_entries_have_reasons() -> None:
    assert all(reason.strip() for reason in RAW_ONLY_OPERATIONS.values())

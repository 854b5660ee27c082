"""The generated raw client: complete, current, lazy, and able to read real Kibana answers."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import ROOT, SPEC

GENERATED = ROOT / "generated" / "fleet_api_client"


def test_every_fleet_operation_has_a_generated_function() -> None:
    operations = {
        op["operationId"].replace("-", "_")
        for item in json.loads(SPEC.read_text())["paths"].values()
        for op in item.values()
    }
    modules = {
        path.stem
        for path in (GENERATED / "api").rglob("*.py")
        if path.name != "__init__.py" and "def sync_detailed" in path.read_text()
    }
    assert len(operations) == 132  # 128 upstream + 4 versionless package operations
    assert len(modules) == 132
    assert modules == operations


@pytest.fixture(scope="module")
def fresh_generation(regenerate: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("regen") / "fleet_api_client"
    regenerate.generate(out)  # raises if the generator prints any warning
    return out


def test_drift_check_passes_on_the_committed_tree(
    regenerate: ModuleType, fresh_generation: Path
) -> None:
    assert regenerate.differences(GENERATED, fresh_generation) == []


def test_drift_check_fails_on_any_change(
    regenerate: ModuleType, fresh_generation: Path, tmp_path: Path
) -> None:
    tree = tmp_path / "fleet_api_client"
    shutil.copytree(GENERATED, tree, ignore=shutil.ignore_patterns("__pycache__"))
    edited = tree / "models" / "agent_policy.py"
    edited.write_text(edited.read_text().replace("class AgentPolicy", "class AgentPolicyX"))
    (tree / "models" / "extra.py").write_text("")
    (tree / "errors.py").unlink()
    diffs = regenerate.differences(tree, fresh_generation)
    assert "differs: models/agent_policy.py" in diffs
    assert "only in committed tree: models/extra.py" in diffs
    assert "missing from committed tree: errors.py" in diffs


def test_one_endpoint_module_imports_few_models() -> None:
    code = (
        "import sys\n"
        "import fleet_api_client.api.elastic_agent_policies.post_fleet_agent_policies\n"
        "print(sum(m.startswith('fleet_api_client.models.') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert int(result.stdout) < 50


def test_generated_tree_does_not_know_the_facade() -> None:
    paths = list(GENERATED.rglob("*.py"))
    assert len(paths) > 100, GENERATED  # the whole generated package, not an empty folder
    for path in paths:
        assert "fleet_facade" not in path.read_text(), path

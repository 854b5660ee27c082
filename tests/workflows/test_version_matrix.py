"""The version matrix: seed workflow, onboard, plan/apply, agents and token rotation through the
facade against the sandbox playing each Kibana release (steps in ``version_matrix.py``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from . import version_matrix as matrix


@pytest.mark.parametrize("version", matrix.VERSIONS)
def test_every_workflow_runs_on_kibana(version: str) -> None:
    row = matrix.cached_row(version)
    for step, error in row.errors.items():
        raise AssertionError(f"{step} on Kibana {version}") from error
    assert row.outcomes == dict.fromkeys(matrix.STEPS, "pass")
    # Kibana 8.5 added the simplified package policy form (server/types/models/package_policy.ts).
    expected = "full" if version in ("7.17.0", "8.0.0", "8.4.0") else "simplified"
    assert row.form == expected


def test_the_readme_table_is_the_matrix() -> None:
    """What ``scripts/version_matrix.py --check`` checks: a stale README table fails here."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    generated = matrix.current_table()
    assert matrix.readme_table(readme) == generated, (
        "README.md's version matrix is stale: uv run python scripts/version_matrix.py --write")
    stale = generated.replace("| 9.2.0 | pass", "| 9.2.0 | fails: WorkflowError")
    assert matrix.readme_table(matrix.with_table(readme, stale)) != generated


def test_the_readme_needs_its_markers() -> None:
    with pytest.raises(ValueError, match="version-matrix"):
        matrix.readme_table("## Supported Kibana versions\n\nno table\n")


def test_check_script_fails_on_a_stale_readme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    script = _script()
    readme = tmp_path / "README.md"
    readme.write_text(f"intro\n{matrix.BEGIN}\n| old |\n{matrix.END}\nrest\n", encoding="utf-8")
    monkeypatch.setattr(script, "README", readme)
    # The table itself is checked above; here only the script's handling of the README.
    monkeypatch.setattr(matrix, "current_table", lambda: "| new |\n")
    assert script.main(["--check"]) == 1
    assert "stale" in capsys.readouterr().err
    assert script.main(["--write"]) == 0
    assert script.main(["--check"]) == 0
    text = readme.read_text(encoding="utf-8")
    assert text == f"intro\n{matrix.BEGIN}\n| new |\n{matrix.END}\nrest\n"


def _script() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "scripts" / "version_matrix.py"
    spec = importlib.util.spec_from_file_location("version_matrix_script", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

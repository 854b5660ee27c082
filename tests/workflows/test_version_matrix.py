"""The version matrix: seed workflow, onboard, plan/apply, agents and token rotation through the
facade against the sandbox playing each Kibana release (steps in ``version_matrix.py``)."""

from __future__ import annotations

import pytest

from . import version_matrix as matrix


@pytest.mark.parametrize("version", matrix.VERSIONS)
def test_every_workflow_runs_on_kibana(version: str) -> None:
    run = matrix.start(version)
    try:
        for step in matrix.STEP_FUNCTIONS.values():
            assert step(run) == "pass"
    finally:
        run.close()
    form = [n for n in run.notes if n.startswith("form:")]
    # Kibana 8.5 added the simplified package policy form (server/types/models/package_policy.ts).
    expected = "form:full" if version in ("7.17.0", "8.0.0", "8.4.0") else "form:simplified"
    assert form == [expected]

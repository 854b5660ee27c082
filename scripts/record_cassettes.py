"""Re-record the cassettes of the recorded suite, then check them and print the figures.

Usage (from the repository root)::

    uv run python scripts/record_cassettes.py                 # everything, against the sandbox
    uv run python scripts/record_cassettes.py tests/recorded/test_agents.py   # some files
    uv run python scripts/record_cassettes.py --stats         # only check and count

By default the traffic goes to a ``FleetSandbox`` (fixed seed and clock) over loopback HTTP, so
re-recording an unchanged suite gives the same bytes. With ``KIBANA_ENDPOINT`` and
``KIBANA_API_KEY`` (or ``KIBANA_USERNAME``/``KIBANA_PASSWORD``) set, it records against that
Kibana: object names get a per-run suffix (stored as ``run0000``) and every test deletes what it
made. Tests that need enrolled agents are skipped there and keep their sandbox cassettes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.recorded.cassette_tools import (  # noqa: E402
    cassette_files,
    covered_operations,
    find_credentials,
    interactions,
    spec_operations,
    spec_violations,
)


def record(paths: list[str]) -> int:
    target = os.environ.get("KIBANA_ENDPOINT") or "the sandbox (seeded, fixed clock)"
    print(f"recording against {target}", flush=True)
    command = [sys.executable, "-m", "pytest", *(paths or ["tests/recorded"])]
    # One test at a time (-n 0): a real Kibana then sees one test's objects at a time.
    command += ["-m", "vcr", "--record-mode=rewrite", "-q", "-p", "no:randomly", "-n", "0"]
    return subprocess.run(command, cwd=ROOT, check=False).returncode


def report() -> int:
    files = cassette_files()
    items = [item for path in files for item in interactions(path)]
    covered = covered_operations(items)
    violations = spec_violations(items)
    leaks = [path.name for path in files if find_credentials(path.read_text(encoding="utf-8"))]
    print(f"cassettes: {len(files)}")
    print(f"interactions: {len(items)}")
    print(f"operations with a recorded success: {len(covered)} of {len(spec_operations())}")
    print(f"spec violations: {len(violations)}")
    for violation in violations:
        print(f"  {violation}")
    print(f"cassettes with credentials: {len(leaks)} {leaks or ''}")
    return 1 if violations or leaks else 0


def main(argv: list[str]) -> int:
    if "--stats" in argv:
        return report()
    status = record([arg for arg in argv if not arg.startswith("--")])
    return status or report()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

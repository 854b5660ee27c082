"""Print the README's "Supported Kibana versions" table from the version matrix.

Runs every matrix step (tests/workflows/version_matrix.py) against the sandbox at each Kibana
version and prints the Markdown table. ``--check`` compares it with the README section between
``<!-- version-matrix -->`` and ``<!-- /version-matrix -->`` (exit 1 if stale); ``--write``
replaces that section.

    uv run python scripts/version_matrix.py [--check | --write]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.workflows import version_matrix  # noqa: E402

README = ROOT / "README.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail if the README table is stale")
    mode.add_argument("--write", action="store_true", help="update the README table")
    args = parser.parse_args(argv)
    generated = version_matrix.current_table()
    readme = README.read_text(encoding="utf-8")
    if args.check:
        if version_matrix.readme_table(readme) != generated:
            print("README.md's version matrix is stale; run "
                  "`uv run python scripts/version_matrix.py --write`", file=sys.stderr)
            return 1
        return 0
    if args.write:
        README.write_text(version_matrix.with_table(readme, generated), encoding="utf-8")
        return 0
    sys.stdout.write(generated)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

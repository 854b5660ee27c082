"""Regenerate generated/fleet_api_client from spec/, or check that the committed tree is current.

    uv run python scripts/regenerate.py          # rewrite generated/fleet_api_client
    uv run python scripts/regenerate.py --check  # regenerate into a temporary folder and diff

The generator (openapi-python-client) and ruff, which it runs as a post hook, are pinned in
pyproject.toml, so the same spec gives the same bytes. Warnings fail the run.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "fleet-openapi.json"
CONFIG = ROOT / "spec" / "generator-config.yaml"
TEMPLATES = ROOT / "spec" / "templates"
TARGET = ROOT / "generated" / "fleet_api_client"


def generate(dest: Path, spec: Path = SPEC) -> None:
    """Runs the generator into ``dest`` (which must not exist); raises on any warning."""
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
           "RUFF_NO_CACHE": "true"}
    command = [
        str(bin_dir / "openapi-python-client"), "generate",
        "--path", str(spec), "--config", str(CONFIG), "--custom-template-path", str(TEMPLATES),
        "--meta", "none", "--output-path", str(dest), "--fail-on-warning",
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    output = result.stdout + result.stderr
    if result.returncode != 0 or "Warning" in output:
        raise RuntimeError(f"generation failed or warned:\n{output}")


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ, exist only on one side, or differ in content."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"only in committed tree: {prefix}{n}" for n in cmp.left_only)
        found.extend(f"missing from committed tree: {prefix}{n}" for n in cmp.right_only)
        found.extend(f"differs: {prefix}{n}" for n in cmp.diff_files)
        found.extend(f"unreadable: {prefix}{n}" for n in cmp.funny_files)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__", ".ruff_cache"]), "")
    # dircmp compares by stat signature first; compare bytes of same-size files explicitly.
    for path in sorted(left.rglob("*")):
        rel = path.relative_to(left)
        other = right / rel
        comparable = path.is_file() and "__pycache__" not in rel.parts and other.is_file()
        label = f"differs: {rel}"
        if comparable and label not in found and path.read_bytes() != other.read_bytes():
            found.append(label)
    return found


def check(target: Path = TARGET, spec: Path = SPEC) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fleet_api_client"
        generate(fresh, spec)
        return differences(target, fresh)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="diff instead of writing")
    args = parser.parse_args(argv)
    if args.check:
        diffs = check()
        if diffs:
            print("generated/fleet_api_client is not what spec/ generates:", file=sys.stderr)
            print("\n".join(f"  {d}" for d in diffs), file=sys.stderr)
            print("run: uv run python scripts/regenerate.py", file=sys.stderr)
            return 1
        print("generated/fleet_api_client is current")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fleet_api_client"
        generate(fresh)
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(fresh, TARGET)
    print(f"regenerated {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

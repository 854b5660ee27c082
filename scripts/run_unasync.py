"""Generate ``fleet_facade/_sync`` from ``fleet_facade/_async`` (the async code is the source).

Usage:
    uv run python scripts/run_unasync.py           # regenerate fleet_facade/_sync
    uv run python scripts/run_unasync.py --check   # exit 1 if _sync is stale

unasync rewrites tokens (drops ``async``/``await``, renames names in the table below); a second,
textual pass fixes what tokens cannot reach: docstring examples and ``Awaitable[...]`` types.
"""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import unasync

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "fleet_facade" / "_async"
TARGET = ROOT / "fleet_facade" / "_sync"
HEADER = "# Generated from fleet_facade/_async/{name} by scripts/run_unasync.py; do not edit.\n"

#: Token replacements beyond unasync's defaults (``__aenter__``, ``AsyncIterator``...).
REPLACEMENTS = {
    "AsyncFleet": "Fleet",
    "AsyncClient": "Client",
    "AsyncBaseTransport": "BaseTransport",
    "aclose": "close",
    "aread": "read",
    "anyio": "time",
    "asyncio_detailed": "sync_detailed",
    "set_async_httpx_client": "set_httpx_client",
    "get_async_httpx_client": "get_httpx_client",
}

#: Text replacements applied after unasync (docstrings, comments, awaitable types).
TEXT = [
    ("Awaitable[Page[T]]", "Page[T]"),
    ("Awaitable[None]", "None"),
    ("Awaitable[tuple[T | None, str]]", "tuple[T | None, str]"),
    ("Callable[[], Awaitable[Any]]", "Callable[[], Any]"),
    (
        "            for item in items.passing() if isinstance(items, LazyItems) else items:\n"
        "                yield item",
        "            yield from items.passing() if isinstance(items, LazyItems) else items",
    ),
    ("async def ", "def "),
    ("async with ", "with "),
    ("async for ", "for "),
    ("await ", ""),
    ("async_transport()", "transport()"),
    ("anyio.run(main)", "main()"),
    ("asyncio_detailed", "sync_detailed"),
    ("AsyncFleet", "Fleet"),  # docstrings and comments (code names are tokens, done above)
    ("The asynchronous", "The synchronous"),
    ("Awaitable sleep", "Sleep"),
    # The one ``open_wire`` (fleet_facade/_wires.py) serves both clients.
    ("open_wire(settings, transport, asynchronous=True)",
     "open_wire(settings, transport, asynchronous=False)"),
]


def _replacements() -> dict[str, str]:
    table = dict(REPLACEMENTS)
    for path in SOURCE.glob("*.py"):
        for name in re.findall(r"^class (Async\w+)", path.read_text(), flags=re.M):
            table.setdefault(name, name[len("Async") :])
    return table


def generate(target: Path) -> None:
    """Write the sync package into ``target``."""
    table = _replacements()
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "_async"
        shutil.copytree(SOURCE, staging, ignore=shutil.ignore_patterns("__pycache__"))
        files = sorted(str(p) for p in staging.glob("*.py"))
        rule = unasync.Rule(str(staging), str(Path(tmp) / "_sync"), additional_replacements=table)
        unasync.unasync_files(files, [rule])
        target.mkdir(parents=True, exist_ok=True)
        for old in target.glob("*.py"):
            old.unlink()
        for path in sorted((Path(tmp) / "_sync").glob("*.py")):
            text = path.read_text()
            for old, new in TEXT:
                text = text.replace(old, new)
            # Doctest lines that only set up an event loop have no sync counterpart.
            text = re.sub(r"^[ \t]*>>> import anyio\n", "", text, flags=re.M)
            (target / path.name).write_text(HEADER.format(name=path.name) + text)
    # Dropping ``await`` can leave imports unused (``Awaitable``) or unsorted: let ruff (pinned)
    # tidy exactly those, so the derived code stays lint-clean without hand edits.
    subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--fix-only", "--quiet", "--no-cache",
         "--select", "F401,I001", str(target)],
        check=True,
    )


def check() -> int:
    """0 when ``fleet_facade/_sync`` matches a fresh generation, else 1 (and the diffs)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "_sync"
        generate(fresh)
        expected = {p.name for p in fresh.glob("*.py")}
        actual = {p.name for p in TARGET.glob("*.py")}
        stale = sorted(
            name
            for name in expected | actual
            if name not in expected
            or name not in actual
            or not filecmp.cmp(fresh / name, TARGET / name, shallow=False)
        )
    if stale:
        print("fleet_facade/_sync is stale; run scripts/run_unasync.py:", ", ".join(stale))
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if _sync is out of date")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    generate(TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())

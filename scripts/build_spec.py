"""Build the pinned Fleet spec (spec/fleet-openapi.json) from an upstream Kibana OpenAPI file.

It also writes the sandbox's request schemas (spec/fleet-requests.json, see request_schemas.py)
from the same input; ``--check`` compares both files.

    uv run python scripts/build_spec.py                    # rebuild from the locked input
    uv run python scripts/build_spec.py --check            # fail if spec/ is stale
    uv run python scripts/build_spec.py --input F --relock # accept a new input, record its sha256
    uv run python scripts/build_spec.py --kibana-ref v9.1.0
        # download raw oas_docs/output/kibana.yaml at that Kibana ref, lock it, build (internet)

The input is verified against ``spec/upstream.lock.json`` before anything is built; the
normalization is the list of named steps in ``spec_steps.py``. The locked input is committed,
gzip-compressed, under ``spec/upstream/`` (its provenance beside it), so every clone can build.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import sys
import urllib.request
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import request_schemas
from spec_steps import STEPS

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "spec" / "upstream.lock.json"
OUTPUT = ROOT / "spec" / "fleet-openapi.json"
RAW_URL = "https://raw.githubusercontent.com/elastic/kibana/{ref}/oas_docs/output/kibana.yaml"


class InputMismatch(Exception):
    """The upstream file is not the one the lock names."""


def read_input(path: Path) -> bytes:
    """The upstream document's bytes; a ``.gz`` file (as spec/upstream/ keeps it) is unpacked.

    The lock's sha256 is of the unpacked document, so it matches upstream's own checksum.
    """
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def sha256_of(path: Path) -> str:
    return hashlib.sha256(read_input(path)).hexdigest()


def load_lock(lock_path: Path = LOCK) -> dict[str, Any]:
    return json.loads(lock_path.read_text())  # type: ignore[no-any-return]


def default_input(lock: dict[str, Any]) -> Path:
    return (ROOT / lock["input"]).resolve()


def verify_input(path: Path, lock: dict[str, Any]) -> None:
    actual = sha256_of(path)
    if actual != lock["sha256"]:
        raise InputMismatch(
            f"{path}: sha256 {actual} does not match the lock ({lock['sha256']}); "
            "pass --relock to accept a new upstream document"
        )


def normalize(upstream: dict[str, Any]) -> dict[str, Any]:
    doc = {
        "openapi": upstream.get("openapi", "3.0.3"),
        "info": {},
        "servers": [],
        "security": upstream.get("security", []),
        "paths": upstream["paths"],
        "components": upstream.get("components", {}),
    }
    for step in STEPS:
        step(doc)
    return doc


def render(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def load_upstream(path: Path) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(read_input(path), Loader=loader)  # type: ignore[no-any-return]


def build(path: Path) -> str:
    return render(normalize(load_upstream(path)))


def build_both(path: Path) -> tuple[str, str]:
    """The pinned spec and the request schemas; the latter first, as ``normalize`` edits."""
    upstream = load_upstream(path)
    requests = request_schemas.render(request_schemas.build(upstream))
    return render(normalize(upstream)), requests


def download(ref: str, dest: Path) -> Path:
    """Fetches raw ``oas_docs/output/kibana.yaml`` at a Kibana git ref (a maintainer action).

    Stored gzip-compressed without a timestamp, so the same document gives the same bytes.
    """
    url = RAW_URL.format(ref=ref)
    with urllib.request.urlopen(url, timeout=120) as response:
        dest.write_bytes(gzip.compress(response.read(), compresslevel=9, mtime=0))
    return dest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", type=Path, help="upstream OpenAPI file (default: the lock's)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--requests-output", type=Path, default=request_schemas.OUTPUT)
    parser.add_argument("--lock", type=Path, default=LOCK)
    parser.add_argument("--relock", action="store_true", help="record the input's sha256")
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--kibana-ref", help="download kibana.yaml at this git ref, then relock")
    args = parser.parse_args(argv)

    lock = load_lock(args.lock)
    if args.kibana_ref:
        target = ROOT / "spec" / "upstream" / f"kibana-{args.kibana_ref}.yaml.gz"
        args.input = download(args.kibana_ref, target)
        args.relock = True
        lock.update({"repo": "elastic/kibana", "path": "oas_docs/output/kibana.yaml",
                     "commit": args.kibana_ref, "kibana_commit": args.kibana_ref,
                     "input": str(target.relative_to(ROOT))})
    source = args.input or default_input(lock)
    if not source.exists():
        print(f"upstream input not found: {source}", file=sys.stderr)
        return 2
    if args.relock:
        lock["sha256"] = sha256_of(source)
        if args.input and not args.kibana_ref:
            lock["input"] = os.path.relpath(Path(args.input).resolve(), ROOT)
        args.lock.write_text(json.dumps(lock, indent=2) + "\n")
    try:
        verify_input(source, lock)
    except InputMismatch as exc:
        print(exc, file=sys.stderr)
        return 1
    texts = dict(zip((args.output, args.requests_output), build_both(source), strict=True))
    if args.check:
        stale = [out for out, text in texts.items()
                 if not out.exists() or out.read_text() != text]
        for out in stale:
            print(f"{out} differs from what {source} builds", file=sys.stderr)
        if not stale:
            print(f"{args.output} and {args.requests_output} are up to date")
        return 1 if stale else 0
    for out, text in texts.items():
        out.write_text(text)
        print(f"wrote {out} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

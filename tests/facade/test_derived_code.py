"""What ``fleet_facade/_sync`` holds: the I/O twins of ``fleet_facade/_async``, nothing else.

Code without ``await`` lives once, outside ``_async/`` (``fleet_facade/_pages.py``,
``_envelopes.py``, ``_kql.py`` ...); a top-level function, class or constant that unasync copies to
``_sync/`` unchanged is a second definition of the same thing.
"""

from __future__ import annotations

import ast
from pathlib import Path

import fleet_facade
from fleet_facade._kql import kql_quote

PACKAGE = Path(fleet_facade.__file__).resolve().parent
ASYNC = PACKAGE / "_async"
SYNC = PACKAGE / "_sync"

#: Pure code still copied into _sync/ (issue 15), each with its reason. Nothing may be added
#: here, and an entry whose copy is gone must be removed (the test below says so).
STILL_COPIED = {
    # ``logging.DEBUG`` as a number, beside the one check that reads it (logging is loaded
    # with the first client, so the constant cannot come from it).
    "_transport.py": {"_DEBUG"},
    # Operation ids stay beside the calls: tests/facade/test_coverage.py reads them from _async/.
    "packages.py": {"_INFO", "_INFO_OF_VERSION"},
    # A public parameter type, and type variables declared where they are used.
    "data_streams.py": {"DataStreamType"},
    "_crud.py": {"T"},
    "_pagination.py": {"T"},
    "waits.py": {"T"},
}


def _definitions(path: Path) -> dict[str, str]:
    """Top-level functions, classes and constants of a module, each as its syntax tree's dump."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found[node.name] = ast.dump(node)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    found[target.id] = ast.dump(node)
    return found


def _copied_unchanged() -> dict[str, set[str]]:
    copied: dict[str, set[str]] = {}
    for derived in sorted(SYNC.glob("*.py")):
        source = ASYNC / derived.name
        if not source.exists():
            continue
        originals = _definitions(source)
        same = {name for name, dump in _definitions(derived).items() if originals.get(name) == dump}
        if same:
            copied[derived.name] = same
    return copied


def test_the_derived_modules_define_no_page_class() -> None:
    defined = {path.name: _definitions(path) for path in SYNC.glob("*.py")}
    assert defined, "no modules found under fleet_facade/_sync"
    assert [name for name, names in defined.items() if "Page" in names] == []


def test_no_pure_definition_is_copied_into_sync() -> None:
    copied = _copied_unchanged()
    new = {name: sorted(names - STILL_COPIED.get(name, set())) for name, names in copied.items()}
    assert {name: names for name, names in new.items() if names} == {}


def test_every_allowed_copy_is_still_a_copy() -> None:
    copied = _copied_unchanged()
    stale = {name: sorted(names - copied.get(name, set())) for name, names in STILL_COPIED.items()}
    assert {name: names for name, names in stale.items() if names} == {}


def test_the_check_finds_pure_code_copied_by_unasync(tmp_path: Path) -> None:
    """The comparison above does see a copy: a pure function or constant survives unasync
    unchanged, while a constant naming the async flavour does not."""
    source = ("LIMIT = 3\nKIND: str = 'AsyncThing'\n\ndef pure(x):\n    return x + 1\n\n"
              "async def io(x):\n    return await x\n")
    derived = ("LIMIT = 3\nKIND: str = 'Thing'\n\ndef pure(x):\n    return x + 1\n\n"
               "def io(x):\n    return x\n")
    (tmp_path / "a.py").write_text(source)
    (tmp_path / "s.py").write_text(derived)
    originals = _definitions(tmp_path / "a.py")
    copies = _definitions(tmp_path / "s.py")
    assert {name for name, dump in copies.items() if originals.get(name) == dump} == {
        "pure", "LIMIT"}


def test_kql_quote_is_defined_once() -> None:
    defining = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "kql_quote" in _definitions(path)
    )
    assert defining == ["_kql.py"]


def test_kql_quote_escapes_quotes_and_backslashes() -> None:
    assert kql_quote('say "hi"') == '"say \\"hi\\""'
    assert kql_quote("C:\\logs") == '"C:\\\\logs"'
    assert kql_quote('\\"') == '"\\\\\\""'

"""What ``fleet_facade/_sync`` holds: the I/O twins of ``fleet_facade/_async``, nothing else.

Code without ``await`` lives once, outside ``_async/`` (``fleet_facade/_pages.py``,
``_envelopes.py``, ``_kql.py`` ...); a top-level function or class that unasync copies to
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

#: Pure code still copied into _sync/, in modules whose owners are moving it out (issue 15).
#: Nothing may be added here; an entry that is gone from the copies does no harm.
STILL_COPIED = {
    "_transport.py": {"_short", "_Signature", "signature_of", "_read_signature"},
    "desired_state.py": {
        "_plain", "_Current", "_plan_named", "_kept_by_fleet", "_policy_create_fields",
        "_plan_integration", "_prune_policies",
    },
    "lifecycle.py": {"_selection", "_field", "_list", "_int"},
    "onboarding.py": {"_plain", "_asked_policy_fields", "_differs"},
    "state_export.py": {"_plain", "_kept", "_policy", "_defaults", "_integration", "_vars"},
    "waits.py": {"_int"},
}


def _definitions(path: Path) -> dict[str, str]:
    """Top-level functions and classes of a module, each as its syntax tree's dump."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name: ast.dump(node)
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
    }


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


def test_the_check_finds_a_pure_function_copied_by_unasync(tmp_path: Path) -> None:
    """The comparison above does see a copy: a pure function survives unasync unchanged."""
    source = "def pure(x):\n    return x + 1\n\nasync def io(x):\n    return await x\n"
    derived = "def pure(x):\n    return x + 1\n\ndef io(x):\n    return x\n"
    (tmp_path / "a.py").write_text(source)
    (tmp_path / "s.py").write_text(derived)
    originals = _definitions(tmp_path / "a.py")
    copies = _definitions(tmp_path / "s.py")
    assert {name for name, dump in copies.items() if originals.get(name) == dump} == {"pure"}


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

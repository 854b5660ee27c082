"""The hand-written package's import graph has no cycle, not even through TYPE_CHECKING imports,
and each workflow is defined once (the client inherits it, no method forwards to a function)."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import fleet_facade
from fleet_facade._async.client import AsyncFleet
from fleet_facade._sync.client import Fleet

ROOT = Path(fleet_facade.__file__).parent

#: The workflows the README shows as client methods, each defined in its own module.
WORKFLOWS = {
    "onboard": "onboarding",
    "plan": "desired_state",
    "apply": "desired_state",
    "export_state": "state_export",
    "upgrade_agents": "lifecycle",
    "rotate_enrollment_tokens": "lifecycle",
    "teardown": "lifecycle",
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports: every ``import`` statement in the file, at
    module level, under ``if TYPE_CHECKING:`` or inside a function. ``from a import b`` is an
    edge to ``a.b`` when that is a module, else to ``a`` (a package's ``__init__``)."""
    files = {_module_name(p): p for p in ROOT.rglob("*.py")}
    modules = set(files)
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                edges |= {a.name for a in node.names if a.name in modules}
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - (node.level - 1)]
                    base = ".".join([*anchor, base] if base else anchor)
                for alias in node.names:
                    target = f"{base}.{alias.name}"
                    if target in modules:
                        edges.add(target)
                    elif base in modules:
                        edges.add(base)
        edges.discard(name)
        graph[name] = edges
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle (``[a, b, ..., a]``), or ``[]``."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return []

    for start in sorted(graph):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return []


def test_the_package_imports_without_a_cycle() -> None:
    graph = import_graph()
    # The graph holds the edges the checks rely on (relative, TYPE_CHECKING and package ones).
    assert "fleet_facade._async.onboarding" in graph["fleet_facade._async.client"]
    assert "fleet_facade._async.agents" in graph["fleet_facade._async.agent_policies"]
    assert "fleet_facade._sync.client" in graph["fleet_facade"]
    assert find_cycle(graph) == []


def test_the_cycle_finder_finds_a_cycle_through_type_checking_imports() -> None:
    """What the old layout had: the client imports a workflow module, which imported the
    client back under ``if TYPE_CHECKING:``."""
    graph = import_graph()
    graph["fleet_facade._async.onboarding"] = {"fleet_facade._async.client"}
    assert find_cycle(graph)[0] in {"fleet_facade._async.client",
                                    "fleet_facade._async.onboarding"}


def test_the_workflow_modules_do_not_import_the_client() -> None:
    graph = import_graph()
    for flavour in ("_async", "_sync"):
        for module in set(WORKFLOWS.values()):
            assert f"fleet_facade.{flavour}.client" not in graph[
                f"fleet_facade.{flavour}.{module}"]


def test_each_workflow_is_defined_once_and_inherited_by_the_client() -> None:
    for client, flavour in ((AsyncFleet, "_async"), (Fleet, "_sync")):
        for name, module in WORKFLOWS.items():
            assert name not in vars(client), f"{client.__name__}.{name} is defined again"
            method = getattr(client, name)
            assert method.__module__ == f"fleet_facade.{flavour}.{module}", name
            assert method.__doc__ and "Returns:" in method.__doc__, name
            assert inspect.signature(method).parameters["self"]


def test_the_old_forwarding_methods_are_gone() -> None:
    for name in ("wait_for_agents", "wait_for_policy_revision", "wait_for_package_installed",
                 "wait_for_action"):
        assert not hasattr(Fleet, name) and not hasattr(AsyncFleet, name)

"""The examples in fleet_facade's docstrings run and print what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import fleet_facade

MODULES = sorted(
    info.name for info in pkgutil.walk_packages(fleet_facade.__path__, "fleet_facade.")
    if not info.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for test in finder.find(module, name):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"


def test_the_main_entry_points_have_examples() -> None:
    finder = doctest.DocTestFinder()
    for obj in (fleet_facade.Fleet, fleet_facade.AsyncFleet, fleet_facade.Fleet.onboard,
                fleet_facade.AsyncFleet.onboard):
        assert any(t.examples for t in finder.find(obj)), obj

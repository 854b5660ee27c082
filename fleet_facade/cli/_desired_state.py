"""``plan`` and ``apply``: make Fleet match a desired-state file.

The file is read (with the state-file limits) before connecting: a broken file is an error of
its own (exit 2) and changes nothing.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping

from ..workflows._desired_state import load_desired_state
from ..workflows._results import Plan
from ._command import Command, arguments
from ._connection import confirm, fleet_for, kibana_url
from ._errors import EXIT_OK
from ._output import Output

#: ``plan --detailed-exitcode``: 0 no changes, 1 an error, 2 changes (as Terraform).
EXIT_CHANGES = 2


def run_plan(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> int:
    state = load_desired_state(args.file)
    with fleet_for(args, env) as fleet:
        plan = fleet.plan(state, prune=args.prune)
    if out.json:
        out.document(plan.to_dict())
    else:
        for line in plan.render().splitlines():
            out.line(line)
    return EXIT_CHANGES if args.detailed_exitcode and plan.has_changes else EXIT_OK


def run_apply(args: argparse.Namespace, out: Output, env: Mapping[str, str]) -> None:
    state = load_desired_state(args.file)
    with fleet_for(args, env) as fleet:
        plan = fleet.plan(state, prune=args.prune)
        if not plan.has_changes:
            applied = Plan([])
        else:
            if not out.json:
                for line in plan.render().splitlines():
                    out.line(line)
            confirm(args, out, f"apply these changes to {kibana_url(fleet)}")
            applied = fleet.apply(state, prune=args.prune)
    if out.json:
        out.document(applied.to_dict())
    elif applied.has_changes:
        out.line(f"applied: {applied.summary()}")
    else:
        out.line("no changes")


_FILE = (("file",), {"help": "desired state (YAML, or JSON when the name ends in .json)"})
_PRUNE = (("--prune",), {"action": "store_true",
                         "help": "also delete what the file does not name"})

PLAN = Command("plan", "show what 'apply' would change", run_plan, arguments(
    _FILE, _PRUNE,
    (("--detailed-exitcode",), {"action": "store_true",
                                "help": "exit 0 without changes, 2 with changes, 1 on error"})))
APPLY = Command("apply", "make Fleet match a desired-state file", run_apply,
                arguments(_FILE, _PRUNE))

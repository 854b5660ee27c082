"""KQL text the facade writes into ``kuery`` parameters (no I/O: one copy for both clients)."""

from __future__ import annotations


def kql_quote(value: str) -> str:
    """A KQL string literal (quotes and backslashes escaped)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

"""Quoting values into KQL (``kuery``) filters."""

from __future__ import annotations


def kql_quote(value: str) -> str:
    """A KQL string literal (quotes and backslashes escaped).

    The same two characters Kibana escapes for a quoted value (kbn-es-query's
    ``kuery/utils/escape_kuery.ts`` ``escapeQuotes``, after the ``QuotedCharacter`` rule of
    ``kuery.peg``).
    """
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

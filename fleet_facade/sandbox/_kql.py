"""A small, documented subset of Kibana Query Language (KQL), enough for Fleet list filters.

Supported:

* ``field:value``; values may be bare words or ``"quoted strings"`` (backslash escapes).
* ``*`` wildcards in bare values (``name:web*``); ``field:*`` means "the field has a value".
* ``and``, ``or``, ``not`` (any case) and parentheses, with KQL's precedence (not > and > or).
* value groups: ``status:(online or offline)``.
* fields with or without a saved-object prefix (``ingest-agent-policies.name``): callers pass the
  prefixes they accept to :meth:`Query.fields_without_prefix` / :func:`parse`.

Not supported (answered as a syntax error): free text without a field, ranges (``>``, ``<=``),
nested ``{ }`` queries. Matching is exact and case-sensitive like keyword fields; booleans and
numbers match their JSON text (``active:true``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

Resolver = Callable[[str], Sequence[Any]]
"""Maps a field name to the values a document holds for it (empty when absent)."""


class KqlError(ValueError):
    """The query is not valid: an unknown field (Fleet's kuery validator's text)."""


class KqlSyntaxError(KqlError):
    """The query does not parse (the KQL parser's text; callers add Kibana's wrapping)."""


@dataclass(frozen=True)
class _Token:
    kind: str  # "(", ")", ":", "word", "quoted", "and", "or", "not", "end"
    text: str
    pos: int


_SPECIAL = set('():"\\<>{}')


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char.isspace():
            i += 1
        elif char in "():":
            tokens.append(_Token(char, char, i))
            i += 1
        elif char == '"':
            start, i, chars = i, i + 1, []
            while i < len(text) and text[i] != '"':
                if text[i] == "\\" and i + 1 < len(text):
                    i += 1
                chars.append(text[i])
                i += 1
            if i >= len(text):
                raise _syntax_error(text, start, '"\\"" ')
            tokens.append(_Token("quoted", "".join(chars), start))
            i += 1
        elif char in "<>{}":
            raise _syntax_error(text, i, "")
        else:
            start, chars = i, []
            while i < len(text) and not text[i].isspace() and text[i] not in '():"<>{}':
                if text[i] == "\\" and i + 1 < len(text):
                    i += 1
                chars.append(text[i])
                i += 1
            word = "".join(chars)
            keyword = word.lower()
            kind = keyword if keyword in ("and", "or", "not") and text[start] != "\\" else "word"
            tokens.append(_Token(kind, word, start))
    tokens.append(_Token("end", "", len(text)))
    return tokens


def _syntax_error(text: str, pos: int, found: str) -> KqlSyntaxError:
    # UNVERIFIED: the shape of Kibana's KQLSyntaxError text (peggy "Expected ... but ... found."
    # followed by the query and a caret); the exact list of expected tokens differs.
    what = "end of input" if pos >= len(text) else f'"{text[pos]}"'
    return KqlSyntaxError(
        f'Expected "(", value, whitespace but {found or what} found.\n{text}\n{"-" * pos}^'
    )


class Node:
    """A parsed query node."""

    def matches(self, resolve: Resolver) -> bool:
        """Whether a document (seen through ``resolve``) matches."""
        raise NotImplementedError

    def fields(self) -> set[str]:
        """Every field name the query mentions."""
        raise NotImplementedError

    def rename(self, mapping: Callable[[str], str]) -> Node:
        """A copy with every field name passed through ``mapping``."""
        raise NotImplementedError


@dataclass(frozen=True)
class _Bool(Node):
    op: str  # "and" | "or"
    children: tuple[Node, ...]

    def matches(self, resolve: Resolver) -> bool:
        results = (child.matches(resolve) for child in self.children)
        return all(results) if self.op == "and" else any(results)

    def fields(self) -> set[str]:
        return set().union(*(child.fields() for child in self.children))

    def rename(self, mapping: Callable[[str], str]) -> Node:
        return _Bool(self.op, tuple(child.rename(mapping) for child in self.children))


@dataclass(frozen=True)
class _Not(Node):
    child: Node

    def matches(self, resolve: Resolver) -> bool:
        return not self.child.matches(resolve)

    def fields(self) -> set[str]:
        return self.child.fields()

    def rename(self, mapping: Callable[[str], str]) -> Node:
        return _Not(self.child.rename(mapping))


@dataclass(frozen=True)
class _Match(Node):
    field: str
    value: str
    wildcard: bool

    def matches(self, resolve: Resolver) -> bool:
        values = resolve(self.field)
        if self.wildcard and self.value == "*":
            return any(v is not None for v in values)
        if self.wildcard:
            parts = self.value.split("*")
            return any(_glob_matches(parts, _text(v)) for v in values)
        return any(_text(v) == self.value for v in values)

    def fields(self) -> set[str]:
        return {self.field}

    def rename(self, mapping: Callable[[str], str]) -> Node:
        return _Match(mapping(self.field), self.value, self.wildcard)


def _glob_matches(parts: list[str], text: str) -> bool:
    """Whether ``text`` fits the pattern ``"*".join(parts)`` (``*`` is any run, newlines too).

    The handler runs under the state lock, so this must not backtrack (a regular expression
    with five ``.*`` took 13 s on a 200-character name). With ``*`` the only wildcard, taking
    each literal piece at its leftmost place is never wrong, so one left-to-right pass of
    ``str.find`` decides it in linear time.
    """
    first, *middle, last = parts
    if len(first) + len(last) > len(text) or not (text.startswith(first) and text.endswith(last)):
        return False
    position, end = len(first), len(text) - len(last)
    for piece in middle:
        found = text.find(piece, position, end)
        if found < 0:
            return False
        position = found + len(piece)
    return True


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.pos = 0

    def peek(self) -> _Token:
        return self.tokens[self.pos]

    def take(self, kind: str) -> _Token:
        token = self.peek()
        if token.kind != kind:
            raise _syntax_error(self.text, token.pos, "")
        self.pos += 1
        return token

    def parse(self) -> Node:
        node = self.or_expr(None)
        self.take("end")
        return node

    # ``field`` is set inside a value group such as ``status:(a or b)``.
    def or_expr(self, field: str | None) -> Node:
        children = [self.and_expr(field)]
        while self.peek().kind == "or":
            self.pos += 1
            children.append(self.and_expr(field))
        return children[0] if len(children) == 1 else _Bool("or", tuple(children))

    def and_expr(self, field: str | None) -> Node:
        children = [self.not_expr(field)]
        while self.peek().kind == "and":
            self.pos += 1
            children.append(self.not_expr(field))
        return children[0] if len(children) == 1 else _Bool("and", tuple(children))

    def not_expr(self, field: str | None) -> Node:
        if self.peek().kind == "not":
            self.pos += 1
            return _Not(self.not_expr(field))
        return self.primary(field)

    def primary(self, field: str | None) -> Node:
        token = self.peek()
        if token.kind == "(":
            self.pos += 1
            node = self.or_expr(field)
            self.take(")")
            return node
        if field is not None:
            return self.value(field)
        name = self.take("word").text
        self.take(":")
        if self.peek().kind == "(":
            self.pos += 1
            node = self.or_expr(name)
            self.take(")")
            return node
        return self.value(name)

    def value(self, field: str) -> Node:
        token = self.peek()
        if token.kind == "quoted":
            self.pos += 1
            return _Match(field, token.text, wildcard=False)
        if token.kind == "word":
            self.pos += 1
            return _Match(field, token.text, wildcard="*" in token.text)
        raise _syntax_error(self.text, token.pos, "")


@dataclass(frozen=True)
class Query:
    """A parsed KQL query; an empty query matches everything."""

    root: Node | None

    def matches(self, resolve: Resolver) -> bool:
        """Whether a document matches."""
        return self.root is None or self.root.matches(resolve)

    def fields(self) -> set[str]:
        """Every field name the query mentions."""
        return set() if self.root is None else self.root.fields()


def parse(
    text: str | None,
    *,
    prefixes: Iterable[str] = (),
    known_fields: Iterable[str] | None = None,
    type_name: str = "",
) -> Query:
    """Parse ``text``, strip accepted saved-object prefixes and check the field names.

    Args:
        text: The KQL text; ``None`` or blank matches everything.
        prefixes: Prefixes such as ``"ingest-agent-policies."`` that may precede a field.
        known_fields: Field names (after prefix removal) that exist; ``None`` accepts any.
            A field also counts as known when it starts with a known name and a dot.
        type_name: Named in the unknown-field message.

    Raises:
        KqlSyntaxError: When the text does not parse.
        KqlError: On unknown fields: ``KQLSyntaxError: <one line per field>``, as Fleet's
            kuery validator words it (callers add ``[request query.kuery]: ``).
    """
    if text is None or not text.strip():
        return Query(None)
    root = _Parser(text).parse()
    prefix_list = tuple(prefixes)

    def strip(name: str) -> str:
        for prefix in prefix_list:
            if name.startswith(prefix):
                return name[len(prefix) :]
        return name

    original = {strip(name): name for name in root.fields()}
    root = root.rename(strip)
    if known_fields is not None:
        known = set(known_fields)
        problems = [
            _unknown_field(original[name], type_name)
            for name in sorted(root.fields())
            if name not in known and not any(name.startswith(k + ".") for k in known)
        ]
        if problems:
            raise KqlError("KQLSyntaxError: " + "\n".join(problems))
    return Query(root)


def _unknown_field(name: str, type_name: str) -> str:
    # Kibana's wording (P server/routes/utils/filter_utils.ts hasFilterKeyError): a dotted key
    # "does NOT exist"; a key without a dot is an unknown saved-object "type".
    if "." in name:
        return f"This key '{name}' does NOT exist in {type_name} saved object index patterns"
    return f"This type '{name}' is not allowed"


def dotted_resolver(document: dict[str, Any]) -> Resolver:
    """A resolver reading dotted paths (``agent.version``) through nested dicts and lists."""

    def resolve(field: str) -> Sequence[Any]:
        values: list[Any] = [document]
        for part in field.split("."):
            nxt: list[Any] = []
            for value in values:
                if isinstance(value, dict) and part in value:
                    item = value[part]
                    nxt.extend(item if isinstance(item, list) else [item])
            values = nxt
        if not values and field in document:  # keys that themselves contain dots
            item = document[field]
            values = item if isinstance(item, list) else [item]
        return values

    return resolve

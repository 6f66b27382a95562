"""Split a Markdown file into YAML front matter and body, keeping the line of every key.

Parsing uses libyaml (the C loader, several times faster than the pure-Python one on
thousands of files) with the plain scalars of YAML 1.2's core schema: `0777`, `0x10`,
`190:00`, `yes` and `2026-02-30` stay text for the schema to judge, instead of becoming
numbers, booleans or a crash. Numbers with a decimal point become `Decimal`, so `1490.10`
stays exactly what the editor typed. Duplicate keys, which PyYAML would silently settle
by keeping the last value, keys that are not text, aliases, nesting deeper than
MAX_DEPTH (checked with libyaml's scanner before its composer recurses), control or
invisible characters in a key, a value or the body (see `text.py`), and the `TODO:`
placeholders of new content files (a value, or a body line, that starts with it) are
ContentErrors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml

from .errors import ContentError, ContentErrors
from .text import first_unwanted

FENCE = "---"
PLACEHOLDER = "TODO:"
FIELD = "front matter"
TEXT_TAG = "tag:yaml.org,2002:str"
DIGITS = list("-+0123456789")
# Deeper than any front matter needs; far below what libyaml's composer can survive.
MAX_DEPTH = 64
OPENING = (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken,
           yaml.BlockSequenceStartToken, yaml.BlockMappingStartToken)
CLOSING = (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken, yaml.BlockEndToken)


class FrontMatterLoader(yaml.CSafeLoader):
    """libyaml's safe loader with YAML 1.2 core-schema scalars and `Decimal` numbers."""

    yaml_implicit_resolvers: dict[Any, Any] = {}  # noqa: RUF012 (PyYAML reads it per class)


for tag, pattern, first in (
    ("tag:yaml.org,2002:null", r"~|null|Null|NULL|", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"true|True|TRUE|false|False|FALSE", list("tTfF")),
    ("tag:yaml.org,2002:int", r"[-+]?(?:0|[1-9][0-9]*)", DIGITS),
    ("tag:yaml.org,2002:float",
     r"[-+]?(?:(?:0|[1-9][0-9]*)(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
     r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)", [*DIGITS, "."]),
):
    FrontMatterLoader.add_implicit_resolver(tag, re.compile(f"^(?:{pattern})$"), first)


def _construct_decimal(loader: yaml.CSafeLoader, node: yaml.ScalarNode) -> Decimal:
    try:
        return Decimal(str(loader.construct_scalar(node)))
    except InvalidOperation:  # only .inf and .nan spellings get here: refused by the schema
        return Decimal(str(loader.construct_yaml_float(node)))


FrontMatterLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)


@dataclass(frozen=True)
class FrontMatter:
    """The parsed header of a content file."""

    data: dict[str, Any]
    lines: dict[str, int]  # field path ("offers[1].price") -> line in the file
    body: str
    path: str
    body_line: int = 1  # line of the file where the body starts

    def line_of(self, field: str) -> int:
        """The line of `field`, or of the nearest enclosing field that exists."""
        while field:
            if field in self.lines:
                return self.lines[field]
            field = _parent(field)
        return 1


def field_path(loc: tuple[str | int, ...]) -> str:
    """`("offers", 1, "price")` -> `"offers[1].price"`."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _parent(field: str) -> str:
    cut = max(field.rfind("."), field.rfind("["))
    return field[:cut] if cut > 0 else ""


def parse_front_matter(text: str, path: str) -> FrontMatter:
    """Parse `text` (a whole file); raise ContentErrors for anything malformed."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if lines[0].rstrip() != FENCE:
        raise ContentErrors(
            [ContentError(path, 1, FIELD, "missing: the file must start with a '---' line, "
                          "then YAML fields, then a closing '---' line")]
        )
    closing = next(
        (n for n, line in enumerate(lines[1:], start=1) if line.rstrip() in (FENCE, "...")),
        None,
    )
    if closing is None:
        raise ContentErrors(
            [ContentError(path, 1, FIELD, "no closing '---' line after the YAML fields")]
        )
    source = "\n".join(lines[1:closing])
    body = "\n".join(lines[closing + 1:])
    unwanted = [ContentError(path, number, "body", message)
                for number, line in enumerate(lines[closing + 1:], start=closing + 2)
                for message in [*first_unwanted(line), *_placeholder(line.strip())]]
    try:
        data, field_lines = _load(source, path, offset=2)  # YAML starts on the 2nd line
    except ContentErrors as errors:
        raise ContentErrors([*errors.errors, *unwanted]) from None
    if unwanted:
        raise ContentErrors(unwanted)
    return FrontMatter(data=data, lines=field_lines, body=body, path=path,
                       body_line=closing + 2)


def parse_yaml(text: str, path: str) -> FrontMatter:
    """Parse a whole YAML file (no fences, no body), such as a definition file beside the
    content; raise ContentErrors for anything malformed."""
    if text.startswith("\ufeff"):
        text = text[1:]
    data, field_lines = _load(text, path, offset=1)
    return FrontMatter(data=data, lines=field_lines, body="", path=path, body_line=0)


def _too_deep(source: str, path: str, offset: int) -> ContentError | None:
    """An error at the line where `source` nests deeper than MAX_DEPTH, before libyaml's
    composer, which recurses in C and kills the process on a deep enough document."""
    lines = source.split("\n")
    # Nesting needs a bracket, a level of indentation or a "- " per level: most
    # documents are shallow by that count alone, and are not scanned twice.
    bound = (source.count("[") + source.count("{")
             + max((len(line) - len(line.lstrip(" -")) for line in lines), default=0))
    if bound <= MAX_DEPTH:
        return None
    depth = 0
    try:
        for token in yaml.scan(source, Loader=FrontMatterLoader):  # iterative, in C
            if isinstance(token, OPENING):
                depth += 1
                if depth > MAX_DEPTH:
                    return ContentError(path, offset + token.start_mark.line, FIELD,
                                        f"nested more than {MAX_DEPTH} levels deep")
            elif isinstance(token, CLOSING):
                depth -= 1
    except yaml.YAMLError:
        return None  # the parser reports it, with its line
    return None


def _load(source: str, path: str, offset: int) -> tuple[dict[str, Any], dict[str, int]]:
    deep = _too_deep(source, path, offset)
    if deep is not None:
        raise ContentErrors([deep])
    loader = FrontMatterLoader(source)
    try:
        node = loader.get_single_node()
        if not isinstance(node, yaml.MappingNode):
            got = "nothing" if node is None else "a list" if isinstance(
                node, yaml.SequenceNode) else "a single value"
            raise ContentErrors(
                [ContentError(path, offset, FIELD, f"expected 'key: value' fields, got {got}")]
            )
        field_lines: dict[str, int] = {}
        errors: list[ContentError] = []
        try:
            _index_lines(node, "", offset, field_lines, errors, path, set())
        except RecursionError:
            errors.append(ContentError(path, offset, FIELD, "nested too deeply"))
        if errors:
            raise ContentErrors(errors)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        raise ContentErrors([_syntax_error(error, path, offset)]) from None
    except (yaml.YAMLError, ValueError, ArithmeticError) as error:
        # e.g. an explicit `!!timestamp 2026-02-30`
        invalid = ContentError(path, offset, FIELD, f"invalid value: {error}")
        raise ContentErrors([invalid]) from None
    finally:
        loader.dispose()
    return data, field_lines


def _syntax_error(error: yaml.MarkedYAMLError, path: str, offset: int) -> ContentError:
    problem = error.problem or "invalid YAML"
    mark = error.problem_mark or error.context_mark
    if error.context and error.context_mark and error.context_mark is not mark:
        problem += f" ({error.context} on line {offset + error.context_mark.line})"
        # An unclosed bracket or quote is found where the file ends; the editor needs
        # the line where it was opened.
        if error.context.startswith(("while parsing a flow", "while scanning a quoted")):
            mark = error.context_mark
    line = offset + (mark.line if mark else 0)
    return ContentError(path, line, FIELD, f"YAML syntax error: {problem}")


def _index_lines(
    node: yaml.Node, prefix: str, offset: int,
    found: dict[str, int], errors: list[ContentError], path: str, seen: set[int],
) -> None:
    """Record the line of every key and list item below `node`; report what YAML allows
    but front matter must not hold."""
    if isinstance(node, yaml.ScalarNode):
        text = str(node.value)
        errors += [ContentError(path, offset + node.start_mark.line, prefix, message)
                   for message in [*first_unwanted(text), *_placeholder(text)]]
    elif isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = str(key_node.value)
            field = f"{prefix}.{key}" if prefix else key
            line = offset + key_node.start_mark.line
            unwanted = first_unwanted(key)
            if unwanted:
                errors += [ContentError(path, line, field, f"in the key: {message}")
                           for message in unwanted]
            elif key_node.tag != TEXT_TAG:
                errors.append(ContentError(
                    path, line, field, f"keys must be text: write '{key}' in quotes"))
            elif field in found:
                errors.append(ContentError(
                    path, line, field, f"duplicate key (also on line {found[field]})"))
            else:
                found[field] = line
                _index_child(value_node, field, line, offset, found, errors, path, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            field = f"{prefix}[{index}]"
            found[field] = offset + item.start_mark.line
            _index_child(item, field, found[field], offset, found, errors, path, seen)


def _placeholder(text: str) -> list[str]:
    """The placeholder `make new-product` and its siblings leave for the editor to fill."""
    if not text.startswith(PLACEHOLDER):
        return []
    return [f"replace the placeholder ({text.removeprefix(PLACEHOLDER).strip()})"]


def _index_child(
    node: yaml.Node, field: str, line: int, offset: int,
    found: dict[str, int], errors: list[ContentError], path: str, seen: set[int],
) -> None:
    if isinstance(node, yaml.CollectionNode):
        # An alias (*name) is the very node of its anchor: seen twice.
        if id(node) in seen:
            errors.append(ContentError(path, line, field, "aliases (*name) are not supported "
                                       "in front matter: write the value out"))
            return
        seen.add(id(node))
    _index_lines(node, field, offset, found, errors, path, seen)

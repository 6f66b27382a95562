"""Split a Markdown file into YAML front matter and body, keeping the line of every key.

Parsing uses libyaml (the C loader, several times faster than the pure-Python one on
thousands of files). Numbers with a decimal point become `Decimal`, so `1490.10` stays
exactly what the editor typed. YAML mistakes and duplicate keys, which PyYAML would
silently accept by keeping the last value, become ContentErrors.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml

from .errors import ContentError, ContentErrors

FENCE = "---"
FIELD = "front matter"


class FrontMatterLoader(yaml.CSafeLoader):
    """libyaml's safe loader, reading decimal numbers as `Decimal`."""


def _construct_decimal(loader: yaml.CSafeLoader, node: yaml.ScalarNode) -> Decimal | float:
    text = str(loader.construct_scalar(node)).replace("_", "")
    try:
        return Decimal(text)
    except InvalidOperation:  # .inf, .nan: left to the schema to refuse
        return float(loader.construct_yaml_float(node))


FrontMatterLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)


@dataclass(frozen=True)
class FrontMatter:
    """The parsed header of a content file."""

    data: dict[str, Any]
    lines: dict[str, int]  # field path ("offers[1].price") -> line in the file
    body: str
    path: str

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
    offset = 2  # the YAML text starts on the second line of the file
    try:
        loader = FrontMatterLoader(source)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        problem = error.problem or "invalid YAML"
        mark = error.problem_mark or error.context_mark
        if error.context and error.context_mark and error.context_mark is not mark:
            started = offset + error.context_mark.line
            problem += f" ({error.context} on line {started})"
            # An unclosed bracket or quote is found where the file ends; the editor needs
            # the line where it was opened.
            if error.context.startswith(("while parsing a flow", "while scanning a quoted")):
                mark = error.context_mark
        line = offset + (mark.line if mark else 0)
        error_line = ContentError(path, line, FIELD, f"YAML syntax error: {problem}")
        raise ContentErrors([error_line]) from None
    except yaml.YAMLError as error:
        raise ContentErrors([ContentError(path, 1, FIELD, f"YAML error: {error}")]) from None
    if node is None or not isinstance(data, dict):
        raise ContentErrors(
            [ContentError(path, offset, FIELD, "expected 'key: value' fields, "
                          f"got {_describe(data)}")]
        )
    field_lines: dict[str, int] = {}
    errors: list[ContentError] = []
    _index_lines(node, "", offset, field_lines, errors, path)
    if errors:
        raise ContentErrors(errors)
    return FrontMatter(data=data, lines=field_lines, body=body, path=path)


def _index_lines(
    node: yaml.Node, prefix: str, offset: int,
    found: dict[str, int], errors: list[ContentError], path: str,
) -> None:
    """Record the line of every key and list item below `node`; report duplicate keys."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = str(key_node.value)
            field = f"{prefix}.{key}" if prefix else key
            line = offset + key_node.start_mark.line
            if field in found:
                errors.append(ContentError(
                    path, line, field, f"duplicate key (also on line {found[field]})"))
                continue
            found[field] = line
            _index_lines(value_node, field, offset, found, errors, path)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            field = f"{prefix}[{index}]"
            found[field] = offset + item.start_mark.line
            _index_lines(item, field, offset, found, errors, path)


def _describe(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, list):
        return "a list"
    return f"a single value ({value!r})"

"""Checks on the HTML of a Markdown body, read the way a browser reads it.

Editors may write raw HTML in Markdown. Pages must still load nothing from other sites,
run no code and keep their own structure, so the rendered body is tokenized by html5lib,
an implementation of the HTML standard's parser (scripting on, as in a visitor's
browser), and every start tag it produces is checked against the allow-list of
`editors_html` — each tag as the tokenizer emits it, so attributes a browser would merge
into the page's own `<body>` are seen too. The text must also end where it started: a
construct left unfinished at its end, or an element left open, would swallow the page the
theme writes after it.

Each refusal is reported at the line of the Markdown source that holds the offending
markup: the tag as written when the body has it verbatim (raw HTML), else the value or
name Markdown produced it from.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

import html5lib
from html5lib import _tokenizer  # the parser's own tokenizer, to learn where tags start
from html5lib.constants import tokenTypes

from .editors_html import attribute_refusal, element_refusal
from .errors import ContentError

FIELD = "body"
START_TAG = tokenTypes["StartTag"]
END_TAG = tokenTypes["EndTag"]
PARSE_ERROR = tokenTypes["ParseError"]
# Elements whose end tag may be left out: the page's own markup closes them.
OPTIONAL_END = frozenset({"html", "body", "p", "li", "dd", "dt", "rp", "rt", "tbody",
                          "thead", "tfoot", "tr", "td", "th", "colgroup", "caption"})


@dataclass(frozen=True)
class Refusal:
    """A problem found in the rendered body, with the text to look for in the source."""

    message: str
    needles: tuple[str, ...]
    # Within the first needle (a tag as written), the text the refusal is about.
    detail: str = ""


Position = tuple[int, int]  # html5lib's: line from 1, column from 0


@dataclass(frozen=True)
class Mark:
    """A token worth checking: a start tag (its attributes as written), an end tag that
    closes an element the text did not open, or a tokenizer error (`name` is its code)."""

    kind: int
    name: str
    attributes: dict[str, str]
    start: Position
    end: Position


class _Tokens(_tokenizer.HTMLTokenizer):
    """html5lib's tokenizer, noting the tokens worth checking with the span of their text."""

    marks: list[Mark]

    def __iter__(self) -> Iterator[Any]:
        start = self.stream.position()
        tokens: Iterator[Any] = super().__iter__()
        for token in tokens:
            end = self.stream.position()
            kind = token["type"]
            if kind == START_TAG:
                # Copied: the tree builder renames attributes in SVG and MathML.
                token["mark"] = Mark(kind, token["name"], dict(token["data"]), start, end)
                self.marks.append(token["mark"])
            elif kind == PARSE_ERROR or (kind == END_TAG and self._closes_outside(token)):
                self.marks.append(Mark(kind, token.get("name") or token["data"], {},
                                       start, end))
            start = end
            yield token

    def _closes_outside(self, token: dict[str, Any]) -> bool:
        """Whether an end tag would close an element the text did not open: one of the
        page's own, around the text. (`</p>` and `</br>` never close one.)"""
        open_elements = self.parser.tree.openElements[1:]  # [0] is the fragment's root
        return token["name"] not in ("p", "br") and all(
            element.name != token["name"] for element in open_elements)


class _Parser(html5lib.HTMLParser):
    def reset(self) -> None:
        # html5lib builds its tokenizer in `_parse` just before `reset`, with no option
        # to pass another class; the subclass only notes what it yields.
        self.tokenizer.__class__ = _Tokens
        cast(_Tokens, self.tokenizer).marks = []
        super().reset()


class _Tree(html5lib.getTreeBuilder("etree")):  # type: ignore[misc]
    """html5lib's element tree, remembering the start tag each element came from."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.marks: dict[Any, Mark] = {}

    def insertElementNormal(self, token: Any) -> Any:
        return self._noted(super().insertElementNormal(token), token)

    def createElement(self, token: Any) -> Any:
        return self._noted(super().createElement(token), token)

    def _noted(self, element: Any, token: Any) -> Any:
        if "mark" in token:  # not an element the parser implied
            self.marks[element] = token["mark"]
        return element


def refusals(html: str) -> list[tuple[Position, Refusal]]:
    """What is wrong in `html`, each with the position where its markup starts."""
    parser = _Parser(tree=_Tree, namespaceHTMLElements=False)
    parser.parseFragment(html, container="div", scripting=True)
    tree: _Tree = parser.tree
    lines = html.split("\n")
    found = [(mark.start, refusal)
             for mark in cast(_Tokens, parser.tokenizer).marks
             for refusal in _mark_refusals(mark, _text(lines, mark.start, mark.end))]
    left_open = [tree.marks[element] for element in tree.openElements[1:]
                 if element.name not in OPTIONAL_END and element in tree.marks]
    if left_open:
        mark = left_open[0]
        found.append((mark.start, Refusal(
            f"<{mark.name}> is never closed: close it before the end of the text, or it "
            "takes in the rest of the page", (_text(lines, mark.start, mark.end),
                                              f"<{mark.name}"))))
    return sorted(found, key=lambda item: item[0])


def _mark_refusals(mark: Mark, raw: str) -> list[Refusal]:
    if mark.kind == END_TAG:
        return [Refusal(f"</{mark.name}> closes an element the text did not open "
                        "(one of the page's own): remove it", (raw, f"</{mark.name}"))]
    if mark.kind == PARSE_ERROR:
        # Every tokenizer error at the end of the text names it "EOF" (html5lib's codes).
        if "eof" not in mark.name.lower():
            return []
        first_line = raw.lstrip().split("\n")[0]
        return [Refusal(f"the text ends inside unfinished markup ({first_line[:40]!r}): "
                        "finish it, or it takes in the rest of the page", (first_line,))]
    refused = element_refusal(mark.name)
    if refused:
        return [Refusal(refused, (raw, f"<{mark.name}"))]
    return [
        Refusal(problem, (raw, value, attribute), detail=attribute)
        for attribute, value in mark.attributes.items()
        if (problem := attribute_refusal(mark.name, attribute, value))
    ]


def _text(lines: list[str], start_at: Position, end_at: Position) -> str:
    """The text of `lines` between two positions."""
    (first, start), (last, end) = start_at, end_at
    if first == last:
        return lines[first - 1][start:end]
    return "\n".join([lines[first - 1][start:], *lines[first:last - 1],
                      lines[last - 1][:end]])


def body_errors(html: str, body: str, first_line: int, path: str) -> list[ContentError]:
    """Problems in `html`, the rendering of `body` whose first line is `first_line`."""
    if "<" not in html:
        return []
    found = refusals(html)
    if not found:
        return []
    errors = []
    lowered = body.lower()
    cursor = 0
    for _position, refusal in found:
        offset = _find(lowered, refusal, cursor)
        if offset is not None:
            cursor = offset
        line = body.count("\n", 0, offset or 0) + first_line
        errors.append(ContentError(path, line, FIELD, refusal.message))
    return errors


def _find(lowered_body: str, refusal: Refusal, cursor: int) -> int | None:
    """Where the first needle found occurs in the body, at `cursor` or after when it can:
    refusals come in the order of the text, and one needle may occur several times."""
    for index, needle in enumerate(n.lower() for n in refusal.needles):
        if not needle.strip():
            continue
        offset = lowered_body.find(needle, cursor)
        if offset < 0:
            offset = lowered_body.find(needle)
        if offset >= 0 and index == 0 and refusal.detail:
            return offset + max(needle.find(refusal.detail.lower()), 0)
        if offset >= 0:
            return offset
    return None

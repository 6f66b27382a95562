"""The comparison block of Markdown, on pymdown-extensions' generic blocks:

```
/// compare | Nos audits côte à côte
    products: [audit-express, audit-boutique-en-ligne]
    specs: [Durée, Livrables]
///
```

Markdown is converted while files are read (in forked workers, cached by the reader
cache), before the catalog exists; so the block only becomes a placeholder element that
carries its options as written. It depends on nothing but the Markdown text; the
catalog's checks validate it and the `compare_tables` filter replaces it with the table.
"""

from __future__ import annotations

import html as html_entities
import json
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from markdown import Markdown
from pymdownx.blocks import BlocksExtension, BlocksProcessor
from pymdownx.blocks.block import Block, type_any

NAME = "compare"
PLACEHOLDER = re.compile(r'<div class="compare-placeholder" data-compare="([^"]*)"></div>')
# The first line of a block, as pymdown-extensions recognises it (3 or more slashes).
HEADER = re.compile(r"^ {0,3}/{3,}[ \t]*compare\b", re.IGNORECASE)
# In converted HTML: a placeholder, or a header left as text at the start of a paragraph.
IN_HTML = re.compile(PLACEHOLDER.pattern + r"|(?:<p>|\n) {0,3}/{3,}[ \t]*compare\b",
                     re.IGNORECASE)
PREFORMATTED = re.compile(r"<pre\b.*?</pre>", re.DOTALL)
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


class CompareBlock(Block):
    NAME = NAME
    ARGUMENT = None  # an optional caption, after `|`
    # Any value is accepted here, so that a mistake in an option is reported with its
    # line by the build instead of leaving the block as plain text.
    OPTIONS: dict[str, tuple[Any, Callable[[Any], Any]]] = {  # noqa: RUF012
        "products": ([], type_any), "specs": (None, type_any),
    }

    def on_markdown(self) -> str:
        return "raw"  # the block holds no Markdown of its own

    def on_create(self, parent: etree.Element) -> etree.Element:
        options = {key: self.options[key] for key in ("products", "specs")}
        options["caption"] = self.argument or ""
        data = json.dumps(options, ensure_ascii=False, sort_keys=True, default=str)
        return etree.SubElement(parent, "div", {"class": "compare-placeholder",
                                                "data-compare": data})

    def on_end(self, block: etree.Element) -> None:
        block.text = None  # text inside the block is not shown


class CompareExtension(BlocksExtension):
    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        block_mgr.register(CompareBlock, self.getConfigs())


def makeExtension(**kwargs: Any) -> CompareExtension:
    return CompareExtension(**kwargs)


@dataclass(frozen=True)
class Placeholder:
    """A comparison block found in converted HTML: where it is and its options."""

    match: re.Match[str]
    options: dict[str, Any]


def placeholders(html: str) -> Iterator[Placeholder]:
    for match in PLACEHOLDER.finditer(html):
        yield Placeholder(match, json.loads(html_entities.unescape(match[1])))


def blocks_in_order(html: str) -> list[Placeholder | None]:
    """Each comparison block of `html` in order: its placeholder, or None for a block that
    pymdown-extensions left as text (options that are not YAML, or an unknown option)."""
    visible = PREFORMATTED.sub("", html)
    return [Placeholder(m, json.loads(html_entities.unescape(m[1]))) if m[1] is not None
            else None for m in IN_HTML.finditer(visible)]


def header_lines(markdown_source: str) -> list[int]:
    """Lines (from 1) of the `/// compare` headers of a file, outside fenced code."""
    found, fence = [], ""
    for number, line in enumerate(markdown_source.split("\n"), start=1):
        opening = FENCE.match(line)
        if opening and (not fence or opening[1].startswith(fence)):
            fence = "" if fence else opening[1][0] * 3
        elif not fence and HEADER.match(line):
            found.append(number)
    return found

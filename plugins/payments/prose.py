"""A buy button inside any page's Markdown: `[[buy: audit-express / Premium]]`.

While Markdown is read, products may not be known yet, so the syntax becomes a
placeholder element. Once the catalog is resolved, every placeholder is checked (an
unknown product or offer is a content error) and, when a page is rendered, the
`buy_buttons` filter replaces it with the theme's `_buy_button.html`.
"""

from __future__ import annotations

import html as html_entities
import re
import xml.etree.ElementTree as etree
from collections.abc import Iterator
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.util import AtomicString

SYNTAX = r"\[\[buy:\s*([^/\]]+?)\s*/\s*([^\]]+?)\s*\]\]"
PLACEHOLDER = re.compile(r'<span class="buy-placeholder"([^>]*)>[^<]*</span>')
ATTRIBUTE = re.compile(r'\s(data-product|data-offer)="([^"]*)"')


class _BuyProcessor(InlineProcessor):
    def handleMatch(
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element, int, int]:
        element = etree.Element("span", {
            "class": "buy-placeholder", "data-product": m.group(1), "data-offer": m.group(2),
        })
        element.text = AtomicString(m.group(2))  # shown as is, not read as Markdown
        return element, m.start(0), m.end(0)


class BuyButtonExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # Before links (priority 160): the syntax starts like a reference link.
        md.inlinePatterns.register(_BuyProcessor(SYNTAX, md), "vitrine-buy", 175)


def makeExtension(**kwargs: Any) -> BuyButtonExtension:
    return BuyButtonExtension(**kwargs)


def placeholders(html: str) -> Iterator[tuple[re.Match[str], str, str]]:
    """Each buy placeholder of `html`: the match, the product slug and the offer name."""
    for match in PLACEHOLDER.finditer(html):
        attributes = {name: html_entities.unescape(value)
                      for name, value in ATTRIBUTE.findall(match[1])}
        yield match, attributes.get("data-product", ""), attributes.get("data-offer", "")




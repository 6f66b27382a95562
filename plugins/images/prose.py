"""Images in Markdown bodies: `![A whiteboard](images/audit/board.jpg)`.

Markdown is converted once and its HTML cached on the Markdown file alone, so the HTML
must not depend on the image file: the tree processor only marks each local image with
the path as written (`data-picture`). When a page is rendered, the `pictures` filter
replaces each marked image with the `<picture>` of the image as it is now. Its `src`
becomes a `{static}` link, so that feeds, which do not go through the theme, show the
variant written at the source's own URL.
"""

from __future__ import annotations

import html as html_entities
import re
import xml.etree.ElementTree as etree
from collections.abc import Iterator
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from .paths import STATIC_PREFIX, as_written, relative_inside

MARK = "data-picture"
PLACEHOLDER = re.compile(r"<img\b[^>]*\sdata-picture=\"[^\"]*\"[^>]*>")
ATTRIBUTE = re.compile(r'\s([a-z-]+)="([^"]*)"')


class _MarkImages(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for image in root.iter("img"):
            src = image.get("src", "")
            if not src or "://" in src or src.startswith(("data:", "//")):
                continue  # other sites' images are the body checks' business
            written = as_written(src)
            image.set(MARK, written)
            if relative_inside(written):
                image.set("src", STATIC_PREFIX + written)


class PictureExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # After inline patterns (priority 20) have made the <img> elements.
        md.treeprocessors.register(_MarkImages(md), "vitrine-pictures", 5)


def makeExtension(**kwargs: Any) -> PictureExtension:
    return PictureExtension(**kwargs)


def marked_images(html: str) -> Iterator[tuple[re.Match[str], dict[str, str]]]:
    """Each marked image of `html` and its attributes (unescaped)."""
    for match in PLACEHOLDER.finditer(html):
        yield match, {name: html_entities.unescape(value)
                      for name, value in ATTRIBUTE.findall(match[0])}

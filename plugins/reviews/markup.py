"""A review's body: restricted Markdown in, inert HTML out.

Reviews are written by customers, not editors, so their Markdown gets no raw HTML at all:
markdown-it-py (CommonMark) with `html` off shows any tag as text, and nh3 (Rust's
ammonia) then keeps only a few text elements, links to http(s) and mailto: addresses
marked as user content, and nothing that loads or runs anything. Images are shown as
their alt text: a review never makes the page load a file the site did not choose.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import nh3
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.token import Token

ALLOWED_TAGS = frozenset({
    "p", "br", "em", "strong", "a", "ul", "ol", "li", "blockquote", "code", "pre",
})
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Search engines must not credit the linked site, and it must not learn where visitors came from.
LINK_REL = "nofollow noopener noreferrer ugc"


def _image_as_text(
    renderer: Any, tokens: Sequence[Token], index: int, options: Any, env: Any
) -> str:
    children = tokens[index].children or []
    return escapeHtml(renderer.renderInlineAsText(children, options, env))


def _converter() -> MarkdownIt:
    converter = MarkdownIt("commonmark", {"html": False})
    converter.add_render_rule("image", _image_as_text)
    return converter


_MARKDOWN = _converter()


def sanitize(html: str) -> str:
    """Only the elements, attributes and link schemes a review may contain."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel=LINK_REL,
        strip_comments=True,
    )


def review_html(markdown: str) -> str:
    """The HTML of a review body, safe to insert into a page as it is."""
    return sanitize(_MARKDOWN.render(markdown)).strip()

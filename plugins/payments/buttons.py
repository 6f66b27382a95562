"""Buy buttons written in prose: checked before the build writes, rendered by the theme."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from catalog.kit import (
    Catalog,
    ContentError,
    Offer,
    Product,
    did_you_mean,
    display_path,
    substitute,
)
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from .prose import SYNTAX, placeholders

TEMPLATE = "_buy_button.html"


def _words(text: str) -> str:
    return " ".join(text.split())


def _offer(product: Product, name: str) -> tuple[int, Offer] | None:
    """The offer called `name` (line breaks and repeated spaces do not count)."""
    return next(((i, o) for i, o in enumerate(product.offers)
                 if _words(o.name) == _words(name)), None)


def _lines_of_buttons(path: str) -> dict[tuple[str, str], list[int]]:
    """For each (slug, offer) of a file's buy buttons, the lines where they are written."""
    with open(path, encoding="utf-8") as source:
        text = source.read()
    found: dict[tuple[str, str], list[int]] = {}
    for match in re.finditer(SYNTAX, text):
        key = (match[1].strip(), _words(match[2]))
        found.setdefault(key, []).append(text.count("\n", 0, match.start()) + 1)
    return found


def placeholder_errors(catalog: Catalog, contents: Sequence[Any]) -> list[ContentError]:
    """Buy buttons naming a product or an offer that does not exist."""
    slugs = sorted({product.slug for product in catalog.all_products()})
    errors = []
    for content in contents:
        lines: dict[tuple[str, str], list[int]] | None = None
        seen: dict[tuple[str, str], int] = {}
        for _, slug, offer in placeholders(content._content):
            product = catalog.product(slug, content.lang)
            if product is None:
                problem = f"no product has the slug {slug!r}" + did_you_mean(slug, slugs)
            elif _offer(product, offer) is None:
                names = ", ".join(repr(o.name) for o in product.offers)
                problem = f"{slug!r} has no offer {offer!r}; its offers are {names}"
            else:
                continue
            lines = lines if lines is not None else _lines_of_buttons(content.source_path)
            key = (slug, _words(offer))
            seen[key] = seen.get(key, -1) + 1  # the n-th button written so
            where = lines.get(key, [])
            line = where[seen[key]] if seen[key] < len(where) else 1
            errors.append(ContentError(display_path(content.source_path), line, "body",
                                       f"buy button: {problem}"))
    return errors


@pass_context
def buy_buttons(context: Context, html: str, lang: str) -> Markup:
    """`html` with each buy placeholder replaced by the theme's button for that offer."""
    catalog = context["catalog"]
    template = context.environment.get_template(TEMPLATE)

    def button(found: tuple[str, str]) -> str:
        product = catalog.product(found[0], lang)
        index, offer = _offer(product, found[1]) or (0, None)  # checked before rendering
        return template.render({
            **context.get_all(), "lang": lang, "product": product, "offer": offer,
            "option": product.payments[index], "anchor": f"offer--{index + 1}",
        }).strip()

    return substitute(html, ((match, (slug, name)) for match, slug, name in placeholders(html)),
                      button)

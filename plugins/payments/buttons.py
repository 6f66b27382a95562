"""Buy buttons written in prose: checked before the build writes, rendered by the theme."""

from __future__ import annotations

from typing import Any

from catalog.errors import ContentError
from catalog.reader import display_path
from catalog.resolve import line_mentioning
from catalog.suggest import did_you_mean
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from .prose import placeholders

TEMPLATE = "_buy_button.html"


def _offer(product: Any, name: str) -> tuple[int, Any] | None:
    return next(((i, o) for i, o in enumerate(product.offers) if o.name == name), None)


def placeholder_errors(catalog: Any, contents: list[Any]) -> list[ContentError]:
    """Buy buttons naming a product or an offer that does not exist."""
    slugs = sorted({product.slug for product in catalog.all_products()})
    errors = []
    for content in contents:
        for _, slug, offer in placeholders(content._content):
            product = catalog.product(slug, content.lang)
            if product is None:
                problem = f"no product has the slug {slug!r}" + did_you_mean(slug, slugs)
            elif _offer(product, offer) is None:
                names = ", ".join(repr(o.name) for o in product.offers)
                problem = f"{slug!r} has no offer {offer!r}; its offers are {names}"
            else:
                continue
            line = line_mentioning(content, f"[[buy: {slug}")
            errors.append(ContentError(display_path(content.source_path), line, "body",
                                       f"buy button: {problem}"))
    return errors


@pass_context
def buy_buttons(context: Context, html: str, lang: str) -> Markup:
    """`html` with each buy placeholder replaced by the theme's button for that offer."""
    catalog = context["catalog"]
    template = context.environment.get_template(TEMPLATE)
    pieces, start = [], 0
    for match, slug, name in placeholders(html):
        product = catalog.product(slug, lang)
        index, offer = _offer(product, name) or (0, None)  # checked before rendering
        button = template.render({
            **context.get_all(), "lang": lang, "product": product, "offer": offer,
            "option": product.payments[index], "anchor": f"offer-{index + 1}",
        })
        pieces += [html[start:match.start()], button.strip()]
        start = match.end()
    return Markup("".join([*pieces, html[start:]]))

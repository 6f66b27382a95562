"""Browsing listings: category and catalogue pages sorted and filtered in the browser.

The build gives each listing its facets (`facets.py`: kind, and a category's specs) and
each product card the values they filter and sort by, as `data-` attributes; the theme's
`_browse.html` draws the form and `browse.js` sorts and filters the cards already on the
page, with no request, keeping the choice in the address. Without JavaScript the form is
not shown and the page lists every product.

Template filters: `category|browse` (a category page: kind and specs) and
`categories|browse_all` (the catalogue: kind); each gives a `facets.Listing`, whose
`card(product)` are the attributes of that product's card. No build phase: everything is
computed while the pages are rendered.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from catalog.kit import Group, load_definitions, settings_of
from pelican import signals

from .facets import Listing, listing


def _template_helpers(generator: Any) -> None:
    settings = settings_of(generator.settings).pelican

    def browse(category: Group) -> Listing:
        definitions, _ = load_definitions(settings)
        return listing(category.items, definitions.of_product(category.items[0]),
                       category.lang)

    def browse_all(categories: Sequence[Group]) -> Listing:
        products = [product for category in categories for product in category.items]
        return listing(products, None, categories[0].lang if categories else "")

    generator.env.filters.update(browse=browse, browse_all=browse_all)


def register() -> None:
    signals.generator_init.connect(_template_helpers)

"""The comparison page of each category, written with the catalog's own pages, and the
"Compare" choice of products that leads to it.

Its URL is `CATALOG["urls"]["compare"]` (with `{slug}`, the category's slug in each
language); without that setting no comparison page is written. The page holds every
product of the category but shows at most `MOST_COLUMNS`: the first ones, or those the
reader chose, named in the address (`?compare-<category slug>-show=slug,slug`).
"""

from __future__ import annotations

from dataclasses import dataclass

from catalog.kit import Catalog, Group, PageToWrite, save_as, variant

URL_NAME = "compare"
TEMPLATE = "compare"
MOST_COLUMNS = 5  # more products side by side cannot be read on a laptop, let alone a phone


@dataclass(frozen=True)
class Pick:
    """Where a product's "Compare" choice leads: its category's comparison page."""

    url: str
    param: str  # the address parameter naming the chosen products (`compare.js`)
    group: str  # the category's name, as the reader sees it
    most: int = MOST_COLUMNS


def table_id(category_slug: str) -> str:
    return f"compare-{category_slug}"


def comparison_url(catalog: Catalog, category: Group) -> str | None:
    """URL of the comparison page of `category`, None when the site has none."""
    if not hasattr(catalog.settings.urls, URL_NAME):
        return None
    return str(catalog.url(URL_NAME, category.lang, slug=category.slug))


def category_picks(catalog: Catalog, lang: str) -> dict[str, Pick]:
    """How a product of each category (by slug) is chosen for comparison; a category
    without a comparison page, or with nothing to compare, is not there."""
    picks = {}
    for category in catalog.categories(lang):
        url = comparison_url(catalog, category)
        if url is not None and len(category.items) > 1:
            picks[category.slug] = Pick(url, table_id(category.slug) + "-show", category.name)
    return picks


def comparison_pages(catalog: Catalog) -> list[PageToWrite]:
    if not hasattr(catalog.settings.urls, URL_NAME):
        return []
    pages = []
    for lang in catalog.languages:
        for category in catalog.categories(lang):
            url = catalog.url(URL_NAME, lang, slug=category.slug)
            alternates = {}
            for other in catalog.languages:
                translated = variant(category.items[0], other)
                if translated is not None:
                    alternates[other] = catalog.url(URL_NAME, other,
                                                    slug=translated.category.slug)
            pages.append(PageToWrite(save_as(url), TEMPLATE, lang, {
                "url": url, "category": category, "alternates": alternates,
                "table_id": table_id(category.slug), "most_columns": MOST_COLUMNS,
            }))
    return pages

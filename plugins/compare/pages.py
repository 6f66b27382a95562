"""The comparison page of each category, written with the catalog's own pages.

Its URL is `CATALOG["urls"]["compare"]` (with `{slug}`, the category's slug in each
language); without that setting no comparison page is written.
"""

from __future__ import annotations

from catalog.kit import Catalog, Group, PageToWrite, save_as, variant

URL_NAME = "compare"
TEMPLATE = "compare"


def comparison_url(catalog: Catalog, category: Group) -> str | None:
    """URL of the comparison page of `category`, None when the site has none."""
    if not hasattr(catalog.settings.urls, URL_NAME):
        return None
    return str(catalog.url(URL_NAME, category.lang, slug=category.slug))


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
            }))
    return pages

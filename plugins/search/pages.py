"""The search page of each language (template `search.html`), written with the catalog's
pages in the `pages` phase (`search.pages`).

The page lists its filters' choices (the types and categories that the language's pages
are indexed with), so that they are there from the first paint: filled in by the script
once the index is loaded, they would push the page down under the visitor's eyes."""

from __future__ import annotations

from dataclasses import dataclass

from catalog.kit import PageToWrite, Site, save_as

from .settings import SearchSettings

TEMPLATE = "search"


@dataclass(frozen=True)
class FilterChoices:
    """What the pages of a language are indexed with: type keys (the theme's
    `search.type_label` names them, as it does on the indexed pages) and category names."""

    types: tuple[str, ...]
    categories: tuple[str, ...]


def search_pages(site: Site) -> list[PageToWrite]:
    urls = dict(sorted(site.settings.of(SearchSettings).urls.items()))
    return [PageToWrite(save_as(url), TEMPLATE, lang, {
        "url": url, "alternates": urls, "filter_choices": filter_choices(site, lang)})
        for lang, url in urls.items()]


def filter_choices(site: Site, lang: str) -> FilterChoices:
    products = [product for product in site.products if product.lang == lang]
    ebooks = [product for product in products if product.ebook is not None]
    present = {
        "product": len(ebooks) < len(products),
        "ebook": bool(ebooks),
        "case_study": any(study.lang == lang for study in site.catalog.case_studies(lang)),
        "page": any(version.lang == lang for page in site.content_pages
                    for version in (page, *page.translations)),
        # A sample is indexed on the page of its own language only (sample.html).
        "sample": any(product.ebook is not None and product.ebook.sample
                      and (product.ebook.language or lang) == lang for product in ebooks),
    }
    categories = {product.category.name for product in products}
    return FilterChoices(tuple(kind for kind, found in present.items() if found),
                         tuple(sorted(categories, key=str.casefold)))

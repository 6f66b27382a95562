"""The search page of each language (template `search.html`), written with the catalog's
pages in the `pages` phase (`search.pages`)."""

from __future__ import annotations

from catalog.kit import PageToWrite, Site, save_as

from .settings import SearchSettings

TEMPLATE = "search"


def search_pages(site: Site) -> list[PageToWrite]:
    urls = dict(sorted(site.settings.of(SearchSettings).urls.items()))
    return [PageToWrite(save_as(url), TEMPLATE, lang, {"url": url, "alternates": urls})
            for lang, url in urls.items()]

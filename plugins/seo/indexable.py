"""The pages search engines should index, each with its own date and its versions in other
languages: what sitemap.xml lists.

Pure: it reads the checked site's pages to write (the catalog's and the plugins') and its
contents (products, Pelican's pages and case studies) as plain objects, and writes nothing.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from catalog.kit import PageToWrite

# Templates of pages written for visitors but that are no search result, so no sitemap
# lists them: the 404 page (served in place of any missing URL), the offline pages (what
# the service worker shows when a page was never saved on the device) and the search
# pages (empty until a visitor types; search engines ask sites to keep internal search
# results out of their index), the pages a buyer reaches after paying, and the pages
# printed to PDF (removed once printed). A sitemap that lists a page asks crawlers to
# index it.
NOT_INDEXED = frozenset({"404", "offline", "search", "after_payment", "datasheet",
                         "catalogue_pdf"})
# Pelican writes hidden pages and case studies (reachable only through a link given out)
# and never writes drafts: only published content is listed.
PUBLISHED = "published"


@dataclass(frozen=True)
class IndexedPage:
    """A page of the sitemap, with URLs relative to the site as templates write them."""

    url: str  # "" for the home page, "produits/formation-negociation/"
    lang: str
    lastmod: datetime.date | None  # the content's own date, never the build's
    # Language -> URL of every version of the page listed in the sitemap, itself included;
    # reciprocal: each version lists this one under this page's language.
    alternates: Mapping[str, str]


def indexed_pages(pages_to_write: Sequence[PageToWrite],
                  contents: Sequence[Any]) -> list[IndexedPage]:
    """Every indexable page of the site, by URL: the catalog's and plugins' pages (products,
    listings, comparison and sample pages) but those of `NOT_INDEXED`, and the published
    pages and case studies Pelican writes."""
    content_at = {content.url: content for content in contents if content.save_as}
    found: dict[str, IndexedPage] = {}
    for page in pages_to_write:
        url = str(page.variables["url"])
        content = content_at.get(url)  # a product's page has its product; listings none
        if not indexable(page.template) or (content is not None and not _published(content)):
            continue
        alternates = page.variables.get("alternates") or (
            versions(content) if content is not None else {})
        found[url] = IndexedPage(url, page.lang, own_date(content), alternates)
    catalogs = {str(page.variables["url"]) for page in pages_to_write}
    for url, content in content_at.items():  # what Pelican writes: pages and case studies
        if url not in catalogs and _published(content):
            found[url] = IndexedPage(url, content.lang, own_date(content), versions(content))
    return reciprocal(found.values())


def indexable(template_file: str) -> bool:
    """Whether pages of `template_file` ("search.html") are for search engines: the same
    rule makes the sitemap leave them out and their head ask for `noindex`."""
    return template_file.removesuffix(".html") not in NOT_INDEXED


def _published(content: Any) -> bool:
    return getattr(content, "status", PUBLISHED) == PUBLISHED


def versions(content: Any) -> dict[str, str]:
    """URL of `content` in each language it is written in (itself and its translations)."""
    return {version.lang: version.url
            for version in [content, *getattr(content, "translations", ())]}


def own_date(content: Any | None) -> datetime.date | None:
    """The day the content itself says it last changed: a product's `updated` (None when
    the product does not say), a case study's `date`. Pages and listings carry none (a
    listing changes when a product is added, which no product's date tells)."""
    if content is None:
        return None
    found = content.updated if hasattr(content, "updated") else getattr(content, "date", None)
    if isinstance(found, datetime.datetime):
        return found.date()
    return found if isinstance(found, datetime.date) else None


def reciprocal(pages: Iterable[IndexedPage]) -> list[IndexedPage]:
    """`pages` sorted by URL, each with the language versions that are in the sitemap, in
    their own language, and that list it back: search engines ignore hreflang links that
    are not returned (a hidden translation, a category whose products moved)."""
    by_url = {page.url: page for page in pages}
    claimed = {page.url: {**page.alternates, page.lang: page.url} for page in by_url.values()}
    kept = []
    for url, page in sorted(by_url.items()):
        alternates = {
            lang: other for lang, other in sorted(claimed[url].items())
            if other in by_url and by_url[other].lang == lang
            and claimed[other].get(page.lang) == url
        }
        kept.append(IndexedPage(url, page.lang, page.lastmod, alternates))
    return kept

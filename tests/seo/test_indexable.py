"""Which pages the sitemap lists, with which date and which language versions: pure
functions on the checked site's pages to write and contents, here plain objects."""

from __future__ import annotations

import datetime
from types import SimpleNamespace
from typing import Any

from catalog.kit import PageToWrite, save_as
from seo.indexable import NOT_INDEXED, IndexedPage, indexed_pages, own_date, reciprocal


def content(url: str, lang: str, **fields: Any) -> SimpleNamespace:
    """A product, page or case study as Pelican gives it."""
    return SimpleNamespace(url=url, save_as=save_as(url), lang=lang, translations=[], **fields)


def translated(*versions: SimpleNamespace) -> list[SimpleNamespace]:
    for version in versions:
        version.translations = [other for other in versions if other is not version]
    return list(versions)


def page(url: str, template: str, lang: str, **variables: Any) -> PageToWrite:
    return PageToWrite(save_as(url), template, lang, {"url": url, **variables})


HOME = {"fr": "", "en": "en/"}
PRODUCTS = translated(content("produits/audit/", "fr", updated=datetime.date(2026, 3, 1)),
                      content("en/products/audit/", "en", updated=None))
STUDY = translated(content("etudes-de-cas/menuiserie/", "fr",
                           date=datetime.datetime(2026, 2, 3, 10, 30), status="published"),
                   content("en/case-studies/joinery/", "en",
                           date=datetime.datetime(2026, 2, 3), status="published"))
PAGES = [content("about/", "fr", status="published"),
         content("secret/", "fr", status="hidden")]
WRITTEN = [
    *(page(product.url, "product", product.lang, product=product) for product in PRODUCTS),
    page("", "home", "fr", alternates=HOME), page("en/", "home", "en", alternates=HOME),
    page("produits/audit/extrait/", "sample", "fr", alternates={"fr": "produits/audit/extrait/"}),
    page("404.html", "404", "fr"),
    page("offline/", "offline", "fr"), page("recherche/", "search", "fr",
                                            alternates={"fr": "recherche/", "en": "en/search/"}),
]


def by_url() -> dict[str, IndexedPage]:
    return {found.url: found for found in indexed_pages(WRITTEN, [*STUDY, *PAGES, *PRODUCTS])}


def test_indexable_pages_are_every_written_page_but_404_offline_search_and_hidden() -> None:
    assert {"404", "offline", "search", "after_payment", "datasheet",
            "catalogue_pdf"} == NOT_INDEXED
    assert sorted(by_url()) == [
        "", "about/", "en/", "en/case-studies/joinery/", "en/products/audit/",
        "etudes-de-cas/menuiserie/", "produits/audit/", "produits/audit/extrait/",
    ]


def test_the_date_is_the_content_s_own() -> None:
    pages = by_url()
    assert pages["produits/audit/"].lastmod == datetime.date(2026, 3, 1)
    assert pages["en/products/audit/"].lastmod is None  # no `updated`: no date
    assert pages["etudes-de-cas/menuiserie/"].lastmod == datetime.date(2026, 2, 3)
    for undated in ("", "en/", "about/", "produits/audit/extrait/"):
        assert pages[undated].lastmod is None, undated


def test_own_date_prefers_updated_and_never_guesses() -> None:
    # A product without `updated` has no date, even if Pelican gave it one.
    assert own_date(SimpleNamespace(updated=None, date=datetime.date(2020, 1, 1))) is None
    assert own_date(SimpleNamespace(date=datetime.date(2026, 5, 4))) == datetime.date(2026, 5, 4)
    assert own_date(SimpleNamespace()) is None
    assert own_date(None) is None


def test_versions_come_from_alternates_else_translations() -> None:
    pages = by_url()
    assert pages[""].alternates == {"en": "en/", "fr": ""}
    assert pages["en/products/audit/"].alternates == {"en": "en/products/audit/",
                                                      "fr": "produits/audit/"}
    assert pages["etudes-de-cas/menuiserie/"].alternates == {
        "en": "en/case-studies/joinery/", "fr": "etudes-de-cas/menuiserie/"}
    assert pages["about/"].alternates == {"fr": "about/"}


def test_versions_not_in_the_sitemap_are_left_out() -> None:
    original, hidden = translated(content("legal/", "fr", status="published"),
                                  content("en/legal/", "en", status="hidden"))
    (listed,) = indexed_pages([], [original, hidden])
    assert listed == IndexedPage("legal/", "fr", None, {"fr": "legal/"})


def test_only_reciprocal_versions_in_their_own_language_are_kept() -> None:
    pages = reciprocal([
        IndexedPage("a/", "fr", None, {"fr": "a/", "en": "en/a/", "de": "de/a/"}),
        IndexedPage("en/a/", "en", None, {"fr": "a/", "en": "en/a/"}),
        # Lists a/ but a/ does not list it back.
        IndexedPage("es/a/", "es", None, {"fr": "a/", "es": "es/a/"}),
        # Listed by a/ as German, but it is Italian.
        IndexedPage("de/a/", "it", None, {"fr": "a/"}),
    ])
    assert {found.url: dict(found.alternates) for found in pages} == {
        "a/": {"en": "en/a/", "fr": "a/"},
        "de/a/": {"it": "de/a/"},
        "en/a/": {"en": "en/a/", "fr": "a/"},
        "es/a/": {"es": "es/a/"},
    }
    assert [found.url for found in pages] == sorted(found.url for found in pages)

"""sitemap.xml: the protocol's XML, escaped, sorted, with hreflang alternates, and an index
of numbered sitemaps above the protocol's limits (tested with small limits)."""

from __future__ import annotations

import datetime
import random

import pytest
from catalog.kit import absolute
from lxml import etree
from seo.indexable import IndexedPage
from seo.sitemap import MAX_BYTES, MAX_URLS, sitemap_files

from tests.helpers.sitemaps import SM, XHTML_LINK, schema_errors

SITE = "https://www.example.com"
HOME = {"fr": "", "en": "en/"}
PAGES = [
    IndexedPage("", "fr", None, HOME),
    IndexedPage("en/", "en", None, HOME),
    IndexedPage("produits/café&thé/", "fr", datetime.date(2026, 3, 1),
                {"fr": "produits/café&thé/"}),
    IndexedPage("pt_BR/", "pt_BR", None, {"pt_BR": "pt_BR/", "en": "en/x/"}),
    IndexedPage("en/x/", "en", datetime.date(2025, 12, 31), {"pt_BR": "pt_BR/", "en": "en/x/"}),
]


def entries(data: bytes) -> dict[str, etree._Element]:
    return {url.findtext(f"{SM}loc"): url for url in etree.fromstring(data).iter(f"{SM}url")}


def links(url: etree._Element) -> list[tuple[str, str]]:
    return [(link.get("hreflang"), link.get("href")) for link in url.iter(XHTML_LINK)]


def test_the_sitemap_follows_the_protocol() -> None:
    data = sitemap_files(PAGES, SITE, "fr")["sitemap.xml"]
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<urlset xmlns=")
    assert schema_errors(data, SITE) == []


def test_addresses_are_absolute_percent_encoded_and_escaped() -> None:
    data = sitemap_files(PAGES, SITE, "fr")["sitemap.xml"]
    assert b"<loc>https://www.example.com/produits/caf%C3%A9&amp;th%C3%A9/</loc>" in data
    assert list(entries(data)) == [  # sorted by address
        "https://www.example.com/", "https://www.example.com/en/",
        "https://www.example.com/en/x/", "https://www.example.com/produits/caf%C3%A9&th%C3%A9/",
        "https://www.example.com/pt_BR/",
    ]
    assert absolute(SITE, "") == "https://www.example.com/"


def test_lastmod_is_the_page_s_date_when_it_has_one() -> None:
    found = entries(sitemap_files(PAGES, SITE, "fr")["sitemap.xml"])
    assert found["https://www.example.com/en/x/"].findtext(f"{SM}lastmod") == "2025-12-31"
    assert found["https://www.example.com/"].find(f"{SM}lastmod") is None


def test_every_version_is_linked_with_x_default_for_the_default_language() -> None:
    found = entries(sitemap_files(PAGES, SITE, "fr")["sitemap.xml"])
    home = [("en", f"{SITE}/en/"), ("fr", f"{SITE}/"), ("x-default", f"{SITE}/")]
    assert links(found[f"{SITE}/"]) == links(found[f"{SITE}/en/"]) == home
    # No version in the default language: no x-default; hreflang in BCP 47 form.
    assert links(found[f"{SITE}/pt_BR/"]) == [("en", f"{SITE}/en/x/"),
                                               ("pt-BR", f"{SITE}/pt_BR/")]
    # A page in one language only has nothing to choose between.
    assert links(found[f"{SITE}/produits/caf%C3%A9&th%C3%A9/"]) == []


def test_the_same_pages_in_any_order_give_the_same_bytes() -> None:
    shuffled = PAGES[:]
    random.Random(4).shuffle(shuffled)
    assert sitemap_files(shuffled, SITE, "fr") == sitemap_files(PAGES, SITE, "fr")


def test_the_protocol_s_limits() -> None:
    assert MAX_URLS == 50_000
    assert MAX_BYTES == 52_428_800


def many(count: int) -> list[IndexedPage]:
    return [IndexedPage(f"p{number:02}/", "fr", None, {"fr": f"p{number:02}/"})
            for number in range(count)]


def index_addresses(data: bytes) -> list[str]:
    """The sitemaps an index names (no XSD for indexes is shipped: checked by hand)."""
    root = etree.fromstring(data)
    assert root.tag == f"{SM}sitemapindex"
    assert [child.tag for child in root] == [f"{SM}sitemap"] * len(root)
    assert all([part.tag for part in child] == [f"{SM}loc"] for child in root)
    return [child.findtext(f"{SM}loc") for child in root]


@pytest.mark.parametrize("count", [3, 4])
def test_up_to_the_limit_one_sitemap(count: int) -> None:
    assert list(sitemap_files(many(count), SITE, "fr", max_urls=4)) == ["sitemap.xml"]


def test_above_the_limit_an_index_of_numbered_sitemaps() -> None:
    files = sitemap_files(many(9), SITE, "fr", max_urls=4)
    assert list(files) == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"]
    assert index_addresses(files["sitemap.xml"]) == [
        f"{SITE}/sitemap-{number}.xml" for number in (1, 2, 3)]
    listed = []
    for name in ("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"):
        assert schema_errors(files[name], SITE) == [], name
        listed += list(entries(files[name]))
    assert listed == [f"{SITE}/p{number:02}/" for number in range(9)]


def test_a_sitemap_over_the_size_limit_is_split_too() -> None:
    pages = many(8)
    whole = sitemap_files(pages, SITE, "fr")["sitemap.xml"]
    limit = len(sitemap_files(pages[:2], SITE, "fr")["sitemap.xml"])  # two pages weigh that
    files = sitemap_files(pages, SITE, "fr", max_bytes=limit)
    parts = [data for name, data in files.items() if name != "sitemap.xml"]
    assert len(parts) == 4 and all(len(data) <= limit for data in parts)
    assert [url for data in parts for url in entries(data)] == list(entries(whole))


def test_the_schema_check_finds_mistakes() -> None:
    """The check used above and on the demo site is not vacuous."""
    broken = (
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        b'xmlns:xhtml="http://www.w3.org/1999/xhtml"><url>'
        b'<xhtml:link rel="alternate" hreflang="french" href="/fr/"/>'
        b"<loc>https://www.example.com/</loc><lastmod>yesterday</lastmod></url></urlset>"
    )
    errors = "\n".join(schema_errors(broken, SITE))
    assert "before a protocol element" in errors
    assert "hreflang='french'" in errors and "href='/fr/' is not on" in errors
    assert "lastmod" in errors and "yesterday" in errors

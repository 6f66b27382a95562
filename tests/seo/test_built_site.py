"""The demo site's sitemap.xml and robots.txt: valid, complete, pointing at real files."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from catalog.gitdates import git_dates
from lxml import etree

import pelicanconf
from tests.helpers.build import ROOT, Build
from tests.helpers.sitemaps import SM, XHTML_LINK, schema_errors

pytestmark = pytest.mark.build

SITE = pelicanconf.FEED_DOMAIN  # the development build has no SITEURL
# Pages written but not to be indexed: the search and offline pages (404.html is no
# folder's index.html).
NOT_LISTED = {*pelicanconf.SEARCH["urls"].values(), "offline/", "en/offline/"}


def sitemap(site: Path) -> dict[str, etree._Element]:
    root = etree.parse(str(site / "sitemap.xml")).getroot()
    return {url.findtext(f"{SM}loc"): url for url in root.iter(f"{SM}url")}


def relative(address: str) -> str:
    assert address.startswith(SITE + "/"), address
    return unquote(address.removeprefix(SITE + "/"))


def test_the_sitemap_validates_against_the_sitemaps_org_schema(built_site: Path) -> None:
    data = (built_site / "sitemap.xml").read_bytes()
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    assert schema_errors(data, SITE) == []


def test_every_address_is_a_file_of_the_site(built_site: Path) -> None:
    for address in sitemap(built_site):
        url = relative(address)
        path = built_site / (url + "index.html" if url.endswith("/") or not url else url)
        assert path.is_file(), address


def test_every_indexable_page_is_listed_and_nothing_else(built_site: Path) -> None:
    written = {str(path.parent.relative_to(built_site)) + "/"
               for path in built_site.rglob("index.html")}
    written = {"" if url == "./" else url for url in written}
    listed = {relative(address) for address in sitemap(built_site)}
    # After-payment pages are for buyers coming back from a payment link.
    after_payment = {url for url in written if url.endswith(("/merci/", "/thank-you/"))}
    assert written >= NOT_LISTED and len(after_payment) == 20
    assert listed == written - NOT_LISTED - after_payment
    assert len(listed) >= 60


def test_language_versions_are_reciprocal(built_site: Path) -> None:
    entries = sitemap(built_site)
    translated = 0
    for address, url in entries.items():
        versions = {link.get("hreflang"): link.get("href") for link in url.iter(XHTML_LINK)}
        if not versions:
            continue
        translated += 1
        own = [lang for lang, href in versions.items() if href == address and lang != "x-default"]
        assert len(own) == 1, address  # lists itself, once
        for lang, href in versions.items():
            assert href in entries, (address, href)
            other = {link.get("hreflang"): link.get("href") for link in entries[href].iter(
                XHTML_LINK)}
            if lang == "x-default":
                assert other["x-default"] == href == versions[pelicanconf.DEFAULT_LANG], address
            else:
                assert other[own[0]] == address, (address, lang, href)
    assert translated >= 60  # the demo translates every page


def front_matter(path: Path) -> dict[str, object]:
    found: dict[str, object] = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
    return found


def test_lastmod_is_the_content_s_own_date(built_site: Path) -> None:
    entries = sitemap(built_site)
    product = front_matter(ROOT / "content" / "products" / "formation-negociation.md")
    study = front_matter(ROOT / "content" / "case-studies" / "menuiserie-taux-transformation.md")
    lastmod = {relative(address): url.findtext(f"{SM}lastmod") for address, url in entries.items()}
    assert lastmod["produits/formation-negociation/"] == str(product["updated"])
    assert lastmod[f"etudes-de-cas/{study['slug']}/"] == str(study["date"])
    for listing in ("", "produits/", "categories/formations/", "etudes-de-cas/"):
        assert lastmod[listing] is None, listing
    # A page says nothing: its file's last commit, when the demo is a whole git clone.
    committed = git_dates(str(ROOT / "content")).of(str(ROOT / "content" / "pages" / "about.md"))
    assert lastmod["about/"] == (committed.isoformat() if committed else None)


def test_robots_txt_allows_everything_and_names_the_sitemap(built_site: Path) -> None:
    assert (built_site / "robots.txt").read_text(encoding="utf-8") == (
        f"User-agent: *\nAllow: /\n\nSitemap: {SITE}/sitemap.xml\n")


def test_the_build_says_what_the_sitemap_lists(demo_build: Build) -> None:
    log = " ".join(demo_build.stdout.split())  # rich wraps long lines
    count = len(sitemap(demo_build.output))
    assert re.search(rf"SEO: sitemap.xml lists {count} pages \(en: \d+, fr: \d+\); "
                     r"robots.txt written", log), log


def test_pages_left_out_of_the_sitemap_ask_not_to_be_indexed(built_site: Path) -> None:
    listed = {unquote(urlsplit(loc.text or "").path) for loc in
              etree.parse(built_site / "sitemap.xml").iter(f"{SM}loc")}
    for page in sorted(built_site.rglob("*.html")):
        url = "/" + str(page.relative_to(built_site)).removesuffix("index.html")
        robots = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find(
            "meta", attrs={"name": "robots"})
        noindex = robots is not None and "noindex" in str(robots.get("content", ""))
        assert noindex != (url in listed), (url, "listed" if url in listed else "not listed")

"""The demo site, built for real, checked through its parsed HTML."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

import pelicanconf
from tests.helpers.build import ROOT, Build, run_build

pytestmark = pytest.mark.build

NNBSP, NBSP = "\u202f", "\u00a0"
LANGS = {"fr": "produits", "en": "en/products"}

# The site's address in development (no SITEURL): absolute links in head tags use it.
SITE = pelicanconf.FEED_DOMAIN


def soup(site: Path, url: str) -> BeautifulSoup:
    path = site / url.lstrip("/")
    if url.endswith("/") or not url:
        path = path / "index.html"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def product_pages(site: Path, lang: str) -> list[Path]:
    return sorted((site / LANGS[lang]).glob("*/index.html"))


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_build_is_clean(demo_build: Build) -> None:
    log = demo_build.stdout + demo_build.stderr
    assert "WARNING" not in log and "ERROR" not in log, log
    assert [p.name for p in demo_build.output.parent.iterdir()
            if p.name.startswith("output.")] == []


@pytest.mark.parametrize("lang", LANGS)
def test_at_least_eight_products_per_language(built_site: Path, lang: str) -> None:
    pages = product_pages(built_site, lang)
    assert len(pages) >= 8
    for page in pages:
        html = soup(built_site, str(page.relative_to(built_site)))
        assert html.html is not None and html.html["lang"] == lang
        assert html.h1 is not None and html.h1.get_text(strip=True)


@pytest.mark.parametrize("lang", LANGS)
def test_catalog_links_every_category_and_product(built_site: Path, lang: str) -> None:
    catalog = soup(built_site, "/" + LANGS[lang] + "/")
    hrefs = {a["href"] for a in catalog.select("main a[href]")}
    categories = {h for h in hrefs if "/categories/" in h}
    assert len(categories) >= 3
    for href in categories:
        page = soup(built_site, href)
        assert page.select("main .card"), f"category page {href} lists no product"
    linked_products = {h for h in hrefs if h.startswith(f"/{LANGS[lang]}/") and h.count("/") > 2
                       and h.endswith("/")}  # not the catalogue's PDF
    assert len(linked_products) == len(product_pages(built_site, lang))


@pytest.mark.parametrize(
    ("lang", "index"), [("fr", "/etudes-de-cas/"), ("en", "/en/case-studies/")]
)
def test_case_studies(built_site: Path, lang: str, index: str) -> None:
    studies = soup(built_site, index).select("main .card-title a")
    assert len(studies) == 3
    for link in studies:
        page = soup(built_site, link["href"])
        assert page.html is not None and page.html["lang"] == lang
        assert page.select(".results dd"), "key figures are shown"
        assert page.select("main .card-title a[href*='/products/'], "
                           "main .card-title a[href^='/produits/']"), "products used are linked"


@pytest.mark.parametrize("slug", ["about", "contact", "legal", "faq"])
def test_pages_exist_in_both_languages(built_site: Path, slug: str) -> None:
    fr, en = soup(built_site, f"/{slug}/"), soup(built_site, f"/en/{slug}/")
    assert fr.html is not None and en.html is not None
    assert fr.html["lang"] == "fr" and en.html["lang"] == "en"
    # hreflang alternates are absolute addresses (search engines ignore relative ones).
    assert fr.find("link", hreflang="en")["href"] == f"{SITE}/en/{slug}/"
    assert en.find("link", hreflang="fr")["href"] == f"{SITE}/{slug}/"


def test_translations_are_linked_both_ways(built_site: Path) -> None:
    for page in product_pages(built_site, "fr"):
        url = "/" + str(page.parent.relative_to(built_site)) + "/"
        fr = soup(built_site, url)
        english_url = fr.find("link", rel="alternate", hreflang="en")["href"].removeprefix(SITE)
        en = soup(built_site, english_url)
        assert en.find("link", rel="alternate", hreflang="fr")["href"] == SITE + url
        assert fr.find("link", hreflang="x-default")["href"] == SITE + url
        switcher = {a["hreflang"]: a["href"] for a in fr.select(".lang-switch a")}
        assert switcher == {"fr": url, "en": english_url}


def test_prices_and_dates_are_formatted_per_language(built_site: Path) -> None:
    fr = soup(built_site, "/produits/audit-express/")
    en = soup(built_site, "/en/products/audit-express/")
    fr_prices = [p.get_text(strip=True) for p in fr.select(".offer-price")]
    en_prices = [p.get_text(strip=True) for p in en.select(".offer-price")]
    assert f"1{NNBSP}490,00{NBSP}€" in fr_prices
    assert "€1,490.00" in en_prices
    updated = fr.select_one(".updated")
    assert updated and re.search(r"Dernière mise à jour\xa0: (1er|[12]?\d|3[01]) \w+ 20\d\d$",
                                 updated.text.strip())
    assert re.search(r"Last updated: \w+ \d{1,2}, 20\d\d", en.select_one(".updated").text)


def test_product_page_sections(built_site: Path) -> None:
    page = soup(built_site, "/produits/audit-express/")
    assert len(page.select(".offer")) >= 3
    rows = page.select(".specs th[scope=row]")
    assert rows and all(row.get_text(strip=True) for row in rows)
    assert page.select(".faq h3")
    assert page.select(".related .card")
    gallery = page.select(".gallery img")
    assert gallery and all(img["alt"].strip() for img in gallery)
    for img in gallery:
        assert (built_site / img["src"].lstrip("/")).is_file()


def test_links_between_content_files_point_at_the_pages(built_site: Path) -> None:
    fr = {a.get_text(): a["href"] for a in soup(built_site, "/about/").select("main a")}
    en = {a.get_text(): a["href"] for a in soup(built_site, "/en/about/").select("main a")}
    assert fr["Boussole Pipeline"] == "/produits/boussole-pipeline/"
    assert en["Boussole Pipeline"] == "/en/products/boussole-pipeline/"


def test_theme_strings_are_translated(built_site: Path) -> None:
    fr = soup(built_site, "/produits/audit-express/")
    en = soup(built_site, "/en/products/audit-express/")
    assert fr.select_one(".skip-link").text == "Aller au contenu"
    assert en.select_one(".skip-link").text == "Skip to content"
    assert fr.select_one("#specs--title").text == "Caractéristiques"


def test_no_third_party_requests_and_no_inline_code(built_site: Path) -> None:
    for path in html_files(built_site):
        html = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        # Everything the browser loads by itself must come from the site; only links
        # the visitor clicks (payment providers, mailto:) may leave it.
        # (Links to the page's canonical address and its versions are not loaded: they
        # are absolute addresses of the site itself, for search engines.)
        loaded = [tag for tag in html.find_all(["img", "script", "link", "source", "iframe",
                                                "video", "audio", "object", "embed"])
                  if not {"canonical", "alternate"} & set(tag.get("rel") or ())
                  or tag.get("type") == "application/atom+xml"]
        for tag in loaded:
            for attr in ("src", "href", "srcset", "data"):
                value = tag.get(attr)
                if value:
                    assert not urlsplit(str(value)).netloc, f"{path}: {tag}"
        for tag in html.find_all(True):
            assert not [a for a in tag.attrs if a.lower().startswith("on")], f"{path}: {tag}"
            assert "style" not in tag.attrs, f"{path}: {tag}"
        assert not html.find("style"), path
        # Every script is a file of the site, or structured data: a data block that
        # browsers never run (and that a strict CSP allows).
        assert all(script.get("src") or script.get("type") == "application/ld+json"
                   for script in html.find_all("script")), path


def test_every_internal_link_resolves(built_site: Path) -> None:
    broken = []
    for path in html_files(built_site):
        html = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag in html.find_all(href=True) + html.find_all(src=True):
            url = urlsplit(str(tag.get("href") or tag.get("src")))
            if url.scheme or url.netloc or not url.path.startswith("/"):
                continue
            target = built_site / url.path.lstrip("/")
            if url.path.endswith("/"):
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{path.relative_to(built_site)} -> {url.path}")
    assert broken == []


def test_rebuild_with_warm_cache_is_byte_identical(built_site: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = run_build(ROOT / "content", tmp_path / "one", cache, paper=True)
    second = run_build(ROOT / "content", tmp_path / "two", cache, paper=True)
    assert first.returncode == second.returncode == 0
    files = sorted(p.relative_to(first.output) for p in first.output.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second.output)
                           for p in second.output.rglob("*") if p.is_file())
    for name in files:
        assert (first.output / name).read_bytes() == (second.output / name).read_bytes(), name
        assert (built_site / name).read_bytes() == (first.output / name).read_bytes(), name


@pytest.mark.parametrize(
    ("lang", "index"), [("fr", "/etudes-de-cas/"), ("en", "/en/case-studies/")]
)
def test_case_studies_by_industry_without_javascript(
    built_site: Path, lang: str, index: str
) -> None:
    filters = soup(built_site, index).select(".filters a")
    assert filters[0]["aria-current"] == "page"
    industries = filters[1:]
    assert len(industries) == 3
    listed = 0
    for link in industries:
        page = soup(built_site, link["href"])
        assert page.html is not None and page.html["lang"] == lang
        assert page.select_one(".filters a[aria-current]")["href"] == link["href"]
        cards = page.select("main .card")
        assert cards and all(link.get_text() in card.select_one(".meta").get_text()
                             for card in cards)
        listed += len(cards)
    assert listed == 3


@pytest.mark.parametrize(("lang", "title", "listing"), [
    ("fr", "Études de cas · Boussole Conseil", "/etudes-de-cas/"),
    ("en", "Case studies · Boussole Conseil", "/en/case-studies/")])
def test_atom_feed_of_case_studies(built_site: Path, lang: str, title: str,
                                   listing: str) -> None:
    """Each language's feed has its own id, title and home page, and absolute links."""
    name = f"feeds/case-studies.{lang}.atom.xml"
    feed = ElementTree.parse(built_site / name).getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    entries = feed.findall(f"{atom}entry")
    assert len(entries) == 3
    assert feed.findtext(f"{atom}title") == title
    assert urlsplit(feed.findtext(f"{atom}id")).path == f"/{name}"
    assert urlsplit(feed.find(f"{atom}link[@rel='alternate']").get("href")).path == listing
    self_link = urlsplit(feed.find(f"{atom}link[@rel='self']").get("href"))
    assert self_link.scheme and self_link.netloc and self_link.path == f"/{name}"
    for entry in entries:
        link = entry.find(f"{atom}link").get("href")
        href = urlsplit(link)
        assert href.scheme and href.netloc and entry.findtext(f"{atom}id") == link
        assert (built_site / href.path.lstrip("/") / "index.html").is_file()
        page = soup(built_site, href.path)
        assert page.html is not None and page.html["lang"] == lang
    home = soup(built_site, "/" if lang == "fr" else "/en/")
    assert home.find("link", type="application/atom+xml", title=title)["href"] == f"/{name}"
    assert soup(built_site, listing).select_one("p.feed a")["href"] == f"/{name}"

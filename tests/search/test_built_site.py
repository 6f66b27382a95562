"""The demo site's search: its pages, its header forms and what the index holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.helpers.build import ROOT, Build, run_build

pytestmark = pytest.mark.build

SEARCH_PAGES = {"fr": "recherche/index.html", "en": "en/search/index.html"}


def parsed(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def content_pages(site: Path, lang: str) -> list[Path]:
    """Products, case studies and pages (about, contact…) of one language."""
    prefix = "" if lang == "fr" else "en/"
    folders = ("produits", "etudes-de-cas") if lang == "fr" else ("products", "case-studies")
    pages = [page for folder in folders for page in (site / prefix / folder).glob("*/index.html")
             if parsed(page).find("article") is not None]
    pages += [page for page in site.glob(f"{prefix}*/index.html")
              if parsed(page).find("article", class_="prose") is not None]
    # E-books' sample chapters, where the page's language is the book's.
    samples = "produits/*/extrait" if lang == "fr" else "en/products/*/sample"
    pages += [page for page in site.glob(f"{samples}/index.html")
              if not parsed(page).find("article", class_="reading").has_attr("lang")]
    return pages


def test_the_build_says_how_much_it_indexed(demo_build: Build) -> None:
    log = " ".join(demo_build.stdout.split())  # rich wraps long lines
    entry = json.loads((demo_build.output / "pagefind" / "pagefind-entry.json").read_text())
    counts = {lang: info["page_count"] for lang, info in entry["languages"].items()}
    summary = f"{sum(counts.values())} pages indexed (en: {counts['en']}, fr: {counts['fr']})"
    assert f"Search: {summary}; index " in log


@pytest.mark.parametrize("lang", SEARCH_PAGES)
def test_exactly_the_real_content_is_indexed(built_site: Path, lang: str) -> None:
    entry = json.loads((built_site / "pagefind" / "pagefind-entry.json").read_text())
    pages = content_pages(built_site, lang)
    assert len(pages) >= 14
    assert entry["languages"][lang]["page_count"] == len(pages)
    marked = [page for page in built_site.rglob("*.html")
              if parsed(page).find(attrs={"data-pagefind-body": True})
              and parsed(page).html["lang"] == lang]
    assert sorted(marked) == sorted(pages)


def test_search_pages_404_and_listings_are_not_indexed(built_site: Path) -> None:
    for path in [*SEARCH_PAGES.values(), "404.html", "produits/index.html", "index.html"]:
        assert parsed(built_site / path).find(attrs={"data-pagefind-body": True}) is None, path


def test_products_carry_their_type_category_and_price(built_site: Path) -> None:
    page = parsed(built_site / "produits" / "formation-negociation" / "index.html")
    body = page.find(attrs={"data-pagefind-body": True})
    assert body["data-search-type"] == "Produit"
    assert body["data-search-category"] == "Formations"
    assert body["data-search-price"] == "490,00\u00a0€"
    assert "price[data-search-price]" in body["data-pagefind-meta"]
    assert "category[data-search-category]" in body["data-pagefind-filter"]
    # What is not the product's own content stays out of its results.
    for ignored in ("ask", "related", "product-case-studies"):
        section = page.find(class_=ignored)
        assert section is None or section.has_attr("data-pagefind-ignore"), ignored


@pytest.mark.parametrize(("lang", "page"), [
    ("fr", "index.html"), ("fr", "produits/index.html"), ("en", "en/about/index.html"),
])
def test_every_page_has_a_search_form_to_its_language(built_site: Path, lang: str,
                                                       page: str) -> None:
    form = parsed(built_site / page).find("form", class_="header-search")
    assert form is not None and form["method"] == "get"
    assert form["action"] == "/" + SEARCH_PAGES[lang].removesuffix("index.html")
    assert form.find("input", attrs={"name": "q"}) is not None


@pytest.mark.parametrize("lang", SEARCH_PAGES)
def test_without_javascript_the_search_page_links_to_the_catalogue(built_site: Path,
                                                                    lang: str) -> None:
    page = parsed(built_site / SEARCH_PAGES[lang])
    fallback = page.find(attrs={"data-search-fallback": True})
    catalogue = "/produits/" if lang == "fr" else "/en/products/"
    assert fallback is not None and not fallback.has_attr("hidden")
    assert fallback.find("a", href=catalogue) is not None
    assert page.find("form", class_="search-form").find("input", attrs={"name": "q"})


def failed_build_over_a_previous_site(tmp_path: Path, settings_source: str) -> Build:
    """Build the demo with these settings over an `output/` holding a previous site; check
    that the build failed without a traceback and left that site as it was."""
    settings = tmp_path / "settings.py"
    settings.write_text("from pelicanconf import *\n" + settings_source)
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("previous site")
    build = run_build(ROOT / "content", output, tmp_path / "cache", settings=settings)
    assert build.returncode != 0
    assert "Traceback" not in build.stdout + build.stderr
    assert [p.name for p in output.iterdir()] == ["index.html"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("output.")] == []
    return build


def test_a_mistake_in_the_setting_stops_the_build_before_anything(tmp_path: Path) -> None:
    build = failed_build_over_a_previous_site(
        tmp_path, "SEARCH = {'urls': {'fr': '/recherche/', 'en': 'en/search/'}}\n")
    assert build.returncode == 2
    assert "settings.py:2: SEARCH.urls: fr: '/recherche/' must be a relative URL" in build.stderr


def test_a_pagefind_failure_stops_the_build_and_keeps_the_previous_site(tmp_path: Path) -> None:
    broken = tmp_path / "pagefind"
    broken.write_text("#!/bin/sh\necho 'Error: no space left on device' >&2\nexit 3\n")
    broken.chmod(0o755)
    # The settings file runs inside the build: it swaps the real binary for the broken one.
    build = failed_build_over_a_previous_site(tmp_path, (
        f"import sys\nfrom pathlib import Path\nsys.path.insert(0, {str(ROOT / 'plugins')!r})\n"
        "import search.index\n"
        f"search.index.pagefind_executable = lambda: Path({str(broken)!r})\n"
    ))
    assert build.returncode == 1
    assert ("search: Pagefind failed (exit 3): Error: no space left on device; "
            "the previous site was left in place") in build.stderr

"""Rebuilds: validation never depends on the reader cache, translations may be missing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.helpers.build import ROOT, run_build
from tests.helpers.content import products_folder

pytestmark = pytest.mark.build

PRODUCT = """---
title: Diagnostic flash
slug: diagnostic-flash
kind: service
sku: FLASH-1
category: Audits
summary: Une demi-journée pour repérer ce qui bloque vos ventes.
lang: fr
images:
  - src: images/flash.png
    alt: Schéma du diagnostic
offers:
  - name: Unique
    price: 390
    currency: EUR
---
Corps.
"""


def small_site(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    products_folder(content)
    (content / "images").mkdir()
    shutil.copy(ROOT / "theme" / "logo.png", content / "images" / "flash.png")
    (content / "products" / "diagnostic-flash.md").write_text(PRODUCT, encoding="utf-8")
    return content


def test_a_deleted_image_is_reported_even_when_the_page_is_cached(tmp_path: Path) -> None:
    content = small_site(tmp_path)
    first = run_build(content, tmp_path / "output", tmp_path / "cache")
    assert first.returncode == 0, first.stderr
    (content / "images" / "flash.png").unlink()
    second = run_build(content, tmp_path / "output", tmp_path / "cache")
    assert second.returncode == 1
    assert "diagnostic-flash.md:10: images[0].src: file 'images/flash.png' not found" in (
        second.stderr
    )


def test_an_untranslated_product_is_listed_in_its_own_language(tmp_path: Path) -> None:
    content = small_site(tmp_path)
    build = run_build(content, tmp_path / "output", tmp_path / "cache")
    assert build.returncode == 0, build.stderr
    catalog = BeautifulSoup(
        (build.output / "en" / "products" / "index.html").read_text(), "html.parser"
    )
    card = catalog.select_one("main .card")
    assert card is not None and card["lang"] == "fr"
    assert card.select_one("a")["href"] == "/produits/diagnostic-flash/"
    product = BeautifulSoup(
        (build.output / "produits" / "diagnostic-flash" / "index.html").read_text(),
        "html.parser",
    )
    assert [link["hreflang"] for link in product.select("link[rel=alternate][hreflang]")] == [
        "fr", "x-default"
    ]
    switcher = {a["hreflang"]: a["href"] for a in product.select(".lang-switch a")}
    assert switcher == {"fr": "/produits/diagnostic-flash/", "en": "/en/"}



def test_changing_markdown_settings_does_not_serve_stale_html(tmp_path: Path) -> None:
    content = small_site(tmp_path)
    page = content / "products" / "diagnostic-flash.md"
    page.write_text(PRODUCT.replace("Corps.", "Ligne un  \nligne deux."), encoding="utf-8")
    first = run_build(content, tmp_path / "one", tmp_path / "cache")
    settings = tmp_path / "xhtml.py"
    settings.write_text(
        "from pelicanconf import *\nMARKDOWN = {**MARKDOWN, 'output_format': 'xhtml'}\n"
    )
    second = run_build(content, tmp_path / "two", tmp_path / "cache", settings=settings)
    assert first.returncode == second.returncode == 0, second.stderr
    written = "produits/diagnostic-flash/index.html"
    assert "Ligne un<br>" in (first.output / written).read_text()
    assert "Ligne un<br />" in (second.output / written).read_text()


def test_a_body_starting_like_a_metadata_line_is_kept(tmp_path: Path) -> None:
    """Python-Markdown's `meta` extension (added by Pelican's own reader) would swallow it."""
    content = small_site(tmp_path)
    page = content / "products" / "diagnostic-flash.md"
    page.write_text(PRODUCT.replace("Corps.", "Note: la demi-journée se fait sur site.\n\nSuite."),
                    encoding="utf-8")
    build = run_build(content, tmp_path / "output", tmp_path / "cache")
    assert build.returncode == 0, build.stderr
    html = (build.output / "produits" / "diagnostic-flash" / "index.html").read_text()
    assert "<p>Note: la demi-journée se fait sur site.</p>" in html

"""The demo's PDFs, read back by poppler and zbar: each data sheet holds its product's title,
sku and prices as its page shows them, in selectable text with embedded fonts and live
links; every QR code printed decodes to what the page's codes hold, or to the page's
address; the catalogues have every product; an unchanged rebuild prints nothing, and a
price change prints exactly the PDFs that show it."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.helpers.build import ROOT, run_build
from tests.helpers.qr import page_cases
from tests.helpers.tools import require_tool

pytestmark = pytest.mark.build

ZBAR = "{http://zbar.sourceforge.net/2008/barcode}"
SITE = "http://127.0.0.1:8000"  # the demo's FEED_DOMAIN: its address in development
SHEETS = {"fr": "produits/{slug}/fiche-{slug}.pdf", "en": "en/products/{slug}/datasheet-{slug}.pdf"}
CATALOGUES = {"fr": "produits/catalogue-boussole-conseil.pdf",
              "en": "en/products/catalogue-boussole-conseil.pdf"}
PRINTED = re.compile(r"PDF: (\d+) files, (\d+) printed, (\d+) unchanged")


def product_pages(site: Path) -> list[tuple[str, Path]]:
    return ([("fr", page) for page in sorted(site.glob("produits/*/index.html"))]
            + [("en", page) for page in sorted(site.glob("en/products/*/index.html"))])


def sheet_of(site: Path, lang: str, page: Path) -> Path:
    return site / SHEETS[lang].format(slug=page.parent.name)


def text_of(pdf: Path) -> str:
    """The PDF's text as a reader selecting it gets it, spaces made plain."""
    out = subprocess.run([require_tool("pdftotext"), "-enc", "UTF-8", str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    return " ".join(out.replace("\u202f", " ").replace("\u00a0", " ").split())


def plain(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


def codes_in(pdf: Path, folder: Path) -> list[str]:
    """What zbarimg reads from every page of `pdf`, drawn at 150 dpi by pdftoppm."""
    subprocess.run([require_tool("pdftoppm"), "-r", "150", "-png", str(pdf),
                    str(folder / "page")], check=True)
    found = []
    for png in sorted(folder.glob("page-*.png")):
        run = subprocess.run([require_tool("zbarimg"), "--quiet", "--xml", str(png)],
                             capture_output=True, text=True, check=False)
        if run.returncode == 4:  # no code on this page
            continue
        assert run.returncode == 0, run.stderr
        found += [str(data.text) for data in ElementTree.fromstring(run.stdout).iter(
            f"{ZBAR}data")]
    return found


def test_every_product_has_a_data_sheet_linked_with_its_size(built_site: Path) -> None:
    pages = product_pages(built_site)
    assert len(pages) > 10
    for lang, page in pages:
        sheet = sheet_of(built_site, lang, page)
        assert sheet.is_file(), sheet
        link = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one(
            ".paper-link")
        assert link is not None and link.a is not None
        assert link.a["href"] == "/" + sheet.relative_to(built_site).as_posix()
        kilobytes = round(sheet.stat().st_size / 1000)
        size = plain(link.get_text())
        assert f"{kilobytes} ko" in size if lang == "fr" else f"{kilobytes} kB" in size, size
    assert not list(built_site.rglob("*.pdf.html"))  # the printed HTML is gone


def test_a_data_sheet_says_what_its_page_says(built_site: Path) -> None:
    for lang, page in product_pages(built_site):
        html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        text = text_of(sheet_of(built_site, lang, page))
        title = html.select_one("h1")
        assert title is not None and plain(title.get_text()) in text
        sku = html.select_one(".sku")
        assert sku is not None and plain(sku.get_text()).split()[-1] in text
        prices = [plain(price.get_text()) for price in html.select(".offer .offer-price")]
        assert prices and all(price in text for price in prices), (page, prices)
        for delivery in html.select(".offer .offer-delivery"):
            assert plain(delivery.get_text()) in text


def test_every_printed_code_reads_as_on_the_page(built_site: Path, tmp_path: Path) -> None:
    checked = 0
    for lang, page in product_pages(built_site):
        expected = {case.expected.decode() for case in page_cases(built_site, page)}
        relative = page.parent.relative_to(built_site).as_posix()
        expected.add(f"{SITE}/{relative}/")  # the page's own address
        folder = tmp_path / f"{lang}-{page.parent.name}"
        folder.mkdir()
        found = codes_in(sheet_of(built_site, lang, page), folder)
        assert sorted(found) == sorted(expected), page
        checked += len(found)
    assert checked > 40


def test_fonts_are_embedded_text_is_text_and_links_are_live(built_site: Path) -> None:
    sheet = built_site / SHEETS["fr"].format(slug="audit-express")
    fonts = subprocess.run([require_tool("pdffonts"), str(sheet)], capture_output=True,
                           text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # emb
    info = subprocess.run([require_tool("pdfinfo"), "-url", str(sheet)], capture_output=True,
                          text=True, check=True).stdout
    links = re.findall(r"https?://\S+", info)
    assert f"{SITE}/produits/audit-express/" in links
    assert any(link.startswith("https://buy.stripe.com/") for link in links)
    meta = subprocess.run([require_tool("pdfinfo"), str(sheet)], capture_output=True,
                          text=True, check=True).stdout
    assert "Title:           Audit commercial express · Boussole Conseil" in meta


def test_each_catalogue_has_every_product_and_the_comparisons(built_site: Path) -> None:
    for lang, path in CATALOGUES.items():
        text = text_of(built_site / path)
        titles = [plain(str(page.select_one("h1").get_text()))  # type: ignore[union-attr]
                  for page_lang, file in product_pages(built_site) if page_lang == lang
                  for page in [BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")]]
        assert titles and all(title in text for title in titles)
        assert ("Sommaire" if lang == "fr" else "Contents") in text
        compared = "Les produits de la catégorie" if lang == "fr" else "Products of the category"
        assert compared in text
    catalogue = BeautifulSoup((built_site / "produits/index.html").read_text(encoding="utf-8"),
                              "html.parser").select_one(".paper-link a")
    assert catalogue is not None and catalogue["href"] == "/" + CATALOGUES["fr"]


def test_an_unchanged_rebuild_prints_nothing_and_a_price_prints_what_shows_it(
    content_copy: Path, tmp_path: Path
) -> None:
    output, cache = tmp_path / "output", tmp_path / "cache"
    first = run_build(content_copy, output, cache, paper=True)
    assert first.returncode == 0, first.stdout + first.stderr
    files, printed, _ = map(int, PRINTED.findall(" ".join(first.stdout.split()))[0])
    assert printed == files > 20
    before = {pdf: pdf.read_bytes() for pdf in output.rglob("*.pdf")}

    again = run_build(content_copy, output, cache, paper=True)
    assert PRINTED.findall(" ".join(again.stdout.split()))[0] == (str(files), "0", str(files))
    assert {pdf: pdf.read_bytes() for pdf in output.rglob("*.pdf")} == before

    product = content_copy / "products" / "audit-express.md"
    product.write_text(product.read_text(encoding="utf-8").replace("price: 1490.00",
                                                                   "price: 1590.00"),
                       encoding="utf-8")
    changed = run_build(content_copy, output, cache, paper=True)
    assert PRINTED.findall(" ".join(changed.stdout.split()))[0][1] == "2"  # sheet, catalogue
    after = {pdf: pdf.read_bytes() for pdf in output.rglob("*.pdf")}
    assert {pdf for pdf in after if after[pdf] != before[pdf]} == {
        output / SHEETS["fr"].format(slug="audit-express"), output / CATALOGUES["fr"]}
    assert "1 590,00 €" in text_of(output / SHEETS["fr"].format(slug="audit-express"))


def test_a_fresh_print_gives_the_same_bytes(built_site: Path, tmp_path: Path) -> None:
    """No date nor random identifier: the same content prints the same PDF."""
    build = run_build(ROOT / "content", tmp_path / "output", tmp_path / "cache", paper=True)
    assert build.returncode == 0, build.stdout + build.stderr
    for pdf in built_site.rglob("*.pdf"):
        relative = pdf.relative_to(built_site)
        if relative.parts[0] in ("downloads",):  # the e-books' own files, not printed here
            continue
        assert (tmp_path / "output" / relative).read_bytes() == pdf.read_bytes(), relative


def test_a_catalogue_of_more_products_than_the_limit_is_not_printed(tmp_path: Path) -> None:
    settings = tmp_path / "limited.py"
    settings.write_text("from pelicanconf import *\nPAPER = {'catalogue_limit': 9}\n")
    build = run_build(ROOT / "content", tmp_path / "output", tmp_path / "cache", settings,
                      paper=True)
    assert build.returncode == 0, build.stdout + build.stderr
    said = " ".join(build.stdout.split())
    assert "no catalogue PDF in 'fr': 10 products, more than PAPER['catalogue_limit'] (9)" in said
    assert not (tmp_path / "output" / CATALOGUES["fr"]).exists()
    page = BeautifulSoup((tmp_path / "output" / "produits/index.html").read_text(
        encoding="utf-8"), "html.parser")
    assert page.select_one(".paper-link") is None
    assert (tmp_path / "output" / SHEETS["fr"].format(slug="audit-express")).is_file()

"""E-books in the built demo: sample chapters as reading pages and as EPUB 3 files
checked by EPUBCheck, and the free e-book's download."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from epub.book import ZIP_DATE

from tests.helpers.build import ROOT, run_build
from tests.helpers.tools import require_tool

# Every test reads a build or runs a tool (EPUBCheck, pdftotext).
pytestmark = pytest.mark.build

PRODUCT_PAGES = {"fr": "produits", "en": "en/products"}


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def local(site: Path, href: str) -> Path:
    path = site / urlsplit(href).path.lstrip("/")
    return path / "index.html" if href.endswith("/") else path


def ebook_pages(site: Path) -> list[tuple[str, Path, BeautifulSoup]]:
    """(lang, path, parsed page) of every product page that has reading links."""
    found = []
    for lang, folder in PRODUCT_PAGES.items():
        for path in sorted((site / folder).glob("*/index.html")):
            page = soup(path)
            if page.select_one(".ebook-reading"):
                found.append((lang, path, page))
    return found


def test_two_ebooks_have_samples_in_both_languages(built_site: Path) -> None:
    pages = ebook_pages(built_site)
    assert {lang for lang, _, _ in pages} == {"fr", "en"}
    assert len(pages) >= 4


def test_every_reading_link_leads_to_a_real_file(built_site: Path) -> None:
    for _, path, page in ebook_pages(built_site):
        for link in page.select(".ebook-reading a"):
            target = local(built_site, link["href"])
            assert target.is_file(), f"{path}: {link['href']}"


def test_the_free_ebook_is_a_real_pdf_whose_size_is_shown(built_site: Path) -> None:
    downloads = 0
    for lang, path, page in ebook_pages(built_site):
        link = page.select_one('.ebook-reading a[type="application/pdf"]')
        if link is None:
            continue
        downloads += 1
        pdf = local(built_site, link["href"])
        assert pdf.read_bytes().startswith(b"%PDF-")
        shown = link.find_next_sibling(class_="file-meta").get_text()
        kilobytes = round(pdf.stat().st_size / 1000)
        assert re.sub(r"\s", " ", shown) == {"fr": f"PDF, {kilobytes} ko",
                                             "en": f"PDF, {kilobytes} kB"}[lang], path
    assert downloads == 2  # one free e-book, in French and in English


def test_sample_pages_have_a_table_of_contents_that_works(built_site: Path) -> None:
    samples = 0
    for lang, _path, page in ebook_pages(built_site):
        link = page.select_one('.ebook-reading a[href$="/"]')
        if link is None:
            continue
        samples += 1
        sample = soup(local(built_site, link["href"]))
        assert sample.html["lang"] == lang
        chapter = sample.select_one("article.reading")
        assert chapter is not None and chapter.h1 is not None
        if lang == "en":  # the demo's books are in French
            assert chapter["lang"] == "fr"
        toc = sample.select(".reading-toc a")
        assert len(toc) >= 3
        for entry in toc:
            heading = chapter.find(id=entry["href"].lstrip("#"))
            assert heading is not None and heading.name == "h2"
            assert heading.get_text(strip=True) == entry.get_text(strip=True)
        alternates = {a["hreflang"] for a in sample.select('link[rel="alternate"][hreflang]')}
        assert {"fr", "en"} <= alternates
    assert samples == 4


def epub_files(site: Path) -> list[Path]:
    files = sorted(site.rglob("*.epub"))
    assert len(files) == 2  # one per sample chapter, shared by the page's translations
    return files


def test_epubs_are_reproducible_and_in_the_books_language(built_site: Path) -> None:
    for path in epub_files(built_site):
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            assert entries[0].filename == "mimetype"
            assert entries[0].compress_type == zipfile.ZIP_STORED
            assert {entry.date_time for entry in entries} == {ZIP_DATE}
            package = archive.read("EPUB/content.opf").decode()
            chapter = archive.read("EPUB/chapter.xhtml").decode()
        assert "<dc:language>fr</dc:language>" in package
        assert re.search(r'dcterms:modified">2026-\d\d-\d\dT00:00:00Z<', package)
        assert "<h2 id=" in chapter and "’" in chapter


def test_epubcheck_finds_no_error_in_any_epub(built_site: Path, tmp_path: Path) -> None:
    epubcheck = require_tool("epubcheck")
    java = require_tool("java")
    # Debian installs EPUBCheck as an executable jar; run it with java directly, since
    # binfmt support is often missing in containers.
    for path in epub_files(built_site):
        report = tmp_path / f"{path.stem}.txt"
        result = subprocess.run(
            [java, "-jar", str(Path(epubcheck).resolve()), str(path), "--out", str(report)],
            capture_output=True, text=True, check=False, timeout=300,
        )
        log = result.stdout + result.stderr
        assert result.returncode == 0, log
        assert "0 fatals / 0 errors / 0 warnings" in log, log


SAMPLE_MISTAKES = """---
titel: Chapitre 1
---
Un chapitre.

<script>alert(1)</script>
"""


def test_mistakes_in_ebook_files_are_reported_with_their_line(
    content_copy: Path, tmp_path: Path
) -> None:
    (content_copy / "samples" / "relancer-sans-harceler.md").write_text(
        SAMPLE_MISTAKES, encoding="utf-8")
    (content_copy / "downloads" / "relancer-sans-harceler.pdf").write_bytes(b"<html></html>")
    build = run_build(content_copy, tmp_path / "output", tmp_path / "cache")
    assert build.returncode == 1
    log = build.stderr.replace(str(content_copy), "content")
    sample = "content/samples/relancer-sans-harceler.md"
    assert f"{sample}:2: titel: unknown key (did you mean 'title'?)" in log
    assert f"{sample}:1: title: required field is missing" in log
    assert f"{sample}:6: body: <script> is not allowed" in log
    for product in ("relancer-sans-harceler.md", "relancer-sans-harceler.en.md"):
        line = next(n for n, text in enumerate(
            (content_copy / "products" / product).read_text().splitlines(), 1)
            if text.startswith("  file:"))
        assert (f"content/products/{product}:{line}: ebook.file: "
                "'downloads/relancer-sans-harceler.pdf' is not a PDF file") in log
    assert "Traceback" not in log
    assert not (tmp_path / "output").exists()


def test_the_demo_pdf_is_typeset_from_the_sample_chapter() -> None:
    pdftotext = require_tool("pdftotext")
    text = subprocess.run([pdftotext, str(ROOT / "content/downloads/relancer-sans-harceler.pdf"),
                           "-"], capture_output=True, text=True, check=True).stdout
    assert "Relancer sans harceler" in text and "J+21" in text

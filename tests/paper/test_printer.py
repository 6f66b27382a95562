"""Printing one page: only the site's own files are fetched, each noted for the cache."""

from __future__ import annotations

from pathlib import Path

import pytest
from paper.printer import PrintError, print_pages, site_path

SITE = "https://www.example.com/shop"


@pytest.mark.parametrize(("url", "expected"), [
    (f"{SITE}/theme/css/paper.css", "theme/css/paper.css"),
    (f"{SITE}/produits/", "produits/index.html"),
    (f"{SITE}/images/caf%C3%A9.jpg?v=1#top", "images/café.jpg"),
    ("https://www.example.com/other/a.css", None),
    ("https://cdn.example.net/shop/a.css", None),
])
def test_site_path(url: str, expected: str | None) -> None:
    assert site_path(SITE, url) == expected


def page(folder: Path, body: str) -> None:
    (folder / "theme").mkdir(parents=True, exist_ok=True)
    (folder / "theme" / "paper.css").write_text("body { font-family: sans-serif; }")
    (folder / "sheet.pdf.html").write_text(
        '<!doctype html><html lang="en"><head><title>Sheet</title>'
        '<link rel="stylesheet" href="/shop/theme/paper.css"></head>'
        f"<body><h1>Sheet</h1>{body}</body></html>", encoding="utf-8")


def test_a_page_is_printed_from_the_site_and_reused_while_unchanged(tmp_path: Path) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    page(site, '<a href="/shop/produits/">Products</a>')
    first = print_pages(site, [("sheet.pdf.html", "sheet.pdf")], SITE, cache)
    assert (first.printed, first.reused) == (1, 0)
    data = (site / "sheet.pdf").read_bytes()
    assert data.startswith(b"%PDF") and not (site / "sheet.pdf.html").exists()
    assert first.sizes == {"sheet.pdf": len(data)}

    page(site, '<a href="/shop/produits/">Products</a>')
    again = print_pages(site, [("sheet.pdf.html", "sheet.pdf")], SITE, cache)
    assert (again.printed, again.reused) == (0, 1)
    assert (site / "sheet.pdf").read_bytes() == data
    # The stylesheet it fetched changed: printed again.
    page(site, '<a href="/shop/produits/">Products</a>')
    (site / "theme" / "paper.css").write_text("body { font-family: serif; }")
    changed = print_pages(site, [("sheet.pdf.html", "sheet.pdf")], SITE, cache)
    assert (changed.printed, changed.reused) == (1, 0)


@pytest.mark.parametrize(("image", "reason"), [
    ("https://tracker.example.net/pixel.png", "is not an address of the site"),
    ("/shop/images/missing.png", "images/missing.png is not a file of the site"),
    ("/shop/../../etc/passwd", "is not"),
])
def test_nothing_is_fetched_from_elsewhere(tmp_path: Path, image: str, reason: str) -> None:
    page(tmp_path, f'<img src="{image}" alt="">')
    with pytest.raises(PrintError, match=reason):
        print_pages(tmp_path, [("sheet.pdf.html", "sheet.pdf")], SITE, tmp_path / "cache")

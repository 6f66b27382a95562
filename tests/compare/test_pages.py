"""The demo site's comparisons: category pages, a block in a page, offers side by side."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

CATEGORY_PAGES = {"fr": "categories/*/comparer/index.html",
                  "en": "en/categories/*/compare/index.html"}
OFFERS = {"fr": "produits/audit-express/index.html", "en": "en/products/audit-express/index.html"}
FAQ = {"fr": "faq/index.html", "en": "en/faq/index.html"}


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def assert_accessible_table(table: Tag) -> None:
    caption = table.find("caption")
    assert caption and caption.get_text(strip=True)
    heads = table.select("thead th")
    assert heads and all(th.get("scope") == "col" for th in heads)
    rows = table.select("tbody tr")
    assert rows and all(row.find("th", scope="row") for row in rows)
    for cell in table.select("tbody td"):
        text = cell.get_text(" ", strip=True)
        assert text, f"an empty cell: {cell}"
        if "—" in text or "✓" in text or "✗" in text:
            assert cell.select_one(".visually-hidden"), f"a sign without words: {cell}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_category_has_a_comparison_page_linked_from_it(built_site: Path, lang: str) -> None:
    pages = sorted(built_site.glob(CATEGORY_PAGES[lang]))
    assert len(pages) == 4
    for page in pages:
        html = soup(page)
        table = html.select_one("table.compare-table")
        assert table is not None
        assert_accessible_table(table)
        kinds = [row["data-row"] for row in table.select("tbody tr")]
        assert kinds[:2] == ["price", "rating"] and len(kinds) > 2
        category = soup(page.parent.parent / "index.html")
        link = category.select_one(".compare-link a")
        assert link and link["href"] == "/" + str(page.parent.relative_to(built_site)) + "/"
        columns = [th["data-column"] for th in table.select("thead th")]
        assert len(columns) == len(category.select("main .card"))


def test_best_values_are_marked_with_words(built_site: Path) -> None:
    table = soup(built_site / "categories/formations/comparer/index.html")
    best = table.select("td.compare-best")
    assert best, "the training page has a smaller group and a lower price"
    assert all(cell.select_one(".badge-best").get_text(strip=True) for cell in best)
    group = next(row for row in table.select("tbody tr")
                 if row.th.get_text(strip=True) == "Taille maximale du groupe")
    assert [td.get("class") == ["compare-best"] for td in group.select("td")].count(True) == 1
    assert "6\xa0participants" in group.select_one("td.compare-best").get_text()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_page_compares_the_products_its_block_lists(built_site: Path, lang: str) -> None:
    page = soup(built_site / FAQ[lang])
    table = page.select_one(".prose table.compare-table")
    assert table is not None and "compare-placeholder" not in str(page)
    assert_accessible_table(table)
    assert [th["data-column"] for th in table.select("thead th")] == [
        "audit-express", "audit-boutique-en-ligne", "sprint-croissance"]
    assert len(table.select("tbody tr")) == 2 + 4  # price, rating, then the 4 specs asked


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_offers_side_by_side_with_their_pay_buttons(built_site: Path, lang: str) -> None:
    page = soup(built_site / OFFERS[lang])
    table = page.select_one(".offer-comparison table.compare-offers")
    assert table is not None
    assert_accessible_table(table)
    assert len(table.select("thead th")) == 3
    features = [row for row in table.select("tbody tr") if row["data-row"].startswith("feature")]
    assert len(features) == 11
    signs = [[td.get_text(" ", strip=True) for td in row.select("td")] for row in features]
    assert all(sign[0] in ("✓", "✗") for row in signs for sign in row)
    pay = table.select('tr[data-row="pay"] td')
    assert len(pay) == 3
    assert pay[0].select_one("a.pay-link") and pay[1].select_one("dl.transfer")
    assert pay[2].select_one('a[href^="mailto:"]')
    assert not table.select(".qr")  # the offers above show the QR codes
    ids = [tag["id"] for tag in page.select("[id]")]
    assert len(ids) == len(set(ids))

"""Comparison tables in Chromium: only differences, highlighting, removing columns (kept in
the address), keyboard use, and the full table without JavaScript."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

NewPage = Callable[..., "Page"]

pytestmark = pytest.mark.browser

PAGE = "/categories/audits/comparer/"
TABLE = "#compare-audits"
OFFERS_PAGE = "/produits/audit-express/"
OFFERS = "#compare-offers"


def texts(row: Locator) -> list[str]:
    """What a reader sees in each visible value cell of a row."""
    return [" ".join(cell.inner_text().split())
            for cell in row.locator("td").all() if cell.is_visible()]


def visible_rows(page: Page) -> list[str]:
    return [str(row.get_attribute("data-row"))
            for row in page.locator(f"{TABLE} tbody tr").all() if row.is_visible()]


def test_without_javascript_the_whole_table_shows(new_page: NewPage, site_url: str) -> None:
    page = new_page(java_script_enabled=False)
    page.goto(site_url + PAGE + "?compare-audits-hide=audit-express&compare-audits-only=1")
    rows = page.locator(f"{TABLE} tbody tr")
    assert rows.count() > 3 and len(visible_rows(page)) == rows.count()
    assert page.locator(f"{TABLE} thead th").count() == 3
    assert all(th.is_visible() for th in page.locator(f"{TABLE} thead th").all())
    assert not page.locator(f"{TABLE} [data-compare-tools]").is_visible()
    assert not page.locator(f"{TABLE} [data-compare-remove]").first.is_visible()


def test_only_differences_hides_exactly_the_rows_whose_values_are_all_equal(
    page: Page, site_url: str
) -> None:
    page.goto(site_url + PAGE)
    rows = page.locator(f"{TABLE} tbody tr").all()
    same = {str(row.get_attribute("data-row")) for row in rows if len(set(texts(row))) == 1}
    assert same and len(same) < len(rows), "the demo needs rows of both kinds"
    page.get_by_label("N’afficher que les différences").check()
    shown = set(visible_rows(page))
    assert shown == {str(r.get_attribute("data-row")) for r in rows} - same
    assert parse_qs(urlsplit(page.url).query)["compare-audits-only"] == ["1"]
    page.get_by_label("N’afficher que les différences").uncheck()
    assert len(visible_rows(page)) == len(rows)


def test_highlight_marks_the_rows_that_differ(page: Page, site_url: str) -> None:
    page.goto(site_url + PAGE)
    page.get_by_label("Surligner les différences").check()
    for row in page.locator(f"{TABLE} tbody tr").all():
        differs = len(set(texts(row))) > 1
        assert ("compare-differs" in (row.get_attribute("class") or "")) == differs


def test_a_removed_column_is_kept_in_the_address(page: Page, site_url: str) -> None:
    page.goto(site_url + PAGE)
    head = page.locator(f'{TABLE} thead th[data-column="audit-express"]')
    head.get_by_role("button", name="Retirer").click()
    assert not head.is_visible()
    assert not page.locator(f'{TABLE} td[data-column="audit-express"]').first.is_visible()
    # A category's comparison names the products it shows.
    query = parse_qs(urlsplit(page.url).query)
    assert query["compare-audits-show"] == ["audit-boutique-en-ligne,sprint-croissance"]
    page.get_by_label("N’afficher que les différences").check()
    shown = visible_rows(page)

    page.reload()
    assert not page.locator(f'{TABLE} thead th[data-column="audit-express"]').is_visible()
    assert page.get_by_label("N’afficher que les différences").is_checked()
    assert visible_rows(page) == shown
    # The rows that differ are those that differ between the columns left.
    for row in page.locator(f"{TABLE} tbody tr").all():
        if row.is_visible():
            assert len(set(texts(row))) > 1

    # The picker brings it back; every product shown is the default, not in the address.
    assert not page.get_by_role("button", name="Afficher toutes les colonnes").is_visible()
    page.locator(f"{TABLE} .compare-picker summary").click()
    page.get_by_role("checkbox", name="Audit commercial express").check()
    assert head.is_visible()
    assert "compare-audits-show" not in parse_qs(urlsplit(page.url).query)


def test_a_removed_offer_is_kept_in_the_address(page: Page, site_url: str) -> None:
    page.goto(site_url + OFFERS_PAGE)
    head = page.locator(f'{OFFERS} thead th[data-column="offer-1"]')
    head.get_by_role("button", name="Retirer").click()
    assert not head.is_visible()
    assert parse_qs(urlsplit(page.url).query)["compare-offers-hide"] == ["offer-1"]
    page.reload()
    assert not head.is_visible()
    page.get_by_role("button", name="Afficher toutes les colonnes").click()
    assert head.is_visible()
    assert "compare-offers-hide" not in parse_qs(urlsplit(page.url).query)


def test_keyboard_only(page: Page, site_url: str) -> None:
    page.goto(site_url + PAGE)
    only = page.get_by_label("N’afficher que les différences")
    only.focus()
    page.keyboard.press("Space")
    assert only.is_checked()
    remove = page.locator(f'{TABLE} thead th[data-column="audit-express"] [data-compare-remove]')
    remove.focus()
    page.keyboard.press("Enter")
    focused = page.evaluate("document.activeElement.closest('th').dataset.column")
    assert focused == "audit-boutique-en-ligne"  # focus moved to the next column's button
    page.keyboard.press("Enter")
    # One column left: it cannot be removed; focus goes to the choice of products.
    assert page.locator(f"{TABLE} [data-compare-remove]:visible").count() == 0
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.value") == "audit-express"
    page.keyboard.press("Space")
    assert page.locator(f"{TABLE} thead th:visible").count() == 2
    status = page.locator(f"{TABLE} [data-compare-status]")
    status.filter(has_text="Colonne ajoutée").wait_for(state="attached")
    # The table frame scrolls with the keyboard too.
    page.locator(f"{TABLE} .compare-scroll").focus()
    assert page.evaluate("document.activeElement.classList.contains('compare-scroll')")


def test_printed_the_table_is_whole_and_without_controls(page: Page, site_url: str) -> None:
    page.goto(site_url + PAGE)
    page.emulate_media(media="print")
    frame = page.locator(f"{TABLE} .compare-scroll")
    assert frame.evaluate("e => getComputedStyle(e).overflow") == "visible"
    assert frame.evaluate("e => e.scrollHeight <= e.clientHeight + 1")
    assert not page.locator(f"{TABLE} [data-compare-tools]").is_visible()
    assert not page.locator(f"{TABLE} thead .button").first.is_visible()
    assert page.locator(f"{TABLE} tbody tr").first.is_visible()

"""Filtering and sorting reviews (theme/static/js/reviews.js), under the site's CSP.

Without JavaScript every review is listed newest first and the controls stay hidden.
With it, a rating bar shows only the reviews with that rating, "show all" brings the
others back, and the menu sorts by rating (ties newest first), the statement of the
order in use following the choice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Page

NewPage = Callable[..., "Page"]

pytestmark = pytest.mark.browser

PRODUCT = "/produits/audit-express/"
ITEMS = "#reviews--list > li"


def visible_reviews(page: Page) -> list[tuple[int, str]]:
    """(rating, publication date) of the reviews shown, top to bottom."""
    return [tuple(pair) for pair in page.eval_on_selector_all(  # type: ignore[misc]
        ITEMS,
        "items => items.filter(i => i.getClientRects().length > 0).map("
        "i => [Number(i.dataset.rating), i.querySelector('time').getAttribute('datetime')])",
    )]


def test_filter_by_rating_and_sort(page: Page, site_url: str) -> None:
    errors: list[str] = []
    # Script errors and CSP refusals; the browser's own favicon request may 404.
    page.on("console", lambda m: errors.append(m.text) if m.type == "error"
            and not m.text.startswith("Failed to load resource") else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(site_url + PRODUCT)
    controls = page.locator("[data-reviews-controls]")
    assert controls.is_visible()
    everything = visible_reviews(page)
    assert len(everything) >= 4
    assert [d for _, d in everything] == sorted((d for _, d in everything), reverse=True)
    order = page.locator("[data-reviews-order]")
    assert order.inner_text() == "Du plus récent au plus ancien, par date de publication."

    five = page.locator('.rating-bar[data-filter="5"]')
    five.click()
    shown = visible_reviews(page)
    fives = [review for review in everything if review[0] == 5]
    assert shown == fives
    assert five.get_attribute("aria-current") == "true"
    assert page.locator("[data-reviews-status]").inner_text() == (
        f"Affichage des {len(fives)} avis notés 5 étoiles.")
    page.locator('.rating-bar[data-filter="3"]').click()
    assert {rating for rating, _ in visible_reviews(page)} == {3}
    assert five.get_attribute("aria-current") is None

    page.get_by_role("button", name="Afficher tous les avis").click()
    assert visible_reviews(page) == everything
    assert page.locator("[data-reviews-status]").inner_text() == ""
    assert page.get_by_role("button", name="Afficher tous les avis").is_hidden()

    page.get_by_label("Trier les avis").select_option("lowest")
    lowest = visible_reviews(page)
    assert lowest == sorted(everything, key=lambda r: (r[0], [-ord(c) for c in r[1]]))
    assert order.inner_text().startswith("Moins bonnes notes d’abord")
    page.get_by_label("Trier les avis").select_option("highest")
    highest = visible_reviews(page)
    assert highest == sorted(everything, key=lambda r: (-r[0], [-ord(c) for c in r[1]]))
    assert order.inner_text().startswith("Meilleures notes d’abord")

    # A filter keeps the chosen order.
    page.locator('.rating-bar[data-filter="5"]').click()
    assert visible_reviews(page) == [r for r in highest if r[0] == 5]
    page.get_by_label("Trier les avis").select_option("newest")
    assert visible_reviews(page) == fives
    assert errors == []


def test_without_javascript_every_review_is_listed(new_page: NewPage, site_url: str) -> None:
    page = new_page(java_script_enabled=False)
    page.goto(site_url + PRODUCT)
    assert page.locator("[data-reviews-controls]").is_hidden()
    items = page.locator(ITEMS)
    assert items.count() >= 4
    assert all(items.nth(i).is_visible() for i in range(items.count()))
    # The bars still lead somewhere useful: the list of reviews.
    page.locator('.rating-bar[data-filter="5"]').click()
    assert page.url.endswith("#reviews--list")

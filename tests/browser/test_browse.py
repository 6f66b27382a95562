"""Browsing listings in Chromium: sorting and filtering category and catalogue pages,
checked against the demo content; the choice kept in the address; keyboard only; axe;
every product listed without JavaScript. Then choosing products to compare, on the demo
and on a synthetic category of more products than a comparison shows."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from benchmarks.synthetic import catalog, vitrine_source
from tests.helpers.browser import AXE_TAGS, describe, serve
from tests.helpers.build import ROOT, run_build
from tests.helpers.content import products_folder
from tests.helpers.vnu import check_folder

if TYPE_CHECKING:
    from playwright.sync_api import Page

NewPage = Callable[..., "Page"]

pytestmark = pytest.mark.browser

EBOOKS = "/en/categories/e-books/"
CATALOGUE = "/produits/"
SYNTHETIC_PRODUCTS = 48  # several categories of more than five products each


def demo_products(lang: str) -> list[dict[str, Any]]:
    """The front matter of every demo product in `lang`."""
    found = []
    for path in sorted((ROOT / "content" / "products").glob("*.md")):
        front = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
        if front["lang"] == lang:
            found.append(front)
    return found


def entry_price(product: dict[str, Any]) -> Decimal | None:
    currency = product["offers"][0]["currency"]
    prices = [Decimal(str(offer["price"])) for offer in product["offers"]
              if offer.get("pay") != "quote" and offer["currency"] == currency]
    return min(prices) if prices else None


def shown_titles(page: Page) -> list[str]:
    """The titles of the cards a reader sees, in the order they see them."""
    return [title.inner_text().strip()
            for title in page.locator("[data-browse-grid] > li .card-title").all()
            if title.is_visible()]


def status(page: Page) -> str:
    locator = page.locator("[data-browse-status]")
    page.wait_for_function("e => e.textContent !== ''", arg=locator.element_handle())
    return locator.inner_text()


def test_sorting_follows_the_content(page: Page, site_url: str) -> None:
    ebooks = [p for p in demo_products("en") if p["category"] == "E-books"]
    page.goto(site_url + EBOOKS)
    page.get_by_label("Sort by").select_option(label="Price, lowest first")
    by_price = sorted(ebooks, key=lambda p: (entry_price(p) is None, entry_price(p) or 0))
    assert shown_titles(page) == [p["title"] for p in by_price]
    page.get_by_label("Sort by").select_option(label="Price, highest first")
    assert shown_titles(page) == [p["title"] for p in sorted(
        ebooks, key=lambda p: -(entry_price(p) or 0))]
    page.get_by_label("Sort by").select_option(label="Newest")
    assert shown_titles(page) == [p["title"] for p in sorted(
        ebooks, key=lambda p: str(p["updated"]), reverse=True)]
    page.get_by_label("Sort by").select_option(label="Name")
    assert shown_titles(page) == sorted(p["title"] for p in ebooks)
    assert parse_qs(urlsplit(page.url).query) == {}  # the default order is not in the address


def test_sorting_by_rating_puts_the_best_rated_first(page: Page, site_url: str) -> None:
    page.goto(site_url + CATALOGUE + "?sort=rating")
    for grid in page.locator("[data-browse-grid]").all():
        ratings = [item.get_attribute("data-rating") or "" for item in grid.locator("> li").all()]
        rated = [Decimal(r) for r in ratings if r]
        assert rated == sorted(rated, reverse=True)
        assert ratings == [str(r) for r in ratings if r] + [""] * ratings.count("")
    # The demo's best-rated product (its reviews are in content/reviews/) leads its section.
    assert page.locator("[data-browse-grid] > li[data-rating]:not([data-rating=''])").count()


def test_each_filter_gives_the_products_the_content_says(page: Page, site_url: str) -> None:
    ebooks = [p for p in demo_products("en") if p["category"] == "E-books"]
    page.goto(site_url + EBOOKS)
    page.get_by_role("checkbox", name="EPUB").check()
    with_epub = sorted(p["title"] for p in ebooks if "EPUB" in p["specs"].get("Formats", []))
    assert sorted(shown_titles(page)) == with_epub and 0 < len(with_epub) < len(ebooks)
    assert status(page) == f"{len(with_epub)} products shown"

    page.get_by_role("button", name="Clear the filters").click()
    page.wait_for_function("() => !location.search")
    assert len(shown_titles(page)) == len(ebooks)

    pages = {p["title"]: int(p["specs"]["Pages"].split()[0]) for p in ebooks}
    low = sorted(pages.values())[1]
    page.get_by_role("spinbutton", name="From").fill(str(low))
    assert sorted(shown_titles(page)) == sorted(t for t, n in pages.items() if n >= low)
    page.get_by_role("spinbutton", name="to").fill(str(low))
    assert shown_titles(page) == [t for t, n in pages.items() if n == low]

    # The kinds of the catalogue page, with counts, in French.
    page.goto(site_url + CATALOGUE)
    french = demo_products("fr")
    ebook = page.get_by_role("checkbox", name="Livre numérique")
    count = sum(p["kind"] == "ebook" for p in french)
    assert ebook.locator("xpath=..").inner_text().endswith(f"({count})")
    ebook.check()
    assert sorted(shown_titles(page)) == sorted(p["title"] for p in french
                                                if p["kind"] == "ebook")
    # Sections with nothing left to show are hidden.
    assert page.locator("[data-browse-section]:visible").count() == 1
    assert status(page) == f"{count} produits affichés"


def test_counts_say_what_ticking_would_show(page: Page, site_url: str) -> None:
    ebooks = [p for p in demo_products("en") if p["category"] == "E-books"]
    page.goto(site_url + EBOOKS)
    page.get_by_role("checkbox", name="EPUB").check()
    for author in {a for p in ebooks for a in p["specs"].get("Authors", [])}:
        box = page.get_by_role("checkbox", name=author, exact=False)
        if not box.count():
            continue  # an author of one book only is not a filter
        expected = sum(author in p["specs"].get("Authors", []) and
                       "EPUB" in p["specs"].get("Formats", []) for p in ebooks)
        assert box.locator("xpath=..").inner_text().endswith(f"({expected})")


def test_the_address_restores_the_choice(page: Page, site_url: str) -> None:
    page.goto(site_url + EBOOKS)
    page.get_by_role("checkbox", name="PDF").check()
    page.get_by_label("Sort by").select_option(label="Price, highest first")
    before = shown_titles(page)
    query = parse_qs(urlsplit(page.url).query)
    assert query == {"formats": ["PDF"], "sort": ["-price"]}
    page.reload()
    assert page.get_by_role("checkbox", name="PDF").is_checked()
    assert page.get_by_label("Sort by").input_value() == "-price"
    assert shown_titles(page) == before


def test_keyboard_only(page: Page, site_url: str) -> None:
    page.goto(site_url + EBOOKS)
    page.get_by_label("Sort by").focus()
    page.keyboard.press("ArrowDown")  # Name → Price, lowest first
    assert page.get_by_label("Sort by").input_value() == "price"
    page.keyboard.press("Tab")  # the first filter: Pages, from
    page.keyboard.type("50")
    assert page.evaluate("document.activeElement.name") == "pages-min"
    page.keyboard.press("Enter")  # does not submit the form away
    assert urlsplit(page.url).path == EBOOKS
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # past "to": the first format
    page.keyboard.press("Space")
    assert page.evaluate("document.activeElement.checked")
    assert "pages-min=50" in page.url and "formats=" in page.url


def test_no_axe_violation_while_filtering_and_choosing(new_page: NewPage, axe_js: Path,
                                                       site_url: str) -> None:
    page = new_page(bypass_csp=True)  # axe is an inline script (test_csp.py checks the page)
    page.goto(site_url + EBOOKS + "?formats=NOTHING&formats=EPUB&pages-min=1")
    for box in page.locator("input[data-pick]:visible").all()[:2]:
        box.check()
    assert page.locator("[data-pick-tray]").is_visible()
    page.add_script_tag(path=axe_js)
    violations = page.evaluate(
        "options => axe.run(document, options)",
        {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )["violations"]
    assert not violations, describe(violations)


def test_without_javascript_every_product_is_listed(new_page: NewPage, site_url: str) -> None:
    page = new_page(java_script_enabled=False)
    page.goto(site_url + CATALOGUE + "?kind=ebook&sort=price")
    french = demo_products("fr")
    assert sorted(shown_titles(page)) == sorted(p["title"] for p in french)
    assert not page.locator("[data-browse-form]").is_visible()
    assert not page.locator("input[data-pick]").first.is_visible()


# --- Choosing products to compare ------------------------------------------------------


def test_the_chosen_products_are_compared_and_the_address_shares_them(
    new_page: NewPage, site_url: str
) -> None:
    page = new_page()
    page.goto(site_url + CATALOGUE)
    audits = page.locator('section:has(h2:has-text("Audits")) input[data-pick]')
    picked = [str(box.get_attribute("value")) for box in audits.all()[:2]]
    for box in audits.all()[:2]:
        box.check()
    tray = page.locator("[data-pick-tray]")
    assert "2 produits choisis" in tray.inner_text()
    # The choice follows the reader to the product page, where it can grow.
    page.goto(site_url + f"/produits/{picked[0]}/")
    assert page.locator("input[data-pick]").is_checked()
    tray.get_by_role("link", name="Comparer").click()
    page.wait_for_url("**/comparer/**")
    table = page.locator("[data-compare] table")
    columns = [str(th.get_attribute("data-column"))
               for th in table.locator("thead th").all() if th.is_visible()]
    assert columns == picked
    assert table.locator("tbody tr").first.locator("td:visible").count() == 2

    shared = new_page()  # another reader, another browser profile: only the address
    shared.goto(page.url)
    columns = [str(th.get_attribute("data-column"))
               for th in shared.locator("[data-compare] thead th").all() if th.is_visible()]
    assert columns == picked


@pytest.fixture(scope="module")
def synthetic_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site of several categories of more than five products."""
    work = tmp_path_factory.mktemp("browse")
    content = work / "content"
    products_folder(content)
    for item in catalog(SYNTHETIC_PRODUCTS):
        (content / "products" / f"{item.slug}.md").write_text(vitrine_source(item),
                                                               encoding="utf-8")
    built = run_build(content, work / "output", work / "cache")
    assert built.returncode == 0, built.stdout + built.stderr
    return built.output


@pytest.fixture(scope="module")
def synthetic_url(synthetic_site: Path) -> Iterator[str]:
    with serve(synthetic_site) as url:
        yield url


def first_category(url: str, page: Page) -> tuple[str, int]:
    """The address of the first category page of a site, and its number of products."""
    page.goto(url + CATALOGUE)
    link = page.locator("[data-browse-section] h2 a").first
    href = str(link.get_attribute("href"))
    section = page.locator("[data-browse-section]").first
    return href, section.locator("[data-browse-grid] > li").count()


@pytest.mark.build
def test_a_big_category_compares_five_products_by_default_and_no_more_than_five(
    new_page: NewPage, synthetic_url: str
) -> None:
    page = new_page()
    category, count = first_category(synthetic_url, page)
    assert count > 6
    page.goto(synthetic_url + category)
    boxes = page.locator("input[data-pick]")
    # Three products that are not the first five: the comparison shows exactly those.
    chosen = [boxes.nth(i) for i in (6, 2, 5)]
    for box in chosen:
        box.check()
    slugs = {str(box.get_attribute("value")) for box in chosen}
    page.locator("[data-pick-tray]").get_by_role("link", name="Comparer").click()
    page.wait_for_url(re.compile(r"/comparer/\?"))
    heads = page.locator("[data-compare] thead th").all()
    shown = [str(th.get_attribute("data-column")) for th in heads if th.is_visible()]
    assert shown == [str(th.get_attribute("data-column")) for th in heads
                     if th.get_attribute("data-column") in slugs]  # in the category's order
    assert len(shown) == 3
    page.go_back()
    page.locator("[data-pick-tray]").get_by_role("button", name="Vider").click()
    assert not any(box.is_checked() for box in boxes.all())
    for box in boxes.all()[:5]:
        box.check()
    boxes.nth(5).check(trial=True)
    boxes.nth(5).click()
    assert not boxes.nth(5).is_checked()
    page.locator("[data-pick-status]").filter(has_text="au plus").wait_for(state="attached")

    page.locator("a.compare-link, .compare-link a").first.click()
    page.wait_for_url("**/comparer/")
    heads = page.locator("[data-compare] thead th")
    assert heads.count() == count
    shown = [th for th in heads.all() if th.is_visible()]
    assert len(shown) == 5
    # The picker adds no sixth; taking one out lets another in, and the address follows.
    page.locator(".compare-picker summary").click()
    picks = page.locator("[data-compare-pick]")
    picks.nth(6).click()
    assert not picks.nth(6).is_checked()
    picks.nth(0).uncheck()
    picks.nth(6).check()
    query = parse_qs(urlsplit(page.url).query)
    (name, value), = query.items()
    keys = [str(picks.nth(i).get_attribute("value")) for i in (1, 2, 3, 4, 6)]
    assert name.endswith("-show") and value == [",".join(keys)]
    assert [th.get_attribute("data-column") for th in heads.all() if th.is_visible()] == keys


@pytest.mark.build
def test_without_javascript_a_big_comparison_shows_five_and_links_the_others(
    new_page: NewPage, synthetic_url: str
) -> None:
    page = new_page(java_script_enabled=False)
    category, count = first_category(synthetic_url, page)
    page.goto(synthetic_url + category.rstrip("/") + "/comparer/")
    shown = [th for th in page.locator("[data-compare] thead th").all() if th.is_visible()]
    assert len(shown) == 5
    assert page.locator(".compare-others a").count() == count - 5


@pytest.mark.build
def test_a_big_comparison_and_its_category_are_valid_html(synthetic_site: Path,
                                                          tmp_path: Path) -> None:
    """The states the demo has not: columns hidden, the others linked without JavaScript,
    a picker of more products than a comparison shows."""
    compare = next(synthetic_site.glob("categories/*/comparer/index.html"))
    category = compare.parent.parent / "index.html"
    for name, page in (("compare.html", compare), ("category.html", category)):
        (tmp_path / name).write_bytes(page.read_bytes())
    errors = check_folder(tmp_path)
    assert not errors, "\n".join(map(str, errors))

"""Search in the browser: Pagefind's index queried by theme/js/search.js under the CSP."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from bs4 import BeautifulSoup

from tests.helpers.browser import (
    AXE_TAGS,
    NEGOTIATION,
    SEARCH,
    Scheme,
    describe,
    fetch,
    search,
    titles,
)

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("lang", "query", "expected"), [
    # Plural, while the demo says "négociation": French stemming.
    ("fr", "négociations", NEGOTIATION["fr"]),
    # Typed without accents: diacritics are folded.
    ("fr", "negociation", NEGOTIATION["fr"]),
    # Both at once: "À propos" says "étude de cas".
    ("fr", "etudes", "À propos"),
    ("en", "negotiations", NEGOTIATION["en"]),
    ("en", "quote", "Quotes that get signed"),
])
def test_a_query_finds_the_content_in_its_language(page: Page, site_url: str, lang: str,
                                                   query: str, expected: str) -> None:
    results = search(page, site_url, lang, query)
    assert expected in titles(results)
    status = page.locator("[data-search-status]").inner_text()
    assert query in status and str(results.count()) in status
    assert page.locator("[data-search-fallback]").count() == 0  # a <noscript>
    for link in results.locator("h2 a").all():
        href = str(link.get_attribute("href"))
        assert href.startswith("/en/") == (lang == "en"), href


def test_a_product_result_shows_its_type_category_and_price(page: Page, site_url: str) -> None:
    results = search(page, site_url, "fr", "négociation")
    product = results.filter(has=page.get_by_role("link", name=NEGOTIATION["fr"]))
    facts = product.locator(".search-result-facts").inner_text()
    assert "Produit" in facts and "Formations" in facts
    assert product.locator(".search-result-price").inner_text() == "490,00\u00a0€"
    assert product.locator(".search-result-excerpt mark").count() >= 1


def test_nothing_found_says_so(page: Page, site_url: str) -> None:
    results = search(page, site_url, "fr", "zzyzx")
    assert results.count() == 0
    status = page.locator("[data-search-status]").inner_text()
    assert "Aucun résultat pour «\u202fzzyzx\u202f»" in status


def test_type_and_category_filters_narrow_the_results(page: Page, site_url: str) -> None:
    results = search(page, site_url, "fr", "devis")
    everything = results.count()
    case_studies = page.get_by_role("group", name="Type").get_by_label("Étude de cas")
    case_studies.check()
    wait_until_every_result_shows(page, "Étude de cas")
    assert 1 <= results.count() < everything
    case_studies.uncheck()
    page.wait_for_function("count => document.querySelectorAll('.search-result').length == count",
                           arg=everything)
    page.get_by_role("group", name="Catégorie").get_by_label("Audits").check()
    wait_until_every_result_shows(page, "Audits")
    assert 1 <= results.count() < everything


def wait_until_every_result_shows(page: Page, fact: str) -> None:
    """Wait until results are shown and each one names `fact` (a type or a category)."""
    page.wait_for_function(
        """fact => {
          const facts = [...document.querySelectorAll(".search-result-facts")];
          return facts.length > 0 && facts.every(line => line.textContent.includes(fact));
        }""",
        arg=fact,
    )


def test_search_by_keyboard_from_any_page(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/produits/")
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "header-search--q":
            break
    else:
        pytest.fail("the header search field cannot be reached with Tab")
    page.keyboard.type("negociation")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/recherche/\?q=negociation$"))
    page.locator(".search-result").first.wait_for()
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.search-result') !== null"):
            break
    else:
        pytest.fail("no search result can be reached with Tab")
    target = page.evaluate("document.activeElement.href")
    page.keyboard.press("Enter")
    page.wait_for_url(target)
    assert page.locator("h1").inner_text()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_filters_the_page_lists_are_those_of_the_index(page: Page, site_url: str,
                                                           lang: str) -> None:
    """The build lists the choices (so nothing moves when the index loads); the index,
    which the script asks, has exactly those."""
    choices = "[data-search-filters] input"
    served = BeautifulSoup(fetch(site_url + SEARCH[lang]), "html.parser")
    listed = [(box["name"], box["value"]) for box in served.select(choices)]
    assert {name for name, _ in listed} == {"type", "category"}
    search(page, site_url, lang, "prix" if lang == "fr" else "price")
    shown = page.eval_on_selector_all(choices, "boxes => boxes.map(b => [b.name, b.value])")
    assert [tuple(choice) for choice in shown] == listed


def test_without_javascript_the_form_leads_to_the_catalogue(new_page: Callable[..., Page],
                                                             site_url: str) -> None:
    page = new_page(java_script_enabled=False)
    page.goto(f"{site_url}/en/")
    page.get_by_role("search", name="Site search").get_by_role("searchbox").fill("audit")
    page.get_by_role("search", name="Site search").get_by_role("button").click()
    page.wait_for_url(re.compile(r"/en/search/\?q=audit$"))
    fallback = page.locator("[data-search-fallback]")
    assert "needs JavaScript" in fallback.inner_text()
    assert page.locator("[data-search-filters]").is_hidden()  # theme/css/noscript.css
    fallback.get_by_role("link", name="Browse the catalogue").click()
    page.wait_for_url(f"{site_url}/en/products/")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_results_and_filters_have_no_axe_violations(new_page: Callable[..., Page], axe_js: Path,
                                                    site_url: str, scheme: Scheme) -> None:
    page = new_page(bypass_csp=True)  # axe is injected inline (see test_axe.py)
    page.emulate_media(color_scheme=scheme)
    search(page, site_url, "fr", "prix")
    page.get_by_role("group", name="Type").get_by_label("Produit").check()
    page.add_script_tag(path=axe_js)
    results = page.evaluate(
        "options => axe.run(document, options)",
        {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )
    assert not results["violations"], describe(results["violations"])

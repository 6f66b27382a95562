"""Search without a network: after a first visit of the home page only, the search pages
and the whole Pagefind index come from the service worker's precache."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.helpers.browser import NEGOTIATION, from_cache, search, titles, wait_for_worker

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("lang", "query", "expected"), [
    ("fr", "négociations", NEGOTIATION["fr"]),  # plural of the demo's "négociation"
    ("fr", "negociation", NEGOTIATION["fr"]),  # typed without its accent
    ("en", "negotiations", NEGOTIATION["en"]),
])
def test_search_works_offline_after_visiting_the_home_page(
    page: Page, site_url: str, lang: str, query: str, expected: str
) -> None:
    page.goto(site_url + ("/" if lang == "fr" else "/en/"))
    wait_for_worker(page)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.context.set_offline(True)
    results = search(page, site_url, lang, query)
    assert from_cache(page), "the search page did not come from the device"
    assert expected in titles(results)
    # Pagefind asks for its entry file with a cache-busting query string: the worker
    # answers it from the precache all the same.
    assert any("/pagefind/pagefind-entry.json?ts=" in url for url in requests), requests

"""Copy buttons of bank-transfer details: shown and working with JavaScript, absent without.

With JavaScript, theme/static/js/copy.js unhides each `button.copy`; a click writes its
`data-copy-text` to the clipboard, swaps the button's label for its `data-copied` word and
says the same, with the value, in an `aria-live` region. Without JavaScript the buttons stay
hidden and the values remain selectable text.
"""

from __future__ import annotations

import re
import urllib.request
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

NewPage = Callable[..., "Page"]  # the `new_page` fixture of conftest.py

pytestmark = pytest.mark.browser

OFFER = 'li.offer[data-pay="bank-transfer"]'
BUTTONS = f"{OFFER} dl.transfer dd button.copy"
AMOUNT = re.compile(r"\d+[.,]\d{2}")  # with the page language's decimal mark


def _soup(url: str) -> BeautifulSoup:
    with urllib.request.urlopen(url, timeout=10) as response:
        return BeautifulSoup(response.read(), "html.parser")


@pytest.fixture(scope="module")
def transfer_page(site_url: str) -> str:
    """URL of the first product of the French catalogue with a bank-transfer offer."""
    catalogue = site_url + "/produits/"
    seen = set()
    for anchor in _soup(catalogue).find_all("a", href=True):
        path = urlsplit(urljoin(catalogue, str(anchor["href"]))).path
        if re.fullmatch(r"/produits/[^/]+/", path) and path not in seen:
            seen.add(path)
            if _soup(site_url + path).select_one(OFFER):
                return site_url + path
    pytest.fail(f"none of the {len(seen)} products of /produits/ has {OFFER}", pytrace=False)


def _copy_buttons(page_buttons: Locator) -> list[Locator]:
    buttons = page_buttons.all()
    assert buttons and len(buttons) % 5 == 0, "holder, IBAN, BIC, amount and reference"
    return buttons


def test_copy_buttons_copy_their_exact_text(
    new_page: NewPage, site_url: str, transfer_page: str
) -> None:
    from playwright.sync_api import expect

    page = new_page()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    page.goto(transfer_page, wait_until="load")
    live = page.locator("[aria-live]:not([aria-live=off])")
    for button in _copy_buttons(page.locator(BUTTONS)):
        text, copied = button.get_attribute("data-copy-text"), button.get_attribute("data-copied")
        assert text and copied, "a copy button needs data-copy-text and data-copied"
        expect(button).to_be_visible()
        assert button.get_attribute("hidden") is None
        expect(button).not_to_contain_text(copied)
        page.evaluate("navigator.clipboard.writeText('(not copied)')")

        button.click()
        expect(button).to_contain_text(copied)  # once the clipboard write has resolved
        said = re.compile(f"{re.escape(copied)}.*{re.escape(text)}", re.DOTALL)
        expect(live.filter(has_text=said)).to_have_count(1)
        assert page.evaluate("navigator.clipboard.readText()") == text


def test_without_javascript_values_stay_selectable_text(
    new_page: NewPage, transfer_page: str
) -> None:
    from playwright.sync_api import expect

    page = new_page(java_script_enabled=False)
    page.goto(transfer_page, wait_until="load")
    for button in _copy_buttons(page.locator(BUTTONS)):
        expect(button).to_be_hidden()
        assert button.get_attribute("hidden") is not None
        value = button.locator("xpath=..").locator("span.copy-value")
        expect(value).to_be_visible()
        shown = value.inner_text().strip()
        assert shown, "an empty value"
        assert value.evaluate("e => getComputedStyle(e).userSelect") != "none"
        value.select_text()
        assert page.evaluate("String(getSelection()).trim()") == shown
        text = button.get_attribute("data-copy-text") or ""
        if AMOUNT.fullmatch(text):  # 2900.00 is shown as "2 900,00 €" or "€2,900.00"
            assert re.sub(r"\D", "", shown) == re.sub(r"\D", "", text), (shown, text)
        else:  # the IBAN is shown in groups of four
            assert re.sub(r"\s", "", shown) == re.sub(r"\s", "", text), (shown, text)

"""The feeds' words, addresses and prices: as the theme shows them, valid in XML."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.messages.pofile import read_po
from catalog.kit import absolute
from feeds.text import MESSAGES, merchant_price, plain

from tests.helpers.build import ROOT


@pytest.mark.parametrize("lang", sorted(MESSAGES))
def test_words_the_theme_also_shows_are_its_translations(lang: str) -> None:
    po_file = ROOT / "theme" / "translations" / lang / "LC_MESSAGES" / "messages.po"
    with po_file.open("rb") as source:
        theme = {message.id: message.string for message in read_po(source) if message.id}
    shared = {msgid for msgid in MESSAGES[lang] if msgid in theme}
    assert shared >= {"From %(price)s", "On quote", "Free"}
    for msgid in shared:
        assert MESSAGES[lang][msgid] == theme[msgid], msgid


@pytest.mark.parametrize(("amount", "currency", "shown"), [
    ("1490", "EUR", "1490.00 EUR"), ("1490.5", "EUR", "1490.50 EUR"),
    ("1E+3", "EUR", "1000.00 EUR"), ("5000", "JPY", "5000 JPY"),
    ("12.345", "BHD", "12.345 BHD"), ("999999999.99", "EUR", "999999999.99 EUR"),
])
def test_merchant_prices_have_the_currency_s_decimals_and_no_grouping(
        amount: str, currency: str, shown: str) -> None:
    assert merchant_price(Decimal(amount), currency) == shown


def test_plain_text_drops_what_xml_cannot_carry_and_keeps_the_rest() -> None:
    assert plain("  a\x00b\x1f\x0bc\ufffe  <&>\n\td\ud800  ") == "abc <&> d"
    assert plain("Façade – « ok » ]]>") == "Façade – « ok » ]]>"


def test_addresses_are_percent_encoded_as_in_the_sitemap() -> None:
    assert absolute("https://example.com", "produits/café/") == (
        "https://example.com/produits/caf%C3%A9/")
    assert absolute("https://example.com/shop", "") == "https://example.com/shop/"

"""What both feeds write the same way: text safe for XML, absolute addresses, the feed's
title and a product's price in the feed's language. Pure."""

from __future__ import annotations

import re
from decimal import Decimal

from babel.numbers import format_currency
from catalog.kit import Offer, plain_price

# Characters XML 1.0 cannot carry at all, not even escaped (C0 controls but tab, newline
# and carriage return; lone surrogates; U+FFFE and U+FFFF). Front matter may hold them
# (YAML's "\x01" escapes): they are dropped, since a feed with one does not parse.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# The feeds' few words, per language; other languages get the English ones. Those the
# theme also shows are its translations (tests/feeds compares them with its catalogs).
MESSAGES: dict[str, dict[str, str]] = {
    "fr": {
        "Products": "Produits",
        "Case studies": "Études de cas",
        "From %(price)s": "À partir de %(price)s",
        "On quote": "Sur devis",
        "Free": "Gratuit",
    },
}


def gettext(message: str, lang: str) -> str:
    return MESSAGES.get(lang, {}).get(message, message)


def plain(text: str) -> str:
    """`text` on one line, without the characters XML cannot carry. The XML writer escapes
    the rest (`<`, `&`, `]]>`…), so markup in a title stays text."""
    return " ".join(NOT_XML.sub("", text).split())




def feed_title(what: str, site_name: str, lang: str) -> str:
    """"Produits · Boussole Conseil": what the feed lists ("Products", "Case studies")
    in its language, then the site's name."""
    return f"{gettext(what, lang)} · {plain(site_name)}"


def money(amount: Decimal, currency: str, lang: str) -> str:
    """`1490` EUR -> `1 490,00 €` in French, `€1,490.00` in English (as the theme shows)."""
    return format_currency(amount, currency, locale=lang)


def entry_price(offers: list[Offer], entry: Offer, lang: str) -> str:
    """The price a listing shows for a product whose entry offer is `entry`: "On quote",
    "Free", "From €1,490.00" when there are other offers, else the price (the theme's
    `entry_price` macro)."""
    if entry.pay == "quote":
        return gettext("On quote", lang)
    if entry.price == 0:
        return gettext("Free", lang)
    shown = money(entry.price, entry.currency, lang)
    return gettext("From %(price)s", lang) % {"price": shown} if len(offers) > 1 else shown


def merchant_price(amount: Decimal, currency: str) -> str:
    """`1490` EUR -> "1490.00 EUR": the currency's decimals, a point, no grouping (the
    format of Google Merchant's `price`)."""
    return f"{plain_price(amount, currency)} {currency}"

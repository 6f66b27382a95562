"""How each offer is paid, as the theme shows it, and the checks that guard it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote

from catalog.kit import ContentError, Product, error_at
from markupsafe import Markup

from .epc import BankTransfer, bank_transfer
from .links import checkout_url, is_test_link, link_problem, provider
from .qr import Code, Link, QrCodes
from .settings import PaymentSettings


@dataclass(frozen=True)
class PaymentOption:
    """One offer's way to pay: `link`, `bank-transfer`, `quote`, `free` or `contact`."""

    method: str
    url: str | None = None
    provider: str | None = None
    test_mode: bool = False
    code: Code | None = None  # what its QR code holds
    qr: Markup | None = None  # that QR code as SVG
    transfer: BankTransfer | None = None


def attach_payment_options(products: Sequence[Product], settings: PaymentSettings,
                           qr_codes: QrCodes) -> None:
    """Give each product `payments`: one PaymentOption per offer, QR codes drawn."""
    options = {id(p): [_option(p, n, settings) for n in range(len(p.offers))] for p in products}
    qr_codes.draw([o.code for found in options.values() for o in found if o.code])
    for product in products:
        product.payments = [replace(o, qr=qr_codes[o.code]) if o.code else o
                            for o in options[id(product)]]


def _option(product: Product, index: int, settings: PaymentSettings) -> PaymentOption:
    offer = product.offers[index]
    if offer.pay == "bank-transfer" and settings.bank_transfer is not None:
        # The reference names the offer as the original language does, in every language.
        original = next((t for t in [product, *product.translations] if t.in_default_lang),
                        product)
        name = original.offers[index].name if index < len(original.offers) else offer.name
        transfer = bank_transfer(settings.bank_transfer, product.sku, index + 1, name,
                                 offer.price)
        return PaymentOption("bank-transfer", code=transfer, transfer=transfer)
    if offer.pay == "quote":
        return PaymentOption("quote")
    if offer.pay and offer.pay.startswith("https://"):
        url = checkout_url(offer.pay, product.sku, product.lang)
        return PaymentOption("link", url=url, provider=provider(url),
                             test_mode=is_test_link(url),
                             code=Link(checkout_url(offer.pay, product.sku, None)))
    return PaymentOption("free" if offer.price == 0 else "contact")


def payment_errors(
    products: Sequence[Product], settings: PaymentSettings
) -> list[ContentError]:
    """Offers that could not be paid as written."""
    errors = []
    for product in products:
        for index, offer in enumerate(product.offers):
            field = f"offers[{index}]"
            if offer.pay and offer.pay.startswith("https://"):
                problem = link_problem(offer.pay, settings.link_prefixes, settings.test_links)
                if problem:
                    errors.append(error_at(product, f"{field}.pay", problem))
            elif offer.pay == "bank-transfer":
                errors += _transfer_errors(product, offer, field, settings)
            elif _ordered_by_contact(offer) and not settings.contact.model_dump(
                exclude_none=True
            ):
                errors.append(error_at(product, f"{field}.pay", "without a payment link, "
                                       "visitors order through a contact channel: set "
                                       "PAYMENTS['contact'] or give this offer a pay: link"))
    return errors


def _ordered_by_contact(offer: Any) -> bool:
    return offer.pay == "quote" or (not offer.pay and offer.price > 0)


def _transfer_errors(
    product: Any, offer: Any, field: str, settings: PaymentSettings
) -> list[ContentError]:
    errors = []
    if settings.bank_transfer is None:
        errors.append(error_at(product, f"{field}.pay", "set PAYMENTS['bank_transfer'] "
                               "(holder, iban, bic) in pelicanconf.py to accept bank transfers"))
    if offer.currency != "EUR":
        errors.append(error_at(product, f"{field}.currency", "a SEPA bank transfer is paid in "
                               f"EUR, not {offer.currency}"))
    if offer.price == 0:
        errors.append(error_at(product, f"{field}.price", "a bank transfer needs an amount"))
    return errors


# Contact links, built here so that every part is encoded; the theme writes the words.
# Text from templates arrives as escaped Markup: encode the text, not its HTML entities.

def _plain(text: str) -> str:
    return text.unescape() if isinstance(text, Markup) else text


def mailto(subject: str, address: str, body: str = "") -> str:
    link = f"mailto:{address}?subject={quote(_plain(subject), safe='')}"
    return link + (f"&body={quote(_plain(body), safe='')}" if body else "")


def tel(number: str) -> str:
    return "tel:" + number.replace(" ", "")


def whatsapp(text: str, number: str) -> str:
    number = number.replace(" ", "").lstrip("+")
    return f"https://wa.me/{number}?text={quote(_plain(text), safe='')}"


def telegram(username: str) -> str:
    return f"https://t.me/{username}"

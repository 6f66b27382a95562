"""Payments: payment-link buttons, QR codes, SEPA bank transfers and contact channels.

The catalog validates an offer's `pay:` shape (an https link, `bank-transfer` or
`quote`); this plugin adds what depends on the site's settings (`PAYMENTS`: allowed
providers, test links, the bank account), and gives each product its `payments` view,
one `PaymentOption` per offer, for the theme (`_payments.html`, `_buy_button.html`).

Phases: `check` (`payments.links`: offers that cannot be paid as written;
`payments.buy-buttons`: `[[buy: …]]` naming no product or offer), `attach`
(`payments.options`: the options, with their QR codes drawn on every core and cached) and
`pages` (`payments.after-payment`: the page a payment link returns the buyer to, per
product and language, `after.py`). Templates also get `link_qr(url)`: any address as a
QR code, drawn like the payment links' (the page's address on a PDF data sheet).
"""

from __future__ import annotations

from typing import Any

from catalog.kit import ContentError, PageToWrite, Site, declare, phases, settings_of
from markupsafe import Markup
from pelican import signals

from .after import after_payment_pages, review_invitation
from .buttons import buy_buttons, placeholder_errors
from .options import attach_payment_options, mailto, payment_errors, tel, telegram, whatsapp
from .qr import Link, QrCodes, svg
from .settings import SECTION, PaymentSettings


def _links(site: Site) -> list[ContentError]:
    return payment_errors(site.products, site.settings.of(PaymentSettings))


def _buy_buttons(site: Site) -> list[ContentError]:
    return placeholder_errors(site.catalog, site.contents)


def _options(site: Site) -> None:
    qr_codes = QrCodes(site.settings.cache_folder("payments") / "qr-codes.json")
    attach_payment_options(site.products, site.settings.of(PaymentSettings), qr_codes)
    qr_codes.save()


def _after_payment_pages(site: Site) -> list[PageToWrite]:
    return after_payment_pages(site.catalog)


def link_qr(url: str) -> Markup:
    """A QR code of `url` (a page's address on paper), drawn as payment links' are."""
    return Markup(svg(Link(url)))


def _template_helpers(generator: Any) -> None:
    generator.env.globals["contact"] = settings_of(generator.settings).of(PaymentSettings).contact
    generator.env.globals["link_qr"] = link_qr
    generator.env.filters.update(
        mailto=mailto, tel=tel, whatsapp=whatsapp, telegram=telegram, buy_buttons=buy_buttons,
        review_invitation=review_invitation,
    )


def register() -> None:
    declare(SECTION)
    phases.check.register("payments.links", 100)(_links)
    phases.check.register("payments.buy-buttons", 100)(_buy_buttons)
    phases.attach.register("payments.options", 100)(_options)
    phases.pages.register("payments.after-payment", 100)(_after_payment_pages)
    signals.generator_init.connect(_template_helpers)

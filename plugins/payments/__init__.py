"""Payments: payment-link buttons, QR codes, SEPA bank transfers and contact channels.

The catalog validates an offer's `pay:` shape (an https link, `bank-transfer` or
`quote`); this plugin adds what depends on the site's settings (`PAYMENTS`: allowed
providers, test links, the bank account), and gives each product its `payments` view,
one `PaymentOption` per offer, for the theme (`_payments.html`, `_buy_button.html`).

Phases: `check` (`payments.links`: offers that cannot be paid as written;
`payments.buy-buttons`: `[[buy: …]]` naming no product or offer) and `attach`
(`payments.options`: the options, with their QR codes drawn on every core and cached).
"""

from __future__ import annotations

from typing import Any

from catalog.kit import ContentError, Site, declare, phases, settings_of
from pelican import signals

from .buttons import buy_buttons, placeholder_errors
from .options import attach_payment_options, mailto, payment_errors, tel, telegram, whatsapp
from .qr import QrCodes
from .settings import SECTION, PaymentSettings


def _links(site: Site) -> list[ContentError]:
    return payment_errors(site.products, site.settings.of(PaymentSettings))


def _buy_buttons(site: Site) -> list[ContentError]:
    return placeholder_errors(site.catalog, site.contents)


def _options(site: Site) -> None:
    qr_codes = QrCodes(site.settings.cache_folder("payments") / "qr-codes.json")
    attach_payment_options(site.products, site.settings.of(PaymentSettings), qr_codes)
    qr_codes.save()


def _template_helpers(generator: Any) -> None:
    generator.env.globals["contact"] = settings_of(generator.settings).of(PaymentSettings).contact
    generator.env.filters.update(
        mailto=mailto, tel=tel, whatsapp=whatsapp, telegram=telegram, buy_buttons=buy_buttons
    )


def register() -> None:
    declare(SECTION)
    phases.check.register("payments.links", 100)(_links)
    phases.check.register("payments.buy-buttons", 100)(_buy_buttons)
    phases.attach.register("payments.options", 100)(_options)
    signals.generator_init.connect(_template_helpers)

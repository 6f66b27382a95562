"""Payments: payment-link buttons, QR codes, SEPA bank transfers and contact channels.

The catalog validates an offer's `pay:` shape (an https link, `bank-transfer` or
`quote`); this plugin adds what depends on the site's settings (allowed providers,
test links, the bank account), reported with the catalog's errors, and gives each
product a `payments` list, one `PaymentOption` per offer, for the theme.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from catalog.errors import ContentError, stop_build
from catalog.hooks import catalog_checks, catalog_ready
from pelican import signals

from .buttons import buy_buttons, placeholder_errors
from .options import attach_payment_options, mailto, payment_errors, tel, telegram, whatsapp
from .qr import QrCodes
from .settings import SettingsError, load_settings


def _check_settings(pelican: Any) -> None:
    try:
        load_settings(pelican.settings)
    except SettingsError as mistake:
        stop_build(f"settings: {mistake}", 2)


def _check(
    catalog: Any, products: list[Any], contents: list[Any], settings: dict[str, Any]
) -> list[ContentError]:
    return payment_errors(products, load_settings(settings)) + placeholder_errors(
        catalog, contents
    )


def _attach(catalog: Any, settings: dict[str, Any]) -> None:
    qr_codes = QrCodes(Path(settings["CACHE_PATH"]).parent / "qr-codes.json")
    attach_payment_options(list(catalog.all_products()), load_settings(settings), qr_codes)
    qr_codes.save()


def _template_helpers(generator: Any) -> None:
    generator.env.globals["contact"] = load_settings(generator.settings).contact
    generator.env.filters.update(
        mailto=mailto, tel=tel, whatsapp=whatsapp, telegram=telegram, buy_buttons=buy_buttons
    )


def register() -> None:
    signals.initialized.connect(_check_settings)
    signals.generator_init.connect(_template_helpers)
    catalog_checks.connect(_check)
    catalog_ready.connect(_attach)

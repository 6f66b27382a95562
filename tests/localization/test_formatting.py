"""Babel formatting filters and the compiled theme catalogs."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

from babel.messages.pofile import read_po
from localization import (
    file_size,
    language_in,
    language_name,
    long_date,
    money,
    number,
    translations,
)

THEME = Path(__file__).resolve().parents[2] / "theme"
NNBSP, NBSP = "\u202f", "\u00a0"


def test_money_follows_each_language() -> None:
    assert money(Decimal("1490.00"), "EUR", "fr") == f"1{NNBSP}490,00{NBSP}€"
    assert money(Decimal("1490.00"), "EUR", "en") == "€1,490.00"
    assert money(990, "CHF", "fr") == f"990,00{NBSP}CHF"


def test_dates_and_numbers() -> None:
    day = datetime.date(2026, 10, 14)
    assert long_date(day, "fr") == "14 octobre 2026"
    assert long_date(day, "en") == "October 14, 2026"
    assert long_date(datetime.date(2026, 10, 1), "fr") == "1er octobre 2026"
    assert long_date(datetime.date(2026, 10, 1), "en") == "October 1, 2026"
    assert number(Decimal("2.10"), "fr") == "2,10"
    assert number(Decimal("2.10"), "en") == "2.10"
    assert number(69002, "fr") == "69002"
    assert number(Decimal("1E+30"), "fr") == "1E+30"


def test_language_names_are_written_in_their_own_language() -> None:
    assert language_name("fr") == "Français"
    assert language_name("en") == "English"


def test_language_names_in_the_page_language_as_written_mid_sentence() -> None:
    assert language_in("fr", "en") == "French"
    assert language_in("fr", "fr") == "français"
    assert language_in("en-GB", "fr") == "anglais (Royaume-Uni)"


def test_file_sizes_in_each_language_never_show_zero() -> None:
    assert file_size(32_795, "fr") == f"33{NNBSP}ko"
    assert file_size(32_795, "en") == "33 kB"
    assert file_size(120, "en") == "1 kB"
    assert file_size(1_234_567, "fr") == f"1,2{NNBSP}Mo"
    assert file_size(1_234_567, "en") == "1.2 MB"


def test_french_catalog_translates_every_theme_string() -> None:
    with (THEME / "translations" / "messages.pot").open("rb") as source:
        template = {m.id for m in read_po(source) if m.id}
    with (THEME / "translations" / "fr" / "LC_MESSAGES" / "messages.po").open("rb") as source:
        french = {m.id: m for m in read_po(source) if m.id}
    assert set(french) == template, "run `make messages`"
    untranslated = [
        message.id for message in french.values()
        if message.fuzzy or not all(message.string if isinstance(message.string, tuple)
                                    else [message.string])
    ]
    assert untranslated == []
    catalog = translations(str(THEME), "fr")
    assert catalog.ngettext("%(num)d product", "%(num)d products", 2) == "%(num)d produits"
    assert catalog.ngettext("%(num)d product", "%(num)d products", 1) == "%(num)d produit"


def test_english_uses_the_source_strings() -> None:
    assert translations(str(THEME), "en").gettext("Skip to content") == "Skip to content"
    assert translations(str(THEME), "de").gettext("Skip to content") == "Skip to content"


def test_message_catalog_lists_every_string_of_the_templates() -> None:
    """`make messages` was run after the templates last changed."""
    from babel.messages.extract import extract_from_dir

    method_map = [("templates/**.html", "jinja2")]
    options = {"templates/**.html": {"extensions": "jinja2.ext.i18n",
                                     "trim_blocks": "true", "lstrip_blocks": "true"}}
    in_templates = {
        message[2] if isinstance(message[2], str) else message[2][0]
        for message in extract_from_dir(str(THEME), method_map, options)
    }
    with (THEME / "translations" / "messages.pot").open("rb") as source:
        in_catalog = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(source) if m.id}
    assert in_templates == in_catalog, "run `make messages`"

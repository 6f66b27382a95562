"""Theme localisation: gettext catalogs per language and Babel formatting filters.

One Pelican run renders every language with one Jinja environment per generator, so the
`_()` / `ngettext()` installed here pick the catalog of the page being rendered: the
`lang` template variable, else the language of the product, page or article.
Catalogs are compiled from `theme/translations/<lang>/LC_MESSAGES/messages.po` with
Babel when the build starts, so a stale `.mo` file can never be used.
"""

from __future__ import annotations

import datetime
import io
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_currency, get_decimal_symbol
from babel.support import NullTranslations, Translations
from babel.units import format_unit
from jinja2 import pass_context
from jinja2.runtime import Context
from pelican import signals

DOMAIN = "messages"


@cache
def _compiled(po_file: Path, stamp: float) -> Translations:
    with po_file.open("rb") as source:
        catalog = read_po(source, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def translations(theme: str, lang: str) -> NullTranslations:
    """The compiled catalog of `lang`, or the untranslated msgids (English) when absent."""
    po_file = Path(theme, "translations", lang, "LC_MESSAGES", f"{DOMAIN}.po")
    if not po_file.is_file():
        return NullTranslations()
    return _compiled(po_file, po_file.stat().st_mtime)


class Catalogs(dict[str, NullTranslations]):
    """The theme's catalogs of one build, compiled once and looked up per rendered string."""

    def __init__(self, theme: str) -> None:
        super().__init__()
        self.theme = theme

    def __missing__(self, lang: str) -> NullTranslations:
        self[lang] = translations(self.theme, lang)
        return self[lang]


def page_language(context: Context, default: str) -> str:
    lang = context.get("lang")
    if isinstance(lang, str) and lang:
        return lang
    for name in ("product", "article", "page"):
        item = context.get(name)
        if getattr(item, "lang", None):
            return str(item.lang)
    return default


@cache  # a catalog repeats the same few prices on many pages; Babel is slow per call
def money(amount: Decimal | int, currency: str, lang: str) -> str:
    """`1490` EUR -> `1 490,00 €` in French, `€1,490.00` in English."""
    return format_currency(amount, currency, locale=lang)


def number(value: Decimal | int, lang: str) -> str:
    """A number exactly as written, with the language's decimal mark: `2.10` -> `2,10`.

    Spec values are identifiers as often as quantities (a year, a postcode, a version):
    they are neither rounded nor grouped by thousands."""
    return str(value).replace(".", get_decimal_symbol(lang))


def long_date(value: datetime.date, lang: str) -> str:
    """`2026-10-14` -> `14 octobre 2026` in French, `October 14, 2026` in English."""
    if lang == "fr" and value.day == 1:  # French writes the first of the month "1er"
        return format_date(value, format="d'er' MMMM y", locale=lang)
    return format_date(value, format="long", locale=lang)


@cache  # Babel parses its locale data on every call; a site has a handful of languages
def language_name(code: str) -> str:
    """The name of a language in that language: `fr` -> `Français`."""
    name = Locale.parse(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]


@cache
def language_in(code: str, lang: str) -> str:
    """The name of a language in the page's language, as written mid-sentence:
    `fr` -> `French` on an English page, `français` on a French one."""
    return Locale.parse(code, sep="-").get_display_name(lang) or code


def file_size(size: int, lang: str) -> str:
    """A download's size as people read it: `32795` -> `33 ko` in French, `33 kB` in English."""
    if size < 1_000_000:  # a few hundred bytes still take a moment: "1 kB", never "0 kB"
        kilobytes = max(1, round(size / 1000))
        return format_unit(kilobytes, "digital-kilobyte", length="short", locale=lang)
    return format_unit(round(size / 1_000_000, 1), "digital-megabyte", length="short",
                       locale=lang)


def _install(generator: Any) -> None:
    env = generator.env
    catalogs = Catalogs(generator.theme)
    default = generator.settings["DEFAULT_LANG"]
    env.add_extension("jinja2.ext.i18n")

    @pass_context
    def gettext(context: Context, message: str) -> str:
        return catalogs[page_language(context, default)].gettext(message)

    @pass_context
    def ngettext(context: Context, singular: str, plural: str, count: int) -> str:
        return catalogs[page_language(context, default)].ngettext(singular, plural, count)

    env.install_gettext_callables(gettext, ngettext, newstyle=True)
    env.filters.update(
        money=money, number=number, long_date=long_date, language_name=language_name,
        language_in=language_in, file_size=file_size,
    )


def register() -> None:
    signals.generator_init.connect(_install)

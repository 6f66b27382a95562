"""Customer reviews: `content/reviews/<product-slug>/*.md`, shown on product pages.

Review files are read and validated with the catalog's front-matter reader and schema
helpers; their mistakes are reported through the catalog's `catalog_checks` hook with
every other content error. Once the catalog is ready, every product (every language)
gets `reviews` (newest first) and `rating` (None without reviews, else `average`,
`count` and the distribution `bars`), which the theme and other plugins read.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from catalog.errors import ContentError, stop_build
from catalog.hooks import catalog_checks, catalog_ready
from pelican import signals

from .files import FOLDER_SETTING, Reviews, read_reviews, site_today
from .formatting import percent, star_glyphs
from .policy import policy_page_errors
from .published import attach_reviews
from .schema import SettingsError, load_settings

# The reviews read while checking a build's catalog, kept for attaching them to it.
_read: WeakKeyDictionary[Any, Reviews] = WeakKeyDictionary()


def _check_settings(pelican: Any) -> None:
    pelican.settings.setdefault(FOLDER_SETTING, ["reviews"])
    try:
        load_settings(pelican.settings)
    except SettingsError as mistake:
        stop_build(f"settings: {mistake}", 2)


def _check(
    catalog: Any, products: list[Any], contents: list[Any], settings: dict[str, Any]
) -> list[ContentError]:
    reviews = read_reviews(settings, (p.slug for p in products), site_today(settings))
    _read[catalog] = reviews
    page_slugs = [page.slug for page in catalog.menu(catalog.default_lang)]
    policy = policy_page_errors(load_settings(settings), reviews, page_slugs, settings)
    return [*reviews.errors, *policy]


def _attach(catalog: Any, settings: dict[str, Any]) -> None:
    reviews = _read.pop(catalog, None) or Reviews((), ())
    attach_reviews(catalog.all_products(), reviews.files)


def _template_helpers(generator: Any) -> None:
    generator.env.globals["reviews_settings"] = load_settings(generator.settings)
    generator.env.filters.update(star_glyphs=star_glyphs, percent=percent)


def register() -> None:
    signals.initialized.connect(_check_settings)
    signals.generator_init.connect(_template_helpers)
    catalog_checks.connect(_check)
    catalog_ready.connect(_attach)

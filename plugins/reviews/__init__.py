"""Customer reviews: `content/reviews/<product-slug>/*.md`, shown on product pages.

Review files are read and validated with the catalog's front-matter reader and schema
helpers; their mistakes are reported through the catalog's `catalog_checks` hook with
every other content error. In that same step every product (every language) gets
`reviews` (newest first) and `rating` (None without reviews, else `average`, `count`
and the distribution `bars`), which the theme and other plugins read. They are attached
there rather than in `catalog_ready` because blinker calls a signal's receivers in no
fixed order: this way they are in place for every `catalog_ready` receiver.
"""

from __future__ import annotations

from typing import Any

from catalog.errors import ContentError, stop_build
from catalog.hooks import catalog_checks
from pelican import signals

from .files import FOLDER_SETTING, read_reviews, site_today
from .formatting import percent, star_glyphs
from .policy import policy_page_errors
from .published import attach_reviews
from .schema import SettingsError, load_settings


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
    attach_reviews(products, reviews.files)  # the valid ones: the build stops on any error
    page_slugs = [page.slug for page in catalog.menu(catalog.default_lang)]
    policy = policy_page_errors(load_settings(settings), reviews, page_slugs, settings)
    return [*reviews.errors, *policy]


def _template_helpers(generator: Any) -> None:
    generator.env.globals["reviews_settings"] = load_settings(generator.settings)
    generator.env.filters.update(star_glyphs=star_glyphs, percent=percent)


def register() -> None:
    signals.initialized.connect(_check_settings)
    signals.generator_init.connect(_template_helpers)
    catalog_checks.connect(_check)

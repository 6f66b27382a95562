"""Customer reviews: `content/reviews/<product-slug>/*.md`, shown on product pages.

Review files are read and validated with the catalog's front-matter reader and schema
helpers; their mistakes are reported through the catalog's `content_checks` hook with
every other content error, by the build and by `make check` alike. In that same step
every product (every language) gets `reviews` (newest first) and `rating` (None without
reviews, else `average`, `count` and the distribution `bars`), which the theme and other
plugins read: attached before the catalog is ready, they are in place for every
`catalog_ready` receiver, whatever the order of PLUGINS.
"""

from __future__ import annotations

from typing import Any

from catalog.errors import ContentError, stop_build
from catalog.hooks import content_checks
from pelican import signals

from .files import FOLDER_SETTING, read_reviews, site_today
from .formatting import percent, star_glyphs
from .policy import policy_page_errors
from .published import attach_reviews
from .schema import ReviewSettings, SettingsError, load_settings


def _checked_settings(settings: dict[str, Any]) -> ReviewSettings:
    settings.setdefault(FOLDER_SETTING, ["reviews"])
    try:
        return load_settings(settings)
    except SettingsError as mistake:
        stop_build(f"settings: {mistake}", 2)


def _check_settings(pelican: Any) -> None:
    _checked_settings(pelican.settings)


def _check(
    _: Any, products: list[Any], pages: list[Any], settings: dict[str, Any]
) -> list[ContentError]:
    """Review files, and the policy page they need (the build and `make check`)."""
    options = _checked_settings(settings)  # `make check` has no start-up check
    reviews = read_reviews(settings, (p.slug for p in products), site_today(settings))
    attach_reviews(products, reviews.files)  # the valid ones: the build stops on any error
    policy = policy_page_errors(options, reviews, (page.slug for page in pages), settings)
    return [*reviews.errors, *policy]


def _template_helpers(generator: Any) -> None:
    generator.env.globals["reviews_settings"] = load_settings(generator.settings)
    generator.env.filters.update(star_glyphs=star_glyphs, percent=percent)


def register() -> None:
    signals.initialized.connect(_check_settings)
    signals.generator_init.connect(_template_helpers)
    content_checks.connect(_check)

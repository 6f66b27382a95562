"""Customer reviews: `content/reviews/<product-slug>/*.md`, shown on product pages.

Review files are read and validated with the catalog's read-validate loop and schema
helpers. Phases: `check_files` (`reviews.files`: every mistake in review files, and the
reviews policy page they need; the build and `make check` alike) and `attach`
(`reviews.ratings`, priority 500: every product, in every language, gets its `reviews`
view, newest first, and its `rating`, None without reviews, else `average`, `count` and
the distribution `bars`). The files are read once per build, shared by both phases.
"""

from __future__ import annotations

from typing import Any

from catalog.kit import ContentError, Memo, Site, Sources, declare, phases, settings_of
from pelican import signals

from .files import Reviews, read_reviews, site_today
from .formatting import percent, star_glyphs
from .policy import policy_page_errors
from .published import attach_reviews
from .schema import SECTION, ReviewSettings


def _reviews(build: Memo, sources: Sources) -> Reviews:
    settings = sources.settings.pelican
    return build.once("reviews.files", lambda: read_reviews(
        settings, (p.slug for p in sources.products), site_today(settings)))


def _check(sources: Sources) -> list[ContentError]:
    """Review files, and the policy page they need."""
    reviews = _reviews(sources, sources)
    policy = policy_page_errors(sources.settings, reviews, (page.slug for page in sources.pages))
    return [*reviews.errors, *policy]


def _attach(site: Site) -> None:
    attach_reviews(site.products, _reviews(site, site.sources()).files)


def _template_helpers(generator: Any) -> None:
    generator.env.globals["reviews_settings"] = settings_of(generator.settings).of(ReviewSettings)
    generator.env.filters.update(star_glyphs=star_glyphs, percent=percent)


def register() -> None:
    declare(SECTION)
    phases.check_files.register("reviews.files", 100)(_check)
    # Before every other attach receiver: other views (comparison tables) read `rating`.
    phases.attach.register("reviews.ratings", 500)(_attach)
    signals.generator_init.connect(_template_helpers)

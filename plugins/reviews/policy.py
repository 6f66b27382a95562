"""The reviews policy page that every review block links to must exist.

French law (Code de la consommation, D111-17 2°) wants how reviews are collected, checked,
published and kept in a section of its own, easy to reach; the site owner writes it as an
ordinary page in each language and names its slug in `REVIEWS["policy_page"]`. A site
without any review needs no such page.
"""

from __future__ import annotations

from collections.abc import Iterable

from catalog.kit import ContentError, Settings, did_you_mean

from .files import Reviews
from .schema import ReviewSettings


def policy_page_errors(settings: Settings, found: Reviews,
                       page_slugs: Iterable[str]) -> list[ContentError]:
    slugs = sorted(set(page_slugs))
    reviews = settings.of(ReviewSettings)
    if reviews.policy_page in slugs or not (found.files or found.errors):
        return []
    return [settings.error(
        "REVIEWS.policy_page", f"no published page has the slug {reviews.policy_page!r}"
        + did_you_mean(reviews.policy_page, slugs)
        + ": write the page explaining how reviews are collected and checked, or name "
        "its slug in pelicanconf.py")]

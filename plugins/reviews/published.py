"""Reviews as the theme shows them, attached to every language version of their product."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from .files import ReviewFile
from .markup import review_html
from .rating import rating_of


@dataclass(frozen=True)
class PublishedReview:
    """One review on a product page; `html` is the sanitized body."""

    anchor: str  # id of the review on the page
    author: str
    rating: int
    date: datetime.date
    experience_date: datetime.date
    verified: bool
    source: str
    lang: str
    title: str | None
    html: Markup


def published(file: ReviewFile) -> PublishedReview:
    record = file.review
    return PublishedReview(
        anchor="review--" + re.sub(r"[^A-Za-z0-9_-]+", "-", Path(file.path).stem),
        author=record.author,
        rating=record.rating,
        date=record.date,
        experience_date=record.experience_date,
        verified=record.verified,
        source=record.source,
        lang=record.lang,
        title=record.title,
        html=Markup(review_html(file.body)),  # sanitized by nh3: safe as it is
    )


def newest_first(reviews: Iterable[PublishedReview]) -> tuple[PublishedReview, ...]:
    """The default order, the one French law calls chronological: the latest published
    first; on the same day, the most recent experience first, then by file name."""
    return tuple(sorted(
        reviews, key=lambda r: (-r.date.toordinal(), -r.experience_date.toordinal(), r.anchor)))


def attach_reviews(products: Iterable[Any], files: Iterable[ReviewFile]) -> None:
    """Give every product (every language) `reviews`, newest first, and `rating`.

    A review belongs to the product, not to one translation of its page: each language
    shows all of them, in the language they were written in."""
    by_product: dict[str, list[PublishedReview]] = {}
    for file in files:
        by_product.setdefault(file.product, []).append(published(file))
    for product in products:
        reviews = newest_first(by_product.get(product.slug, []))
        product.reviews = reviews
        product.rating = rating_of([review.rating for review in reviews])

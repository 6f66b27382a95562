"""A product's rating: the average, the count and the distribution from 5 to 1 stars.

Pure functions on plain numbers. The average is rounded to one decimal half up (4.25 is
shown 4.3, as people round), never with the banker's rounding of `round()`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .schema import RATINGS

ONE_DECIMAL = Decimal("0.1")


@dataclass(frozen=True)
class Bar:
    """How many reviews gave `stars` stars, and which share of all reviews that is."""

    stars: int
    count: int
    percent: int  # rounded half up; the bars of a product may add up to 99 or 101


@dataclass(frozen=True)
class Rating:
    """What the rating block shows. Other plugins read `average` and `count` only."""

    average: Decimal
    count: int
    bars: tuple[Bar, ...]  # 5 stars first, every star count present even when 0

    @property
    def rounded_stars(self) -> int:
        """The average as a whole number of stars, for the star glyphs."""
        return int(self.average.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def rating_of(ratings: Sequence[int]) -> Rating | None:
    """The rating given by `ratings` (each 1 to 5), or None when there are none."""
    if not ratings:
        return None
    count = len(ratings)
    average = (Decimal(sum(ratings)) / count).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)
    bars = tuple(
        Bar(stars, hits, int((Decimal(hits * 100) / count).quantize(
            Decimal(1), rounding=ROUND_HALF_UP)))
        for stars in reversed(RATINGS)
        for hits in [ratings.count(stars)]
    )
    return Rating(average, count, bars)

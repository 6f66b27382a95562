"""Template filters of the rating block. Star glyphs are decoration: the theme always
writes the rating in words too."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_percent

FULL, EMPTY = "★", "☆"


def star_glyphs(stars: int, out_of: int = 5) -> str:
    """`3` -> `★★★☆☆`."""
    stars = max(0, min(stars, out_of))
    return FULL * stars + EMPTY * (out_of - stars)


def percent(value: int, lang: str) -> str:
    """`60` -> `60 %` (narrow no-break space) in French, `60%` in English."""
    return format_percent(Decimal(value) / 100, locale=lang)

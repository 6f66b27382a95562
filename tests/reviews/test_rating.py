"""The average, count and distribution of a product's ratings."""

from __future__ import annotations

from decimal import Decimal

import pytest
from reviews.formatting import percent, star_glyphs
from reviews.rating import rating_of


def test_no_reviews_no_rating() -> None:
    assert rating_of([]) is None


@pytest.mark.parametrize(("ratings", "average"), [
    ([5], "5.0"),
    ([5, 4], "4.5"),
    ([5, 4, 4, 4], "4.3"),  # 4.25 rounds half up, not to the even 4.2
    ([5, 5, 4], "4.7"),
    ([1, 2, 2], "1.7"),
    ([3, 3, 3, 4, 4, 4, 4, 4], "3.6"),  # 3.625
    ([1, 1, 1, 1, 1, 1, 1, 2], "1.1"),  # 1.125
])
def test_average_is_rounded_half_up_to_one_decimal(ratings: list[int], average: str) -> None:
    rating = rating_of(ratings)
    assert rating is not None
    assert rating.average == Decimal(average)
    assert str(rating.average) == average
    assert rating.count == len(ratings)


def test_distribution_lists_every_star_count_from_five_to_one() -> None:
    rating = rating_of([5, 5, 5, 4, 3, 1])
    assert rating is not None
    assert [(bar.stars, bar.count) for bar in rating.bars] == [
        (5, 3), (4, 1), (3, 1), (2, 0), (1, 1)]
    assert [bar.percent for bar in rating.bars] == [50, 17, 17, 0, 17]  # 16.67 rounds up
    assert sum(bar.count for bar in rating.bars) == rating.count


def test_percentages_round_half_up() -> None:
    rating = rating_of([5] * 1 + [4] * 7)  # 12.5 % and 87.5 %
    assert rating is not None
    assert [bar.percent for bar in rating.bars][:2] == [13, 88]


def test_star_glyphs_and_percent_wording() -> None:
    rating = rating_of([5, 4, 4, 4])
    assert rating is not None and rating.rounded_stars == 4
    assert star_glyphs(4) == "★★★★☆"
    assert star_glyphs(0) == "☆☆☆☆☆"
    assert percent(60, "en") == "60%"
    assert percent(60, "fr").startswith("60") and percent(60, "fr").endswith("%")


def test_every_language_version_of_a_product_gets_the_same_reviews_and_rating() -> None:
    import datetime
    from types import SimpleNamespace

    from reviews.files import ReviewFile
    from reviews.published import attach_reviews
    from reviews.schema import Review

    def review(name: str, rating: int, day: int, lang: str) -> ReviewFile:
        record = Review(author=name, rating=rating, date=datetime.date(2026, 5, day),
                        experience_date=datetime.date(2026, 4, 1), verified=True,
                        source="Survey", lang=lang)
        return ReviewFile(f"content/reviews/a/{name}.md", "a", record, f"By *{name}*")

    products = [SimpleNamespace(slug="a", lang="fr"), SimpleNamespace(slug="a", lang="en"),
                SimpleNamespace(slug="b", lang="fr"), SimpleNamespace(slug="b", lang="en")]
    attach_reviews(products, [review("x", 5, 1, "fr"), review("y", 2, 9, "en"),
                              review("z", 4, 5, "fr")])
    for product in products[:2]:
        assert product.rating.average == Decimal("3.7") and product.rating.count == 3
        assert [r.author for r in product.reviews] == ["y", "z", "x"]  # newest first
        assert str(product.reviews[0].html) == "<p>By <em>y</em></p>"
    for product in products[2:]:
        assert product.rating is None and product.reviews == ()

"""What a review file's front matter may hold, and the REVIEWS setting.

A review is `content/reviews/<product-slug>/<anything>.md`. The model is the reviews
plugin's own (the catalog knows products, not what customers say about them) but it is
built on the catalog's base model and field types, so errors read like every other one.
"""

from __future__ import annotations

import datetime
from typing import Annotated

from catalog.kit import IsoDate, Model, Section, Text, invalid, site_language
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    model_validator,
)

RATINGS = range(1, 6)


def _rating(value: int) -> int:
    if value not in RATINGS:
        raise invalid(f"must be a whole number from 1 to 5, got {value}")
    return value


class Review(Model):
    """One customer's review of one product."""

    author: Annotated[Text, Field(description="Name shown with the review")]
    rating: Annotated[int, Field(strict=True, description="1 to 5 stars"),
                      AfterValidator(_rating)]
    date: Annotated[IsoDate, Field(description="When the review was published")]
    experience_date: Annotated[IsoDate, Field(
        description="When the customer used the product (on or before `date`)")]
    verified: Annotated[bool, Field(
        strict=True, description="true when the author is a customer whose order was checked")]
    source: Annotated[Text, Field(description="Where the review was collected")]
    lang: Annotated[str, AfterValidator(site_language),
                    Field(description="Language the review is written in")]
    title: Text | None = None
    product: Annotated[str | None, Field(
        description="The reviewed product's slug; optional, and then the name of the folder "
                    "the file is in (the CMS writes it to choose that folder)")] = None
    import_id: Annotated[str | None, Field(
        description="Set by `make import-reviews`: the row it came from, so it is never "
                    "imported twice")] = None

    @model_validator(mode="after")
    def _experience_first(self) -> Review:
        if self.experience_date > self.date:
            raise invalid(
                f"{self.experience_date} is after the publication date ({self.date}): "
                "a customer reviews what they have already experienced", "experience_date")
        return self


def future_date_message(review: Review, today: datetime.date) -> str | None:
    """Why `review` cannot be published yet, if its date is after `today`."""
    if review.date > today:
        return (f"{review.date} is in the future (today is {today}): a review is published "
                "once it has been written")
    return None


class ReviewSettings(BaseModel):
    """`REVIEWS` in pelicanconf.py."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    policy_page: str = Field(
        "reviews-policy",
        description="slug of the page explaining how reviews are collected and checked")
    checked: bool = Field(
        True, description="whether reviews go through a check before they are published")


# Folders of review files, one subfolder per product (read by the catalog's `content_files`).
SECTION = Section("REVIEWS", ReviewSettings,
                  extra_settings={"REVIEW_PATHS": ["reviews"], "REVIEW_EXCLUDES": []})

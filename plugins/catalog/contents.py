"""The Product content type, as Pelican sees it."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from pelican.contents import Page

from .inputs import read_attribute
from .views import EpubView, ImageFile, PaymentView, RatingView, ReviewView, View

if TYPE_CHECKING:
    from .ebooks import Download, Sample
    from .schema import Ebook, Faq, Image, Offer, SpecValue


class Product(Page):
    """A product page. Its URLs come from the PRODUCT_URL / PRODUCT_LANG_URL settings.

    Besides Pelican's attributes it carries the validated fields of `schema.Product`
    (declared below for type checkers; Pelican sets them from the metadata) and the
    views that plugins attach (see `views.py`).
    """

    mandatory_properties = ("title",)
    default_template = "product"

    # The validated front matter (`schema.Product`); `category` is Pelican's URL wrapper.
    title: str
    slug: str
    lang: str
    summary: str
    kind: str
    sku: str
    category: Any
    tags: list[str]
    updated: datetime.date | None
    images: list[Image]
    offers: list[Offer]
    specs: dict[str, SpecValue]
    faq: list[Faq]
    related: list[str]
    ebook: Ebook | None
    translations: list[Product]
    source_path: str
    source_lines: dict[str, int]

    # Views: what the catalog and other plugins attach (`views.py` says who reads them).
    related_products: View[list[Product]] = View("catalog")
    case_studies: View[list[Any]] = View("catalog")
    sample: View[Sample | None] = View("catalog", None)
    download: View[Download | None] = View("catalog", None)
    reviews: View[Sequence[ReviewView]] = View("reviews", ())
    rating: View[RatingView | None] = View("reviews", None)
    payments: View[Sequence[PaymentView]] = View("payments")
    og_image: View[ImageFile | None] = View("images", None)
    sample_epub: View[EpubView | None] = View("epub", None)

    # Every read of a product while a page renders makes it an input of that page
    # (`inputs.py`): the page is rendered again when the product changes.
    __getattribute__ = read_attribute

    # A product's URL is read on every page that lists it; Pelican recomputes it each time
    # from a copy of all metadata, which dominated the rendering of large catalogs.
    @cached_property
    def url(self) -> str:
        return str(self.get_url_setting("url"))

    @cached_property
    def save_as(self) -> str:
        return str(self.get_url_setting("save_as"))

    @property
    def entry_offer(self) -> Any:
        """The offer a listing shows: the cheapest with a price (in the currency of the
        first offer, prices in two currencies do not compare), else the first."""
        currency = self.offers[0].currency
        priced = [o for o in self.offers if o.pay != "quote" and o.currency == currency]
        return min(priced, key=lambda offer: offer.price) if priced else self.offers[0]

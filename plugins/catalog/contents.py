"""The Product content type, as Pelican sees it."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from pelican.contents import Page


class Product(Page):
    """A product page. Its URLs come from the PRODUCT_URL / PRODUCT_LANG_URL settings.

    Besides Pelican's attributes it carries the validated fields of
    `schema.Product` (offers, specs, images…) and, once the catalog is resolved,
    `related_products` and `case_studies`.
    """

    mandatory_properties = ("title",)
    default_template = "product"

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

"""Merchant feeds: RSS 2.0 with Google Merchant's `g:` elements, one file per language and
currency, one item per offer a shopping service can list.

An offer is listed when it has a price and is paid on the spot: by a payment link or a
bank transfer. Free offers and offers on quote are left out (a shopping service lists a
price, and these have none to show), and so are priced offers without a way to pay
(`pay:` left out: the visitor gets the contact channels).

Pure: products and addresses in, bytes out, written with feedgenerator's RSS 2.0 feed
(`rss_attributes` and `add_item_elements` are its documented extension points). Items are
sorted by SKU and offer; no build time anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from io import StringIO
from typing import Any

from catalog.kit import ContentError, Offer, Product, absolute, error_at, language_tag
from feedgenerator import Rss201rev2Feed

from .text import feed_title, merchant_price, plain

G = "http://base.google.com/ns/1.0"
PAID_ON_THE_SPOT = "bank-transfer"  # besides payment links (https://…)


@dataclass(frozen=True)
class Item:
    id: str  # "AUD-001", or "AUD-001-2" for the second offer of a product with several
    title: str
    description: str
    link: str
    image_link: str | None
    price: str  # "1490.00 EUR"
    currency: str
    order: tuple[str, int]  # (SKU, offer number): the items' order in the file


def listed(offer: Offer) -> bool:
    """Whether a shopping service can list `offer`: a price, paid by link or transfer."""
    paid = offer.pay == PAID_ON_THE_SPOT or (offer.pay or "").startswith("https://")
    return offer.price > 0 and paid


def merchant_id(sku: str, number: int, offers: int) -> str:
    """The SKU, and the offer's number (from 1, as the page's `#offer--N` anchors) when
    the product has several offers: stable while the offers keep their order."""
    return f"{sku}-{number}" if offers > 1 else sku


def items(products: Iterable[Product], lang: str, site_url: str, brand: str,
          ) -> dict[str, list[Item]]:
    """Currency -> the items of `lang`'s feed in that currency, in order."""
    found: dict[str, list[Item]] = {}
    for product in products:
        if product.lang != lang:
            continue
        page = absolute(site_url, product.url)
        # The images plugin's link-preview card (from the product's first image), when the
        # product has images and that plugin runs; a shopping service needs an address.
        card = product.og_image
        image = absolute(site_url, card.url) if card is not None else None
        for number, offer in enumerate(product.offers, start=1):
            if not listed(offer):
                continue
            found.setdefault(offer.currency, []).append(Item(
                id=merchant_id(product.sku, number, len(product.offers)),
                title=f"{plain(product.title)} – {plain(offer.name)}",
                description=plain(product.summary),
                link=f"{page}#offer--{number}",  # the offer on the page, as the theme writes
                image_link=image,
                price=merchant_price(offer.price, offer.currency),
                currency=offer.currency,
                order=(product.sku, number),
            ))
    return {currency: sorted(listing, key=lambda item: item.order)
            for currency, listing in sorted(found.items())}


def id_clashes(products: Iterable[Product]) -> list[ContentError]:
    """Two offers of one language that would get the same `g:id`: a SKU such as
    `AUD-001-2` beside the second offer of `AUD-001`. A shopping service keeps one.
    Two products with one SKU are left to the catalog, which reports them already."""
    seen: dict[tuple[str, str], Product] = {}
    errors = []
    for product in sorted(products, key=lambda p: (p.source_path, p.lang)):
        count = len(product.offers)
        for number in range(1, count + 1):
            key = (product.lang, merchant_id(product.sku, number, count))
            other = seen.setdefault(key, product)
            if other is not product and other.sku != product.sku:
                errors.append(error_at(product, "sku", (
                    f"the merchant feed would name an offer of this product {key[1]!r}, as "
                    f"it names one of {other.source_path}: change one of the SKUs")))
    return errors


class MerchantFeed(Rss201rev2Feed):
    """RSS 2.0 with the `g:` namespace and the elements Google Merchant reads."""

    def rss_attributes(self) -> dict[str, str]:
        return {**super().rss_attributes(), "xmlns:g": G}

    def add_root_elements(self, handler: Any) -> None:
        # RSS 2.0's own, less `lastBuildDate`: feedgenerator dates it by the items, else
        # with the build's time, and an offer's item has no date of its own.
        handler.addQuickElement("title", self.feed["title"])
        handler.addQuickElement("link", self.feed["link"])
        handler.addQuickElement("description", self.feed["description"])
        handler.addQuickElement("atom:link", None, {"rel": "self",
                                                    "href": self.feed["feed_url"]})
        handler.addQuickElement("language", self.feed["language"])

    def add_item_elements(self, handler: Any, item: dict[str, Any]) -> None:
        listed_item: Item = item["merchant"]
        handler.addQuickElement("g:id", listed_item.id)
        handler.addQuickElement("title", item["title"])
        handler.addQuickElement("description", item["description"])
        handler.addQuickElement("link", item["link"])
        if listed_item.image_link is not None:
            handler.addQuickElement("g:image_link", listed_item.image_link)
        handler.addQuickElement("g:price", listed_item.price)
        handler.addQuickElement("g:availability", "in_stock")  # services and files
        handler.addQuickElement("g:brand", self.feed["brand"])
        handler.addQuickElement("g:condition", "new")
        # Services and e-books have no GTIN nor manufacturer part number.
        handler.addQuickElement("g:identifier_exists", "no")


def merchant_feed(listing: Sequence[Item], *, lang: str, site_name: str, feed_url: str,
                  catalog_url: str) -> bytes:
    """The merchant feed of `listing` (one currency), at the absolute address `feed_url`;
    its channel links to the catalogue page `catalog_url`."""
    title = feed_title("Products", site_name, lang)
    feed = MerchantFeed(title=title, link=catalog_url, description=title,
                        language=language_tag(lang), feed_url=feed_url, brand=plain(site_name))
    for listed_item in listing:
        feed.add_item(title=listed_item.title, link=listed_item.link,
                      description=listed_item.description, merchant=listed_item)
    text = StringIO()
    feed.write(text, "utf-8")
    return text.getvalue().encode("utf-8") + b"\n"

"""`product_feeds` in templates: each language's product feed, when it has one."""

from __future__ import annotations

import datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from catalog.kit import SITE_KEY, CatalogSettings, Offer, Settings, Site
from feeds import FeedLink, ProductFeeds
from feeds.settings import FeedsSettings

CATALOG = CatalogSettings.model_validate({"languages": ["fr", "en", "de"], "urls": {
    name: {"fr": "x/", "en": "en/x/", "de": "de/x/"} for name in (
        "home", "catalog", "case_studies")} | {
    name: {"fr": "{slug}/", "en": "en/{slug}/", "de": "de/{slug}/"} for name in (
        "category", "industry", "sample")}})


def product(lang: str, updated: datetime.date | None) -> Any:
    offer = Offer.model_validate({"name": "A", "price": Decimal(1), "currency": "EUR"})
    return SimpleNamespace(title="T", slug="t", lang=lang, url=f"{lang}/t/", summary="S",
                           updated=updated, offers=[offer], entry_offer=offer)


def feeds_of(found: list[Any], **options: Any) -> ProductFeeds:
    feeds = FeedsSettings.model_validate({"site_url": "https://example.com", **options})
    pelican = {"SITENAME": "Boussole", "TIMEZONE": "Europe/Paris"}
    settings = Settings(pelican, {FeedsSettings: feeds, CatalogSettings: CATALOG})
    site = Site(None, tuple(found), (), (), settings)  # type: ignore[arg-type]
    return ProductFeeds({**pelican, SITE_KEY: site})


def test_languages_with_a_dated_product_have_a_feed_and_only_they() -> None:
    feeds = feeds_of([product("fr", datetime.date(2026, 1, 2)), product("en", None)])
    assert dict(feeds) == {"fr": FeedLink("feeds/products.fr.atom.xml",
                                          "Produits · Boussole")}
    assert feeds.get("en") is None and feeds.get("de") is None


def test_no_link_when_the_product_feed_is_turned_off() -> None:
    assert dict(feeds_of([product("fr", datetime.date(2026, 1, 2))], products=None)) == {}

"""`site_feeds` in templates: each language's Atom feeds, when it has some."""

from __future__ import annotations

import datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from catalog.kit import SITE_KEY, CatalogSettings, Offer, Settings, Site
from feeds import FeedLink, SiteFeeds
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


def study(lang: str) -> Any:
    return SimpleNamespace(title="C", lang=lang, url=f"{lang}/c/", summary="S", content="<p>T</p>",
                           date=datetime.datetime(2026, 1, 2, tzinfo=datetime.UTC))


def feeds_of(found: list[Any], studies: tuple[Any, ...] = (), **options: Any) -> SiteFeeds:
    feeds = FeedsSettings.model_validate({"site_url": "https://example.com", **options})
    pelican = {"SITENAME": "Boussole", "TIMEZONE": "Europe/Paris"}
    settings = Settings(pelican, {FeedsSettings: feeds, CatalogSettings: CATALOG})
    catalog = SimpleNamespace(case_studies=lambda lang: list(studies))
    site = Site(catalog, tuple(found), (), (), settings)  # type: ignore[arg-type]
    return SiteFeeds({**pelican, SITE_KEY: site})


def test_languages_with_a_dated_product_have_a_feed_and_only_they() -> None:
    feeds = feeds_of([product("fr", datetime.date(2026, 1, 2)), product("en", None)])
    assert feeds("fr") == {"products": FeedLink("feeds/products.fr.atom.xml",
                                                "Produits · Boussole")}
    assert feeds("en") == {} and feeds("de") == {}


def test_languages_with_a_case_study_have_its_feed_titled_in_their_language() -> None:
    feeds = feeds_of([], studies=(study("fr"), study("en")))
    assert feeds("fr") == {"case_studies": FeedLink("feeds/case-studies.fr.atom.xml",
                                                    "Études de cas · Boussole")}
    assert feeds("en") == {"case_studies": FeedLink("feeds/case-studies.en.atom.xml",
                                                    "Case studies · Boussole")}
    assert feeds("de") == {}  # no case study is written in German


def test_no_link_when_a_feed_is_turned_off() -> None:
    assert feeds_of([product("fr", datetime.date(2026, 1, 2))], products=None)("fr") == {}
    assert feeds_of([], studies=(study("fr"),), case_studies=None)("fr") == {}

"""The demo site's feeds: they parse (lxml and feedparser), list every product of their
language with its page, and the merchant feeds list exactly the priced offers paid on the
spot, at the prices of the front matter."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import feedparser
import pytest
import yaml
from lxml import etree

import pelicanconf
from tests.helpers.build import ROOT, Build

SITE = pelicanconf.FEED_DOMAIN  # the development build has no SITEURL
ATOM = "{http://www.w3.org/2005/Atom}"
G = "{http://base.google.com/ns/1.0}"
LANGS = pelicanconf.CATALOG["languages"]
MERCHANT_FIELDS = ["{G}id", "title", "description", "link", "{G}image_link", "{G}price",
                   "{G}availability", "{G}brand", "{G}condition", "{G}identifier_exists"]


def products(lang: str) -> list[dict[str, Any]]:
    """The front matter of the demo's products in `lang`."""
    found = []
    for path in sorted((ROOT / "content" / "products").glob("*.md")):
        front: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
        if front["lang"] == lang:
            found.append(front)
    return found


def local_file(site: Path, address: str) -> Path:
    """The file of the built site that `address` names."""
    assert address.startswith(SITE + "/"), address
    path = unquote(urlsplit(address).path).lstrip("/")
    return site / (path + "index.html" if path.endswith("/") or not path else path)


@pytest.mark.parametrize("lang", LANGS)
def test_the_product_feed_lists_every_product_of_its_language(built_site: Path,
                                                              lang: str) -> None:
    data = (built_site / "feeds" / f"products.{lang}.atom.xml").read_bytes()
    root = etree.fromstring(data)
    assert root.tag == f"{ATOM}feed"
    feed_url = f"{SITE}/feeds/products.{lang}.atom.xml"
    assert root.findtext(f"{ATOM}id") == feed_url
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == feed_url
    catalog = root.find(f"{ATOM}link[@rel='alternate']").get("href")
    assert catalog == f"{SITE}/{pelicanconf.CATALOG['urls']['catalog'][lang]}"
    assert local_file(built_site, catalog).is_file()
    assert root.findtext(f"{ATOM}title") == (
        f"{'Produits' if lang == 'fr' else 'Products'} · {pelicanconf.SITENAME}")
    expected = {str(front["updated"]): front for front in products(lang)}
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == len(products(lang)) >= 10  # every demo product has `updated`
    dates = [entry.findtext(f"{ATOM}updated") for entry in entries]
    assert dates == sorted(dates, reverse=True)
    assert root.findtext(f"{ATOM}updated") == dates[0]
    ids = set()
    for entry in entries:
        ids.add(entry.findtext(f"{ATOM}id"))
        link = entry.find(f"{ATOM}link[@rel='alternate']").get("href")
        assert local_file(built_site, link).is_file(), link
        day = entry.findtext(f"{ATOM}updated")[:10]
        datetime.date.fromisoformat(day)
        assert entry.findtext(f"{ATOM}title") in {
            front["title"] for front in products(lang) if str(front["updated"]) == day}
        assert entry.findtext(f"{ATOM}summary").strip()
        assert day in expected
    assert len(ids) == len(entries)


@pytest.mark.parametrize("lang", LANGS)
def test_feedparser_reads_the_product_feed(built_site: Path, lang: str) -> None:
    parsed = feedparser.parse((built_site / "feeds" / f"products.{lang}.atom.xml").read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.language == lang
    assert len(parsed.entries) == len(products(lang))
    by_title = {front["title"]: front for front in products(lang)}
    for entry in parsed.entries:
        front = by_title[entry.title]
        assert entry.updated[:10] == str(front["updated"])  # (`updated_parsed` is in UTC)
        assert entry.summary.startswith(" ".join(front["summary"].split()))
        assert entry.link.endswith(f"/{front['slug']}/")


def listed_offers(lang: str) -> dict[str, tuple[dict[str, Any], int, dict[str, Any]]]:
    """Expected g:id -> (front matter, offer number, offer) of the offers with a price,
    paid by link or bank transfer."""
    found = {}
    for front in products(lang):
        offers = front["offers"]
        for number, offer in enumerate(offers, start=1):
            pay = offer.get("pay") or ""
            if Decimal(str(offer["price"])) > 0 and (pay == "bank-transfer"
                                                     or pay.startswith("https://")):
                key = f"{front['sku']}-{number}" if len(offers) > 1 else front["sku"]
                found[key] = (front, number, offer)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_the_merchant_feed_lists_exactly_the_offers_with_a_price_to_pay(
        built_site: Path, lang: str) -> None:
    expected = listed_offers(lang)
    currencies = {offer["currency"] for _, _, offer in expected.values()}
    files = sorted((built_site / "feeds").glob(f"merchant.{lang}.*.xml"))
    assert [path.name for path in files] == [f"merchant.{lang}.{c}.xml" for c in sorted(currencies)]
    seen: dict[str, etree._Element] = {}
    for path in files:
        channel = etree.parse(str(path)).getroot().find("channel")
        assert channel.findtext("link") == (
            f"{SITE}/{pelicanconf.CATALOG['urls']['catalog'][lang]}")
        for item in channel.findall("item"):
            missing = [name for name in MERCHANT_FIELDS
                       if not (item.findtext(name.format(G=G)) or "").strip()]
            assert missing == [], (item.findtext(f"{G}id"), missing)  # demo products have images
            assert item.findtext(f"{G}id") not in seen
            seen[item.findtext(f"{G}id")] = item
    assert sorted(seen) == sorted(expected)
    for merchant_id, item in seen.items():
        front, number, offer = expected[merchant_id]
        price = Decimal(str(offer["price"])).quantize(Decimal("0.01"))
        assert item.findtext(f"{G}price") == f"{price} {offer['currency']}"
        assert item.findtext("title") == f"{front['title']} – {offer['name']}"
        assert item.findtext(f"{G}availability") == "in_stock"
        assert item.findtext(f"{G}condition") == "new"
        assert item.findtext(f"{G}identifier_exists") == "no"
        assert item.findtext(f"{G}brand") == pelicanconf.SITENAME
        link = item.findtext("link")
        assert link.endswith(f"/{front['slug']}/#offer--{number}")
        page = local_file(built_site, link.split("#")[0]).read_text(encoding="utf-8")
        assert f'id="offer--{number}"' in page
        assert local_file(built_site, item.findtext(f"{G}image_link")).is_file()


def test_free_and_quote_only_offers_are_absent(built_site: Path) -> None:
    skus = set()
    for lang in LANGS:
        for front in products(lang):
            if all(Decimal(str(o["price"])) == 0 or o.get("pay") == "quote"
                   for o in front["offers"]):
                skus.add(front["sku"])
    assert skus  # the demo has a free e-book
    text = " ".join(path.read_text(encoding="utf-8")
                    for path in (built_site / "feeds").glob("merchant.*.xml"))
    for sku in skus:
        assert f"<g:id>{sku}" not in text
    assert "4900.00 EUR" not in text  # the express audit's offer on quote


@pytest.mark.parametrize("name", ["merchant.fr.EUR.xml", "merchant.en.EUR.xml"])
def test_feedparser_reads_the_merchant_feed(built_site: Path, name: str) -> None:
    parsed = feedparser.parse((built_site / "feeds" / name).read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    assert parsed.entries and all(entry.get("g_price") for entry in parsed.entries)


def test_the_build_says_what_the_feeds_list(demo_build: Build) -> None:
    log = " ".join(demo_build.stdout.split())  # rich wraps long lines
    assert re.search(r"Feeds: case studies: fr 3, en 3; products: fr \d+, en \d+; "
                     r"merchant offers: fr EUR \d+, en EUR \d+", log), log

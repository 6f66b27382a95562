"""The feeds' pure builders, on plain products: which products and offers are listed, in
which order, with which ids, dates and prices, and that hostile text stays text."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import feedparser
import pytest
from catalog.kit import Offer, Product
from feeds.atom import atom_feed, case_study_entries, entries
from feeds.merchant import G, id_clashes, items, listed, merchant_feed, merchant_id
from feeds.text import feed_title
from lxml import etree

SITE = "https://www.example.com"
PARIS = ZoneInfo("Europe/Paris")
ATOM = "{http://www.w3.org/2005/Atom}"
HOSTILE = "</title><script>alert(1)</script> ]]> & <![CDATA[x]]>\x01\x1f\x0b"
SHOWN = "</title><script>alert(1)</script> ]]> & <![CDATA[x]]>"


def offer(price: str, pay: str | None = "https://buy.stripe.com/abc", currency: str = "EUR",
          name: str = "Essentiel") -> Offer:
    return Offer.model_validate({"name": name, "price": Decimal(price), "currency": currency,
                                 "pay": pay})


@dataclass
class Card:
    url: str


@dataclass
class FakeProduct:
    """What the feeds read of a catalog Product; `entry_offer` is the catalog's own."""

    title: str
    slug: str
    offers: list[Offer]
    updated: datetime.date | None = datetime.date(2026, 10, 14)
    lang: str = "fr"
    sku: str = "AUD-001"
    summary: str = "Un diagnostic."
    og_image: Card | None = None
    source_path: str = "content/products/x.md"
    source_lines: dict[str, int] = field(default_factory=lambda: {"sku": 5})

    @property
    def url(self) -> str:
        prefix = "produits" if self.lang == "fr" else f"{self.lang}/products"
        return f"{prefix}/{self.slug}/"

    @property
    def entry_offer(self) -> Any:
        return Product.entry_offer.fget(self)  # type: ignore[attr-defined]


def product(slug: str, **fields: Any) -> Any:
    fields.setdefault("offers", [offer("1490.00")])
    return FakeProduct(title=fields.pop("title", slug.title()), slug=slug, **fields)


def atom(products: list[Any], lang: str = "fr") -> bytes:
    found, _ = entries(products, lang, SITE, PARIS)
    return atom_feed(found, title=feed_title("Products", "Boussole", lang), lang=lang,
                     site_name="Boussole",
                     home_url=f"{SITE}/produits/",
                     feed_url=f"{SITE}/feeds/products.{lang}.atom.xml")


# The Atom feed ----------------------------------------------------------------------------

def test_entries_are_newest_first_then_by_title_and_undated_products_are_left_out() -> None:
    products = [
        product("b", title="Bravo", updated=datetime.date(2026, 9, 1)),
        product("x", title="X-ray", updated=None),
        product("c", title="charlie", updated=datetime.date(2026, 10, 1)),
        product("a", title="Alpha", updated=datetime.date(2026, 9, 1)),
        product("e", title="Echo", lang="en"),
    ]
    found, left_out = entries(products, "fr", SITE, PARIS)
    assert [entry.title for entry in found] == ["charlie", "Alpha", "Bravo"]
    assert [p.title for p in left_out] == ["X-ray"]


def test_an_entry_is_the_product_page_dated_by_the_product() -> None:
    [entry], _ = entries([product("audit-express")], "fr", SITE, PARIS)
    assert entry.id == entry.link == f"{SITE}/produits/audit-express/"
    assert entry.updated.isoformat() == "2026-10-14T00:00:00+02:00"  # the day, in TIMEZONE


@pytest.mark.parametrize(("lang", "offers", "price"), [
    ("fr", [offer("1490.00")], "1\u202f490,00\xa0€"),  # Babel's French spaces
    ("en", [offer("1490.00")], "€1,490.00"),
    ("fr", [offer("2900.00", name="B"), offer("1490.00", "bank-transfer")],
     "À partir de 1\u202f490,00\xa0€"),
    ("en", [offer("2900.00", name="B"), offer("1490.00", "bank-transfer")], "From €1,490.00"),
    ("fr", [offer("0", None)], "Gratuit"),
    ("en", [offer("4900.00", "quote")], "On quote"),
    ("fr", [offer("4900.00", "quote")], "Sur devis"),
    ("en", [offer("9.99", currency="USD"), offer("1", currency="JPY", name="B")], "From $9.99"),
])
def test_the_summary_ends_with_the_entry_price_in_the_feed_s_language(
        lang: str, offers: list[Offer], price: str) -> None:
    [entry], _ = entries([product("p", lang=lang, offers=offers)], lang, SITE, PARIS)
    assert entry.summary == f"Un diagnostic. — {price}"


def test_the_feed_has_its_id_title_links_and_the_newest_entry_s_date() -> None:
    data = atom([product("a", updated=datetime.date(2026, 3, 1)),
                 product("b", updated=datetime.date(2026, 7, 2))])
    root = etree.fromstring(data)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    assert root.findtext(f"{ATOM}title") == "Produits · Boussole"
    assert root.findtext(f"{ATOM}id") == f"{SITE}/feeds/products.fr.atom.xml"
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == root.findtext(f"{ATOM}id")
    assert root.find(f"{ATOM}link[@rel='alternate']").get("href") == f"{SITE}/produits/"
    assert root.findtext(f"{ATOM}updated") == "2026-07-02T00:00:00+02:00"
    assert root.findtext(f"{ATOM}author/{ATOM}name") == "Boussole"
    english = etree.fromstring(atom([product("a", lang="en")], "en"))
    assert english.findtext(f"{ATOM}title") == "Products · Boussole"


def test_the_same_products_give_the_same_bytes() -> None:
    products = [product("a"), product("b", updated=datetime.date(2026, 1, 2))]
    assert atom(products) == atom(list(reversed(products)))


def test_a_feed_without_entries_is_refused_rather_than_dated_by_the_clock() -> None:
    with pytest.raises(ValueError, match="needs an entry"):
        atom([product("a", updated=None)])


def test_hostile_text_stays_inert_text_in_the_atom_feed() -> None:
    data = atom([product("a", title=HOSTILE, summary=f"<b>{HOSTILE}</b>")])
    assert b"<script" not in data and b"<b>" not in data and b"<![CDATA[" not in data
    entry = etree.fromstring(data).find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == SHOWN
    assert entry.find(f"{ATOM}summary").get("type") == "text"
    assert entry.findtext(f"{ATOM}summary").startswith(f"<b>{SHOWN}</b> — ")
    parsed = feedparser.parse(data)
    assert not parsed.bozo
    assert parsed.entries[0].title == SHOWN
    assert parsed.entries[0].title_detail.type == "text/plain"


def test_a_case_study_feed_lists_its_language_s_studies_with_their_text() -> None:
    def study(slug: str, lang: str, day: int, **fields: Any) -> Any:
        date = datetime.datetime(2026, 10, day, tzinfo=PARIS)
        return SimpleNamespace(**{
            "title": slug.title(), "lang": lang, "url": f"{lang}/{slug}/", "date": date,
            "summary": "<p>Un <em>bilan</em> &amp; un plan</p>", "content": "<p>Texte</p>",
            **fields})

    found = case_study_entries([study("a", "fr", 1), study("b", "fr", 6), study("c", "en", 9),
                                study("d", "fr", 2, modified=datetime.datetime(
                                    2026, 11, 1, tzinfo=PARIS))], "fr", SITE, PARIS)
    assert [e.title for e in found] == ["D", "B", "A"]  # by last change; English left out
    data = atom_feed(found, title="Études de cas · Boussole", lang="fr", site_name="Boussole",
                     home_url=f"{SITE}/etudes-de-cas/",
                     feed_url=f"{SITE}/feeds/case-studies.fr.atom.xml")
    parsed = feedparser.parse(data)
    assert not parsed.bozo
    assert parsed.feed.id == f"{SITE}/feeds/case-studies.fr.atom.xml"
    assert parsed.feed.link == f"{SITE}/etudes-de-cas/"
    assert parsed.feed.title == "Études de cas · Boussole"
    first = parsed.entries[0]
    assert first.id == first.link == f"{SITE}/fr/d/"
    assert first.published.startswith("2026-10-02") and first.updated.startswith("2026-11-01")
    assert first.summary == "Un bilan & un plan"  # Pelican's HTML summary, as text
    assert first.summary_detail.type == "text/plain"
    assert first.content[0].value == "<p>Texte</p>" and first.content[0].type == "text/html"


# The merchant feed ------------------------------------------------------------------------

@pytest.mark.parametrize(("price", "pay", "shown"), [
    ("1490.00", "https://buy.stripe.com/abc", True),
    ("2900.00", "bank-transfer", True),
    ("4900.00", "quote", False),  # no price to list
    ("0", None, False),  # free
    ("0", "https://buy.stripe.com/abc", False),
    ("90.00", None, False),  # no way to pay on the spot: the contact channels
])
def test_only_priced_offers_paid_on_the_spot_are_listed(price: str, pay: str | None,
                                                       shown: bool) -> None:
    assert listed(offer(price, pay)) is shown


def test_ids_are_the_sku_and_the_offer_s_number_when_there_are_several() -> None:
    assert merchant_id("AUD-001", 1, 1) == "AUD-001"
    assert [merchant_id("AUD-001", n, 3) for n in (1, 2, 3)] == [
        "AUD-001-1", "AUD-001-2", "AUD-001-3"]


def test_items_by_currency_with_their_anchor_price_and_image() -> None:
    products = [
        product("b", sku="B-1", offers=[offer("10", name="One")],
                og_image=Card("images/og/b.jpeg")),
        product("a", sku="A-1", title="Audit", offers=[
            offer("1490.00", name="Essentiel"), offer("4900.00", "quote", name="Sur mesure"),
            offer("2900.00", "bank-transfer", name="Approfondi"),
            offer("5000", currency="JPY", name="Japon")]),
        product("c", sku="C-1", lang="en"),
    ]
    found = items(products, "fr", SITE, "Boussole")
    assert list(found) == ["EUR", "JPY"]
    assert [(i.id, i.title, i.link, i.price) for i in found["EUR"]] == [
        ("A-1-1", "Audit – Essentiel", f"{SITE}/produits/a/#offer--1", "1490.00 EUR"),
        ("A-1-3", "Audit – Approfondi", f"{SITE}/produits/a/#offer--3", "2900.00 EUR"),
        ("B-1", "B – One", f"{SITE}/produits/b/#offer--1", "10.00 EUR"),
    ]
    assert [i.price for i in found["JPY"]] == ["5000 JPY"]  # the yen has no decimals
    assert found["EUR"][0].image_link is None
    assert found["EUR"][2].image_link == f"{SITE}/images/og/b.jpeg"


def test_the_merchant_feed_has_every_field_google_reads() -> None:
    listing = items([product("a", og_image=Card("images/og/a.jpeg"))], "fr", SITE,
                    "Boussole")["EUR"]
    data = merchant_feed(listing, lang="fr", site_name="Boussole",
                         feed_url=f"{SITE}/feeds/merchant.fr.EUR.xml",
                         catalog_url=f"{SITE}/produits/")
    root = etree.fromstring(data)
    assert root.tag == "rss" and root.get("version") == "2.0" and root.nsmap["g"] == G
    channel = root.find("channel")
    assert channel.findtext("title") == "Produits · Boussole"
    assert channel.findtext("link") == f"{SITE}/produits/"
    assert channel.find("lastBuildDate") is None  # no build time
    [item] = channel.findall("item")
    assert {child.tag.replace(f"{{{G}}}", "g:"): child.text for child in item} == {
        "g:id": "AUD-001", "title": "A – Essentiel", "description": "Un diagnostic.",
        "link": f"{SITE}/produits/a/#offer--1", "g:image_link": f"{SITE}/images/og/a.jpeg",
        "g:price": "1490.00 EUR", "g:availability": "in_stock", "g:brand": "Boussole",
        "g:condition": "new", "g:identifier_exists": "no"}


def test_hostile_text_stays_inert_text_in_the_merchant_feed() -> None:
    listing = items([product("a", title=HOSTILE, summary=HOSTILE,
                             offers=[offer("1", name=HOSTILE)])], "fr", SITE, HOSTILE)["EUR"]
    data = merchant_feed(listing, lang="fr", site_name=HOSTILE, feed_url=f"{SITE}/f.xml",
                         catalog_url=f"{SITE}/produits/")
    assert b"<script" not in data and b"<![CDATA[" not in data
    item = etree.fromstring(data).find("channel/item")
    assert item.findtext("title") == f"{SHOWN} – {SHOWN}"
    assert item.findtext("description") == SHOWN
    assert item.findtext(f"{{{G}}}brand") == SHOWN
    assert not feedparser.parse(data).bozo


def test_a_sku_that_reads_as_another_product_s_offer_is_a_content_error() -> None:
    products = [product("a", sku="AUD-001", offers=[offer("1"), offer("2", name="B")],
                        source_path="content/products/a.md"),
                product("b", sku="AUD-001-2", source_path="content/products/b.md"),
                product("c", sku="AUD-001-2", lang="en", source_path="content/products/c.md"),
                # The same SKU twice is the catalog's error to report, not a second one.
                product("d", sku="DUP", source_path="content/products/d.md"),
                product("e", sku="DUP", source_path="content/products/e.md")]
    [error] = id_clashes(products)
    assert (error.path, error.line, error.field) == ("content/products/b.md", 5, "sku")
    assert "'AUD-001-2', as it names one of content/products/a.md" in error.message


def test_a_case_study_date_without_a_time_zone_takes_the_site_s() -> None:
    study = SimpleNamespace(title="A", lang="fr", url="fr/a/", summary="S", content="<p>T</p>",
                            date=datetime.datetime(2026, 10, 1))
    (entry,) = case_study_entries([study], "fr", SITE, PARIS)
    assert entry.published.isoformat() == entry.updated.isoformat() == "2026-10-01T00:00:00+02:00"

"""The Atom feeds (RFC 4287) of a language: its products (one entry per product that says
when it last changed, newest first, with its summary and its price) and its case studies
(newest first, with their summary and text).

Pure: products, case studies and addresses in, bytes out, written with feedgenerator
(Pelican's own feed writer). The same content gives the same bytes: no build time
anywhere. Each feed has an id, a title and a home page of its own per language.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from io import StringIO
from typing import Any

from catalog.kit import Product, absolute, language_tag
from feedgenerator import Atom1Feed
from markupsafe import Markup

from .text import entry_price, plain


@dataclass(frozen=True)
class Entry:
    id: str  # the product page's absolute address: unique, and kept while the URL is
    title: str
    link: str
    updated: datetime.datetime
    summary: str
    published: datetime.datetime | None = None
    content: str | None = None  # HTML


def case_study_entries(studies: Iterable[Any], lang: str, site_url: str,
                       zone: datetime.tzinfo) -> list[Entry]:
    """The entries of `lang`'s case-study feed, newest first: the case studies written in
    `lang` (not those shown in another language for want of a translation). Dates
    without a time zone are in the site's (`zone`): Atom needs one."""
    found = []
    for study in studies:
        if study.lang != lang:
            continue
        link = absolute(site_url, study.url)
        published = _zoned(study.date, zone)
        found.append(Entry(
            id=link, title=plain(study.title), link=link,
            updated=_zoned(getattr(study, "modified", None) or study.date, zone),
            published=published, summary=plain(Markup(study.summary).striptags()),
            content=study.content))
    found.sort(key=lambda e: (-e.updated.timestamp(), e.title.casefold(), e.id))
    return found


def _zoned(moment: datetime.datetime, zone: datetime.tzinfo) -> datetime.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def entries(products: Iterable[Product], lang: str, site_url: str,
            zone: datetime.tzinfo) -> tuple[list[Entry], list[Product]]:
    """The entries of `lang`'s feed, newest first (then by title), and the products of
    `lang` left out: those without `updated`. An Atom entry must say when it last changed
    and the product does not; the build's time or a file's would be invented, and would
    announce the product again at every build."""
    dated: list[Product] = []
    undated: list[Product] = []
    for product in products:
        if product.lang != lang:
            continue
        (dated if product.updated is not None else undated).append(product)
    found = [entry(product, site_url, zone) for product in dated]
    found.sort(key=lambda e: (-e.updated.timestamp(), e.title.casefold(), e.id))
    return found, sorted(undated, key=lambda product: (product.title.casefold(), product.slug))


def entry(product: Product, site_url: str, zone: datetime.tzinfo) -> Entry:
    assert product.updated is not None
    link = absolute(site_url, product.url)
    price = entry_price(product.offers, product.entry_offer, product.lang)
    return Entry(
        id=link,
        title=plain(product.title),
        link=link,
        # A day, as the editor wrote it: its start in the site's time zone (TIMEZONE), as
        # Pelican dates the case studies.
        updated=datetime.datetime.combine(product.updated, datetime.time(), tzinfo=zone),
        summary=f"{plain(product.summary)} — {price}",
    )


class AtomFeed(Atom1Feed):
    """Atom1Feed with plain-text summaries: its own are `type="html"`, which a reader
    would render, so a product summary reading `<b>` would become markup. A case study's
    text is HTML (`content`), as its page shows it."""

    def add_item_elements(self, handler: Any, item: dict[str, Any]) -> None:
        handler.addQuickElement("title", item["title"])
        handler.addQuickElement("link", "", {"href": item["link"], "rel": "alternate"})
        handler.addQuickElement("id", item["unique_id"])
        if item["pubdate"] is not None:
            handler.addQuickElement("published", item["pubdate"].isoformat())
        handler.addQuickElement("updated", item["updateddate"].isoformat())
        handler.addQuickElement("summary", item["description"], {"type": "text"})
        if item["content"] is not None:
            handler.addQuickElement("content", item["content"], {"type": "html"})


def atom_feed(found: Sequence[Entry], *, title: str, lang: str, site_name: str,
              feed_url: str, home_url: str) -> bytes:
    """The feed of `found` (at least one: the feed's `updated` is its newest entry's), at
    the absolute address `feed_url` (also its id), the alternate of the page `home_url`
    (the catalogue, the case studies) of its language."""
    if not found:
        raise ValueError("an Atom feed needs an entry to take its date from")
    feed = AtomFeed(
        title=title, link=home_url, description="",
        language=language_tag(lang), feed_url=feed_url, feed_guid=feed_url,
        author_name=plain(site_name),  # RFC 4287: a feed's author, or each entry's
    )
    for item in found:
        feed.add_item(title=item.title, link=item.link, description=item.summary,
                      unique_id=item.id, updateddate=item.updated, pubdate=item.published,
                      content=item.content)
    text = StringIO()
    feed.write(text, "utf-8")
    return text.getvalue().encode("utf-8") + b"\n"

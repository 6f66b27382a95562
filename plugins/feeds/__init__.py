"""Feeds that let buyers and shopping services follow the catalog.

- `feeds/case-studies.<lang>.atom.xml`: an Atom feed of each language's case studies,
  newest first, with their summary and text, in place of Pelican's TRANSLATION_FEED_ATOM
  (`atom.py`): each language's feed has its own id, title and home page.
- `feeds/products.<lang>.atom.xml`: an Atom feed of each language's products, newest
  first by `updated`, with their summary and price (`atom.py`).
- `feeds/merchant.<lang>.<currency>.xml`: a merchant feed (RSS 2.0 with Google Merchant's
  `g:` elements) of each language and currency, one item per offer a shopping service can
  list (`merchant.py`).

A feed whose data did not change is copied from the last build (`cache.py`).

Settings: `FEEDS` (`settings.py`: the site's address, default SITEURL else FEED_DOMAIN,
and the feeds' file names). Phases: `check` (`feeds.ids`, priority 100: two offers that
would share a merchant id) and `written` (`feeds.files`, priority 300: the feeds, with the
other plugins' files, before the sitemap, the search index and the service worker). The
theme links each page to its language's feeds through the `site_feeds` global.
"""

from __future__ import annotations

import datetime
import logging
import zoneinfo
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from catalog.kit import (
    CatalogSettings,
    ContentError,
    Output,
    Site,
    absolute,
    declare,
    phases,
    site_of,
)
from pelican import signals
from pelican.log import console

from .atom import Entry, atom_feed, case_study_entries, entries
from .cache import FeedCache
from .merchant import id_clashes, items, merchant_feed
from .settings import SECTION, FeedsSettings
from .text import feed_title

logger = logging.getLogger(__name__)
# The Atom feeds, by kind: what they list (their title), and the listing page of
# `CATALOG["urls"]` each is the alternate of.
ATOM = {"case_studies": ("Case studies", "case_studies"), "products": ("Products", "catalog")}


@dataclass(frozen=True)
class FeedLink:
    """What a page's head needs to announce a feed."""

    url: str  # relative to the site, as the theme writes links: `{{ SITEURL }}/{{ url }}`
    title: str


@dataclass(frozen=True)
class AtomFeedPlan:
    """One Atom feed the site has: a kind (`ATOM`) in a language with entries."""

    kind: str
    lang: str
    link: FeedLink
    home: str  # site-relative URL of the listing page it follows
    entries: list[Entry]


@dataclass(frozen=True)
class AtomFeeds:
    plans: list[AtomFeedPlan]
    undated_products: dict[str, int]  # language -> products left out (no `updated`)


def _zone(site: Site) -> datetime.tzinfo:
    """The site's time zone (Pelican has checked TIMEZONE; UTC when it is not set)."""
    return zoneinfo.ZoneInfo(site.settings.pelican.get("TIMEZONE") or "UTC")


def _atom_feeds(site: Site) -> AtomFeeds:
    """Every Atom feed of the site, made once per build: the pages' links and the written
    feeds read them. A language without entries of a kind has no such feed, since an
    Atom feed takes its date from its newest entry."""
    def make() -> AtomFeeds:
        options = site.settings.of(FeedsSettings)
        urls = site.settings.of(CatalogSettings).urls
        name = str(site.settings.pelican["SITENAME"])
        plans, undated_products = [], {}
        for lang in site.settings.of(CatalogSettings).languages:
            products, undated = entries(site.products, lang, options.site_url, _zone(site))
            undated_products[lang] = len(undated)
            found = {"case_studies": case_study_entries(site.catalog.case_studies(lang),
                                                        lang, options.site_url, _zone(site)),
                     "products": products}
            for kind, (title, listing) in ATOM.items():
                pattern = getattr(options, kind)
                if pattern and found[kind]:
                    plans.append(AtomFeedPlan(
                        kind, lang, FeedLink(pattern.format(lang=lang),
                                             feed_title(title, name, lang)),
                        getattr(urls, listing)[lang], found[kind]))
        return AtomFeeds(plans, undated_products)
    return site.once("feeds.atom", make)


def _check(site: Site) -> list[ContentError]:
    if site.settings.of(FeedsSettings).merchant is None:
        return []
    return id_clashes(site.products)


def _written(output: Output) -> None:
    site = output.site
    options = site.settings.of(FeedsSettings)
    catalog_urls = site.settings.of(CatalogSettings).urls.catalog
    name = str(site.settings.pelican["SITENAME"])
    files: dict[str, bytes] = {}
    cache = FeedCache(site.settings.cache_folder("feeds"))
    atom = _atom_feeds(site)
    for plan in atom.plans:
        files[plan.link.url] = cache.feed(
            atom_feed, plan.entries, title=plan.link.title, lang=plan.lang, site_name=name,
            feed_url=absolute(options.site_url, plan.link.url),
            home_url=absolute(options.site_url, plan.home))
    merchant = []
    for lang in site.settings.of(CatalogSettings).languages:
        if options.merchant is None:
            break
        for currency, listing in items(site.products, lang, options.site_url, name).items():
            url = options.merchant.format(lang=lang, currency=currency)
            files[url] = cache.feed(
                merchant_feed, listing, lang=lang, site_name=name,
                feed_url=absolute(options.site_url, url),
                catalog_url=absolute(options.site_url, catalog_urls[lang]))
            merchant.append(f"{lang} {currency} {len(listing)}")
    cache.prune()
    for url, data in sorted(files.items()):
        _write(output.folder / url, data)
    console.print(f"Feeds: {_atom_summary(atom)}; merchant offers: "
                  f"{', '.join(merchant) or 'none'}")


def _atom_summary(atom: AtomFeeds) -> str:
    """"case studies: fr 3, en 3; products: fr 9 (1 without a date, left out), en 10"."""
    said = []
    for kind in ATOM:
        counts = []
        for plan in (plan for plan in atom.plans if plan.kind == kind):
            undated = atom.undated_products[plan.lang] if kind == "products" else 0
            left_out = f" ({undated} without a date, left out)" if undated else ""
            counts.append(f"{plan.lang} {len(plan.entries)}{left_out}")
        said.append(f"{kind.replace('_', ' ')}: {', '.join(counts) or 'none'}")
    return "; ".join(said)


def _write(path: Path, data: bytes) -> None:
    if path.exists():
        logger.warning("Feeds: %s is written over by the generated feed", path.name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


class SiteFeeds:
    """`site_feeds(lang)` in templates: the Atom feeds of a language by kind
    ("case_studies", "products"), for the pages' `<link rel="alternate">` and the case
    studies' "follow" link. Read from the checked site when a page is rendered (the
    globals are set before anything is read)."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.settings = settings

    def __call__(self, lang: str) -> dict[str, FeedLink]:
        return _feed_links(site_of(self.settings)).get(lang, {})


def _feed_links(site: Site) -> dict[str, dict[str, FeedLink]]:
    """The feeds of each language by kind, made before pages render (`attach`): every
    page reads these links, not the feeds' entries, so that a product's new price is
    not a change of every page (see the catalog's `inputs.py`)."""
    def make() -> dict[str, dict[str, FeedLink]]:
        links: dict[str, dict[str, FeedLink]] = {}
        for plan in _atom_feeds(site).plans:
            links.setdefault(plan.lang, {})[plan.kind] = plan.link
        return links
    return site.once("feeds.links", make)


def _attach(site: Site) -> None:
    _feed_links(site)


def _template_globals(generator: Any) -> None:
    generator.env.globals["site_feeds"] = SiteFeeds(generator.settings)


def register() -> None:
    declare(SECTION)
    phases.check.register("feeds.ids", 100)(_check)
    phases.attach.register("feeds.links", 100)(_attach)
    phases.written.register("feeds.files", 300)(_written)
    signals.generator_init.connect(_template_globals)

"""Feeds that let buyers and shopping services follow the catalog.

- `feeds/products.<lang>.atom.xml`: an Atom feed of each language's products, newest
  first by `updated`, with their summary and price (`atom.py`).
- `feeds/merchant.<lang>.<currency>.xml`: a merchant feed (RSS 2.0 with Google Merchant's
  `g:` elements) of each language and currency, one item per offer a shopping service can
  list (`merchant.py`).

Settings: `FEEDS` (`settings.py`: the site's address, default SITEURL else FEED_DOMAIN,
and the feeds' file names). Phases: `check` (`feeds.ids`, priority 100: two offers that
would share a merchant id) and `written` (`feeds.files`, priority 300: the feeds, with the
other plugins' files, before the sitemap, the search index and the service worker). The
theme links each page to its language's product feed through the `product_feeds` global.
"""

from __future__ import annotations

import datetime
import logging
import zoneinfo
from collections.abc import Iterator, Mapping
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

from .atom import Entry, atom_feed, entries
from .merchant import id_clashes, items, merchant_feed
from .settings import SECTION, FeedsSettings
from .text import feed_title

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedLink:
    """What a page's head needs to announce a feed."""

    url: str  # relative to the site, as the theme writes links: `{{ SITEURL }}/{{ url }}`
    title: str


def _zone(site: Site) -> datetime.tzinfo:
    """The site's time zone (Pelican has checked TIMEZONE; UTC when it is not set)."""
    return zoneinfo.ZoneInfo(site.settings.pelican.get("TIMEZONE") or "UTC")


def _product_entries(site: Site) -> dict[str, tuple[list[Entry], int]]:
    """Language -> its feed's entries and how many products were left out (no date)."""
    options = site.settings.of(FeedsSettings)
    found = {}
    for lang in site.settings.of(CatalogSettings).languages:
        dated, undated = entries(site.products, lang, options.site_url, _zone(site))
        found[lang] = (dated, len(undated))
    return found


def _entries_once(site: Site) -> dict[str, tuple[list[Entry], int]]:
    return site.once("feeds.entries", lambda: _product_entries(site))


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
    products, merchant = [], []
    for lang, (dated, undated) in _entries_once(site).items():
        if options.products is None:
            break
        url = options.products.format(lang=lang)
        if dated:  # an Atom feed takes its date from its newest entry: none, no feed
            files[url] = atom_feed(dated, lang=lang, site_name=name,
                                   feed_url=absolute(options.site_url, url),
                                   catalog_url=absolute(options.site_url, catalog_urls[lang]))
        left_out = f" ({undated} without a date, left out)" if undated else ""
        products.append(f"{lang} {len(dated)}{left_out}")
    for lang in site.settings.of(CatalogSettings).languages:
        if options.merchant is None:
            break
        for currency, listing in items(site.products, lang, options.site_url, name).items():
            url = options.merchant.format(lang=lang, currency=currency)
            files[url] = merchant_feed(listing, lang=lang, site_name=name,
                                       feed_url=absolute(options.site_url, url),
                                       catalog_url=absolute(options.site_url, catalog_urls[lang]))
            merchant.append(f"{lang} {currency} {len(listing)}")
    for url, data in sorted(files.items()):
        _write(output.folder / url, data)
    console.print(f"Feeds: products: {', '.join(products) or 'none'}; merchant offers: "
                  f"{', '.join(merchant) or 'none'}")


def _write(path: Path, data: bytes) -> None:
    if path.exists():
        logger.warning("Feeds: %s is written over by the generated feed", path.name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


class ProductFeeds(Mapping[str, FeedLink]):
    """`product_feeds` in templates: language -> its product feed, for languages that have
    one (a language whose products all lack `updated` has none). Read from the checked
    site when a page is rendered: the globals are set before anything is read."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.settings = settings

    def _links(self) -> dict[str, FeedLink]:
        site = site_of(self.settings)
        pattern = site.settings.of(FeedsSettings).products
        name = str(self.settings["SITENAME"])
        # Asked by every page rendered: made once per build.
        return site.once("feeds.links", lambda: {
            lang: FeedLink(pattern.format(lang=lang), feed_title(name, lang))
            for lang, (dated, _) in _entries_once(site).items() if pattern and dated})

    def __getitem__(self, lang: str) -> FeedLink:
        return self._links()[lang]

    def __iter__(self) -> Iterator[str]:
        return iter(self._links())

    def __len__(self) -> int:
        return len(self._links())


def _template_globals(generator: Any) -> None:
    generator.env.globals["product_feeds"] = ProductFeeds(generator.settings)


def register() -> None:
    declare(SECTION)
    phases.check.register("feeds.ids", 100)(_check)
    phases.written.register("feeds.files", 300)(_written)
    signals.generator_init.connect(_template_globals)

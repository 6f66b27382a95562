"""The offline page of each language, and what the theme needs to show offline support."""

from __future__ import annotations

import datetime
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from catalog.kit import CatalogSettings, PageToWrite, Site, save_as, site_of

from .settings import OfflineSettings

TEMPLATE = "offline"
# Pages show this until the build knows its version (see precache.stamp_version).
VERSION_PLACEHOLDER = "@@vitrine-build-version@@"
LATEST_UPDATE = "offline.latest-update"


def offline_url(catalog: CatalogSettings, lang: str) -> str:
    """`offline/` in the default language's home, `en/offline/` in English's, and so on."""
    return catalog.urls.home[lang] + "offline/"


def offline_urls(catalog: CatalogSettings) -> dict[str, str]:
    return {lang: offline_url(catalog, lang) for lang in catalog.languages}


def fixed_date(offline: OfflineSettings, environ: dict[str, str]) -> datetime.date | None:
    """The date set for "prices as of": the setting, else SOURCE_DATE_EPOCH's day (UTC)."""
    if offline.prices_as_of is not None:
        return offline.prices_as_of
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).date()
    return None


def latest_update(site: Site) -> datetime.date | None:
    """The latest `updated` date of any product: when its prices were last stated. Made
    before pages render (`attach`): every page shows it, so every page has this date as
    an input, not every product (see the catalog's `inputs.py`)."""
    def latest() -> datetime.date | None:
        dates = [p.updated for p in site.catalog.all_products() if p.updated is not None]
        return max(dates, default=None)
    return site.once(LATEST_UPDATE, latest)


@dataclass(frozen=True)
class ThemeOffline:
    """The `offline` template variable."""

    enabled: bool
    theme_color: str
    urls: dict[str, str]
    fixed_as_of: datetime.date | None
    precached: tuple[str, ...]  # listing pages cached at the first visit (CATALOG urls names)
    pelican_settings: Mapping[str, Any] = field(compare=False, repr=False)
    version: str = VERSION_PLACEHOLDER

    def page_url(self, lang: str) -> str:
        return self.urls[lang]

    def prices_as_of(self) -> datetime.date | None:
        return self.fixed_as_of or latest_update(site_of(self.pelican_settings))


def theme_offline(offline: OfflineSettings, catalog: CatalogSettings,
                  pelican_settings: Mapping[str, Any]) -> ThemeOffline:
    return ThemeOffline(offline.enabled, offline.theme_color, offline_urls(catalog),
                        fixed_date(offline, dict(os.environ)), tuple(offline.precache_pages),
                        pelican_settings)


def offline_pages(site: Site) -> list[PageToWrite]:
    """The offline page of every language (the service worker's last resort)."""
    offline = site.settings.of(OfflineSettings)
    if not offline.enabled:
        return []
    urls = offline_urls(site.settings.of(CatalogSettings))
    return [PageToWrite(save_as(url), TEMPLATE, lang, {"url": url, "alternates": urls})
            for lang, url in sorted(urls.items())]

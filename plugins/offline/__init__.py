"""Offline reading and installation: service worker, web app manifest, offline pages.

Phases: `pages` (`offline.pages`: the offline page of each language) and `written`
(`offline.worker`, priority 100, after every plugin that writes files: from the files
actually written, `manifest.webmanifest` naming the icons found in `icons/`, the build
version stamped into every page's footer, the precache manifest of the shell
(`precache.py`) and `sw.js` at the site root (`worker.py`)). `OFFLINE = {"enabled": False}`
ships a service worker that removes itself.
"""

from __future__ import annotations

import logging
import time
from typing import Any
from urllib.parse import urlsplit

from catalog.kit import (
    CatalogSettings,
    Output,
    Site,
    declare,
    phases,
    save_as,
    settings_of,
    stop_build,
)
from pelican import signals
from pelican.log import console

from . import precache
from .manifest import MANIFEST, found_icons, manifest, manifest_json
from .pages import VERSION_PLACEHOLDER, latest_update, offline_pages, theme_offline
from .settings import SECTION, OfflineSettings
from .worker import kill_switch, service_worker

logger = logging.getLogger(__name__)


def _latest_update(site: Site) -> None:
    latest_update(site)


def _globals(generator: Any) -> None:
    settings = settings_of(generator.settings)
    generator.env.globals["offline"] = theme_offline(settings.of(OfflineSettings),
                                                     settings.of(CatalogSettings),
                                                     generator.settings)


def _kb(size: int) -> str:
    return f"{size / 1024:,.0f} KB"


def _finish(output: Output) -> None:
    started = time.perf_counter()
    settings = output.site.settings
    offline, catalog = settings.of(OfflineSettings), settings.of(CatalogSettings)
    folder = output.folder
    site = {"SITENAME": settings.pelican["SITENAME"], "lang": settings.pelican["DEFAULT_LANG"]}
    data = manifest(offline, site["SITENAME"], site["lang"], found_icons(folder))
    (folder / MANIFEST).write_text(manifest_json(data), encoding="utf-8")
    version = precache.build_version(folder, output.known_digest)
    precache.stamp_version(folder, VERSION_PLACEHOLDER, version)
    if not offline.enabled:
        (folder / "sw.js").write_text(kill_switch(), encoding="utf-8")
        console.print(f"Offline: support turned off, sw.js removes itself; version {version}")
        return
    base = urlsplit(settings.pelican.get("SITEURL") or "").path.rstrip("/")
    theme = theme_offline(offline, catalog, settings.pelican)
    pages = [save_as(url) for url in theme.urls.values()]
    pages += [save_as(catalog.urls.model_dump()[name][lang])
              for name in offline.precache_pages for lang in catalog.languages]
    missing = [url for url in offline.precache_urls if not (folder / save_as(url)).is_file()]
    if missing:
        stop_build(f"OFFLINE.precache_urls: {missing[0]!r} is not a page of the "
                   "site; the previous site was left in place", 2)
    pages += [save_as(url) for url in offline.precache_urls]
    entries = precache.entries(folder, precache.shell_files(folder, pages), base)
    offline_pages = {f"{base}/{catalog.urls.home[lang]}": precache.relative_url(save_as(url), base)
                     for lang, url in theme.urls.items()}
    (folder / "sw.js").write_text(
        service_worker(version, entries, offline_pages, offline.network_timeout_ms,
                       offline.image_cache_entries),
        encoding="utf-8",
    )
    size, budget = precache.total_size(entries), offline.precache_budget_kb * 1024
    console.print(f"Offline: {len(entries)} files precached, {_kb(size)} of the {_kb(budget)} "
                  f"budget; version {version} ({time.perf_counter() - started:.2f} s)")
    if size > budget:
        logger.warning("Offline: the precache (%s) is over its budget of %s "
                       "(OFFLINE['precache_budget_kb']): first visits download all of it",
                       _kb(size), _kb(budget))


def register() -> None:
    declare(SECTION)
    phases.pages.register("offline.pages", 100)(offline_pages)
    phases.attach.register("offline.latest-update", 100)(_latest_update)
    phases.written.register("offline.worker", 100)(_finish)
    signals.generator_init.connect(_globals)

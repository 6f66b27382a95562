"""Offline reading and installation: service worker, web app manifest, offline pages.

After every build, from the files actually written: `manifest.webmanifest` (naming the
icons found in `icons/`), the build version stamped into every page's footer, the
precache manifest of the shell (`precache.py`) and `sw.js` at the site root (`worker.py`),
and `_headers`, the site's security headers (`headers.py`). It runs at `finalized`, so a
plugin that writes files then (the search index) must come before `offline` in PLUGINS.
`OFFLINE = {"enabled": False}` ships a service worker that removes itself.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from catalog.errors import ContentError, stop_build
from catalog.hooks import catalog_checks
from catalog.model import save_as
from catalog.settings import SettingsError as CatalogSettingsError
from catalog.settings import load_settings as load_catalog_settings
from pelican import signals
from pelican.log import console

from . import precache
from .headers import netlify_headers
from .manifest import MANIFEST, found_icons, manifest, manifest_json
from .pages import VERSION_PLACEHOLDER, OfflinePagesGenerator, taken_urls, theme_offline
from .settings import OfflineSettings, SettingsError, load_settings
from .worker import kill_switch, service_worker

logger = logging.getLogger(__name__)
HEADERS_FILE = "_headers"


def _settings(settings: dict[str, Any]) -> tuple[OfflineSettings, Any]:
    try:
        return load_settings(settings), load_catalog_settings(settings)
    except (SettingsError, CatalogSettingsError) as error:
        stop_build(f"settings: {error}", 2)


def _check(pelican: Any) -> None:
    _settings(pelican.settings)


def _globals(generator: Any) -> None:
    offline, catalog = _settings(generator.settings)
    generator.env.globals["offline"] = theme_offline(offline, catalog)


def _check_urls(
    catalog: Any, products: list[Any], contents: list[Any], settings: dict[str, Any]
) -> list[ContentError]:
    offline, catalog_settings = _settings(settings)
    return taken_urls(contents, theme_offline(offline, catalog_settings)) if offline.enabled else []


def _generators(pelican: Any) -> type[OfflinePagesGenerator]:
    return OfflinePagesGenerator


def _kb(size: int) -> str:
    return f"{size / 1024:,.0f} KB"


def _finish(pelican: Any) -> None:
    started = time.perf_counter()
    offline, catalog = _settings(pelican.settings)
    folder = Path(pelican.output_path)
    site = {"SITENAME": pelican.settings["SITENAME"], "lang": pelican.settings["DEFAULT_LANG"]}
    data = manifest(offline, site["SITENAME"], site["lang"], found_icons(folder))
    (folder / MANIFEST).write_text(manifest_json(data), encoding="utf-8")
    (folder / HEADERS_FILE).write_text(netlify_headers(), encoding="utf-8")
    version = precache.build_version(folder)
    precache.stamp_version(folder, VERSION_PLACEHOLDER, version)
    if not offline.enabled:
        (folder / "sw.js").write_text(kill_switch(), encoding="utf-8")
        console.print(f"Offline: support turned off, sw.js removes itself; version {version}")
        return
    base = urlsplit(pelican.settings.get("SITEURL") or "").path.rstrip("/")
    theme = theme_offline(offline, catalog)
    pages = [save_as(url) for url in theme.urls.values()]
    pages += [save_as(catalog.urls.model_dump()[name][lang])
              for name in offline.precache_pages for lang in catalog.languages]
    missing = [url for url in offline.precache_urls if not (folder / save_as(url)).is_file()]
    if missing:
        stop_build(f"settings: OFFLINE.precache_urls: {missing[0]!r} is not a page of the "
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
    signals.initialized.connect(_check)
    signals.generator_init.connect(_globals)
    signals.get_generators.connect(_generators)
    catalog_checks.connect(_check_urls)
    signals.finalized.connect(_finish)

"""Search: a static full-text index (Pagefind) and a search page per language.

Settings: `SEARCH = {"urls": {"fr": "recherche/", "en": "en/search/"}}` (optional; one
URL per language of `CATALOG["languages"]`). At the end of every build, before the new
site is swapped in, Pagefind indexes the HTML written into the staging folder, and the
bundle lands in `pagefind/` beside it; a failure stops the build with a one-line reason
and leaves the previous `output/` in place. Templates get `search_urls` (language →
URL) to link the search page and put a search form in the header.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from catalog.errors import stop_build
from pelican import signals
from pelican.log import console

from .index import SearchIndexError, build_index
from .pages import SearchPagesGenerator
from .settings import SettingsError, load_settings


def _check_settings(pelican: Any) -> None:
    try:
        load_settings(pelican.settings)
    except SettingsError as mistake:
        stop_build(f"settings: {mistake}", 2)


def _pages(_: Any) -> type[SearchPagesGenerator]:
    return SearchPagesGenerator


def _template_globals(generator: Any) -> None:
    generator.env.globals["search_urls"] = load_settings(generator.settings).urls


def _index(pelican: Any) -> None:
    # Connected at registration, so it runs before atomic_output's swap (re-connected
    # last on every run): `output_path` is still the staging folder being built.
    try:
        summary = build_index(Path(pelican.output_path),
                              cache=Path(pelican.settings["CACHE_PATH"]).parent / "search-index")
    except SearchIndexError as failure:
        stop_build(f"search: {failure}; the previous site was left in place", 1)
    console.print(str(summary))


def register() -> None:
    signals.initialized.connect(_check_settings)
    signals.get_generators.connect(_pages)
    signals.generator_init.connect(_template_globals)
    signals.finalized.connect(_index)

"""Search: a static full-text index (Pagefind) and a search page per language.

Settings: `SEARCH = {"urls": {"fr": "recherche/", "en": "en/search/"}}` (optional; one
URL per language of `CATALOG["languages"]`). Phases: `pages` (`search.pages`: the search
page of each language) and `written` (`search.index`, priority 200: Pagefind indexes the
HTML written into the staging folder, after the plugins that write files and before the
offline plugin lists them; the bundle lands in `pagefind/`). A failure stops the build
with a one-line reason and leaves the previous `output/` in place. Templates get
`search_urls` (language → URL) to link the search page and put a search form in the
header.
"""

from __future__ import annotations

from typing import Any

from catalog.kit import Output, declare, phases, settings_of, stop_build
from pelican import signals
from pelican.log import console

from .index import SearchIndexError, build_index
from .pages import search_pages
from .settings import SECTION, SearchSettings


def _template_globals(generator: Any) -> None:
    generator.env.globals["search_urls"] = settings_of(generator.settings).of(SearchSettings).urls


def _index(output: Output) -> None:
    try:
        summary = build_index(output.folder,
                              cache=output.site.settings.cache_folder("search-index"),
                              known=output.known_digest)
    except SearchIndexError as failure:
        stop_build(f"search: {failure}; the previous site was left in place", 1)
    console.print(str(summary))


def register() -> None:
    declare(SECTION)
    phases.pages.register("search.pages", 100)(search_pages)
    phases.written.register("search.index", 200)(_index)
    signals.generator_init.connect(_template_globals)

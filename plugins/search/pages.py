"""Writes the search page of each language (template `search.html`)."""

from __future__ import annotations

from typing import Any

from catalog.model import save_as
from pelican.generators import Generator

from .settings import load_settings


class SearchPagesGenerator(Generator):
    """One search page per language, at `SEARCH["urls"][lang]`."""

    def generate_context(self) -> None:
        pass

    def generate_output(self, writer: Any) -> None:
        urls = load_settings(self.settings).urls
        template = self.get_template("search")
        for lang, url in sorted(urls.items()):
            writer.write_file(
                save_as(url), template, self.context,
                relative_urls=self.settings["RELATIVE_URLS"],
                lang=lang, url=url, alternates=dict(sorted(urls.items())),
            )

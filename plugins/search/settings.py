"""The search plugin's settings section (`SEARCH` in pelicanconf.py): one relative URL per
language of the site, by default `recherche/` for French and `search/` for another default
language, `<lang>/search/` for the others."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from catalog.kit import CatalogSettings, Section, Settings
from pydantic import BaseModel, ConfigDict, field_validator

# Where the search page of each language is written when pelicanconf.py says nothing.
DEFAULT_URLS = {"fr": "recherche/", "en": "search/"}


class SearchSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    urls: dict[str, str]

    @field_validator("urls")
    @classmethod
    def _relative(cls, urls: dict[str, str]) -> dict[str, str]:
        for lang, url in urls.items():
            if url.startswith("/") or ".." in url.split("/") or "{" in url:
                raise ValueError(f"{lang}: {url!r} must be a relative URL inside the site, "
                                 "without placeholders")
        return urls


def default_urls(settings: Mapping[str, Any]) -> dict[str, Any]:
    """A search page for each language of `CATALOG["languages"]`."""
    catalog = settings.get("CATALOG")
    languages = catalog.get("languages") if isinstance(catalog, Mapping) else None
    default_lang = settings.get("DEFAULT_LANG")
    return {"urls": {
        lang: DEFAULT_URLS.get(lang, "search/") if lang == default_lang
        else f"{lang}/{DEFAULT_URLS.get(lang, 'search/')}"
        for lang in languages or [] if isinstance(lang, str)
    }}


def one_per_language(search: SearchSettings, settings: Settings) -> list[tuple[str, str]]:
    """Every language of the site has a search page, and only they do."""
    languages = settings.of(CatalogSettings).languages
    problems = []
    missing = [lang for lang in languages if lang not in search.urls]
    if missing:
        problems.append(("urls", f"no URL for {', '.join(missing)}"))
    unknown = sorted(set(search.urls) - set(languages))
    if unknown:
        problems.append(("urls", f"{', '.join(unknown)} is not in CATALOG.languages"))
    return problems


SECTION = Section("SEARCH", SearchSettings, defaults=default_urls, cross_check=one_per_language)

"""The search plugin's settings (`SEARCH` in pelicanconf.py), validated at start-up."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

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


class SettingsError(Exception):
    """A mistake in the SEARCH setting."""


def load_settings(settings: dict[str, Any]) -> SearchSettings:
    """Validate `settings["SEARCH"]` against the site's languages (`CATALOG["languages"]`)."""
    languages = list((settings.get("CATALOG") or {}).get("languages") or [])
    default_lang = settings.get("DEFAULT_LANG")
    raw = settings.get("SEARCH") or {}
    if "urls" not in raw and isinstance(raw, dict):
        raw = {**raw, "urls": {
            lang: DEFAULT_URLS.get(lang, "search/") if lang == default_lang
            else f"{lang}/{DEFAULT_URLS.get(lang, 'search/')}"
            for lang in languages
        }}
    try:
        search = SearchSettings.model_validate(raw)
    except ValidationError as error:
        raise SettingsError("; ".join(
            f"SEARCH.{'.'.join(map(str, e['loc']))}: {e['msg'].removeprefix('Value error, ')}"
            .replace("SEARCH.:", "SEARCH:")
            for e in error.errors()
        )) from None
    missing = [lang for lang in languages if lang not in search.urls]
    if missing:
        raise SettingsError(f"SEARCH.urls has no URL for {', '.join(missing)}")
    unknown = sorted(set(search.urls) - set(languages))
    if unknown:
        raise SettingsError(f"SEARCH.urls: {', '.join(unknown)} is not in CATALOG.languages")
    return search

"""The SEARCH setting: one relative URL per language of the site, checked at start-up."""

from __future__ import annotations

from typing import Any

import pytest
from catalog.registry import SettingsErrors, validate_settings
from catalog.settings import SECTION as CATALOG_SECTION
from search.settings import SECTION, SearchSettings

import pelicanconf

SITE = {"DEFAULT_LANG": "fr", "CATALOG": pelicanconf.CATALOG}


def load(settings: dict[str, Any]) -> SearchSettings:
    return validate_settings(settings, sections=[CATALOG_SECTION, SECTION]).of(SearchSettings)


def settings(search: Any) -> dict[str, Any]:
    return {**SITE, "SEARCH": search}


def test_without_the_setting_each_language_gets_a_search_page() -> None:
    assert load(dict(SITE)).urls == {"fr": "recherche/", "en": "en/search/"}


def test_urls_are_taken_as_given() -> None:
    urls = {"fr": "chercher/", "en": "en/find/"}
    assert load(settings({"urls": urls})).urls == urls


@pytest.mark.parametrize(("search", "message"), [
    ({"urls": {"fr": "recherche/"}}, "SEARCH.urls: no URL for en"),
    ({"urls": {"fr": "recherche/", "en": "en/search/", "de": "de/suche/"}},
     "SEARCH.urls: de is not in CATALOG.languages"),
    ({"urls": {"fr": "/recherche/", "en": "en/search/"}}, "'/recherche/' must be a relative URL"),
    ({"urls": {"fr": "../recherche/", "en": "en/search/"}}, "must be a relative URL"),
    ({"urls": {"fr": "recherche/", "en": "en/search/"}, "engine": "stork"},
     "SEARCH.engine: unknown key; allowed keys: urls"),
])
def test_mistakes_are_named(search: dict[str, Any], message: str) -> None:
    with pytest.raises(SettingsErrors) as caught:
        load(settings(search))
    assert message in caught.value.report()

"""The SEARCH setting: one relative URL per language of the site, checked at start-up."""

from __future__ import annotations

from typing import Any

import pytest
from search.settings import SettingsError, load_settings

SITE = {"DEFAULT_LANG": "fr", "CATALOG": {"languages": ["fr", "en"]}}


def settings(search: Any) -> dict[str, Any]:
    return {**SITE, "SEARCH": search}


def test_without_the_setting_each_language_gets_a_search_page() -> None:
    assert load_settings(SITE).urls == {"fr": "recherche/", "en": "en/search/"}


def test_urls_are_taken_as_given() -> None:
    urls = {"fr": "chercher/", "en": "en/find/"}
    assert load_settings(settings({"urls": urls})).urls == urls


@pytest.mark.parametrize(("search", "message"), [
    ({"urls": {"fr": "recherche/"}}, "SEARCH.urls has no URL for en"),
    ({"urls": {"fr": "recherche/", "en": "en/search/", "de": "de/suche/"}},
     "SEARCH.urls: de is not in CATALOG.languages"),
    ({"urls": {"fr": "/recherche/", "en": "en/search/"}}, "'/recherche/' must be a relative URL"),
    ({"urls": {"fr": "../recherche/", "en": "en/search/"}}, "must be a relative URL"),
    ({"urls": {"fr": "recherche/", "en": "en/search/"}, "engine": "stork"},
     "SEARCH.engine: Extra inputs are not permitted"),
])
def test_mistakes_are_named(search: dict[str, Any], message: str) -> None:
    with pytest.raises(SettingsError, match=message.replace(".", r"\.").replace("(", r"\(")):
        load_settings(settings(search))

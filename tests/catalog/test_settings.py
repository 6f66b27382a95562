"""The CATALOG setting is validated before anything is read."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from catalog.settings import SettingsError, load_settings

import pelicanconf


def settings_with(**urls: dict[str, str]) -> dict[str, Any]:
    catalog = copy.deepcopy(pelicanconf.CATALOG)
    catalog["urls"].update(urls)
    return {"CATALOG": catalog, "DEFAULT_LANG": "fr"}


def test_the_demo_settings_are_valid() -> None:
    catalog = load_settings(settings_with())
    assert catalog.languages == ["fr", "en"]


@pytest.mark.parametrize(
    ("urls", "message"),
    [
        ({"home": {"fr": "", "en": "{lang}/"}}, "urls.home: Value error, en: '{lang}/' must "
                                               "contain no placeholder"),
        ({"category": {"fr": "categories/", "en": "en/categories/{slug}/"}},
         "urls.category: Value error, fr: 'categories/' must contain '{slug}'"),
        ({"catalog": {"fr": "/produits/", "en": "en/products/"}},
         "urls.catalog: Value error, fr: '/produits/' must be relative"),
        ({"catalog": {"fr": "produits/"}}, "urls.catalog has no URL for en"),
        # URLs of pages that plugins write: `{slug}` or no placeholder, every language.
        ({"compare": {"fr": "c/{name}/", "en": "en/c/{slug}/"}},
         "compare: fr: 'c/{name}/' must contain no placeholder or '{slug}'"),
        ({"compare": {"fr": "../c/", "en": "en/c/"}}, "compare: fr: '../c/' must be relative"),
        ({"compare": {"fr": "c/{slug}/"}}, "urls.compare has no URL for en"),
        ({"compare": "c/"}, "compare: expected a URL per language"),
    ],
)
def test_url_patterns_are_checked(urls: dict[str, dict[str, str]], message: str) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(settings_with(**urls))
    assert message in str(caught.value)


def test_default_language_must_be_one_of_the_languages() -> None:
    settings = settings_with()
    settings["DEFAULT_LANG"] = "de"
    with pytest.raises(SettingsError, match=r"DEFAULT_LANG 'de' is not in CATALOG\.languages"):
        load_settings(settings)

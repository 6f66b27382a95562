"""The CATALOG setting is validated before anything is read."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from catalog.registry import SettingsErrors, validate_settings
from catalog.settings import SECTION, CatalogSettings

import pelicanconf


def settings_with(**urls: dict[str, str]) -> dict[str, Any]:
    catalog = copy.deepcopy(pelicanconf.CATALOG)
    catalog["urls"].update(urls)
    return {"CATALOG": catalog, "DEFAULT_LANG": "fr"}


def load_settings(settings: dict[str, Any]) -> CatalogSettings:
    return validate_settings(settings, sections=[SECTION]).of(CatalogSettings)


def test_the_demo_settings_are_valid() -> None:
    catalog = load_settings(settings_with())
    assert catalog.languages == ["fr", "en"]


@pytest.mark.parametrize(
    ("urls", "message"),
    [
        ({"home": {"fr": "", "en": "{lang}/"}}, "CATALOG.urls.home: en: '{lang}/' must "
                                               "contain no placeholder"),
        ({"category": {"fr": "categories/", "en": "en/categories/{slug}/"}},
         "CATALOG.urls.category: fr: 'categories/' must contain '{slug}'"),
        ({"catalog": {"fr": "/produits/", "en": "en/products/"}},
         "CATALOG.urls.catalog: fr: '/produits/' must be relative"),
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
    with pytest.raises(SettingsErrors) as caught:
        load_settings(settings_with(**urls))
    assert message in caught.value.report()


def test_default_language_must_be_one_of_the_languages() -> None:
    settings = settings_with()
    settings["DEFAULT_LANG"] = "de"
    with pytest.raises(SettingsErrors, match=r"1 settings error") as caught:
        load_settings(settings)
    assert "CATALOG.languages: DEFAULT_LANG 'de' is not in CATALOG.languages" in (
        caught.value.report())

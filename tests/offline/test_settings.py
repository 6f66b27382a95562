"""OFFLINE settings, and the date saved copies show."""

from __future__ import annotations

import datetime
import re

import pytest
from catalog.registry import SettingsErrors, validate_settings
from catalog.settings import SECTION as CATALOG_SECTION
from offline.pages import fixed_date
from offline.settings import SECTION, OfflineSettings

import pelicanconf

SITE = {"DEFAULT_LANG": "fr", "CATALOG": pelicanconf.CATALOG}


def test_defaults_need_no_setting() -> None:
    offline = validate_settings(dict(SITE), sections=[CATALOG_SECTION, SECTION]).of(
        OfflineSettings)
    assert offline.enabled and offline.precache_pages == ["home", "catalog"]


@pytest.mark.parametrize(("value", "message"), [
    ({"precache_pages": ["category"]}, "'category' is not a page of CATALOG['urls']"),
    ({"short_name": "Boussole Conseil"}, "short_name: String should have at most 12"),
    ({"network_timeout_ms": 0}, "network_timeout_ms: Input should be greater than 0"),
])
def test_mistakes_are_named(value: dict[str, object], message: str) -> None:
    with pytest.raises(SettingsErrors) as caught:
        validate_settings({**SITE, "OFFLINE": value}, sections=[CATALOG_SECTION, SECTION])
    assert re.search(r"OFFLINE\.(\S+: )?" + re.escape(message), caught.value.report())


def test_prices_as_of_is_the_setting_else_the_source_date_epoch() -> None:
    assert fixed_date(OfflineSettings(), {}) is None
    assert fixed_date(OfflineSettings(), {"SOURCE_DATE_EPOCH": "1790000000"}) == (
        datetime.date(2026, 9, 21))
    chosen = OfflineSettings(prices_as_of=datetime.date(2026, 1, 2))
    assert fixed_date(chosen, {"SOURCE_DATE_EPOCH": "1790000000"}) == datetime.date(2026, 1, 2)

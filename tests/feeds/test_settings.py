"""The FEEDS settings: the feeds' file names, and which case-study feeds are on (the
site's absolute address is checked as every section's, build included, in
tests/catalog/test_address.py)."""

from __future__ import annotations

import pytest
from feeds.settings import SECTION

from tests.helpers.settings import load, mistakes


def test_default_file_names_sit_together_in_feeds() -> None:
    feeds = load(SECTION, {"SITEURL": "https://example.com"})
    assert feeds.case_studies == "feeds/case-studies.{lang}.atom.xml"
    assert feeds.products == "feeds/products.{lang}.atom.xml"
    assert feeds.merchant == "feeds/merchant.{lang}.{currency}.xml"


@pytest.mark.parametrize("key", ["case_studies", "products", "merchant"])
@pytest.mark.parametrize("off", [None, ""])
def test_a_feed_can_be_turned_off(key: str, off: str | None) -> None:
    feeds = load(SECTION, {"SITEURL": "https://example.com", "FEEDS": {key: off}})
    assert getattr(feeds, key) is None


def test_pelican_s_case_study_feeds_and_the_plugin_s_cannot_both_be_on() -> None:
    report = mistakes(SECTION, {"SITEURL": "https://example.com",
                                "TRANSLATION_FEED_ATOM": "feeds/{lang}.atom.xml"})
    assert report == ("FEEDS.case_studies: Pelican's TRANSLATION_FEED_ATOM writes case-study "
                      "feeds too, with one id and title for every language: set "
                      "TRANSLATION_FEED_ATOM = None, or FEEDS['case_studies'] = None to keep "
                      "Pelican's")
    assert load(SECTION, {"SITEURL": "https://example.com", "FEEDS": {"case_studies": None},
                          "TRANSLATION_FEED_ATOM": "feeds/{lang}.atom.xml"})


@pytest.mark.parametrize(("key", "pattern", "message"), [
    ("products", "feeds/products.atom.xml", "must contain '{lang}' and no other placeholder"),
    ("products", "feeds/{lang}/{slug}.xml", "must contain '{lang}' and no other placeholder"),
    ("merchant", "feeds/merchant.{lang}.xml",
     "must contain '{currency}' and '{lang}' and no other placeholder"),
    ("products", "/feeds/products.{lang}.xml", "must be the path of a file inside the site"),
    ("products", "../products.{lang}.xml", "must be the path of a file inside the site"),
    ("products", "feeds/{lang}/", "must be the path of a file inside the site"),
    ("products", "feeds/{lang", "expected '}' before end of string"),
])
def test_a_wrong_file_name_is_named(key: str, pattern: str, message: str) -> None:
    report = mistakes(SECTION, {"SITEURL": "https://example.com", "FEEDS": {key: pattern}})
    assert report.startswith(f"FEEDS.{key}: ") and message in report, report


def test_an_unknown_key_is_named() -> None:
    report = mistakes(SECTION, {"SITEURL": "https://example.com", "FEEDS": {"product": "x"}})
    assert "FEEDS.product: unknown key (did you mean 'products'?)" in report

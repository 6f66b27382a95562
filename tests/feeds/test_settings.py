"""The FEEDS settings: the site's address (SITEURL, else FEED_DOMAIN, else a settings
error saying what to write) and the feeds' file names."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from catalog.registry import SettingsErrors, validate_settings
from feeds.settings import SECTION, FeedsSettings

from tests.helpers.build import ROOT, run_build, snapshot


def load(settings: dict[str, Any]) -> FeedsSettings:
    return validate_settings(settings, sections=[SECTION]).of(FeedsSettings)


def mistakes(settings: dict[str, Any]) -> str:
    with pytest.raises(SettingsErrors) as caught:
        load(settings)
    return caught.value.report()


@pytest.mark.parametrize(("settings", "site_url"), [
    ({"SITEURL": "https://www.example.com", "FEED_DOMAIN": "http://127.0.0.1:8000"},
     "https://www.example.com"),
    ({"SITEURL": "", "FEED_DOMAIN": "http://127.0.0.1:8000"}, "http://127.0.0.1:8000"),
    ({"SITEURL": "https://example.com/shop/"}, "https://example.com/shop"),
    ({"SITEURL": "", "FEED_DOMAIN": "http://127.0.0.1:8000",
      "FEEDS": {"site_url": "https://www.example.org/"}}, "https://www.example.org"),
])
def test_the_address_is_feeds_else_siteurl_else_feed_domain(settings: dict[str, Any],
                                                            site_url: str) -> None:
    assert load(settings).site_url == site_url


@pytest.mark.parametrize("settings", [{}, {"SITEURL": "", "FEED_DOMAIN": ""},
                                      {"SITEURL": "", "FEED_DOMAIN": None},
                                      {"FEEDS": {"site_url": None}}])
def test_without_any_address_the_settings_say_what_to_write(settings: dict[str, Any]) -> None:
    report = mistakes(settings)
    assert report.startswith("FEEDS.site_url: the site's absolute address is needed")
    assert "set SITEURL" in report and "{'site_url': 'https://www.example.com'}" in report


@pytest.mark.parametrize(("site_url", "message"), [
    ("www.example.com", "'www.example.com' is not an absolute http(s) address"),
    ("ftp://example.com", "is not an absolute http(s) address"),
    ("https://exa mple.com", "is not an absolute http(s) address"),
    ("https://example.com/?lang=fr", "must have no query (?…) nor fragment (#…)"),
])
def test_a_wrong_address_is_named(site_url: str, message: str) -> None:
    report = mistakes({"FEEDS": {"site_url": site_url}})
    assert report.startswith("FEEDS.site_url: ") and message in report


def test_default_file_names_sit_beside_the_case_study_feeds() -> None:
    feeds = load({"SITEURL": "https://example.com"})
    assert feeds.products == "feeds/products.{lang}.atom.xml"
    assert feeds.merchant == "feeds/merchant.{lang}.{currency}.xml"


@pytest.mark.parametrize("key", ["products", "merchant"])
@pytest.mark.parametrize("off", [None, ""])
def test_a_feed_can_be_turned_off(key: str, off: str | None) -> None:
    assert getattr(load({"SITEURL": "https://example.com", "FEEDS": {key: off}}), key) is None


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
    report = mistakes({"SITEURL": "https://example.com", "FEEDS": {key: pattern}})
    assert report.startswith(f"FEEDS.{key}: ") and message in report, report


def test_an_unknown_key_is_named() -> None:
    report = mistakes({"SITEURL": "https://example.com", "FEEDS": {"product": "x"}})
    assert "FEEDS.product: unknown key (did you mean 'products'?)" in report


@pytest.mark.build
def test_a_build_without_siteurl_nor_feed_domain_stops_with_a_feeds_line(
        tmp_path: Path) -> None:
    settings = tmp_path / "nodomain.py"
    settings.write_text('from pelicanconf import *  # noqa: F403\n\nSITEURL = ""\n'
                        'FEED_DOMAIN = ""\n', encoding="utf-8")
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("the previous site", encoding="utf-8")
    before = snapshot(output)
    build = run_build(ROOT / "content", output, tmp_path / "cache", settings)
    assert build.returncode == 2, build.stdout + build.stderr
    # Located at the FEEDS block of pelicanconf.py, where `site_url` would go.
    lines = [line for line in build.stderr.splitlines() if "FEEDS.site_url: " in line]
    assert len(lines) == 1, build.stderr
    assert re.match(r"pelicanconf\.py:\d+: FEEDS\.site_url: the site.s absolute address is needed",
                    lines[0]), lines[0]
    assert "nothing was built" in build.stderr and "Traceback" not in build.stderr
    assert snapshot(output) == before

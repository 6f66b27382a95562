"""The SEO setting: the site's absolute address, SITEURL or FEED_DOMAIN by default, checked
at start-up; a build that has none stops with a line saying what to write."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from catalog.registry import SettingsErrors, validate_settings
from seo.settings import SECTION, SeoSettings

from tests.helpers.build import ROOT, run_build, snapshot


def load(settings: dict[str, Any]) -> SeoSettings:
    return validate_settings(settings, sections=[SECTION]).of(SeoSettings)


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
      "SEO": {"site_url": "https://www.example.org/"}}, "https://www.example.org"),
])
def test_the_address_is_seo_s_else_siteurl_else_feed_domain(settings: dict[str, Any],
                                                           site_url: str) -> None:
    assert load(settings).site_url == site_url


@pytest.mark.parametrize("settings", [{}, {"SITEURL": "", "FEED_DOMAIN": ""},
                                      {"SITEURL": "", "FEED_DOMAIN": None},
                                      {"SEO": {"site_url": None}}])
def test_without_any_address_the_settings_say_what_to_write(settings: dict[str, Any]) -> None:
    report = mistakes(settings)
    assert report.startswith("SEO.site_url: ")
    assert "set SITEURL" in report and "{'site_url': 'https://www.example.com'}" in report


@pytest.mark.parametrize(("site_url", "message"), [
    ("www.example.com", "'www.example.com' is not an absolute http(s) address"),
    ("/shop", "is not an absolute http(s) address"),
    ("ftp://example.com", "is not an absolute http(s) address"),
    ("https://", "is not an absolute http(s) address"),
    ("https://exa mple.com", "is not an absolute http(s) address"),
    ("https://example.com/?lang=fr", "must have no query (?…) nor fragment (#…)"),
    ("https://example.com/#top", "must have no query (?…) nor fragment (#…)"),
])
def test_a_wrong_address_is_named(site_url: str, message: str) -> None:
    report = mistakes({"SEO": {"site_url": site_url}})
    assert report.startswith("SEO.site_url: ") and message in report


def test_an_unknown_key_is_named() -> None:
    report = mistakes({"SITEURL": "https://example.com", "SEO": {"siteurl": "x"}})
    assert "SEO.siteurl: unknown key (did you mean 'site_url'?); allowed keys: site_url" in report


@pytest.mark.build
def test_a_build_without_siteurl_nor_feed_domain_stops_with_its_line(tmp_path: Path) -> None:
    settings = tmp_path / "nodomain.py"
    settings.write_text('from pelicanconf import *  # noqa: F403\n\nSITEURL = ""\n'
                        'FEED_DOMAIN = ""\n', encoding="utf-8")
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("the previous site", encoding="utf-8")
    before = snapshot(output)
    build = run_build(ROOT / "content", output, tmp_path / "cache", settings)
    assert build.returncode == 2, build.stdout + build.stderr
    # One line for the sitemap (the feeds, which need the address too, say so on theirs).
    lines = [line for line in build.stderr.splitlines()
             if re.match(r"(\S+:\d+: )?SEO\.site_url: ", line)]
    assert len(lines) == 1, build.stderr
    assert "settings errors; nothing was built" in build.stderr
    assert "Traceback" not in build.stdout + build.stderr
    assert snapshot(output) == before

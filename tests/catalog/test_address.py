"""The site's absolute address (`SiteAddress` of the kit), as every section that needs it
reads it: the section's own `site_url`, else SITEURL, else FEED_DOMAIN; a build that has
none stops with a line saying what to write."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from catalog.registry import Section
from feeds.settings import SECTION as FEEDS
from seo.settings import SECTION as SEO

from tests.helpers.build import ROOT, run_build, snapshot
from tests.helpers.settings import load, mistakes

SECTIONS = pytest.mark.parametrize("section", [SEO, FEEDS], ids=["SEO", "FEEDS"])


@SECTIONS
@pytest.mark.parametrize(("settings", "site_url"), [
    ({"SITEURL": "https://www.example.com", "FEED_DOMAIN": "http://127.0.0.1:8000"},
     "https://www.example.com"),
    ({"SITEURL": "", "FEED_DOMAIN": "http://127.0.0.1:8000"}, "http://127.0.0.1:8000"),
    ({"SITEURL": "https://example.com/shop/"}, "https://example.com/shop"),
    ({"SITEURL": "", "FEED_DOMAIN": "http://127.0.0.1:8000",
      "own": {"site_url": "https://www.example.org/"}}, "https://www.example.org"),
])
def test_the_address_is_the_section_s_else_siteurl_else_feed_domain(
    section: Section[Any], settings: dict[str, Any], site_url: str
) -> None:
    # "own": the section's own setting, under its name.
    named = {section.name if key == "own" else key: value for key, value in settings.items()}
    assert load(section, {"SITENAME": "Boussole", **named}).site_url == site_url


@SECTIONS
@pytest.mark.parametrize("settings", [{}, {"SITEURL": "", "FEED_DOMAIN": ""},
                                      {"SITEURL": "", "FEED_DOMAIN": None},
                                      {"own": {"site_url": None}}])
def test_without_any_address_the_settings_say_what_to_write(
    section: Section[Any], settings: dict[str, Any]
) -> None:
    named = {section.name if key == "own" else key: value for key, value in settings.items()}
    report = mistakes(section, named)
    assert report.startswith(f"{section.name}.site_url: the site's absolute address is needed")
    assert "set SITEURL" in report and "{'site_url': 'https://www.example.com'}" in report


@SECTIONS
@pytest.mark.parametrize(("site_url", "message"), [
    ("www.example.com", "'www.example.com' is not an absolute http(s) address"),
    ("/shop", "is not an absolute http(s) address"),
    ("ftp://example.com", "is not an absolute http(s) address"),
    ("https://", "is not an absolute http(s) address"),
    ("https://exa mple.com", "is not an absolute http(s) address"),
    ("https://example.com/?lang=fr", "must have no query (?…) nor fragment (#…)"),
    ("https://example.com/#top", "must have no query (?…) nor fragment (#…)"),
])
def test_a_wrong_address_is_named(section: Section[Any], site_url: str, message: str) -> None:
    report = mistakes(section, {section.name: {"site_url": site_url}})
    assert report.startswith(f"{section.name}.site_url: ") and message in report


@pytest.mark.build
def test_a_build_without_any_address_stops_with_one_line_per_section(tmp_path: Path) -> None:
    settings = tmp_path / "nodomain.py"
    settings.write_text('from pelicanconf import *  # noqa: F403\n\nSITEURL = ""\n'
                        'FEED_DOMAIN = ""\n', encoding="utf-8")
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("the previous site", encoding="utf-8")
    before = snapshot(output)
    build = run_build(ROOT / "content", output, tmp_path / "cache", settings)
    assert build.returncode == 2, build.stdout + build.stderr
    for section in (SEO, FEEDS):
        lines = [line for line in build.stderr.splitlines()
                 if re.match(rf"(\S+:\d+: )?{section.name}\.site_url: ", line)]
        assert len(lines) == 1, build.stderr
    # FEEDS is located at its block of pelicanconf.py, where `site_url` would go.
    assert re.search(r"^pelicanconf\.py:\d+: FEEDS\.site_url: the site.s absolute address is "
                     r"needed", build.stderr, re.M), build.stderr
    assert "settings errors; nothing was built" in build.stderr
    assert "Traceback" not in build.stdout + build.stderr
    assert snapshot(output) == before

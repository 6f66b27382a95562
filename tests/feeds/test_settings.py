"""The FEEDS settings: the feeds' file names, and the build that has no address (the
address itself is checked as every section's, in tests/catalog/test_address.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from feeds.settings import SECTION

from tests.helpers.build import ROOT, run_build, snapshot
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

"""The SEO setting: the site's absolute address (checked as every section's, in
tests/catalog/test_address.py); a build that has none stops with a line saying what to
write."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from seo.settings import SECTION

from tests.helpers.build import ROOT, run_build, snapshot
from tests.helpers.settings import mistakes


def test_an_unknown_key_is_named() -> None:
    report = mistakes(SECTION, {"SITEURL": "https://example.com", "SEO": {"siteurl": "x"}})
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

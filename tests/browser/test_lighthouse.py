"""Lighthouse scores 100 for accessibility, best practices and SEO on every kind of page,
in both languages, served with the site's headers (the performance score is a
measurement: `make lighthouse`)."""

from __future__ import annotations

import pytest

from tests.helpers.lighthouse import NOT_INDEXED, PAGES, Report, run_lighthouse

pytestmark = pytest.mark.browser

CATEGORIES = ("accessibility", "best-practices", "seo")
PATHS = [path for paths in PAGES.values() for path in paths]


@pytest.fixture(scope="module")
def reports(site_url: str) -> dict[str, Report]:
    return {report.path: report for report in run_lighthouse(site_url, PATHS, CATEGORIES)}


@pytest.mark.parametrize("path", PATHS)
def test_every_category_scores_100(reports: dict[str, Report], path: str) -> None:
    report = reports[path]
    failing = [audit for audit in report.failing
               if not (path in NOT_INDEXED and audit["id"] == "is-crawlable")]
    assert failing == [], path
    if path in NOT_INDEXED:
        # Only the noindex the page asks for costs it SEO points.
        assert [audit["id"] for audit in report.failing] == ["is-crawlable"]
        assert {category: score for category, score in report.scores.items()
                if category != "seo"} == dict.fromkeys(CATEGORIES[:2], 100)
    else:
        assert report.scores == dict.fromkeys(CATEGORIES, 100)
